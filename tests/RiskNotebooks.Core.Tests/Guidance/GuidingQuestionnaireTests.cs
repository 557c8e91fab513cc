using RiskNotebooks.Assessment;
using RiskNotebooks.Guidance;
using RiskNotebooks.Tests.Assessment;

namespace RiskNotebooks.Tests.Guidance;

public sealed class GuidingQuestionnaireTests
{
    private static readonly GuidingQuestionnaire Questions = GuidingQuestionnaire.Default;

    private static Dictionary<string, IReadOnlyList<string>> Answers(params (string Question, string[] Answers)[] given)
        => given.ToDictionary(g => g.Question, g => (IReadOnlyList<string>)g.Answers);

    [Fact]
    public void The_bundled_questionnaire_asks_the_questions_of_the_issue()
    {
        Assert.Equal(["personal-data", "special-categories", "vulnerable-subjects", "ethics-review", "legal-basis", "processing-location"], Questions.Questions.Select(q => q.Id));
        Assert.All(Questions.Questions.SelectMany(q => q.Answers), a => Assert.False(string.IsNullOrWhiteSpace(a.Reason)));
        Assert.Equal(["identified", "pseudonymised", "identifiable", "anonymous"], Questions.Find("personal-data")!.Answers.Select(a => a.Id));
        Assert.Contains("still personal data", Questions.Find("personal-data")!.FindAnswer("pseudonymised")!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_special_category_and_vulnerable_group_can_be_answered()
    {
        var categories = Questions.Find("special-categories")!.Answers.SelectMany(a => a.Conclusions).Select(c => c.Value);
        Assert.Equal(Vocabulary.Ids<SpecialCategory>().Order(), categories.Order());
        var groups = Questions.Find("vulnerable-subjects")!.Answers.SelectMany(a => a.Conclusions).Select(c => c.Value);
        Assert.Subset(Vocabulary.Ids<VulnerableGroup>().ToHashSet(), groups.ToHashSet());
    }

    [Fact]
    public void Answers_give_conclusions_in_question_order_each_with_its_reason()
    {
        var conclusions = Questions.Conclude(Answers(("legal-basis", ["public-interest"]), ("special-categories", ["health", "genetic"]), ("vulnerable-subjects", ["none"])));
        Assert.Equal(
            [(ConclusionTopic.SpecialCategory, "health"), (ConclusionTopic.SpecialCategory, "genetic"), ((ConclusionTopic?)null, (string?)null), (ConclusionTopic.LegalBasis, "public-interest")],
            conclusions.Select(c => (c.Topic, c.Value)));
        Assert.All(conclusions, c => Assert.False(string.IsNullOrWhiteSpace(c.Reason)));
        Assert.Contains("Art. 6(1)(e)", conclusions[^1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_questions_and_answers_and_two_answers_to_a_single_question_are_refused()
    {
        Assert.Contains("personal-data", Assert.Throws<InvalidOptionException>(() => Questions.Conclude(Answers(("is-it-personal", ["yes"])))).Message, StringComparison.Ordinal);
        Assert.Contains("pseudonymised", Assert.Throws<InvalidOptionException>(() => Questions.Conclude(Answers(("personal-data", ["maybe"])))).Message, StringComparison.Ordinal);
        Assert.Contains("exactly one", Assert.Throws<InvalidOptionException>(() => Questions.Conclude(Answers(("personal-data", ["identified", "anonymous"])))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Conclusions_feed_every_asset_and_never_remove_what_an_asset_states()
    {
        var stated = Assessments.Asset(SpecialCategory.CriminalConvictions) with { Id = "stated", PersonalData = PersonalDataStatus.Identified };
        var silent = Assessments.Asset() with { Id = "silent" };
        var assessment = new RiskAssessment("t", ReleaseSetting.Internal, [stated, silent], []);
        var conclusions = Questions.Conclude(Answers(("personal-data", ["pseudonymised"]), ("special-categories", ["health"]), ("vulnerable-subjects", ["children"])));
        var applied = GuidingQuestionnaire.Apply(conclusions, assessment);

        var first = applied.Assets.Single(a => a.Id == "stated");
        Assert.Equal(PersonalDataStatus.Identified, first.PersonalData);
        Assert.Equal([SpecialCategory.CriminalConvictions, SpecialCategory.Health], first.SpecialCategories);
        var second = applied.Assets.Single(a => a.Id == "silent");
        Assert.Equal(PersonalDataStatus.Pseudonymised, second.PersonalData);
        Assert.Equal([SpecialCategory.Health], second.SpecialCategories);
        Assert.Equal([VulnerableGroup.Children], second.VulnerableGroups);
    }

    [Fact]
    public void Answering_a_question_never_lowers_the_harm()
    {
        var asset = Assessments.Measured(0.3) with { Kinds = [DataKind.Financial] };
        var assessment = Assessments.FullyGuarded(ReleaseSetting.SecureEnclave, asset);
        var before = assessment.Evaluate().Harm.Level;
        foreach (var question in Questions.Questions)
        {
            foreach (var answer in question.Answers)
            {
                var applied = GuidingQuestionnaire.Apply(Questions.Conclude(Answers((question.Id, [answer.Id]))), assessment);
                Assert.True(applied.Evaluate().Harm.Level >= before, $"{question.Id}: {answer.Id}");
            }
        }
    }

    [Fact]
    public void A_trainers_questionnaire_file_is_validated_with_line_precise_errors()
    {
        const string Valid = """
            {
              "version": 2,
              "questions": [
                {
                  "id": "personal-data",
                  "text": "Personal?",
                  "multiple": false,
                  "answers": [
                    { "id": "yes", "text": "Yes", "conclusions": [{ "topic": "personal-data-status", "value": "identifiable" }], "reason": "Because." }
                  ]
                }
              ]
            }
            """;
        var questionnaire = GuidingQuestionnaire.Parse(Valid, "trainer.json");
        Assert.Equal(2, questionnaire.Version);
        Assert.Equal("trainer.json", questionnaire.Source);

        var badValue = Assert.Throws<InputFormatException>(() => GuidingQuestionnaire.Parse(Valid.Replace("\"identifiable\"", "\"probably\"", StringComparison.Ordinal), "trainer.json"));
        Assert.Equal(9, badValue.Line);
        Assert.Contains("'questions[0].answers[0].conclusions[0].value': not a value of the topic personal-data-status", badValue.Message, StringComparison.Ordinal);

        var badTopic = Assert.Throws<InputFormatException>(() => GuidingQuestionnaire.Parse(Valid.Replace("personal-data-status", "mood", StringComparison.Ordinal), "trainer.json"));
        Assert.Equal(9, badTopic.Line);
        Assert.Contains("'questions[0].answers[0].conclusions[0].topic': must be one of", badTopic.Message, StringComparison.Ordinal);

        var missing = Assert.Throws<InputFormatException>(() => GuidingQuestionnaire.Parse(Valid.Replace("\"multiple\": false,", string.Empty, StringComparison.Ordinal), "trainer.json"));
        Assert.Equal(4, missing.Line);
        Assert.Contains("'questions[0]': the required property 'multiple' is missing.", missing.Message, StringComparison.Ordinal);
    }
}
