using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace RiskNotebooks.Kernel.Tests.EndToEnd;

/// <summary>
/// Every committed notebook, unmodified, executed by nbconvert under the risknotebooks kernel (installed with
/// <c>risknb kernel install</c> in a scratch Jupyter data folder), from the repository root as
/// docs/commands/notebooks.md says, offline inside <c>unshare -n</c> where the machine allows it. The same notebooks run
/// under .NET Interactive in RiskNotebooks.Interactive.Tests: one notebook, both kernels.
/// </summary>
public sealed partial class CommittedNotebookTests
{
    private static readonly string Repository = FindRepository();

    [SkippableTheory]
    [InlineData("01-health-registry.ipynb")]
    [InlineData("02-weakest-link.ipynb")]
    [InlineData("05-interviews-and-journals.ipynb")]
    [InlineData("06-mobile-location.ipynb")]
    [InlineData("03-sequence-data.ipynb")]
    [InlineData("08-tricky-questions.ipynb")]
    [InlineData("04-clinical-images.ipynb")]
    [InlineData("solutions/04-clinical-images.ipynb")]
    [InlineData("solutions/03-sequence-data.ipynb")]
    [InlineData("solutions/08-tricky-questions.ipynb")]
    [InlineData("07-treat-the-risk.ipynb")]
    [InlineData("solutions/07-treat-the-risk.ipynb")]
    [InlineData("11-attribute-inference.ipynb")]
    [InlineData("solutions/11-attribute-inference.ipynb")]
    [InlineData("00-start-here.ipynb")]
    [InlineData("solutions/00-start-here.ipynb")]
    [InlineData("solutions/01-health-registry.ipynb")]
    [InlineData("solutions/02-weakest-link.ipynb")]
    [InlineData("solutions/05-interviews-and-journals.ipynb")]
    [InlineData("solutions/06-mobile-location.ipynb")]
    [InlineData("09-contextual-metadata.ipynb")]
    [InlineData("solutions/09-contextual-metadata.ipynb")]
    [InlineData("10-dpo-assessment.ipynb")]
    [InlineData("solutions/10-dpo-assessment.ipynb")]
    public void Committed_notebook_runs_unmodified_under_our_kernel_offline(string notebook)
    {
        var required = Environment.GetEnvironmentVariable("RISKNB_REQUIRE_JUPYTER") is "1" or "true";
        if (!KernelProcess.OnPath("jupyter-nbconvert"))
        {
            Assert.False(required, "jupyter-nbconvert is missing; .ci/run installs it.");
            Skip.If(true, "jupyter-nbconvert is not installed (Debian: jupyter-nbconvert python3-nbclient).");
        }

        using var exclusive = NotebooksFolderLock.Acquire(Repository);
        var path = Path.Combine(Repository, "notebooks", notebook);
        var committed = File.ReadAllBytes(path);
        var scratch = Directory.CreateTempSubdirectory("risknb-kernel-nb-").FullName;
        try
        {
            var environment = new Dictionary<string, string>
            {
                ["JUPYTER_DATA_DIR"] = Path.Combine(scratch, "jupyter"),
                ["JUPYTER_RUNTIME_DIR"] = Path.Combine(scratch, "runtime"),
                ["PYTHONNOUSERSITE"] = "1",
                ["TMPDIR"] = Directory.CreateDirectory(Path.Combine(scratch, "tmp")).FullName,
            };
            var install = KernelProcess.Run("dotnet", [KernelProcess.Risknb, "kernel", "install", "--user"], TimeSpan.FromMinutes(1), environment);
            Assert.True(install.ExitCode == 0, install.Output);

            string[] command = ["jupyter", "nbconvert", "--to", "notebook", "--execute", "--ExecutePreprocessor.timeout=600",
                                "--ExecutePreprocessor.kernel_name=risknotebooks", Path.Combine("notebooks", notebook),
                                "--output-dir", scratch, "--output", "executed.ipynb"];
            var offline = KernelProcess.OnPath("unshare") && KernelProcess.Run("unshare", ["-n", "true"], TimeSpan.FromSeconds(30)).ExitCode == 0;
            var (exit, output) = offline
                ? KernelProcess.Run("unshare", ["-n", "sh", "-c", "ip link set lo up 2>/dev/null; exec \"$@\"", "offline", .. command], TimeSpan.FromMinutes(10), environment, Repository)
                : KernelProcess.Run(command[0], command[1..], TimeSpan.FromMinutes(10), environment, Repository);
            Assert.True(exit == 0, output);

            Assert.Equal(committed, File.ReadAllBytes(path)); // run, never changed
            Assert.False(Directory.Exists(Path.Combine(Repository, "notebooks", "output")), "the notebook left its output/ folder behind");
            Assert.DoesNotContain("ZZMARKER55", File.ReadAllText(Path.Combine(scratch, "executed.ipynb")), StringComparison.Ordinal); // the sample scans' planted patient name
            var executed = JsonNode.Parse(File.ReadAllText(Path.Combine(scratch, "executed.ipynb")))!;
            var outputs = executed["cells"]!.AsArray()
                .Where(c => (string?)c!["cell_type"] == "code")
                .SelectMany(c => c!["outputs"]!.AsArray().Select(o => o!))
                .ToList();
            var errors = outputs.Where(o => (string?)o["output_type"] == "error").Select(o => $"{o["ename"]}: {o["evalue"]}").ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors));

