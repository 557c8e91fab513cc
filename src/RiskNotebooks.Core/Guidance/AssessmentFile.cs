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
public static partial class AssessmentFile
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
        var file = source.Root.Deserialize(EntryContext.Default.FileEntry)!;
        var options = file.Model is { } model ? Model(source, model) : AssessmentOptions.Default;
        var assets = Assets(source, file.Assets, baseDirectory, cancellationToken);
        var controls = Controls(source, file.Controls ?? []);
        var linkages = Linkages(source, file.Linkage ?? [], assets);
        var answers = file.Answers is { } given ? Answers(source, given, questionnaire) : new Dictionary<string, IReadOnlyList<string>>();
        var conclusions = questionnaire.Conclude(answers);
        var setting = Vocabulary.TryParse<ReleaseSetting>(file.Setting)!.Value;
        var assessment = GuidingQuestionnaire.Apply(conclusions, new RiskAssessment(file.Title, setting, assets, controls, options, linkages));
        var metadata = file.Metadata is { } inputs ? Metadata(source, inputs) : MetadataInputs.None;
        return new AssessmentDocument(source.FilePath, assessment, answers, conclusions, metadata);
    }

    private static List<DataAsset> Assets(JsonSource source, AssetEntry[] entries, string baseDirectory, CancellationToken cancellationToken)
    {
        var assets = new List<DataAsset>(entries.Length);
        for (var i = 0; i < entries.Length; i++)
        {
            var pointer = JsonSource.Child("/assets", i);
            var read = Asset(source, pointer, entries[i], baseDirectory, cancellationToken);
            if (assets.Any(a => a.Id == read.Id))
            {
                throw source.Error($"{pointer}/id", "another asset has the same id.");
            }

            assets.Add(read);
        }

        return assets;
    }

    private static List<Control> Controls(JsonSource source, ControlEntry[] entries)
    {
        var controls = new List<Control>(entries.Length);
        for (var i = 0; i < entries.Length; i++)
        {
            var control = entries[i];
            if (controls.Any(c => c.Id == control.Id))
            {
                throw source.Error($"{JsonSource.Child("/controls", i)}/id", "this control is listed twice.");
            }

            var strength = control.Strength is { } s ? Vocabulary.TryParse<ControlStrength>(s) : null;
            controls.Add(new Control(control.Id, Vocabulary.TryParse<ControlStatus>(control.Status)!.Value, strength, control.Note));
        }

        return controls;
    }

    private static List<AssetLinkage> Linkages(JsonSource source, LinkageEntry[] entries, List<DataAsset> assets)
    {
        var linkages = new List<AssetLinkage>(entries.Length);
        for (var i = 0; i < entries.Length; i++)
        {
            var ids = entries[i].Assets;
            for (var j = 0; j < ids.Length; j++)
            {
                if (assets.All(a => a.Id != ids[j]))
                {
                    throw source.Error(JsonSource.Child($"{JsonSource.Child("/linkage", i)}/assets", j), $"no asset has this id. Assets: {string.Join(", ", assets.Select(a => a.Id))}.");
                }
            }

            linkages.Add(new AssetLinkage(ids, entries[i].Basis));
        }

        return linkages;
    }

    /// <summary>The ways an asset's P(re-id | attempt) can be given, as the file names them: one engine each, then stated and catalogued.</summary>
    private static readonly string[] MeasurementKinds = ["data", "text", "traces", "genotypes", "images", "inference", "reidentification", "catalogue"];

    private static DataAsset Asset(JsonSource source, string pointer, AssetEntry asset, string baseDirectory, CancellationToken cancellationToken)
    {
        var given = asset.Given();
        if (given.Count > 1)
        {
            throw source.Error($"{pointer}/{given[1].Kind}", "give one of 'data' (a table, measured here), 'text', 'traces', 'genotypes' or 'images' (measured here), 'inference' (attribute disclosure, measured here), 'reidentification' (stated) or 'catalogue' (an entry of the identifiability catalogue), not more.");
        }

        var measurement = given.Count == 1 ? Measurement(source, $"{pointer}/{given[0].Kind}", given[0].Value, baseDirectory, cancellationToken) : null;
        var planned = asset.PlannedDataMeasure is { } measure ? Planned(source, $"{pointer}/plannedDataMeasure", measure, asset.Data, baseDirectory, cancellationToken) : null;
        var subjects = asset.Subjects;
        return new DataAsset
        {
            Id = asset.Id,
            Name = asset.Name,
            Description = asset.Description,
            Kinds = Ids<DataKind>(asset.Kinds),
            SpecialCategories = Ids<SpecialCategory>(asset.SpecialCategories),
            SubjectCount = subjects?.Count is { } count ? source.Integer($"{pointer}/subjects/count", count, MaximumSubjects) : null,
            VulnerableGroups = Ids<VulnerableGroup>(subjects?.Vulnerable),
            LinkableSources = asset.LinkableSources ?? [],
            PersonalData = asset.PersonalData is { } personal ? Vocabulary.TryParse<PersonalDataStatus>(personal) : null,
            Measurement = measurement,
            PlannedDataMeasure = planned,
            HarmOverride = asset.HarmOverride is { } o ? new HarmOverride(RiskLevels.TryParse(o.Level)!.Value, o.Reason) : null,
        };
    }

    /// <summary>The data as they will be after a planned measure: measured, stated, catalogued, or the asset's data transformed.</summary>
    private static PlannedDataMeasure Planned(JsonSource source, string at, PlannedEntry measure, DataEntry? data, string baseDirectory, CancellationToken cancellationToken)
    {
        var given = measure.Given();
        var count = given.Count + (measure.Transformation is null ? 0 : 1);
        if (count != 1)
        {
            throw source.Error(at, "a planned data measure needs exactly one of 'data', 'text', 'traces' or 'genotypes' (the data as they will be, measured here), 'transformation' (the asset's data generalised and suppressed as stated, measured here), 'reidentification' (stated) or 'catalogue' (an entry of the identifiability catalogue).");
        }

        IReidentificationMeasurement after;
        if (measure.Transformation is { } transformation)
        {
            if (data is null)
            {
                throw source.Error($"{at}/transformation", "a transformation is applied to the asset's 'data': give the asset its data file.");
            }

            after = Transformed(source, $"{at}/transformation", transformation, data, baseDirectory, cancellationToken);
        }
        else
        {
            after = Measurement(source, $"{at}/{given[0].Kind}", given[0].Value, baseDirectory, cancellationToken);
        }

        return new PlannedDataMeasure(measure.Name, after);
    }

    private static IReidentificationMeasurement Measurement(JsonSource source, string at, object value, string baseDirectory, CancellationToken cancellationToken)
        => value switch
        {
            DataEntry data => Measure(source, at, data, baseDirectory, cancellationToken),
            TextEntry text => Text(source, at, text, baseDirectory, cancellationToken),
            TracesEntry traces => Traces(source, at, traces, baseDirectory, cancellationToken),
            GenotypesEntry genotypes => Genotypes(source, at, genotypes, baseDirectory, cancellationToken),
            ImagesEntry images => Images(source, at, images, baseDirectory, cancellationToken),
            InferenceEntry inference => Inference(source, at, inference, baseDirectory, cancellationToken),
            StatedEntry stated => Stated(source, at, stated),
            _ => Catalogued(source, at, (string)value),
        };

    /// <summary>A folder of documents measured by the text engine: the share of documents at or above a risk level.</summary>
    private static TextMeasurement Text(JsonSource source, string pointer, TextEntry text, string baseDirectory, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(Path.Combine(baseDirectory, text.Folder));
        var threshold = text.AtLeast is { } l ? Enum.Parse<RiskNotebooks.Text.DocumentRiskLevel>(l, ignoreCase: true) : RiskNotebooks.Text.DocumentRiskLevel.High;
        var language = text.Language switch
        {
            null => RiskNotebooks.Text.TextLanguage.Auto,
            "sv" => RiskNotebooks.Text.TextLanguage.Swedish,
            "en" => RiskNotebooks.Text.TextLanguage.English,
            _ => RiskNotebooks.Text.TextLanguage.Auto,
        };
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
    private static TraceMeasurement Traces(JsonSource source, string pointer, TracesEntry traces, string baseDirectory, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(Path.Combine(baseDirectory, traces.File));
        var points = (int)source.Integer($"{pointer}/points", traces.Points, 64);
        var options = Location.UnicityOptions.Default;
        try
        {
            if (traces.Spatial is { } spatial)
            {
                options = options with { Spatial = Location.SpatialResolution.Parse(spatial, "spatial") };
            }

            if (traces.Temporal is { } temporal)
            {
                options = options with { Temporal = Location.TemporalResolution.Parse(temporal, "temporal") };
            }
        }
        catch (InvalidOptionException e)
        {
            throw source.Error($"{pointer}/{e.OptionName}", Problem(e));
        }

        if (traces.Seed is { } seed)
        {
            options = options with { Seed = source.Integer($"{pointer}/seed", seed, long.MaxValue) };
        }

        if (traces.Mode is { } mode)
        {
            options = options with { Mode = mode == "exact" ? Location.UnicityMode.Exact : Location.UnicityMode.Sampled };
        }

        if (traces.Draws is { } draws)
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
    private static ImagingMeasurement Images(JsonSource source, string pointer, ImagesEntry images, string baseDirectory, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(Path.Combine(baseDirectory, images.Folder));
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
    private static GenotypeMeasurement Genotypes(JsonSource source, string pointer, GenotypesEntry genotypes, string baseDirectory, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(Path.Combine(baseDirectory, genotypes.File));
        var options = new Genomics.GenotypeRiskOptions
        {
            Population = source.Integer($"{pointer}/population", genotypes.Population, MaximumSubjects),
        };
        if (genotypes.Frequencies is { } f)
        {
            options = options with { Frequencies = f == "info" ? Genomics.AlleleFrequencySource.Info : Genomics.AlleleFrequencySource.Cohort };
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
    private static RegistryMeasurement Transformed(JsonSource source, string pointer, TransformationEntry transformation, DataEntry data, string baseDirectory, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(Path.Combine(baseDirectory, data.File));
        var quasiIdentifiers = data.QuasiIdentifiers;
        var request = new Commands.AnonymizeRequest
        {
            HierarchyFolder = transformation.Hierarchies is { } h ? Path.GetFullPath(Path.Combine(baseDirectory, h)) : null,
            Build = transformation.Build is { } b ? string.Join(",", b.Select(p => $"{p.Key}={p.Value}")) : null,
            Targets = transformation.Target ?? "k=1",
            MaxSuppression = transformation.MaxSuppression ?? 0,
        };
        if (transformation.Levels is null && transformation.Target is null)
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
            if (transformation.Levels is { } l)
            {
                levels = Treatment.Transformation.Parse(string.Join(",", l.Select(p => $"{p.Key}:{p.Value.GetInt32()}")), quasiIdentifiers, "levels");
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

    private static RegistryMeasurement Measure(JsonSource source, string pointer, DataEntry data, string baseDirectory, CancellationToken cancellationToken)
    {
        var file = data.File;
        var path = Path.GetFullPath(Path.Combine(baseDirectory, file));
        var quasiIdentifiers = data.QuasiIdentifiers;
        char? delimiter = null;
        if (data.Delimiter is { } d)
        {
            try
            {
                delimiter = CsvLoadOptions.ParseDelimiter(d);
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
    private static InferenceMeasurement Inference(JsonSource source, string pointer, InferenceEntry inference, string baseDirectory, CancellationToken cancellationToken)
    {
        var file = inference.File;
        var path = Path.GetFullPath(Path.Combine(baseDirectory, file));
        var quasiIdentifiers = inference.QuasiIdentifiers;
        if (InferenceMeasurement.Provider is not { } provider)
        {
            throw source.Error(pointer, "attribute inference needs the Microsoft.ML learner, which this host has not loaded (the command line and both notebook kernels have it; in a library, call RiskNotebooks.ML.AssessmentInference.Register()).");
        }

        var options = new AttributeInferenceOptions
        {
            QuasiIdentifiers = quasiIdentifiers,
            SensitiveAttributes = [inference.Sensitive],
            Folds = inference.Folds is { } folds ? (int)source.Integer($"{pointer}/folds", folds, 20) : 5,
            Seed = inference.Seed is { } seed ? (int)source.Integer($"{pointer}/seed", seed, int.MaxValue) : 1,
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

    private static CatalogueMeasurement Catalogued(JsonSource source, string pointer, string entry)
    {
        var catalogue = IdentifiabilityCatalogue.Default;
        return catalogue.Find(entry) is { } found
            ? new CatalogueMeasurement(found)
            : throw source.Error(pointer, $"not an entry of the identifiability catalogue; entries: {string.Join(", ", catalogue.Entries.Select(e => e.Id))}.");
    }

    private static StatedMeasurement Stated(JsonSource source, string pointer, StatedEntry stated)
    {
        try
        {
            return new StatedMeasurement(stated.Probability, stated.Basis, stated.Highest);
        }
        catch (InvalidOptionException e)
        {
            throw source.Error(e.OptionName.EndsWith(".highest", StringComparison.Ordinal) ? $"{pointer}/highest" : pointer, Problem(e));
        }
    }

    private static AssessmentOptions Model(JsonSource source, ModelEntry model)
    {
        var options = AssessmentOptions.Default;
        if (model.LikelihoodCutPoints is { } c)
        {
            try
            {
                options = options with { Likelihood = new LikelihoodScale(c[0], c[1], c[2]) };
            }
            catch (InvalidOptionException e)
            {
                throw source.Error("/model/likelihoodCutPoints", Problem(e));
            }
        }

        if (model.AttemptProbabilities is { } attempt)
        {
            try
            {
                options = options with
                {
                    Attempt = new AttemptProbabilities(attempt.Strong, attempt.Moderate, attempt.Weak, attempt.Unguarded, attempt.PublicRelease),
                };
            }
            catch (InvalidOptionException e)
            {
                throw source.Error("/model/attemptProbabilities", Problem(e));
            }
        }

        if (model.LargeScaleSubjects is { } large)
        {
            options = options with { LargeScaleSubjects = source.Integer("/model/largeScaleSubjects", large, MaximumSubjects) };
        }

        return options;
    }

    private static Dictionary<string, IReadOnlyList<string>> Answers(JsonSource source, Dictionary<string, JsonElement> given, GuidingQuestionnaire questionnaire)
    {
        var answers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (name, value) in given)
        {
            var pointer = JsonSource.Child("/answers", name);
            var question = questionnaire.Find(name)
                ?? throw source.Error(pointer, $"no guiding question has this id. Questions: {string.Join(", ", questionnaire.Questions.Select(q => q.Id))}.");
            var isOne = value.ValueKind == JsonValueKind.String;
            var values = isOne ? [value.GetString()!] : value.EnumerateArray().Select(v => v.GetString()!).ToArray();
            if (!question.Multiple && values.Length != 1)
            {
                throw source.Error(pointer, "this question takes exactly one answer.");
            }

            for (var i = 0; i < values.Length; i++)
            {
                if (question.FindAnswer(values[i]) is null)
                {
                    var at = isOne ? pointer : JsonSource.Child(pointer, i);
                    throw source.Error(at, $"not an answer to '{question.Id}'. Answers: {string.Join(", ", question.Answers.Select(a => a.Id))}.");
                }
            }

            answers[name] = values;
        }

        return answers;
    }

    private static MetadataInputs Metadata(JsonSource source, MetadataEntry metadata)
    {
        var inputs = MetadataInputs.None;
        if (metadata.DatasetId is { } id)
        {
            inputs = inputs with { DatasetId = id };
        }

        if (metadata.Classification is { } classification)
        {
            inputs = inputs with
            {
                Classification = Vocabulary.TryParse<ClassificationLevel>(classification.Level),
                ClassificationReason = classification.Reason,
            };
        }

        if (metadata.Retention is { } retention)
        {
            DateOnly? until = retention.Until is { } u ? Date(source, "/metadata/retention/until", u) : null;
            inputs = inputs with { Retention = new Retention(retention.Rule, until) };
        }

        if (metadata.DataUseCodes is { } list)
        {
            if (DataUseOntology.Default.FindProblem(list) is { } problem)
            {
                throw source.Error(JsonSource.Child("/metadata/dataUseCodes", problem.Index), problem.Problem);
            }

            inputs = inputs with { DataUseCodes = list };
        }

        if (metadata.MinimumCellSize is { } minimum)
        {
            inputs = inputs with { MinimumCellSize = (int)source.Integer("/metadata/minimumCellSize", minimum, int.MaxValue) };
        }

        if (metadata.AssessedOn is { } on)
        {
            inputs = inputs with { AssessedOn = Date(source, "/metadata/assessedOn", on) };
        }

        return inputs;
    }

    private static DateOnly Date(JsonSource source, string pointer, string value)
        => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw source.Error(pointer, "is not a date of the calendar.");

    private static T[] Ids<T>(string[]? ids)
        where T : struct, Enum
        => ids is null ? [] : Array.ConvertAll(ids, id => Vocabulary.TryParse<T>(id)!.Value);

    private static string Problem(InvalidOptionException e) => e.Problem;

    /// <summary>An error at a place of the assessment caused by <paramref name="inner"/>; a problem that quotes the inner error's message mentions the options it mentions (hosts respell them).</summary>
    private static InputFormatException Wrap(InputFormatException error, Exception inner)
        => new(error.FilePath, error.Line, error.Column, error.ColumnName, error.Problem, inner)
        {
            RelatedOptions = error.Problem.Contains(inner.Message, StringComparison.Ordinal)
                ? inner switch
                {
                    UnknownColumnException column => column.RelatedOptions,
                    InputFormatException input => input.RelatedOptions,
                    _ => [],
                }
                : [],
        };
}
