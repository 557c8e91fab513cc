using System.Globalization;
using System.Text;

namespace RiskNotebooks.Genomics;

/// <summary>
/// A table of allele frequencies: a header with the columns <c>chrom</c>, <c>pos</c>, <c>ref</c>, <c>alt</c> and
/// <c>af</c> (in any order, other columns ignored), comma- or tab-separated, one row per ALT allele; plain or gzip.
/// </summary>
internal sealed class AlleleFrequencyTable
{
    private readonly Dictionary<string, FrequencySite> byKey;

    private AlleleFrequencyTable(List<FrequencySite> sites, Dictionary<string, FrequencySite> byKey)
    {
        Sites = sites;
        this.byKey = byKey;
    }

    /// <summary>The sites in the order first named; a site's ALT alleles in the order of their rows.</summary>
    public IReadOnlyList<FrequencySite> Sites { get; }

    /// <summary>Reads a table.</summary>
    /// <exception cref="InputFormatException">Missing columns, a bad number or a duplicate row (names the line and column, never a value).</exception>
    public static AlleleFrequencyTable Read(string path)
    {
        using var stream = GenomicsFiles.OpenText(path);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var header = reader.ReadLine() ?? throw InputFormatException.OfFile(path, "the file is empty.");
        var separator = header.Contains('\t', StringComparison.Ordinal) ? '\t' : ',';
        var names = header.Split(separator).Select(n => n.Trim().ToLowerInvariant()).ToArray();
        int Column(string name)
        {
            var at = Array.IndexOf(names, name);
            return at >= 0 ? at : throw InputFormatException.AtLine(path, 1, "an allele frequency table needs the columns chrom, pos, ref, alt and af in its header.");
        }

        int chrom = Column("chrom"), pos = Column("pos"), reference = Column("ref"), alt = Column("alt"), af = Column("af");
        var sites = new List<FrequencySite>();
        var byKey = new Dictionary<string, FrequencySite>(StringComparer.Ordinal);
        long line = 1;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.Length == 0)
            {
                continue;
            }

            var fields = text.Split(separator);
            if (fields.Length != names.Length)
            {
                throw InputFormatException.AtLine(path, line, $"{fields.Length} columns where the header has {names.Length}.");
            }

            if (!long.TryParse(fields[pos], NumberStyles.None, CultureInfo.InvariantCulture, out var position))
            {
                throw new InputFormatException(path, line, pos + 1, "pos", "not a whole number.");
            }

            if (!double.TryParse(fields[af], NumberStyles.Float, CultureInfo.InvariantCulture, out var frequency) || double.IsNaN(frequency) || frequency < 0 || frequency > 1)
            {
                throw new InputFormatException(path, line, af + 1, "af", "not a frequency in [0, 1].");
            }

            var key = Key(fields[chrom], position, fields[reference]);
            if (!byKey.TryGetValue(key, out var site))
            {
                site = new FrequencySite(fields[chrom], position, fields[reference], []);
                byKey.Add(key, site);
                sites.Add(site);
            }

            if (site.Alternates.Any(a => string.Equals(a.Allele, fields[alt], StringComparison.Ordinal)))
            {
                throw new InputFormatException(path, line, alt + 1, "alt", "the same site and ALT allele as an earlier row.");
            }

            site.Alternates.Add((fields[alt], frequency));
        }

        return new AlleleFrequencyTable(sites, byKey);
    }

    /// <summary>The stated frequency of each of a VCF site's ALT alleles, in its order; null when any is missing.</summary>
    public double[]? Find(VcfSite site)
    {
        if (!byKey.TryGetValue(Key(Encoding.UTF8.GetString(site.Chromosome), site.Position, Encoding.UTF8.GetString(site.Reference)), out var found))
        {
            return null;
        }

        var alternates = Encoding.UTF8.GetString(site.Alternates).Split(',');
        var result = new double[alternates.Length];
        for (var i = 0; i < alternates.Length; i++)
        {
            var match = found.Alternates.FindIndex(a => string.Equals(a.Allele, alternates[i], StringComparison.Ordinal));
            if (match < 0)
            {
                return null;
            }

            result[i] = found.Alternates[match].Frequency;
        }

        return result;
    }

    private static string Key(string chromosome, long position, string reference) => $"{chromosome}\t{position.ToString(CultureInfo.InvariantCulture)}\t{reference}";
}

/// <summary>A site of an allele frequency table.</summary>
internal sealed record FrequencySite(string Chromosome, long Position, string Reference, List<(string Allele, double Frequency)> Alternates);
