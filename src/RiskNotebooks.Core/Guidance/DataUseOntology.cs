using System.Text;

namespace RiskNotebooks.Guidance;

/// <summary>
/// The GA4GH Data Use Ontology's terms (shipped as <c>datasets/duo/duo-terms.csv</c>, with its source): what data may
/// be used for (one permission) and on what further conditions (modifiers). Checks the data-use codes of an assessment or
/// a metadata record.
/// </summary>
/// <remarks>Immutable; <see cref="Default"/> is read once from the embedded copy.</remarks>
public sealed class DataUseOntology
{
    private static readonly Lazy<DataUseOntology> Bundled = new(() =>
    {
        using var stream = typeof(DataUseOntology).Assembly.GetManifestResourceStream("RiskNotebooks.Guidance.duo-terms.csv")
            ?? throw new InvalidOperationException("The DUO term list is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var terms = new List<DataUseTerm>();
        reader.ReadLine(); // id,shorthand,label,kind
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            var f = Fields(line);
            terms.Add(new DataUseTerm(f[0], f[1], f[2], f[3]));
        }

        return new DataUseOntology(terms);
    });

    private readonly Dictionary<string, DataUseTerm> byId;

    private DataUseOntology(IReadOnlyList<DataUseTerm> terms)
    {
        Terms = terms;
        byId = terms.ToDictionary(t => t.Id, StringComparer.Ordinal);
    }

    /// <summary>The bundled term list.</summary>
    public static DataUseOntology Default => Bundled.Value;

    /// <summary>Every term, parents first, then permissions, then modifiers.</summary>
    public IReadOnlyList<DataUseTerm> Terms { get; }

    /// <summary>A term by its id (<c>DUO:0000006</c>) or shorthand (<c>HMB</c>), or <see langword="null"/>.</summary>
    /// <param name="idOrShorthand">The id or shorthand, exactly as DUO writes it.</param>
    /// <returns>The term, or <see langword="null"/>.</returns>
    public DataUseTerm? Find(string idOrShorthand)
    {
        ArgumentNullException.ThrowIfNull(idOrShorthand);
        return byId.GetValueOrDefault(idOrShorthand) ?? Terms.FirstOrDefault(t => t.Shorthand.Length > 0 && t.Shorthand == idOrShorthand);
    }

    /// <summary>
    /// What is wrong with a list of data-use codes, or <see langword="null"/> when nothing is: each code must be a term of
    /// the list and not one of its two parent classes, and at most one may be a permission.
    /// </summary>
    /// <param name="codes">The codes, such as <c>DUO:0000006</c>.</param>
    /// <returns>The index of the first code at fault (or of the second permission) and the problem, without the code.</returns>
    public (int Index, string Problem)? FindProblem(IReadOnlyList<string> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        var permission = -1;
        for (var i = 0; i < codes.Count; i++)
        {
            if (!byId.TryGetValue(codes[i] ?? string.Empty, out var term))
            {
                return (i, "not a term of the Data Use Ontology (datasets/duo/duo-terms.csv lists them).");
            }

            if (term.Kind == "class")
            {
                return (i, $"'{term.Label}' is the parent of the terms, not a condition of use: give a {(term.Id == "DUO:0000001" ? "permission such as DUO:0000006 (HMB)" : "modifier such as DUO:0000021 (IRB)")}.");
            }

            if (term.Kind == "permission")
            {
                if (permission >= 0)
                {
                    return (i, $"a second data use permission: a data set has one ({byId[codes[permission]].Shorthand} is already given); add conditions as modifiers.");
                }

                permission = i;
            }
        }

        return null;
    }

    /// <summary>The fields of one line of the shipped file: comma-separated, a field with a comma in double quotes.</summary>
    private static string[] Fields(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields.Count == 4 ? [.. fields] : throw new InvalidOperationException("The DUO term list has a line without four fields.");
    }

    /// <summary>The codes in words: <c>DUO:0000006 (HMB, health or medical or biomedical research)</c>, unknown codes as given.</summary>
    /// <param name="codes">The codes.</param>
    /// <returns>One line per code.</returns>
    public IReadOnlyList<string> Describe(IEnumerable<string> codes)
        => (codes ?? throw new ArgumentNullException(nameof(codes))).Select(c => byId.TryGetValue(c, out var t) ? $"{t.Id} ({(t.Shorthand.Length > 0 ? t.Shorthand + ", " : string.Empty)}{t.Label}; {t.Kind})" : $"{c} (not a DUO term)").ToArray();
}
