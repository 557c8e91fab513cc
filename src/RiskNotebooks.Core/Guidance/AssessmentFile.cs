using System.Globalization;
using System.Text;
using System.Text.Json;
using RiskNotebooks.Assessment;
using RiskNotebooks.Data;
using RiskNotebooks.Data.Json;
using RiskNotebooks.Inference;

namespace RiskNotebooks.Guidance;

/// <summary>
/// Reads an assessment file (JSON or YAML, in the form of <c>datasets/schemas/assessment.schema.json</c>): its assets, setting,
/// controls, the linkage between its assets, answers to the guiding questions and metadata inputs. Data files it names,
/// relative to the assessment file, are measured by their own engine: tables by the registry engine ('data'), documents
/// by the text engine ('text'), location traces by the location engine ('traces'), VCF genotypes by the genotype engine
/// ('genotypes'), DICOM images by the imaging engine weighed with the identifiability catalogue ('images').
/// </summary>
/// <remarks>
/// <para>Every error names the file, the line and column, and the property (e.g.
/// <c>demo.json, line 41, column 9: 'controls[3].status': must be one of: in-place, planned, absent.</c>): JSON syntax
/// errors come from System.Text.Json's position, schema and meaning errors from the place of the value at fault. Messages
/// never carry values from the data files.</para>
/// <para>A file whose name ends in <c>.yaml</c> or <c>.yml</c> is read as YAML into the same tree (see
/// <c>YamlSource</c>): the same schema, the same checks, and errors at the YAML's line and column.</para>
/// </remarks>
public static class AssessmentFile
{
    /// <summary>The most data subjects an asset may count: about a hundred times the world's population.</summary>
    public const long MaximumSubjects = 1_000_000_000_000;

    /// <summary>Reads an assessment file and measures the data files it names.</summary>
    /// <param name="path">The assessment file.</param>
    /// <param name="questionnaire">The guiding questions the answers refer to; <see cref="GuidingQuestionnaire.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops a long measurement.</param>
    /// <returns>The document, ready to evaluate.</returns>
    /// <exception cref="InputFormatException">The file (or a data file it names) cannot be read, or is not a valid assessment.</exception>
    public static AssessmentDocument Load(string path, GuidingQuestionnaire? questionnaire = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var source = IsYaml(path) ? YamlSource.Load(path) : JsonSource.Load(path);
        return From(source, Path.GetDirectoryName(Path.GetFullPath(path))!, questionnaire ?? GuidingQuestionnaire.Default, cancellationToken);
    }

    /// <summary>Reads an assessment from JSON text.</summary>
    /// <param name="json">The text.</param>
    /// <param name="baseDirectory">The folder relative data-file paths start from.</param>
    /// <param name="name">A name for messages.</param>
    /// <param name="questionnaire">The guiding questions; <see cref="GuidingQuestionnaire.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops a long measurement.</param>
    /// <returns>The document.</returns>
    /// <exception cref="InputFormatException">See <see cref="Load"/>.</exception>
    public static AssessmentDocument Parse(string json, string baseDirectory, string name = "assessment", GuidingQuestionnaire? questionnaire = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(baseDirectory);
        using var source = JsonSource.Parse(Encoding.UTF8.GetBytes(json), name);
        return From(source, baseDirectory, questionnaire ?? GuidingQuestionnaire.Default, cancellationToken);
    }

    /// <summary>Reads an assessment from YAML text (the same schema as JSON).</summary>
    /// <param name="yaml">The text.</param>
    /// <param name="baseDirectory">The folder relative data-file paths start from.</param>
    /// <param name="name">A name for messages.</param>
    /// <param name="questionnaire">The guiding questions; <see cref="GuidingQuestionnaire.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops a long measurement.</param>
    /// <returns>The document.</returns>
    /// <exception cref="InputFormatException">See <see cref="Load"/>.</exception>
    public static AssessmentDocument ParseYaml(string yaml, string baseDirectory, string name = "assessment", GuidingQuestionnaire? questionnaire = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(baseDirectory);
        using var source = YamlSource.Parse(Encoding.UTF8.GetBytes(yaml), name);
        return From(source, baseDirectory, questionnaire ?? GuidingQuestionnaire.Default, cancellationToken);
    }

