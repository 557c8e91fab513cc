using System.Buffers.Text;
using System.IO.Compression;
using System.Text;

namespace RiskNotebooks.Genomics;

/// <summary>
/// Streams the sites of a VCF 4.x file (plain, gzip or bgzip) and decodes each sample's GT field, without keeping more
/// than one line in memory. Written for this purpose: it reads the columns the genotype measures need (CHROM, POS, ALT,
/// FILTER, INFO, FORMAT and the samples' GT) and checks what it reads.
/// </summary>
/// <remarks>
/// Errors name the file, the line and the column (1-based, tab-separated fields), never a value from the file: a VCF's
/// sample names and genotypes are personal data.
/// </remarks>
internal sealed class VcfReader : IDisposable
{
    private const int FixedColumns = 9; // CHROM POS ID REF ALT QUAL FILTER INFO FORMAT
    private readonly string path;
    private readonly Stream stream;
    private byte[] buffer = new byte[1 << 16];
    private int start;
    private int end;
    private bool exhausted;
    private long lineNumber;
    private byte[] lastChrom = [];
    private int chromosomeOrdinal;

    private VcfReader(string path, Stream stream)
    {
        this.path = path;
        this.stream = stream;
    }

    /// <summary>The sample names from the <c>#CHROM</c> line, in column order.</summary>
    public IReadOnlyList<string> Samples { get; private set; } = [];

    /// <summary>The file's format line, such as <c>VCFv4.2</c>.</summary>
    public string Version { get; private set; } = "";

    /// <summary>The 1-based number of the line last read.</summary>
    public long LineNumber => lineNumber;