            var html = outputs.Select(o => o["data"]?["text/html"]).Where(h => h is not null).Select(Text).ToList();
            foreach (var h in html)
            {
                Assert.False(RemoteReference().IsMatch(h), "an output references the network: " + RemoteReference().Match(h).Value);
            }

            var (expectedHtml, expectedStdout) = Expected(notebook);
            foreach (var expected in expectedHtml)
            {
                Assert.True(html.Any(h => h.Contains(expected, StringComparison.Ordinal)), $"no HTML output contains '{expected}'");
            }

            var charts = outputs.Count(o => o["data"]?["application/vnd.plotly.v1+json"] is JsonObject);
            if (HasCharts(notebook))
            {
                Assert.True(charts > 0, "no chart");
                Assert.Single(html, h => h.Contains("window.Plotly=Plotly", StringComparison.Ordinal)); // plotly.js once per session
            }
            else
            {
                Assert.Equal(0, charts);
            }
            var stdout = string.Concat(outputs.Where(o => (string?)o["output_type"] == "stream" && (string?)o["name"] == "stdout").Select(o => Text(o["text"])));
            foreach (var expected in expectedStdout)
            {
                Assert.Contains(expected, stdout, StringComparison.Ordinal);
            }
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    /// <summary>What each notebook's outputs must show (the same cards as under .NET Interactive).</summary>
    private static (string[] Html, string[] Stdout) Expected(string notebook) => notebook switch
    {
        "01-health-registry.ipynb" =>
        (
            ["RiskNotebooks magic commands", "risknb-table", "Roles of registry", "Re-identification risk", "each pair of quasi-identifiers", "subsets by size and distinction", "equivalence-class size", "Saved the re-identification report"],
            ["without sex"]
        ),
        "02-weakest-link.ipynb" =>
        (
            ["Assessment: Demo registry", "Weakest link overall", "public release", "Risk matrix: harm"],
            ["secure enclave"]
        ),
        "05-interviews-and-journals.ipynb" =>
        (
            ["Personal data in text", "200 documents (100 Swedish, 100 English)", "Personal data per document and category"],
            ["personnummer [", "Identified", "quasi-identifiers left:", "documents redacted", "[PERSONNUMMER-", "deleted output/05-redaction"]
        ),
        "06-mobile-location.ipynb" =>
        (
            ["Location risk: traces_100.csv", "Unicity by number of points", "Unicity with 4 points by resolution", "Where the risk is", "Location risk: traces_tiny50.csv"],
            ["unicity at 4 points", "inside the interval"]
        ),
        "03-sequence-data.ipynb" =>
        (
            ["Identifiability catalogue: is it personal data?", "Whole genome or exome sequence (whole-genome)", "Genotypes: synthetic-cohort.vcf.gz", "Unique among 10,500,000 people", "Samples (200) in a population of 10,500,000"],
            ["200 samples, 2,000 sites used.", "Thinned to 219 of 2,000 sites", "median log10 match probability: cohort"]
        ),
        "07-treat-the-risk.ipynb" =>
        (
            ["What if: demo-registry.csv", "Share of records made unique by each pair of quasi-identifiers, before and after", "Treat the risk: demo-registry.csv", "Every transformation: risk against information loss", "How far each quasi-identifier is generalised", "Local suppression to k = 5"],
            ["chosen: birth_date:4,sex:0,postcode:2", "suppressed: 236 records", "deleted output/07-release.csv"]
        ),
        "solutions/07-treat-the-risk.ipynb" =>
        (
            ["Treat the risk: demo-registry.csv", "transformations evaluated", "up to --max-levels", "Local suppression to k = 5"],
            ["keeping birth year: birth_date:3,sex:0,postcode:3, suppressed 0.4", "deleted output/07-release.csv"]
        ),
        "11-attribute-inference.ipynb" =>
        (
            ["Re-identification risk", "Attribute inference: 11-registry.csv", "What each quasi-identifier contributes to the attack", "Which values the attack recovers", "1 value with &lt; 5 records"],
            ["inference advantage", "E11 diabetes recovered for 100", "deleted output/11-registry.csv"]
        ),
        "solutions/11-attribute-inference.ipynb" =>
        (
            ["Attribute inference: 11-generalised.csv"],
            ["advantage before", "precision", "deleted output/11-registry.csv"]
        ),
        "solutions/03-sequence-data.ipynb" =>
        (
            ["Genotypes: synthetic-cohort.vcf.gz", "Unique among 10,500,000 people"],
            ["200 samples, 2,000 sites used.", "average sites keep a participant below 50% unique in Sweden"]
        ),
        "08-tricky-questions.ipynb" =>
        (
            ["(reference-protein-sequence)", "(rnaseq-reads)", "(tumour-normal-pair)", "(gut-microbiome)", "(defaced-head-mri)", "(chest-xray)", "(small-snp-panel)", "(dicom-headers)", "doi:10.1073/pnas.1423854112"],
            ["not-identifying-alone: reference-protein-sequence"]
        ),
        "04-clinical-images.ipynb" =>
        (
            ["DICOM headers", "Patient&#39;s Name", "defacing needed", "(head-mri-ct)", "(burned-in-annotations)", "Assessment: Imaging and genomics cohort", "Risk matrix: harm"],
            ["72 DICOM files, 16 attributes of the profile present", "Attributes to remove (X):"]
        ),
        "solutions/04-clinical-images.ipynb" =>
        (
            ["DICOM headers", "Assessment: Imaging and genomics cohort"],
            ["U: new, consistent UID:", "Head volumes needing defacing: 1", "residual 0.6 (genotypes)"]
        ),
        "solutions/08-tricky-questions.ipynb" =>
        (
            ["(head-mri-ct)"],
            ["De-faced head MRI: 140 to 190 of 500 re-identifiable", "p = 0.5: one SNP 0.375"]
        ),
        "00-start-here.ipynb" =>
        (
            ["RiskNotebooks magic commands", "Re-identification risk: demo-registry.csv"],
            ["3,074 classes / 100,000 records = 0.0307", "the card's average prosecutor risk:          0.0307"]
        ),
        "solutions/00-start-here.ipynb" =>
        (
            ["Re-identification risk: demo-registry.csv"],
            ["classes  3,074 / records 100,000 = 0.0307", "classes  7,915 / records 100,000 = 0.0792  (card: average 0.0792, highest 1)"]
        ),
        "solutions/01-health-registry.ipynb" =>
        (
            ["Roles of registry", "Re-identification risk"],
            ["as is, by hand:   average risk 0.0792, unique 4.15", "as is, engine:    average risk 0.0792, unique 4.15", "without country_of_birth  average risk 0.0029", "country of birth -> Sweden / elsewhere: average risk 0.0058"]
        ),
        "solutions/02-weakest-link.ipynb" =>
        (
            ["Assessment: Demo registry", "Weakest link overall"],
            ["Log review                                                     P(attempt) 0.5 -> 0.2", "highest risk 1 -> 1", "public release: likelihood maximum -> maximum"]
        ),
        "solutions/05-interviews-and-journals.ipynb" =>
        (
            ["Personal data in text: sv"],
            ["at least High", "original", "deleted output/05-solution"]
        ),
        "solutions/06-mobile-location.ipynb" =>
        (
            ["Location risk: traces_100.csv"],
            ["first cell below 20% (finest space first): 4km x none"]
        ),
        "09-contextual-metadata.ipynb" =>
        (
            ["Assessment: Demo registry", "Sensitivity metadata", "Risk matrix: harm"],
            ["access level        secure enclave only", "\"level\": \"secure-enclave-only\"", "25 terms: 5 permissions, 18 modifiers", "DUO:0000007 DUO:0000021 DUO:0000028      valid", "code 2: a second data use permission"]
        ),
        "solutions/09-contextual-metadata.ipynb" =>
        (
            [],
            ["access level    secure enclave only", "valid: one permission, two modifiers", "DUO:0000019 (PUB, publication required; modifier)"]
        ),
        "10-dpo-assessment.ipynb" =>
        (
            ["Assessment: Cohort project", "P(re-id | attempt) measured as", "(linked)", "Risk matrix: harm", "Saved the assessment report (DOCX"],
            ["residual, after the planned measures: 1 - (1 - 0.0307) × (1 - 0.91) × (1 - 0.9878) = 0.9989", "the engine's residual P(re-id | attempt), linked:                 0.9989", "Word report written:", "deleted output/10-cohort-project.docx"]
        ),
        "solutions/10-dpo-assessment.ipynb" =>
        (
            [],
            ["+ interviews redacted, traces 16 km x day            residual P(re-id | attempt)  0.0307  likelihood negligible", "deleted output/10-solution"]
        ),
        _ => throw new ArgumentOutOfRangeException(nameof(notebook), notebook, "no expectations for this notebook"),
    };

    /// <summary>
    /// Whether a notebook draws charts (the tricky questions are answered from the catalogue alone; the solutions of 09 and
    /// 10 work in C# only).
    /// </summary>
    private static bool HasCharts(string notebook)
        => !notebook.Contains("08-tricky-questions", StringComparison.Ordinal) && notebook is not ("solutions/09-contextual-metadata.ipynb" or "solutions/10-dpo-assessment.ipynb");

    /// <summary>A script, stylesheet, image or fetch from another host.</summary>
    [GeneratedRegex(@"<(script|link|img|iframe)[^>]*\b(src|href)\s*=\s*[""']?\s*(https?:)?//|setAttribute\(\s*[""'](src|href)[""']\s*,\s*[""']\s*(https?:)?//|fetch\(\s*[""']https?:", RegexOptions.IgnoreCase)]
    private static partial Regex RemoteReference();

    private static string Text(JsonNode? node) => node is JsonArray lines ? string.Concat(lines.Select(l => (string?)l)) : (string?)node ?? string.Empty;

    private static string FindRepository()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "RiskNotebooks.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The tests run inside the repository (RiskNotebooks.sln not found above " + AppContext.BaseDirectory + ").");
    }
}
