using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace RiskNotebooks.Cli.Tests.Fuzzing;

/// <summary>
/// FsCheck generators of hostile inputs for every reader and command of <c>risknb</c>: malformed CSV/TSV (stray quotes,
/// ragged rows, a data row where the header should be, invalid UTF-8, BOMs, NUL bytes), traces, assessment files with
/// wrong types and numbers, text documents, and adversarial option values (out of range, not numbers, empty paths,
/// folders, the input itself as output, devices that never end). The marker is planted in cells, user ids, document
/// texts and document names.
/// </summary>
internal static class FuzzGenerators
{
    private const string M = FuzzOracle.Marker;

    /// <summary>The column names the generated tables use, so that some runs get far into the measures.</summary>
    internal static readonly string[] Columns = ["birth_date", "sex", "postcode", "county", "country_of_birth", "weight", "hh", "diagnosis"];

    private static Gen<string> Planted => Gen.Choose(0, 99_999).Select(i => M + i.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static Gen<string> Cell => Gen.Frequency(
        (10, Gen.Elements("M", "F", "1970-01-01", "1985-12-24", "11455", "114 55", "NA", "", "1.5", "3", "120", "Göteborg", "J45.9", "Sverige")),
        (4, Planted),
        (2, Gen.Elements("\"", "\"\"", "a\"b", "\"open", "x,y", "x;y", "\t", "\r", "\n", "\0", "=1+1", " =1+1", "@SUM(A1)", "é", "\uFFFD", " ", "1e308", "1e-320", "-1", "NaN", "Infinity", "0", "1,5")),
        (1, Gen.Choose(1, 3000).Select(n => string.Concat(Enumerable.Repeat(M, n)))),
        (1, Gen.Choose(0, 9999).Select(i => $"19121212-{i:D4} {M}")));

    private static Gen<string> Delimiter => Gen.Elements(",", ",", ";", "\t", "|");

    private static Gen<string> LineEnd => Gen.Elements("\n", "\n", "\r\n", "\r");

    /// <summary>A table: a header (sometimes a data row, duplicate or empty names), rows (sometimes ragged), quoted cells.</summary>
    internal static Gen<byte[]> Table(bool wellFormedHeader = false) =>
        from sound in wellFormedHeader ? Gen.Constant(true) : Gen.Elements(true, false) // half are well formed, so runs get deep
        from delimiter in Delimiter
        from end in LineEnd
        from width in sound ? Gen.Constant(Columns.Length) : Gen.Choose(1, 6)
        from headerKind in wellFormedHeader ? Gen.Constant(0) : Gen.Frequency((6, Gen.Constant(0)), (2, Gen.Constant(1)), (1, Gen.Constant(2)), (1, Gen.Constant(3)))
        from names in Gen.Shuffle(Columns)
        from dataHeader in Gen.ListOf(Cell, width)
        from rowCount in Gen.Choose(0, 25)
        from rows in Gen.ListOf(Gen.Frequency((40, Gen.Constant(0)), (1, Gen.Constant(1))).SelectMany(ragged => Gen.ListOf(Cell, width + ragged)), rowCount)
        from quoting in Gen.Choose(0, 2)
        from bom in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
        from damage in Gen.Frequency((6, Gen.Constant(0)), (1, Gen.Constant(1)), (1, Gen.Constant(2)))
        from at in Gen.Choose(0, 10_000)
        select sound
            ? Render(delimiter, end, [.. names.Take(width)], rows.Select(r => (IList<string>)[.. r.Take(width)]), 1, bom, 0, at)
            : Render(delimiter, end, headerKind switch
        {
            0 => [.. names.Take(width)],
            1 => [.. dataHeader],                       // a headerless file: the first data row is read as the header
            2 => [.. Enumerable.Repeat(names[0], width)],
            _ => [.. names.Take(width - 1), ""],
        }, rows, quoting, bom, damage, at);

    private static byte[] Render(string delimiter, string end, IReadOnlyList<string> header, IEnumerable<IList<string>> rows, int quoting, bool bom, int damage, int at)
    {
        string Field(string cell) => quoting switch
        {
            0 => cell,                                                   // raw: stray quotes, delimiters, line breaks break the row
            1 => "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"",   // properly quoted
            _ => cell.Length % 2 == 0 ? "\"" + cell + "\"" : cell,       // quoted without escaping
        };
        var text = new StringBuilder();
        text.Append(string.Join(delimiter, header.Select(Field))).Append(end);
        foreach (var row in rows)
        {
            text.Append(string.Join(delimiter, row.Select(Field))).Append(end);
        }

        var bytes = new List<byte>(bom ? [0xEF, 0xBB, 0xBF] : []);
        bytes.AddRange(Encoding.UTF8.GetBytes(text.ToString()));
        var position = bytes.Count == 0 ? 0 : at % bytes.Count;
        if (damage == 1)
        {
            bytes.InsertRange(position, [0xFF, 0xFE, 0xC3]);   // invalid UTF-8
        }
        else if (damage == 2)
        {
            bytes.RemoveRange(position, bytes.Count - position); // cut off mid-row
        }

        return [.. bytes];
    }

    /// <summary>An option with its values; the first is a sound one and comes three times as often, so that runs get deep.</summary>
    private static Gen<string[]> Option(string name, params string[] values)
        => Gen.Frequency((3, Gen.Constant(values[0])), (1, Gen.Elements(values))).Select(v => new[] { name, v });

    private static Gen<string[]> Flag(string name) => Gen.Constant(new[] { name });

    /// <summary>Up to four of the options, in any order.</summary>
    private static Gen<string[]> Options(params Gen<string[]>[] options) =>
        from count in Gen.Frequency((2, Gen.Constant(0)), (3, Gen.Choose(1, 2)), (1, Gen.Choose(3, 4)))
        from order in Gen.Shuffle(options)
        from parts in Gen.CollectToArray(order.Take(count))
        select parts.SelectMany(p => p).ToArray();

    private static Gen<string> ColumnList =>
        from count in Gen.Choose(1, 4)
        from names in Gen.Shuffle(Columns)
        from odd in Gen.Frequency((12, Gen.Constant(Array.Empty<string>())), (1, Gen.Elements<string[]>(["nosuch"], [M + "col"], ["sex", "sex"], [""])))
        select string.Join(',', names.Take(count).Concat(odd));

    private static readonly string[] ReportTargets = ["{out}/report.html", "{out}/report.html", "{out}/report.html", "{out}/report.html", "{in}/data.csv", "{out}", "{out}/", "", "{out}/missing/r.html", "{out}/" + new string('r', 300) + ".html"];

    private static readonly string[] FileArguments = [.. Enumerable.Repeat("{in}/data.csv", 12), "", "{in}", "{in}/nosuch.csv", "/dev/zero", "{in}/loop"];

    /// <summary><c>risknb reid</c> on a generated table with generated options.</summary>
    internal static Gen<FuzzCase> Reid =>
        from table in Table()
        from file in Gen.Elements(FileArguments)
        from qi in ColumnList
        from options in Options(
            Option("--threshold", "0.2", "0", "1", "-1", "NaN", "1e308", "abc", ""),
            Option("--population", "1000", "0", "-5", "1e6", "99999999999999999999", "abc"),
            Option("--sampling-fraction", "0.01", "0", "1.5", "1%", "abc", "NaN"),
            Option("--weight", "weight", "sex", "nosuch"),
            Option("--household", "hh", "nosuch"),
            Option("--missing-weight", "0.5", "2", "-1"),
            Flag("--subsets"),
            Option("--max-subset-size", "2", "0", "-1", "100"),
            Option("--sensitive", "diagnosis", "nosuch", "sex,diagnosis"),
            Flag("--suda"),
            Option("--dis-fraction", "0.01", "0", "2"),
            Option("--delimiter", ",", ";", "tab", "|", "x", ""),
            Option("--missing", "NA", ",", ""),
            Option("--format", "table", "json", "xml"),
            Option("--records", "{out}/records.csv", "{out}/records.csv", "{in}/data.csv", "{out}", "{out}/", "", "{out}/missing/x.csv"),
            Option("--report", ReportTargets),
            Option("--population-table", "{in}/data.csv", "{in}/nosuch.csv"))
        from qiGiven in Gen.Frequency((9, Gen.Constant(true)), (1, Gen.Constant(false)))
        select new FuzzCase("reid", Files(("data.csv", table)), ["reid", file, .. qiGiven ? new[] { "--qi", qi } : [], .. options]);

    /// <summary><c>risknb location</c> on generated traces.</summary>
    internal static Gen<FuzzCase> Location =>
        from header in Gen.Frequency((6, Gen.Constant("uid,datetime,lat,lng")), (1, Gen.Elements("user,time,latitude,longitude", "uid,datetime,antenna_id", $"{M},2023-03-06 08:00:00,45.1,9.1", "uid;datetime;lat;lng")))
        from sound in Gen.Elements(true, false)   // half the files hold only valid records, so runs get deep
        from rowCount in Gen.Choose(0, 60)
        from rows in Gen.ListOf(
            from user in Gen.Elements("u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", " =1+1", "\t=1+1", "\"u1\"", "").Or(Planted).Where(u => !sound || u.Length > 0)
            from time in sound ? Gen.Elements("2023-03-06 08:00:00", "2023-03-06 19:30:00", "2023-03-07 08:10:00", "2023-03-08T12:00:00+01:00", "2023-03-09 23:59:59")
                               : Gen.Elements("2023-03-06 08:00:00", "2023-03-08T12:00:00+01:00", "2023-13-40 99:99:99", "", "yesterday", M)
            from lat in sound ? Gen.Elements("45.46", "45.47", "45.50", "59.33") : Gen.Elements("45.46", "91", "-91", "NaN", "", "1e308", M)
            from lng in sound ? Gen.Elements("9.18", "9.19", "9.25", "18.06") : Gen.Elements("9.18", "181", "abc", "")
            select $"{user},{time},{lat},{lng}", rowCount)
        from end in LineEnd
        from options in Options(
            Option("--spatial", "raw", "2km", "4km2", "0km", "abc", "-1km"),
            Option("--temporal", "hour", "day", "4h", "hour-of-day", "none", "0h", "abc"),
            Option("--points", "1..2", "4", "0", "1..100", "a", "2..1"),
            Option("--attack", "all", "home-work", "location,location-sequence", "nosuch"),
            Option("--k", "1", "2", "0", "1..3", "-1"),
            Option("--compat", "none", "skmob", "x"),
            Option("--top-n", "none", "1..3", "0"),
            Option("--draws", "10", "0", "-1", "abc"),
            Flag("--exact"),
            Flag("--grid"),
            Option("--user-column", "uid", M, "nosuch"),
            Option("--records", "{out}/users.csv", "{in}/t.csv", "{out}"),
            Option("--report", ReportTargets),
            Option("--format", "table", "json"))
        from file in Gen.Elements([.. Enumerable.Repeat("{in}/t.csv", 12), "", "/dev/zero", "{in}"])
        select new FuzzCase("location", Files(("t.csv", Encoding.UTF8.GetBytes(header + end + string.Join(end, rows)))), ["location", file, .. options], "{out}/users.csv");

    /// <summary>
    /// <c>risknb assess</c> on the bundled example with values replaced by wrong types and numbers, measuring a generated
    /// table that holds the marker (the assessment's own text is the assessor's, which the output may repeat).
    /// </summary>
    internal static Gen<FuzzCase> Assess(string example) =>
        from mutationCount in Gen.Choose(0, 3)
        from mutations in Gen.ListOf(Gen.Choose(0, 1_000_000), mutationCount)
        from values in Gen.ListOf(Gen.Elements<JsonNode?>(
            JsonValue.Create("mutated"), JsonValue.Create(1.0), JsonValue.Create(1e30), JsonValue.Create(3e9), JsonValue.Create(-1), JsonValue.Create(1e308),
            null, new JsonArray(JsonValue.Create("mutated")), new JsonObject { ["x"] = "mutated" }, JsonValue.Create(""), JsonValue.Create("1E2"), JsonValue.Create(true)), 4)
        from damage in Gen.Frequency((8, Gen.Constant(0)), (1, Gen.Constant(1)), (1, Gen.Constant(2)))
        from table in Table(wellFormedHeader: true)
        from options in Options(Option("--format", "table", "json", "x"), Option("--report", ReportTargets))
        select new FuzzCase("assess", Files(("assessments/a.json", Mutate(example, mutations, values, damage)), ("demo-registry/demo-registry.csv", table)),
            ["assess", "{in}/assessments/a.json", .. options]);

    private static byte[] Mutate(string example, IReadOnlyList<int> positions, IReadOnlyList<JsonNode?> values, int damage)
    {
        var root = JsonNode.Parse(example)!;
        var slots = new List<(JsonNode Parent, object Key)>();
        void Walk(JsonNode node)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (key, child) in o.ToList())
                    {
                        slots.Add((o, key));
                        if (child is not null)
                        {
                            Walk(child);
                        }
                    }

                    break;
                case JsonArray a:
                    for (var i = 0; i < a.Count; i++)
                    {
                        slots.Add((a, i));
                        if (a[i] is { } child)
                        {
                            Walk(child);
                        }
                    }

                    break;
            }
        }

        Walk(root);
        for (var i = 0; i < positions.Count && slots.Count > 0; i++)
        {
            var (parent, key) = slots[positions[i] % slots.Count];
            var value = values[i % values.Count]?.DeepClone();
            if (parent is JsonObject o && key is string name)
            {
                if (value is null && i % 3 == 0)
                {
                    o.Remove(name);
                }
                else
                {
                    o[name] = value;
                }
            }
            else if (parent is JsonArray a && key is int index && index < a.Count)
            {
                a[index] = value;
            }

            slots.Clear();
            Walk(root);
        }

        var bytes = Encoding.UTF8.GetBytes(root.ToJsonString()).ToList();
        if (damage == 1)
        {
            bytes.InsertRange(bytes.Count / 2, [0xFF, 0xC0]);
        }
        else if (damage == 2)
        {
            bytes.RemoveRange(bytes.Count / 2, bytes.Count - bytes.Count / 2);
        }

        return [.. bytes];
    }

    /// <summary><c>risknb text</c> on a folder of generated documents (names and texts carry the marker).</summary>
    internal static Gen<FuzzCase> Text =>
        from count in Gen.Choose(1, 5)
        from documents in Gen.ListOf(
            Gen.Choose(0, 30).SelectMany(length => Gen.ListOf(Gen.Elements(
                "Patienten Anna Karlsson, 19121212-1212, bor i Umeå.", "Hon arbetar som lärare och har diabetes.", "Call me on 070-123 45 67.",
                "He is a member of the union.", "ab::1:", "[PERSON-1]", "\0\0", "\uFFFD", M, $"{M}@example.org", $"Dr {M} Svensson", "1985-03-04"), length))
            .Select(parts => string.Join(' ', parts)), count)
        from options in Options(
            Option("--lang", "sv", "en", "auto", "xx"),
            Option("--min-confidence", "0.5", "0", "1", "2", "NaN"),
            Option("--format", "table", "json"),
            Option("--report", ReportTargets),
            Option("--labels", "{in}/labels.jsonl", "/dev/zero", "{in}/docs/d0-" + M + ".txt"))
        from redact in Gen.Frequency((2, Gen.Constant(Array.Empty<string>())),
            (3, Gen.Elements<string[]>(["--redact", "{out}/redacted", "--key-file", "{in}/key"], ["--redact", "{in}/docs", "--key-file", "{in}/key"],
                ["--redact", "{out}/missing/deeper", "--key-file", "{in}/key"], ["--redact", "{out}/redacted", "--key-file", "{in}/weak"],
                ["--redact", "{out}/redacted", "--key-file", ""], ["--redact", "{out}/redacted"], ["--redact", "{out}/redacted", "--key-file", "/dev/zero"],
                ["--redact", "{in}/docs/d0-" + M + ".txt", "--key-file", "{in}/key"])))
        from source in Gen.Elements([.. Enumerable.Repeat("{in}/docs", 8), "{in}/docs/d0-" + M + ".txt", "", "/dev/zero"])
        select new FuzzCase("text",
            Files([.. documents.Select((d, i) => ($"docs/d{i}-{M}.txt", Encoding.UTF8.GetBytes(d))),
                   ("key", Enumerable.Range(0, 32).Select(i => (byte)(i * 37 + 11)).ToArray()), ("weak", new byte[16]),
                   ("labels.jsonl", Encoding.UTF8.GetBytes("{\"document\":\"x\"," + M + "\n"))]),
            ["text", source, .. redact, .. options]);

    /// <summary>Any command with random tokens: options of every command, their values, junk, empty strings.</summary>
    internal static Gen<FuzzCase> Tokens =>
        from command in Gen.Elements("reid", "location", "assess", "text", "generate", "help", "nosuch", "", "--help")
        from tokenCount in Gen.Choose(0, 8)
        from tokens in Gen.ListOf(Gen.Elements(
            "--qi", "--threshold", "--population", "--sampling-fraction", "--format", "--records", "--report", "--spatial", "--points",
            "--attack", "--k", "--lang", "--redact", "--key-file", "--setting", "--without", "--rows", "--documents", "--users", "--output",
            "registry", "traces", "text",
            "{in}/data.csv", "{out}/x", "", "-", "--", "-1", "0", "1e308", "NaN", "99999999999", "abc", M, "--" + M, "{in}", "/dev/zero"), tokenCount)
        select new FuzzCase("options", Files(("data.csv", Encoding.UTF8.GetBytes("sex,county\nM," + M + "\n"))), [command, .. Guard(tokens)]);

    /// <summary>Keeps generated option lists from asking for huge outputs that are valid (not a defect, only slow).</summary>
    private static IEnumerable<string> Guard(IEnumerable<string> tokens)
    {
        string? previous = null;
        foreach (var token in tokens)
        {
            yield return previous is "--rows" or "--documents" or "--users" && token is "99999999999" or "1e308" ? "5" : token;
            previous = token;
        }
    }

    private static Dictionary<string, byte[]> Files(params (string Name, byte[] Bytes)[] files)
        => files.GroupBy(f => f.Name).ToDictionary(g => g.Key, g => g.First().Bytes);
}