    /// <summary>Opens a file and reads its header.</summary>
    /// <param name="path">The file (plain text, gzip or bgzip).</param>
    /// <returns>A reader positioned at the first site.</returns>
    /// <exception cref="InputFormatException">Missing, unreadable, or not a VCF 4.x file with a <c>#CHROM</c> line.</exception>
    public static VcfReader Open(string path)
    {
        var stream = GenomicsFiles.OpenText(path);
        var reader = new VcfReader(path, stream);
        try
        {
            reader.ReadHeader();
            return reader;
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    /// <inheritdoc/>
    public void Dispose() => stream.Dispose();

    /// <summary>Reads the next site and its genotype calls.</summary>
    /// <param name="site">The site, filled in.</param>
    /// <returns>False at the end of the file.</returns>
    /// <exception cref="InputFormatException">A malformed line (names the line and column).</exception>
    public bool Next(VcfSite site)
    {
        while (true)
        {
            if (!TryReadLine(out var line))
            {
                return false;
            }

            if (line.IsEmpty)
            {
                continue;
            }

            if (line[0] == (byte)'#')
            {
                throw Error(1, "a header line after the #CHROM line.");
            }

            Parse(line, site);
            return true;
        }
    }

    private void ReadHeader()
    {
        if (!TryReadLine(out var first))
        {
            throw InputFormatException.OfFile(path, "the file is empty.");
        }

        var firstText = Encoding.UTF8.GetString(first);
        if (!firstText.StartsWith("##fileformat=VCFv4.", StringComparison.Ordinal))
        {
            throw InputFormatException.AtLine(path, 1, "not a VCF file: its first line must be ##fileformat=VCFv4.x.");
        }

        Version = firstText["##fileformat=".Length..].Trim();
        while (TryReadLine(out var line))
        {
            if (line.StartsWith("##"u8))
            {
                continue;
            }

            if (!line.StartsWith("#CHROM"u8))
            {
                throw Error(null, "the header ends without a #CHROM line.");
            }

            var fields = Encoding.UTF8.GetString(line).Split('\t');
            string[] expected = ["#CHROM", "POS", "ID", "REF", "ALT", "QUAL", "FILTER", "INFO"];
            for (var i = 0; i < expected.Length; i++)
            {
                if (i >= fields.Length || !string.Equals(fields[i], expected[i], StringComparison.Ordinal))
                {
                    throw Error(i + 1, $"the #CHROM line must name the columns {string.Join(", ", expected)} (then FORMAT and the samples), tab-separated.");
                }
            }

            if (fields.Length > 8 && !string.Equals(fields[8], "FORMAT", StringComparison.Ordinal))
            {
                throw Error(9, "the ninth column of the #CHROM line must be FORMAT.");
            }

            Samples = fields.Length > FixedColumns ? fields[FixedColumns..] : [];
            return;
        }

        throw InputFormatException.AtLine(path, lineNumber, "the header ends without a #CHROM line.");
    }

    private void Parse(ReadOnlySpan<byte> line, VcfSite site)
    {
        var samples = Samples.Count;
        var cursor = new TabCursor(line);
        ReadOnlySpan<byte> Field(ref TabCursor c)
        {
            if (c.Ended)
            {
                throw c.Column < 8
                    ? Error(c.Column, "a data line needs at least 8 tab-separated columns.")
                    : Error(c.Column, $"fewer columns than FORMAT and the {samples:N0} samples the #CHROM line names.");
            }

            return c.Next();
        }

        var chrom = Field(ref cursor);
        if (chrom.IsEmpty)
        {
            throw Error(1, "an empty CHROM.");
        }

        if (!chrom.SequenceEqual(lastChrom))
        {
            lastChrom = chrom.ToArray();
            chromosomeOrdinal++;
        }

        site.Chromosome = lastChrom;
        site.ChromosomeOrdinal = chromosomeOrdinal;

        var posField = Field(ref cursor);
        if (!Utf8Parser.TryParse(posField, out long position, out var used) || used != posField.Length || position < 0)
        {
            throw Error(2, "POS is not a whole number.");
        }

        site.Position = position;
        Field(ref cursor); // ID
        var reference = Field(ref cursor);
        var alt = Field(ref cursor);
        site.Reference = reference.ToArray();
        site.Alternates = alt.ToArray();
        site.IsSnv = reference.Length == 1;
        if (alt.Length == 1 && alt[0] == (byte)'.')
        {
            site.AlleleCount = 1;
        }
        else
        {
            var alleles = 2;
            for (var i = 0; i < alt.Length; i++)
            {
                if (alt[i] == (byte)',')
                {
                    alleles++;
                }
                else if (i > 0 && alt[i - 1] != (byte)',')
                {
                    site.IsSnv = false;
                }
            }

            site.AlleleCount = alleles;
        }

        Field(ref cursor); // QUAL
        var filter = Field(ref cursor);
        var info = Field(ref cursor);
        site.Passed = filter.SequenceEqual("PASS"u8) || filter.SequenceEqual("."u8);
        site.Info = info.ToArray();
        site.Reset(samples);
        if (samples == 0)
        {
            return;
        }

        var format = Field(ref cursor);
        var gtIndex = -1;
        var index = 0;
        foreach (var key in new Utf8Fields(format, (byte)':'))
        {
            if (key.SequenceEqual("GT"u8))
            {
                gtIndex = index;
                break;
            }

            index++;
        }

        site.HasGenotypes = gtIndex >= 0;
        for (var s = 0; s < samples; s++)
        {
            var sample = Field(ref cursor);
            if (gtIndex >= 0)
            {
                ParseGenotype(Subfield(sample, gtIndex), site, s, cursor.Column);
            }
        }

        if (!cursor.Ended)
        {
            throw Error(cursor.Column + 1, $"more columns than FORMAT and the {samples:N0} samples the #CHROM line names.");
        }
    }

    private static ReadOnlySpan<byte> Subfield(ReadOnlySpan<byte> sample, int index)
    {
        var rest = sample;
        for (var i = 0; i < index; i++)
        {
            var colon = rest.IndexOf((byte)':');
            if (colon < 0)
            {
                return "."u8; // trailing fields may be dropped (VCF 4.2, 1.6.2)
            }

            rest = rest[(colon + 1)..];
        }

        var end = rest.IndexOf((byte)':');
        return end < 0 ? rest : rest[..end];
    }

    private void ParseGenotype(ReadOnlySpan<byte> gt, VcfSite site, int sample, int column)
    {
        // The common case first: two single-digit alleles ("0/1", "1|1") or a missing diploid call ("./.").
        if (gt.Length == 3 && (gt[1] == (byte)'/' || gt[1] == (byte)'|'))
        {
            int a = gt[0] - '0', b = gt[2] - '0';
            if ((uint)a < 10 && (uint)b < 10)
            {
                if (a >= site.AlleleCount || b >= site.AlleleCount)
                {
                    throw Error(column, "a GT allele number beyond the site's REF and ALT alleles.");
                }

                site.Calls[sample] = GenotypeCall.Diploid(a, b);
                return;
            }

            if (gt[0] == (byte)'.' && gt[2] == (byte)'.')
            {
                site.Calls[sample] = GenotypeCall.Missing;
                return;
            }
        }

        // GT: allele indices separated by / (unphased) or | (phased); "." is a missing allele.
        var ploidy = 0;
        int first = -1, second = -1;
        var missing = false;
        var position = 0;
        while (position <= gt.Length)
        {
            var separator = gt[position..].IndexOfAny((byte)'/', (byte)'|');
            var allele = separator < 0 ? gt[position..] : gt.Slice(position, separator);
            ploidy++;
            if (allele.Length == 1 && allele[0] == (byte)'.')
            {
                missing = true;
            }
            else if (!Utf8Parser.TryParse(allele, out int value, out var used) || used != allele.Length || value < 0)
            {
                throw Error(column, "a GT value that is not allele numbers separated by / or |.");
            }
            else if (value >= site.AlleleCount)
            {
                throw Error(column, "a GT allele number beyond the site's REF and ALT alleles.");
            }
            else if (ploidy == 1)
            {
                first = value;
            }
            else if (ploidy == 2)
            {
                second = value;
            }

            if (separator < 0)
            {
                break;
            }

            position += separator + 1;
        }

        if (gt.IsEmpty)
        {
            throw Error(column, "an empty GT value.");
        }

        if (missing)
        {
            site.Calls[sample] = GenotypeCall.Missing;
        }
        else if (ploidy > 2)
        {
            site.Calls[sample] = GenotypeCall.Missing;
            site.PolyploidCalls++;
        }
        else
        {
            site.Calls[sample] = ploidy == 1 ? GenotypeCall.Haploid(first) : GenotypeCall.Diploid(first, second);
        }
    }

    private InputFormatException Error(int? column, string problem) => new(path, lineNumber, column, null, problem);

    private bool TryReadLine(out ReadOnlySpan<byte> line)
    {
        while (true)
        {
            var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                line = TrimCarriageReturn(buffer.AsSpan(start, newline));
                start += newline + 1;
                lineNumber++;
                return true;
            }

            if (exhausted)
            {
                if (start < end)
                {
                    line = TrimCarriageReturn(buffer.AsSpan(start, end - start));
                    start = end;
                    lineNumber++;
                    return true;
                }

                line = default;
                return false;
            }

            Fill();
        }
    }

    private static ReadOnlySpan<byte> TrimCarriageReturn(ReadOnlySpan<byte> line)
        => line.Length > 0 && line[^1] == (byte)'\r' ? line[..^1] : line;

    private void Fill()
    {
        if (start > 0)
        {
            Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }

        if (end == buffer.Length)
        {
            Array.Resize(ref buffer, buffer.Length * 2);
        }

        try
        {
            var read = stream.Read(buffer, end, buffer.Length - end);
            if (read == 0)
            {
                exhausted = true;
            }

            end += read;
        }
        catch (InvalidDataException e)
        {
            throw InputFormatException.AtLine(path, lineNumber + 1, "the compressed data are damaged.", new InvalidDataException("damaged gzip data", e.InnerException));
        }
    }

    /// <summary>Walks the tab-separated fields of a line, counting columns from 1.</summary>
    private ref struct TabCursor(ReadOnlySpan<byte> line)
    {
        private ReadOnlySpan<byte> rest = line;

        public int Column { get; private set; }

        public bool Ended { get; private set; }

        public ReadOnlySpan<byte> Next()
        {
            Column++;
            var tab = rest.IndexOf((byte)'\t');
            if (tab < 0)
            {
                Ended = true;
                return rest;
            }

            var field = rest[..tab];
            rest = rest[(tab + 1)..];
            return field;
        }
    }

    /// <summary>Enumerates the fields of a span separated by one byte.</summary>
    private ref struct Utf8Fields(ReadOnlySpan<byte> text, byte separator)
    {
        private ReadOnlySpan<byte> rest = text;
        private bool done;

        public ReadOnlySpan<byte> Current { get; private set; }

        public readonly Utf8Fields GetEnumerator() => this;

        public bool MoveNext()
        {
            if (done)
            {
                return false;
            }

            var at = rest.IndexOf(separator);
            if (at < 0)
            {
                Current = rest;
                done = true;
                return true;
            }

            Current = rest[..at];
            rest = rest[(at + 1)..];
            return true;
        }
    }
}

/// <summary>One site of a VCF as <see cref="VcfReader"/> reads it; reused from line to line.</summary>
internal sealed class VcfSite
{
    /// <summary>CHROM's bytes.</summary>
    public byte[] Chromosome { get; set; } = [];