    /// <summary>Whether a file is read as YAML: its name ends in <c>.yaml</c> or <c>.yml</c> (any case); anything else is JSON.</summary>
    /// <param name="path">The file.</param>
    /// <returns><see langword="true"/> for YAML.</returns>
    public static bool IsYaml(string path)
        => Path.GetExtension(path ?? throw new ArgumentNullException(nameof(path))).ToLowerInvariant() is ".yaml" or ".yml";

    private static AssessmentDocument From(JsonSource source, string baseDirectory, GuidingQuestionnaire questionnaire, CancellationToken cancellationToken)
    {
        EmbeddedSchemas.Assessment.ThrowIfInvalid(source);
        var root = source.Root;
        var options = root.TryGetProperty("model", out var model) ? Model(source, model) : AssessmentOptions.Default;
        var assets = new List<DataAsset>();
        var i = 0;
        foreach (var asset in root.GetProperty("assets").EnumerateArray())
        {
            var pointer = JsonSource.Child("/assets", i++);
            var read = Asset(source, pointer, asset, baseDirectory, cancellationToken);
            if (assets.Any(a => a.Id == read.Id))
            {
                throw source.Error($"{pointer}/id", "another asset has the same id.");
            }

            assets.Add(read);
        }

        var controls = new List<Control>();
        i = 0;
        foreach (var control in root.TryGetProperty("controls", out var list) ? list.EnumerateArray() : default)
        {
            var pointer = JsonSource.Child("/controls", i++);
            var id = control.GetProperty("id").GetString()!;
            if (controls.Any(c => c.Id == id))
            {
                throw source.Error($"{pointer}/id", "this control is listed twice.");
            }

            var strength = control.TryGetProperty("strength", out var s) ? Vocabulary.TryParse<ControlStrength>(s.GetString()) : null;
            controls.Add(new Control(id, Vocabulary.TryParse<ControlStatus>(control.GetProperty("status").GetString())!.Value, strength, control.TryGetProperty("note", out var note) ? note.GetString() : null));
        }

        var linkages = new List<AssetLinkage>();
        i = 0;
        foreach (var linkage in root.TryGetProperty("linkage", out var links) ? links.EnumerateArray() : default)
        {
            var pointer = JsonSource.Child("/linkage", i++);
            var ids = linkage.GetProperty("assets").EnumerateArray().Select(a => a.GetString()!).ToArray();
            for (var j = 0; j < ids.Length; j++)
            {
                if (assets.All(a => a.Id != ids[j]))
                {
                    throw source.Error(JsonSource.Child($"{pointer}/assets", j), $"no asset has this id. Assets: {string.Join(", ", assets.Select(a => a.Id))}.");
                }
            }

            linkages.Add(new AssetLinkage(ids, linkage.GetProperty("basis").GetString()!));
        }

        var answers = root.TryGetProperty("answers", out var given) ? Answers(source, given, questionnaire) : new Dictionary<string, IReadOnlyList<string>>();
        var conclusions = questionnaire.Conclude(answers);
        var setting = Vocabulary.TryParse<ReleaseSetting>(root.GetProperty("setting").GetString())!.Value;
        var assessment = GuidingQuestionnaire.Apply(conclusions, new RiskAssessment(root.GetProperty("title").GetString()!, setting, assets, controls, options, linkages));
        var metadata = root.TryGetProperty("metadata", out var inputs) ? Metadata(source, inputs) : MetadataInputs.None;
        return new AssessmentDocument(source.FilePath, assessment, answers, conclusions, metadata);
    }

    /// <summary>The ways an asset's P(re-id | attempt) can be given, as the file names them: one engine each, then stated and catalogued.</summary>
    private static readonly string[] MeasurementKinds = ["data", "text", "traces", "genotypes", "images", "inference", "reidentification", "catalogue"];

