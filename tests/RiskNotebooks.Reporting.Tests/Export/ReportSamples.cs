using System.Globalization;
using System.Text;
using RiskNotebooks.Data;
using RiskNotebooks.Genomics;
using RiskNotebooks.Guidance;
using RiskNotebooks.Imaging;
using RiskNotebooks.Inference;
using RiskNotebooks.Location;
using RiskNotebooks.ML;
using RiskNotebooks.Registry;
using RiskNotebooks.Registry.Attributes;
using RiskNotebooks.Reporting.Export;
using RiskNotebooks.Text;

namespace RiskNotebooks.Reporting.Tests.Export;

/// <summary>
/// One result of every kind, made once for the report tests, from inputs with planted values no report may hold: a
/// marker in one cell of a table and in a text document, a person's name in a record, a secret folder in every path.
/// </summary>
public sealed class ReportSamples : IDisposable
{
    /// <summary>Planted in one cell of each table and in a text document: no report may hold it.</summary>
    public const string Marker = "ZZMARKER55";

    /// <summary>A folder name in every input's path: reports name files, never folders.</summary>
    public const string SecretFolder = "secret-folder-77";

    /// <summary>Record values of the tables (one of them on a single record): no report may hold them.</summary>
    public static readonly string[] RecordValues = [Marker, "Zebulon-Quist"];

    private readonly string folder = Directory.CreateTempSubdirectory("risknb-samples-").FullName;

    public ReportSamples()
    {
        var data = Directory.CreateDirectory(Path.Combine(folder, SecretFolder)).FullName;
        Reports = new Dictionary<string, ResultReport>(StringComparer.Ordinal)
        {
            ["reid"] = Reid(data),
            ["text"] = Text(data),
            ["location"] = Location(),
            ["assess"] = ResultReport.For(AssessmentFile.Load(Path.Combine(RepositoryRoot, "datasets", "assessments", "cohort-project.assessment.yaml")).Evaluate()), // every kind of data, linked, from YAML
            ["genome"] = ResultReport.For(GenotypeRisk.Analyse(Path.Combine(RepositoryRoot, "datasets", "genomics", "synthetic-cohort.vcf.gz"))),
            ["dicom"] = ResultReport.For(DicomRisk.Analyse(Path.Combine(RepositoryRoot, "datasets", "dicom", "samples"))),
            ["infer"] = Infer(data),
            ["release-attack"] = ReleaseAttack(data),
            ["catalogue"] = ResultReport.For(IdentifiabilityCatalogue.Default),
            ["treatment"] = Treatment(data),
        };
    }

    /// <summary>The report of each kind.</summary>
    public IReadOnlyDictionary<string, ResultReport> Reports { get; }

    /// <summary>Every kind and format, for theories.</summary>
    public static TheoryData<string> Kinds => [.. ResultReport.Kinds];

