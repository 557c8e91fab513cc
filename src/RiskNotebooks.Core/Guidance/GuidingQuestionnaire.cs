using System.Text;
using System.Text.Json;
using RiskNotebooks.Assessment;
using RiskNotebooks.Data.Json;

namespace RiskNotebooks.Guidance;

/// <summary>
/// The guiding questions, kept as data so that trainers can edit them: is it personal data, which special categories,
/// vulnerable subjects, ethical review, legal basis, where it may be processed. The answers feed the assessment model and
/// every conclusion carries its reason.
/// </summary>
/// <remarks>
/// <para>The bundled questionnaire is <c>src/RiskNotebooks.Core/Guidance/guiding-questions.json</c> (embedded); its format
/// is <c>datasets/schemas/guiding-questions.schema.json</c>. A questionnaire file is validated on read: errors name the line,
/// column and property.</para>
/// <para>How conclusions feed the model (<see cref="Apply"/>): a personal-data status applies to every asset that does not
/// state its own; special categories and vulnerable groups are added to every asset (never removed, so an answer can only
/// raise the harm). Ethical review, legal basis and processing location go into the sensitivity metadata.</para>
/// </remarks>
public sealed class GuidingQuestionnaire
{
    private const string ResourceName = "RiskNotebooks.Guidance.guiding-questions.json";
    private static readonly Lazy<GuidingQuestionnaire> Bundled = new(LoadBundled);
    private static readonly string[] EthicsValues = ["required", "to-be-checked", "not-required"];

    private GuidingQuestionnaire(int version, IReadOnlyList<GuidingQuestion> questions, string source)
    {
        Version = version;
        Questions = questions;
        Source = source;
    }

    /// <summary>The bundled questionnaire.</summary>
    public static GuidingQuestionnaire Default => Bundled.Value;

    /// <summary>The questionnaire's version number.</summary>
    public int Version { get; }

    /// <summary>The questions, in order.</summary>
    public IReadOnlyList<GuidingQuestion> Questions { get; }

    /// <summary>Where the questionnaire came from.</summary>
    public string Source { get; }

    /// <summary>Reads a questionnaire file.</summary>
    /// <param name="path">The JSON file.</param>
    /// <returns>The questionnaire.</returns>
    /// <exception cref="InputFormatException">The file is not valid JSON or not a valid questionnaire; the message names line, column and property.</exception>
    public static GuidingQuestionnaire Load(string path)
    {
        using var source = JsonSource.Load(path);
        return From(source);
    }

    /// <summary>Reads a questionnaire from JSON text.</summary>
    /// <param name="json">The text.</param>
    /// <param name="name">A name for messages.</param>
    /// <returns>The questionnaire.</returns>
    /// <exception cref="InputFormatException">The text is not a valid questionnaire.</exception>
    public static GuidingQuestionnaire Parse(string json, string name = "guiding-questions.json")
    {
        ArgumentNullException.ThrowIfNull(json);
        using var source = JsonSource.Parse(Encoding.UTF8.GetBytes(json), name);
        return From(source);
    }

    /// <summary>The question with this id, or <see langword="null"/>.</summary>
    /// <param name="id">The question id.</param>
    /// <returns>The question.</returns>
    public GuidingQuestion? Find(string id) => Questions.FirstOrDefault(q => q.Id == id);

    /// <summary>The conclusions of a set of answers, in the order of the questions.</summary>
    /// <param name="answers">Question id to the answer ids chosen.</param>
    /// <returns>One conclusion per conclusion of each answer given (one without topic for an answer that concludes nothing).</returns>
    /// <exception cref="InvalidOptionException">An unknown question or answer, or several answers to a single-answer question.</exception>
    public IReadOnlyList<Conclusion> Conclude(IReadOnlyDictionary<string, IReadOnlyList<string>> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        foreach (var (questionId, given) in answers)
        {
            var question = Find(questionId) ?? throw new InvalidOptionException($"answers.{questionId}", $"no guiding question has this id. Questions: {string.Join(", ", Questions.Select(q => q.Id))}.");
            if (!question.Multiple && given.Count != 1)
            {
                throw new InvalidOptionException($"answers.{questionId}", "this question takes exactly one answer.");
            }

            foreach (var answer in given)
            {
                if (question.FindAnswer(answer) is null)
                {
                    throw new InvalidOptionException($"answers.{questionId}", $"not an answer to this question. Answers: {string.Join(", ", question.Answers.Select(a => a.Id))}.");
                }
            }
        }

        var conclusions = new List<Conclusion>();
        foreach (var question in Questions)
        {
            if (!answers.TryGetValue(question.Id, out var given))
            {
                continue;
            }

            foreach (var answer in question.Answers.Where(a => given.Contains(a.Id)))
            {
                if (answer.Conclusions.Count == 0)
                {
                    conclusions.Add(new Conclusion(question, answer, null, null));
                }

                conclusions.AddRange(answer.Conclusions.Select(c => new Conclusion(question, answer, c.Topic, c.Value)));
            }
        }

        return conclusions;
    }