    private static DataAsset Asset(JsonSource source, string pointer, JsonElement asset, string baseDirectory, CancellationToken cancellationToken)
    {
        var given = MeasurementKinds.Where(k => asset.TryGetProperty(k, out _)).ToArray();
        if (given.Length > 1)
        {
            throw source.Error($"{pointer}/{given[1]}", "give one of 'data' (a table, measured here), 'text', 'traces', 'genotypes' or 'images' (measured here), 'inference' (attribute disclosure, measured here), 'reidentification' (stated) or 'catalogue' (an entry of the identifiability catalogue), not more.");
        }

        var hasData = asset.TryGetProperty("data", out var data);
        var measurement = given.Length == 1 ? Measurement(source, pointer, given[0], asset.GetProperty(given[0]), baseDirectory, cancellationToken) : null;

        PlannedDataMeasure? planned = null;
        if (asset.TryGetProperty("plannedDataMeasure", out var measure))
        {
            var at = $"{pointer}/plannedDataMeasure";
            var plannedGiven = MeasurementKinds.Append("transformation").Where(k => measure.TryGetProperty(k, out _)).ToArray();
            if (plannedGiven.Length != 1)
            {
                throw source.Error(at, "a planned data measure needs exactly one of 'data', 'text', 'traces' or 'genotypes' (the data as they will be, measured here), 'transformation' (the asset's data generalised and suppressed as stated, measured here), 'reidentification' (stated) or 'catalogue' (an entry of the identifiability catalogue).");
            }

            IReidentificationMeasurement after;
            if (plannedGiven[0] == "transformation")
            {
                if (!hasData)
                {
                    throw source.Error($"{at}/transformation", "a transformation is applied to the asset's 'data': give the asset its data file.");
                }

                after = Transformed(source, $"{at}/transformation", measure.GetProperty("transformation"), data, baseDirectory, cancellationToken);
            }
            else
            {
                after = Measurement(source, at, plannedGiven[0], measure.GetProperty(plannedGiven[0]), baseDirectory, cancellationToken);
            }

            planned = new PlannedDataMeasure(measure.GetProperty("name").GetString()!, after);
        }

        var subjects = asset.TryGetProperty("subjects", out var s) ? s : default;
        return new DataAsset
        {
            Id = asset.GetProperty("id").GetString()!,
            Name = asset.GetProperty("name").GetString()!,
            Description = asset.TryGetProperty("description", out var description) ? description.GetString() : null,
            Kinds = Ids<DataKind>(asset, "kinds"),
            SpecialCategories = Ids<SpecialCategory>(asset, "specialCategories"),
            SubjectCount = subjects.ValueKind == JsonValueKind.Object && subjects.TryGetProperty("count", out var count) ? source.Integer($"{pointer}/subjects/count", count, MaximumSubjects) : null,
            VulnerableGroups = subjects.ValueKind == JsonValueKind.Object ? Ids<VulnerableGroup>(subjects, "vulnerable") : [],
            LinkableSources = asset.TryGetProperty("linkableSources", out var links) ? links.EnumerateArray().Select(l => l.GetString()!).ToArray() : [],
            PersonalData = asset.TryGetProperty("personalData", out var personal) ? Vocabulary.TryParse<PersonalDataStatus>(personal.GetString()) : null,
            Measurement = measurement,
            PlannedDataMeasure = planned,
            HarmOverride = asset.TryGetProperty("harmOverride", out var o)
                ? new HarmOverride(RiskLevels.TryParse(o.GetProperty("level").GetString())!.Value, o.GetProperty("reason").GetString()!)
                : null,
        };
    }

    private static IReidentificationMeasurement Measurement(JsonSource source, string pointer, string kind, JsonElement value, string baseDirectory, CancellationToken cancellationToken)
    {
        var at = $"{pointer}/{kind}";
        return kind switch
        {
            "data" => Measure(source, at, value, baseDirectory, cancellationToken),
            "text" => Text(source, at, value, baseDirectory, cancellationToken),
            "traces" => Traces(source, at, value, baseDirectory, cancellationToken),
            "genotypes" => Genotypes(source, at, value, baseDirectory, cancellationToken),
            "images" => Images(source, at, value, baseDirectory, cancellationToken),
            "inference" => Inference(source, at, value, baseDirectory, cancellationToken),
            "reidentification" => Stated(source, at, value),
            _ => Catalogued(source, at, value),
        };
    }