    /// <summary>Counts changes of CHROM from line to line: sites on one chromosome in a row share it.</summary>
    public int ChromosomeOrdinal { get; set; }

    /// <summary>REF's bytes.</summary>
    public byte[] Reference { get; set; } = [];

    /// <summary>ALT's bytes (comma-separated alleles, or <c>.</c>).</summary>
    public byte[] Alternates { get; set; } = [];

    /// <summary>POS.</summary>
    public long Position { get; set; }

    /// <summary>REF plus the ALT alleles (1 when ALT is <c>.</c>).</summary>
    public int AlleleCount { get; set; }

    /// <summary>Whether REF and every ALT are single bases.</summary>
    public bool IsSnv { get; set; }

    /// <summary>FILTER is PASS or <c>.</c>.</summary>
    public bool Passed { get; set; }

    /// <summary>The INFO column's bytes.</summary>
    public byte[] Info { get; set; } = [];

    /// <summary>Whether FORMAT has GT.</summary>
    public bool HasGenotypes { get; set; }

    /// <summary>Calls with more than two alleles (not measured).</summary>
    public int PolyploidCalls { get; set; }

    /// <summary>Each sample's call, in header order.</summary>
    public GenotypeCall[] Calls { get; private set; } = [];

    internal void Reset(int samples)
    {
        if (Calls.Length != samples)
        {
            Calls = new GenotypeCall[samples];
        }
        else
        {
            Array.Fill(Calls, GenotypeCall.Missing);
        }

        HasGenotypes = false;
        PolyploidCalls = 0;
    }