    /// <summary>Feeds conclusions into an assessment (see the remarks of <see cref="GuidingQuestionnaire"/>).</summary>
    /// <param name="conclusions">The conclusions.</param>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The assessment with the conclusions applied to its assets.</returns>
    public static RiskAssessment Apply(IEnumerable<Conclusion> conclusions, RiskAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(conclusions);
        ArgumentNullException.ThrowIfNull(assessment);
        var list = conclusions.ToArray();
        var status = list.Where(c => c.Topic == ConclusionTopic.PersonalDataStatus).Select(c => Vocabulary.TryParse<PersonalDataStatus>(c.Value)).LastOrDefault();
        var categories = list.Where(c => c.Topic == ConclusionTopic.SpecialCategory).Select(c => Vocabulary.TryParse<SpecialCategory>(c.Value)!.Value).ToArray();
        var groups = list.Where(c => c.Topic == ConclusionTopic.VulnerableGroup).Select(c => Vocabulary.TryParse<VulnerableGroup>(c.Value)!.Value).ToArray();
        var result = assessment;
        foreach (var asset in assessment.Assets)
        {
            result = result.WithAsset(asset with
            {
                PersonalData = asset.PersonalData ?? status,
                SpecialCategories = [.. asset.SpecialCategories, .. categories],
                VulnerableGroups = [.. asset.VulnerableGroups, .. groups],
            });
        }

        return result;
    }

    private static GuidingQuestionnaire LoadBundled()
    {
        using var source = JsonSource.FromResource(ResourceName, "guiding-questions.json (bundled)");
        return From(source);
    }

    private static GuidingQuestionnaire From(JsonSource source)
    {
        EmbeddedSchemas.GuidingQuestions.ThrowIfInvalid(source);
        var root = source.Root;
        var questions = new List<GuidingQuestion>();
        var q = 0;
        foreach (var question in root.GetProperty("questions").EnumerateArray())
        {
            var questionPointer = JsonSource.Child("/questions", q++);
            var id = question.GetProperty("id").GetString()!;
            if (questions.Any(x => x.Id == id))
            {
                throw source.Error(JsonSource.Child(questionPointer, "id"), "another question has the same id.");
            }

            var answers = new List<GuidingAnswer>();
            var a = 0;
            foreach (var answer in question.GetProperty("answers").EnumerateArray())
            {
                var answerPointer = JsonSource.Child(JsonSource.Child(questionPointer, "answers"), a++);
                var answerId = answer.GetProperty("id").GetString()!;
                if (answers.Any(x => x.Id == answerId))
                {
                    throw source.Error(JsonSource.Child(answerPointer, "id"), "another answer of this question has the same id.");
                }

                var conclusions = new List<(ConclusionTopic, string)>();
                var c = 0;
                foreach (var conclusion in answer.GetProperty("conclusions").EnumerateArray())
                {
                    var conclusionPointer = JsonSource.Child(JsonSource.Child(answerPointer, "conclusions"), c++);
                    var topic = Vocabulary.TryParse<ConclusionTopic>(conclusion.GetProperty("topic").GetString())!.Value;
                    var value = conclusion.GetProperty("value").GetString()!;
                    if (Allowed(topic) is { } allowed && !allowed.Contains(value))
                    {
                        throw source.Error(JsonSource.Child(conclusionPointer, "value"), $"not a value of the topic {Vocabulary.Id(topic)}; allowed: {string.Join(", ", allowed)}.");
                    }

                    conclusions.Add((topic, value));
                }

                answers.Add(new GuidingAnswer(answerId, answer.GetProperty("text").GetString()!, conclusions, answer.GetProperty("reason").GetString()!));
            }

            var help = question.TryGetProperty("help", out var h) ? h.GetString() : null;
            questions.Add(new GuidingQuestion(id, question.GetProperty("text").GetString()!, help, question.GetProperty("multiple").GetBoolean(), answers));
        }

        return new GuidingQuestionnaire(root.GetProperty("version").GetInt32(), questions, source.FilePath);
    }

    private static IReadOnlyList<string>? Allowed(ConclusionTopic topic) => topic switch
    {
        ConclusionTopic.PersonalDataStatus => Vocabulary.Ids<PersonalDataStatus>(),
        ConclusionTopic.SpecialCategory => Vocabulary.Ids<SpecialCategory>(),
        ConclusionTopic.VulnerableGroup => Vocabulary.Ids<VulnerableGroup>(),
        ConclusionTopic.EthicsReview => EthicsValues,
        _ => null,
    };
}