    /// <summary>A folder of documents measured by the text engine: the share of documents at or above a risk level.</summary>
    private static TextMeasurement Text(JsonSource source, string pointer, JsonElement text, string baseDirectory, CancellationToken cancellationToken)
    {
        var folder = text.GetProperty("folder").GetString()!;
        var path = Path.GetFullPath(Path.Combine(baseDirectory, folder));
        var threshold = text.TryGetProperty("atLeast", out var l) ? Enum.Parse<RiskNotebooks.Text.DocumentRiskLevel>(l.GetString()!, ignoreCase: true) : RiskNotebooks.Text.DocumentRiskLevel.High;
        var language = text.TryGetProperty("language", out var g) ? g.GetString() switch { "sv" => RiskNotebooks.Text.TextLanguage.Swedish, "en" => RiskNotebooks.Text.TextLanguage.English, _ => RiskNotebooks.Text.TextLanguage.Auto } : RiskNotebooks.Text.TextLanguage.Auto;
        try
        {
            return TextMeasurement.FromFolder(path, threshold, language, cancellationToken);
        }
        catch (InvalidOptionException e)
        {
            throw Wrap(source.Error($"{pointer}/folder", $"the documents cannot be measured: {Problem(e)}"), e);
        }
        catch (RiskNotebooksException e)
        {
            throw Wrap(source.Error($"{pointer}/folder", $"the documents cannot be measured: {e.Message}"), e);
        }
    }

    /// <summary>A trace file measured by the location engine: unicity at the attacker's p points and the stated resolution.</summary>
    private static TraceMeasurement Traces(JsonSource source, string pointer, JsonElement traces, string baseDirectory, CancellationToken cancellationToken)
    {
        var file = traces.GetProperty("file").GetString()!;
        var path = Path.GetFullPath(Path.Combine(baseDirectory, file));
        var points = (int)source.Integer($"{pointer}/points", traces.GetProperty("points"), 64);
        var options = Location.UnicityOptions.Default;
        try
        {
            if (traces.TryGetProperty("spatial", out var spatial))
            {
                options = options with { Spatial = Location.SpatialResolution.Parse(spatial.GetString()!, "spatial") };
            }

            if (traces.TryGetProperty("temporal", out var temporal))
            {
                options = options with { Temporal = Location.TemporalResolution.Parse(temporal.GetString()!, "temporal") };
            }
        }
        catch (InvalidOptionException e)
        {
            throw source.Error($"{pointer}/{e.OptionName}", Problem(e));
        }

        if (traces.TryGetProperty("seed", out var seed))
        {
            options = options with { Seed = source.Integer($"{pointer}/seed", seed, long.MaxValue) };
        }

        if (traces.TryGetProperty("mode", out var mode))
        {
            options = options with { Mode = mode.GetString() == "exact" ? Location.UnicityMode.Exact : Location.UnicityMode.Sampled };
        }

        if (traces.TryGetProperty("draws", out var draws))
        {
            options = options with { DrawsPerUser = (int)source.Integer($"{pointer}/draws", draws, 100_000) };
        }

        try
        {
            return TraceMeasurement.FromFile(path, points, options, cancellationToken: cancellationToken);
        }
        catch (InvalidOptionException e) when (e.OptionName == "traces.points")
        {
            throw Wrap(source.Error($"{pointer}/points", Problem(e)), e);
        }
        catch (RiskNotebooksException e)
        {
            throw Wrap(source.Error($"{pointer}/file", $"the traces cannot be measured: {e.Message}"), e);
        }
    }

    /// <summary>A folder of DICOM files scanned by the imaging engine and weighed with the identifiability catalogue.</summary>
    private static ImagingMeasurement Images(JsonSource source, string pointer, JsonElement images, string baseDirectory, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(Path.Combine(baseDirectory, images.GetProperty("folder").GetString()!));
        try
        {
            return ImagingMeasurement.FromFolder(path, cancellationToken);
        }
        catch (RiskNotebooksException e)
        {
            throw Wrap(source.Error($"{pointer}/folder", $"the images cannot be measured: {(e is InvalidOptionException o ? Problem(o) : e.Message)}"), e);
        }
    }

    /// <summary>A VCF file measured by the genotype engine: each sample's probability of being unique in the population.</summary>
    private static GenotypeMeasurement Genotypes(JsonSource source, string pointer, JsonElement genotypes, string baseDirectory, CancellationToken cancellationToken)
    {
        var file = genotypes.GetProperty("file").GetString()!;
        var path = Path.GetFullPath(Path.Combine(baseDirectory, file));
        var options = new Genomics.GenotypeRiskOptions
        {
            Population = source.Integer($"{pointer}/population", genotypes.GetProperty("population"), MaximumSubjects),
        };
        if (genotypes.TryGetProperty("frequencies", out var f))
        {
            options = options with { Frequencies = f.GetString() == "info" ? Genomics.AlleleFrequencySource.Info : Genomics.AlleleFrequencySource.Cohort };
        }

        try
        {
            options.Validate();
        }
        catch (InvalidOptionException e)
        {
            throw source.Error($"{pointer}/population", Problem(e));
        }

        try
        {
            return GenotypeMeasurement.FromFile(path, options, cancellationToken);
        }
        catch (RiskNotebooksException e)
        {
            throw Wrap(source.Error($"{pointer}/file", $"the genotypes cannot be measured: {(e is InvalidOptionException o ? Problem(o) : e.Message)}"), e);
        }
    }