    /// <summary>The repository (for the bundled data sets and the schema).</summary>
    public static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "RiskNotebooks.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("RiskNotebooks.sln not found above the test folder.");
        }
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>300 records on three QIs; classes of every size from 1 up, so some counts are below 5; one record holds the marker, one a name.</summary>
    private static Table Registry(string data)
    {
        var rows = new List<IReadOnlyList<string?>>();
        for (var i = 0; i < 300; i++)
        {
            var nickname = i == 7 ? "Zebulon-Quist" : i == 11 ? Marker : $"n{i % 40}";
            rows.Add([nickname, i % 2 == 0 ? "F" : "M", (10 + (i % 13)).ToString(CultureInfo.InvariantCulture), i % 3 == 0 ? "asthma" : i % 3 == 1 ? "diabetes" : "none"]);
        }

        return Table.FromRows(Path.Combine(data, "patients.csv"), ["nickname", "sex", "ward", "diagnosis"], rows);
    }

    private static ResultReport Reid(string data)
    {
        var table = Registry(data);
        string[] qis = ["nickname", "sex", "ward"];
        var report = ReidentificationAnalysis.Run(table, new ReidentificationOptions { QuasiIdentifiers = qis });
        return ResultReport.For(report, AttributeRiskAnalysis.Run(table, qis, 2));
    }

    private static ResultReport Infer(string data)
        => ResultReport.For(AttributeInference.Analyse(Registry(data), new AttributeInferenceOptions
        {
            QuasiIdentifiers = ["sex", "ward"],
            SensitiveAttributes = ["diagnosis"],
            Trainer = InferenceTrainer.FastTree,
            Folds = 3,
            Iterations = 10,
        }));

    /// <summary>The registry as its own release (the nickname, which holds the marker, among the quasi-identifiers), attacked against a control of other people.</summary>
    private static ResultReport ReleaseAttack(string data)
    {
        var original = Registry(data);
        var controlRows = Enumerable.Range(0, 120).Select(i => (IReadOnlyList<string?>)[$"c{i % 30}", i % 2 == 0 ? "M" : "F", (12 + (i % 7)).ToString(CultureInfo.InvariantCulture), i % 2 == 0 ? "none" : "asthma"]).ToList();
        var control = Table.FromRows(Path.Combine(data, "control.csv"), ["nickname", "sex", "ward", "diagnosis"], controlRows);
        return ResultReport.For(ReleaseInference.Analyse(original, original, control, new AttributeInferenceOptions
        {
            QuasiIdentifiers = ["nickname", "sex", "ward"],
            SensitiveAttributes = ["diagnosis"],
            Trainer = InferenceTrainer.FastTree,
            Iterations = 10,
            LinkageSample = 100,
        }));
    }

    /// <summary>The registry treated to k = 5: the nickname (which holds the marker) masked, sex kept or starred, the ward in bands.</summary>
    private static ResultReport Treatment(string data)
    {
        var table = Registry(data);
        string[] qis = ["nickname", "sex", "ward"];
        var settings = new RiskNotebooks.Treatment.AnonymizationSettings
        {
            QuasiIdentifiers = qis,
            Hierarchies = new Dictionary<string, RiskNotebooks.Treatment.Hierarchy>
            {
                ["nickname"] = RiskNotebooks.Treatment.HierarchyBuilder.Build(table, "nickname", "mask"),
                ["sex"] = RiskNotebooks.Treatment.HierarchyBuilder.Build(table, "sex", "flat"),
                ["ward"] = RiskNotebooks.Treatment.HierarchyBuilder.Build(table, "ward", "interval:5"),
            },
            Targets = [new RiskNotebooks.Treatment.KAnonymity(5)],
            SuppressionLimit = 0.05,
        };
        // With local suppression after the search, so that its counts are scanned too.
        var release = new RiskNotebooks.Treatment.ReleaseOptions { LocalSuppression = new RiskNotebooks.Treatment.LocalSuppressionSettings(2, []) };
        return ResultReport.For(RiskNotebooks.Treatment.TreatmentAnalysis.Run(table, settings, null, release).Report);
    }

    private static ResultReport Text(string data)
    {
        var corpus = Directory.CreateDirectory(Path.Combine(data, "interviews")).FullName;
        File.WriteAllText(Path.Combine(corpus, "anna.txt"), $"Patient Anna Lindqvist, born 1984-03-12, personnummer 19840312-1234, was treated for HIV. Code {Marker}.\n", Encoding.UTF8);
        File.WriteAllText(Path.Combine(corpus, "b.txt"), "The interviewee described the weather and the bus timetable.\n", Encoding.UTF8);
        File.WriteAllText(Path.Combine(corpus, "c.txt"), "Jonas Berg, a nurse in Umeå, phoned on 2021-05-04 about his diabetes.\n", Encoding.UTF8);
        return ResultReport.For(TextAnalysis.Run(corpus, new TextAnalysisOptions { KeepDocuments = true }));
    }

    private static ResultReport Location()
    {
        var records = new List<TraceRecord>();
        for (var u = 0; u < 12; u++)
        {
            for (var h = 0; h < 6; h++)
            {
                records.Add(new TraceRecord($"user-{Marker}-{u}", new DateTime(2023, 3, 6).AddHours(h + u), 45 + ((u + h) % 5 / 100d), 9 + (h % 3 / 100d)));
            }
        }

        var traces = TraceSet.FromRecords(Path.Combine("/", SecretFolder, "traces.csv"), records);
        return ResultReport.For(LocationRiskAnalysis.Run(traces, new LocationRiskOptions { Grid = true, GridSpatial = [SpatialResolution.Raw, SpatialResolution.Grid(2000)], GridTemporal = [TemporalResolution.Parse("hour"), TemporalResolution.Parse("day")], GridPoints = 2 }));
    }
}
