namespace RiskNotebooks.Tests.Documentation;

/// <summary>
/// The README and docs/ link to each other and to the repository's files: every relative link must reach an existing
/// file, and every #anchor an existing heading, as GitHub renders them. The README stays a five-minute read.
/// </summary>
public sealed class MarkdownLinkTests
{
    private const int ReadmeMaxLines = 150;

    private static readonly string Repository = FindRepository();

    /// <summary>README.md, docs/**/*.md, notebooks/README.md and datasets/**/README.md, relative to the repository.</summary>
    public static TheoryData<string> MarkdownFiles() => new(Files());

    private static IEnumerable<string> Files() =>
        new[] { "README.md", Path.Combine("notebooks", "README.md") }
            .Concat(Directory.EnumerateFiles(Path.Combine(Repository, "docs"), "*.md", SearchOption.AllDirectories).Select(Relative))
            .Concat(Directory.EnumerateFiles(Path.Combine(Repository, "datasets"), "README.md", SearchOption.AllDirectories).Select(Relative))
            .Select(MarkdownLinks.WithForwardSlashes)
            .Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(MarkdownFiles))]
    public void EveryRelativeLinkReachesAFileAndEveryAnchorAHeading(string file)
    {
        var problems = MarkdownLinks.ProblemsIn(Repository, file);

        Assert.True(problems.Count == 0, "Broken links:\n" + string.Join('\n', problems));
    }

    [Fact]
    public void TheFilesCheckedIncludeTheReadmeAndEveryDocsFolder()
    {
        var files = Files().ToList();

        Assert.Contains("README.md", files);
        Assert.Contains("notebooks/README.md", files);
        Assert.Contains("docs/commands/reid.md", files);
        Assert.Contains("datasets/demo-registry/README.md", files);
    }

    [Fact]
    public void TheReadmeIsAtMost150Lines()
    {
        var lines = File.ReadAllText(Path.Combine(Repository, "README.md")).TrimEnd('\n').Split('\n').Length;

        Assert.True(lines <= ReadmeMaxLines, $"README.md has {lines} lines; at most {ReadmeMaxLines}: move the rest to docs/.");
    }

    [Theory]
    [InlineData("`risknb reid`: re-identification risk of a table", "risknb-reid-re-identification-risk-of-a-table")]
    [InlineData("Our own Jupyter kernel: `risknb kernel`", "our-own-jupyter-kernel-risknb-kernel")]
    [InlineData("`risknb assess`: harm × likelihood, the weakest link, the risk matrix", "risknb-assess-harm--likelihood-the-weakest-link-the-risk-matrix")]
    [InlineData("Reports: `--report FILE.html`", "reports---report-filehtml")]
    [InlineData("1–4 levels (CNIL)", "14-levels-cnil")]
    [InlineData("Genomics: Hardy–Weinberg, a – b", "genomics-hardyweinberg-a--b")]
    [InlineData("**Bold** and [a link](docs/x.md) in_snake", "bold-and-a-link-in_snake")]
    [InlineData("Ålder och län", "ålder-och-län")]
    public void SlugsFollowGitHub(string heading, string slug)
    {
        Assert.Equal(slug, MarkdownLinks.Slug(heading));
    }

    [Fact]
    public void RepeatedHeadingsGetNumberedAnchorsAndCodeIsNotAHeading()
    {
        var anchors = MarkdownLinks.Anchors("# Notes\n\n## Notes\n\n```csharp\n#r \"nuget: X\"\n```\n\n<a id=\"custom\"></a>\n");

        Assert.Equal(["custom", "notes", "notes-1"], anchors.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ABrokenLinkIsReported()
    {
        using var files = new TempFiles();
        Directory.CreateDirectory(Path.Combine(files.Folder, "docs"));
        files.Write(Path.Combine("docs", "page.md"), "# A page\n\n## `risknb text`: × and –\n");
        files.Write("README.md", """
            # Readme

            [fine](docs/page.md), [fine too](docs/page.md#risknb-text--and-), [here](#readme), [web](https://example.org/x.md#y),
            [a folder](docs/), `[in code](missing.md)`, ![image](docs/page.md)

            [missing file](docs/gone.md) and [missing heading](docs/page.md#no-such-heading)
            [outside](../elsewhere.md) [bad here](#nowhere)

            ```
            [in a code block](missing.md)
            ```

            [ref]: docs/also-gone.md
            """);

        var problems = MarkdownLinks.ProblemsIn(files.Folder, "README.md");

        Assert.Equal(
            ["docs/gone.md", "docs/page.md#no-such-heading", "../elsewhere.md", "#nowhere", "docs/also-gone.md"],
            problems.Select(p => p.Link));
        Assert.Equal([6, 6, 7, 7, 13], problems.Select(p => p.Line));
    }

    private static string Relative(string path) => Path.GetRelativePath(Repository, path);

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