    /// <summary>
    /// A planned transformation of the asset's data (treat the risk): generalised to the stated levels, or to the optimum
    /// for the stated target, with suppression, and measured on the released table.
    /// </summary>
    private static RegistryMeasurement Transformed(JsonSource source, string pointer, JsonElement transformation, JsonElement data, string baseDirectory, CancellationToken cancellationToken)
    {
        var file = data.GetProperty("file").GetString()!;
        var path = Path.GetFullPath(Path.Combine(baseDirectory, file));
        var quasiIdentifiers = data.GetProperty("quasiIdentifiers").EnumerateArray().Select(q => q.GetString()!).ToArray();
        var request = new Commands.AnonymizeRequest
        {
            HierarchyFolder = transformation.TryGetProperty("hierarchies", out var h) ? Path.GetFullPath(Path.Combine(baseDirectory, h.GetString()!)) : null,
            Build = transformation.TryGetProperty("build", out var b) ? string.Join(",", b.EnumerateObject().Select(p => $"{p.Name}={p.Value.GetString()}")) : null,
            Targets = transformation.TryGetProperty("target", out var target) ? target.GetString()! : "k=1",
            MaxSuppression = transformation.TryGetProperty("maxSuppression", out var m) ? m.GetDouble() : 0,
        };
        var hasLevels = transformation.TryGetProperty("levels", out var l);
        if (!hasLevels && !transformation.TryGetProperty("target", out _))
        {
            throw source.Error(pointer, "give the 'levels' to apply or the 'target' to search for (such as k=5).");
        }

        Treatment.TreatmentReport report;
        try
        {
            request.Validate();
            var table = CsvTableReader.Load(path, cancellationToken: cancellationToken);
            var settings = request.ToSettings(table, quasiIdentifiers);
            Treatment.Transformation? levels = null;
            if (hasLevels)
            {
                levels = Treatment.Transformation.Parse(string.Join(",", l.EnumerateObject().Select(p => $"{p.Name}:{p.Value.GetInt32()}")), quasiIdentifiers, "levels");
                settings = settings with { SuppressionLimit = 1 };
            }

            report = Treatment.TreatmentAnalysis.Run(table, settings, levels, cancellationToken: cancellationToken).Report;
        }
        catch (InvalidOptionException e)
        {
            throw Wrap(source.Error(pointer, Problem(e)), e);
        }
        catch (RiskNotebooksException e)
        {
            throw Wrap(source.Error(pointer, $"the transformation cannot be applied: {e.Message}"), e);
        }

        return report.After is { } after
            ? new RegistryMeasurement(after)
            : throw source.Error($"{pointer}/target", "no transformation meets the target within the suppression limit: allow more suppression ('maxSuppression') or relax the target.");
    }

    private static RegistryMeasurement Measure(JsonSource source, string pointer, JsonElement data, string baseDirectory, CancellationToken cancellationToken)
    {
        var file = data.GetProperty("file").GetString()!;
        var path = Path.GetFullPath(Path.Combine(baseDirectory, file));
        var quasiIdentifiers = data.GetProperty("quasiIdentifiers").EnumerateArray().Select(q => q.GetString()!).ToArray();
        char? delimiter = null;
        if (data.TryGetProperty("delimiter", out var d))
        {
            try
            {
                delimiter = CsvLoadOptions.ParseDelimiter(d.GetString()!);
            }
            catch (InvalidOptionException e)
            {
                throw source.Error($"{pointer}/delimiter", Problem(e));
            }
        }

        try
        {
            return RegistryMeasurement.FromFile(path, quasiIdentifiers, new CsvLoadOptions { Delimiter = delimiter }, cancellationToken);
        }
        catch (UnknownColumnException e)
        {
            var index = Array.IndexOf(quasiIdentifiers, e.ColumnName);
            throw Wrap(source.Error(JsonSource.Child($"{pointer}/quasiIdentifiers", Math.Max(0, index)), $"the data file '{file}' has no column of this name. {e.ColumnsDescription}"), e);
        }
        catch (RiskNotebooksException e)
        {
            throw Wrap(source.Error($"{pointer}/file", $"the data file cannot be measured: {e.Message}"), e);
        }
    }