    /// <summary>The comma-separated numbers of an INFO key, given with its equals sign (<c>"AF="u8</c>); null when absent or not numbers.</summary>
    public double[]? InfoNumbers(ReadOnlySpan<byte> name)
    {
        var info = Info.AsSpan();
        var at = 0;
        while (at < info.Length)
        {
            var semicolon = info[at..].IndexOf((byte)';');
            var entry = semicolon < 0 ? info[at..] : info.Slice(at, semicolon);
            if (entry.StartsWith(name))
            {
                var values = entry[name.Length..];
                var result = new double[values.Count((byte)',') + 1];
                var i = 0;
                foreach (var range in values.Split((byte)','))
                {
                    if (!Utf8Parser.TryParse(values[range], out double value, out var used) || used != values[range].Length || double.IsNaN(value))
                    {
                        return null;
                    }

                    result[i++] = value;
                }

                return result;
            }

            if (semicolon < 0)
            {
                break;
            }

            at += semicolon + 1;
        }

        return null;
    }
}

/// <summary>A decoded GT: up to two allele indices, or missing.</summary>
internal readonly record struct GenotypeCall(byte Ploidy, int First, int Second)
{
    /// <summary>No call.</summary>
    public static GenotypeCall Missing => default;

    /// <summary>A haploid call.</summary>
    public static GenotypeCall Haploid(int allele) => new(1, allele, -1);

    /// <summary>A diploid call.</summary>
    public static GenotypeCall Diploid(int first, int second) => new(2, first, second);
}
