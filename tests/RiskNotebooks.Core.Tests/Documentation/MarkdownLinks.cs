using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace RiskNotebooks.Tests.Documentation;

/// <summary>
/// Checks the relative links of Markdown files as GitHub resolves them: the target file (or folder) must exist inside the
/// repository, and a <c>#anchor</c> into a Markdown file must be the slug of one of its headings.
/// </summary>
/// <remarks>
/// Kept to what our Markdown uses: ATX headings (<c>## Title</c>, not underlined ones), inline links and images,
/// reference definitions (<c>[x]: path</c>), and <c>&lt;a id="..."&gt;</c> / <c>name="..."</c> anchors. Fenced code
/// blocks and inline code are not Markdown and are skipped.
/// </remarks>
internal static partial class MarkdownLinks
{
    /// <summary>One broken link: the file and line it is on, the link as written, and what is wrong with it.</summary>
    internal sealed record Problem(string File, int Line, string Link, string Reason)
    {
        public override string ToString() => $"{File}:{Line}: ({Link}) {Reason}";
    }

    /// <summary>
    /// GitHub's anchor for a heading: the text as rendered (link targets, emphasis marks and backticks gone), lower-case,
    /// each space a '-', and every character that is not a letter, mark, digit, '-' or '_' dropped (so "harm × likelihood"
    /// is <c>harm--likelihood</c>: the two spaces stay, the sign goes).
    /// </summary>
    internal static string Slug(string heading)
    {
        var text = InlineLink().Replace(heading, "${text}");
        var slug = new StringBuilder(text.Length);
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            if (c == ' ')
            {
                slug.Append('-');
                continue;
            }

            var category = char.GetUnicodeCategory(c);
            var kept = c == '-' || c == '_' || char.IsLetterOrDigit(c)
                       || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                                   or UnicodeCategory.EnclosingMark or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
            if (kept)
            {
                slug.Append(c);
            }
        }

        return slug.ToString();
    }

    /// <summary>Every anchor a Markdown text defines: its headings' slugs (a repeated one gets -1, -2, ... as on GitHub) and explicit HTML anchors.</summary>
    internal static HashSet<string> Anchors(string markdown)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (line, _) in MarkdownLines(markdown))
        {
            var heading = Heading().Match(line);
            if (heading.Success)
            {
                var slug = Slug(heading.Groups["text"].Value);
                var count = seen.GetValueOrDefault(slug);
                seen[slug] = count + 1;
                anchors.Add(count == 0 ? slug : $"{slug}-{count}");
            }

            foreach (Match html in HtmlAnchor().Matches(line))
            {
                anchors.Add(html.Groups["id"].Value);
            }
        }

        return anchors;
    }

    /// <summary>A relative path as Markdown links and test names write it, with forward slashes.</summary>
    internal static string WithForwardSlashes(string path) => string.Join('/', path.Split('\\', '/'));

    /// <summary>The broken relative links of one Markdown file of the repository.</summary>
    internal static List<Problem> ProblemsIn(string repository, string file)
    {
        var root = Path.GetFullPath(repository);
        var path = Path.GetFullPath(Path.Combine(root, file));
        var name = WithForwardSlashes(Path.GetRelativePath(root, path));
        var problems = new List<Problem>();
        foreach (var (line, number) in MarkdownLines(File.ReadAllText(path)))
        {
            var text = InlineCode().Replace(line, string.Empty);
            var targets = InlineLink().Matches(text).Select(m => m.Groups["target"].Value)
                .Concat(ReferenceDefinition().Matches(text).Select(m => m.Groups["target"].Value));
            foreach (var link in targets)
            {
                var reason = Resolve(root, path, link);
                if (reason is not null)
                {
                    problems.Add(new Problem(name, number, link, reason));
                }
            }
        }

        return problems;
    }

    /// <summary>Why a link from <paramref name="from"/> is broken, or null if it is fine (or not relative).</summary>
    private static string? Resolve(string root, string from, string link)
    {
        if (Scheme().IsMatch(link))
        {
            return null;
        }

        var hash = link.IndexOf('#', StringComparison.Ordinal);
        var pathPart = Uri.UnescapeDataString(hash < 0 ? link : link[..hash]);
        var anchor = hash < 0 ? null : Uri.UnescapeDataString(link[(hash + 1)..]);

        string target;
        if (pathPart.Length == 0)
        {
            target = from;
        }
        else
        {
            var relative = pathPart.StartsWith('/') ? Path.Combine(root, pathPart.TrimStart('/')) : Path.Combine(Path.GetDirectoryName(from)!, pathPart);
            target = Path.GetFullPath(relative);
            if (!target.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && target != root)
            {
                return "points outside the repository";
            }

            if (!File.Exists(target) && !Directory.Exists(target))
            {
                return "no such file or folder";
            }
        }

        if (anchor is null || !target.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || !File.Exists(target))
        {
            return null;
        }

        if (anchor.Length == 0)
        {
            return "empty anchor";
        }

        return Anchors(File.ReadAllText(target)).Contains(anchor)
            ? null
            : $"no heading with anchor #{anchor} in {WithForwardSlashes(Path.GetRelativePath(root, target))}";
    }

    /// <summary>The lines outside fenced code blocks, with their 1-based numbers.</summary>
    private static IEnumerable<(string Line, int Number)> MarkdownLines(string markdown)
    {
        string? fence = null;
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].TrimStart();
            if (fence is null && (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal)))
            {
                fence = trimmed[..3];
                continue;
            }

            if (fence is not null)
            {
                if (trimmed.StartsWith(fence, StringComparison.Ordinal))
                {
                    fence = null;
                }

                continue;
            }

            yield return (lines[i], i + 1);
        }
    }

    [GeneratedRegex(@"^ {0,3}#{1,6}[ \t]+(?<text>.*?)(?:[ \t]+#+)?[ \t]*$")]
    private static partial Regex Heading();

    // [text](target) or ![alt](target "title"); the text may hold one level of brackets.
    [GeneratedRegex(@"!?\[(?<text>(?:[^\[\]]|\[[^\]]*\])*)\]\(\s*<?(?<target>[^)\s>]+)>?(?:\s+""[^""]*"")?\s*\)")]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"^ {0,3}\[[^\]]+\]:\s*<?(?<target>[^\s>]+)>?")]
    private static partial Regex ReferenceDefinition();

    [GeneratedRegex(@"<a\s[^>]*\b(?:id|name)\s*=\s*""(?<id>[^""]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlAnchor();

    [GeneratedRegex(@"(`+)(?!`).*?(?<!`)\1(?!`)")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex Scheme();
}