    /// <summary>A table's sensitive attribute attacked from its quasi-identifiers by a learner: the inference advantage.</summary>
    private static InferenceMeasurement Inference(JsonSource source, string pointer, JsonElement inference, string baseDirectory, CancellationToken cancellationToken)
    {
        var file = inference.GetProperty("file").GetString()!;
        var path = Path.GetFullPath(Path.Combine(baseDirectory, file));
        var quasiIdentifiers = inference.GetProperty("quasiIdentifiers").EnumerateArray().Select(q => q.GetString()!).ToArray();
        var sensitive = inference.GetProperty("sensitive").GetString()!;
        if (InferenceMeasurement.Provider is not { } provider)
        {
            throw source.Error(pointer, "attribute inference needs the Microsoft.ML learner, which this host has not loaded (the command line and both notebook kernels have it; in a library, call RiskNotebooks.ML.AssessmentInference.Register()).");
        }

        var options = new AttributeInferenceOptions
        {
            QuasiIdentifiers = quasiIdentifiers,
            SensitiveAttributes = [sensitive],
            Folds = inference.TryGetProperty("folds", out var folds) ? (int)source.Integer($"{pointer}/folds", folds, 20) : 5,
            Seed = inference.TryGetProperty("seed", out var seed) ? (int)source.Integer($"{pointer}/seed", seed, int.MaxValue) : 1,
        };
        try
        {
            var table = CsvTableReader.Load(path, CsvLoadOptions.Default);
            return provider(table, options, cancellationToken);
        }
        catch (UnknownColumnException e)
        {
            var index = Array.IndexOf(quasiIdentifiers, e.ColumnName);
            var at = index >= 0 ? JsonSource.Child($"{pointer}/quasiIdentifiers", index) : $"{pointer}/sensitive";
            throw Wrap(source.Error(at, $"the data file '{file}' has no column of this name. {e.ColumnsDescription}"), e);
        }
        catch (InvalidOptionException e)
        {
            throw Wrap(source.Error(pointer, $"the attribute cannot be inferred: {Problem(e)}"), e);
        }
        catch (RiskNotebooksException e)
        {
            throw Wrap(source.Error($"{pointer}/file", $"the data file cannot be measured: {e.Message}"), e);
        }
    }

    private static CatalogueMeasurement Catalogued(JsonSource source, string pointer, JsonElement entry)
    {
        var catalogue = IdentifiabilityCatalogue.Default;
        return catalogue.Find(entry.GetString()!) is { } found
            ? new CatalogueMeasurement(found)
            : throw source.Error(pointer, $"not an entry of the identifiability catalogue; entries: {string.Join(", ", catalogue.Entries.Select(e => e.Id))}.");
    }

    private static StatedMeasurement Stated(JsonSource source, string pointer, JsonElement stated)
    {
        try
        {
            return new StatedMeasurement(
                stated.GetProperty("probability").GetDouble(),
                stated.GetProperty("basis").GetString()!,
                stated.TryGetProperty("highest", out var highest) ? highest.GetDouble() : null);
        }
        catch (InvalidOptionException e)
        {
            throw source.Error(e.OptionName.EndsWith(".highest", StringComparison.Ordinal) ? $"{pointer}/highest" : pointer, Problem(e));
        }
    }

    private static AssessmentOptions Model(JsonSource source, JsonElement model)
    {
        var options = AssessmentOptions.Default;
        if (model.TryGetProperty("likelihoodCutPoints", out var cuts))
        {
            var c = cuts.EnumerateArray().Select(x => x.GetDouble()).ToArray();
            try
            {
                options = options with { Likelihood = new LikelihoodScale(c[0], c[1], c[2]) };
            }
            catch (InvalidOptionException e)
            {
                throw source.Error("/model/likelihoodCutPoints", Problem(e));
            }
        }

        if (model.TryGetProperty("attemptProbabilities", out var attempt))
        {
            try
            {
                options = options with
                {
                    Attempt = new AttemptProbabilities(
                        attempt.GetProperty("strong").GetDouble(),
                        attempt.GetProperty("moderate").GetDouble(),
                        attempt.GetProperty("weak").GetDouble(),
                        attempt.GetProperty("unguarded").GetDouble(),
                        attempt.GetProperty("publicRelease").GetDouble()),
                };
            }
            catch (InvalidOptionException e)
            {
                throw source.Error("/model/attemptProbabilities", Problem(e));
            }
        }

        if (model.TryGetProperty("largeScaleSubjects", out var large))
        {
            options = options with { LargeScaleSubjects = source.Integer("/model/largeScaleSubjects", large, MaximumSubjects) };
        }

        return options;
    }

    private static Dictionary<string, IReadOnlyList<string>> Answers(JsonSource source, JsonElement given, GuidingQuestionnaire questionnaire)
    {
        var answers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var member in given.EnumerateObject())
        {
            var pointer = JsonSource.Child("/answers", member.Name);
            var question = questionnaire.Find(member.Name)
                ?? throw source.Error(pointer, $"no guiding question has this id. Questions: {string.Join(", ", questionnaire.Questions.Select(q => q.Id))}.");
            var values = member.Value.ValueKind == JsonValueKind.String
                ? [member.Value.GetString()!]
                : member.Value.EnumerateArray().Select(v => v.GetString()!).ToArray();
            if (!question.Multiple && values.Length != 1)
            {
                throw source.Error(pointer, "this question takes exactly one answer.");
            }

            for (var i = 0; i < values.Length; i++)
            {
                if (question.FindAnswer(values[i]) is null)
                {
                    var at = member.Value.ValueKind == JsonValueKind.String ? pointer : JsonSource.Child(pointer, i);
                    throw source.Error(at, $"not an answer to '{question.Id}'. Answers: {string.Join(", ", question.Answers.Select(a => a.Id))}.");
                }
            }

            answers[member.Name] = values;
        }

        return answers;
    }

    private static MetadataInputs Metadata(JsonSource source, JsonElement metadata)
    {
        var inputs = MetadataInputs.None;
        if (metadata.TryGetProperty("datasetId", out var id))
        {
            inputs = inputs with { DatasetId = id.GetString() };
        }

        if (metadata.TryGetProperty("classification", out var classification))
        {
            inputs = inputs with
            {
                Classification = Vocabulary.TryParse<ClassificationLevel>(classification.GetProperty("level").GetString()),
                ClassificationReason = classification.GetProperty("reason").GetString(),
            };
        }

        if (metadata.TryGetProperty("retention", out var retention))
        {
            DateOnly? until = retention.TryGetProperty("until", out var u) ? Date(source, "/metadata/retention/until", u) : null;
            inputs = inputs with { Retention = new Retention(retention.GetProperty("rule").GetString()!, until) };
        }

        if (metadata.TryGetProperty("dataUseCodes", out var codes))
        {
            var list = codes.EnumerateArray().Select(c => c.GetString()!).ToArray();
            if (DataUseOntology.Default.FindProblem(list) is { } problem)
            {
                throw source.Error(JsonSource.Child("/metadata/dataUseCodes", problem.Index), problem.Problem);
            }

            inputs = inputs with { DataUseCodes = list };
        }

        if (metadata.TryGetProperty("minimumCellSize", out var minimum))
        {
            inputs = inputs with { MinimumCellSize = (int)source.Integer("/metadata/minimumCellSize", minimum, int.MaxValue) };
        }

        if (metadata.TryGetProperty("assessedOn", out var on))
        {
            inputs = inputs with { AssessedOn = Date(source, "/metadata/assessedOn", on) };
        }

        return inputs;
    }

    private static DateOnly Date(JsonSource source, string pointer, JsonElement value)
        => DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw source.Error(pointer, "is not a date of the calendar.");

    private static T[] Ids<T>(JsonElement parent, string name)
        where T : struct, Enum
        => parent.TryGetProperty(name, out var list) ? list.EnumerateArray().Select(v => Vocabulary.TryParse<T>(v.GetString())!.Value).ToArray() : [];

    private static string Problem(InvalidOptionException e) => e.Problem;

    private static InputFormatException Wrap(InputFormatException error, Exception inner)
        => new(error.FilePath, error.Line, error.Column, error.ColumnName, error.Problem, inner);
}
