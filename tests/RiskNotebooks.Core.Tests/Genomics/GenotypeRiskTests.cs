using System.IO.Compression;
using System.Text;
using RiskNotebooks.Genomics;
using RiskNotebooks.Tests;

namespace RiskNotebooks.Core.Tests.Genomics;

public sealed class GenotypeRiskTests : IDisposable
{
    private const string Marker = "ZZMARKER81";
    private const string Header = "##fileformat=VCFv4.2\n##INFO=<ID=AF,Number=A,Type=Float,Description=\"x\">\n##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n";
    private readonly TempFiles files = new();

    public void Dispose() => files.Dispose();

    private static string Columns(params string[] samples) => "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\t" + string.Join('\t', samples) + "\n";

    // Four samples, two biallelic sites far apart; S4 has no call at the second site.
    private static readonly string Hand = Header + Columns("S1", "S2", "S3", "S4")
        + "1\t1000\t.\tA\tG\t50\tPASS\tAF=0.1\tGT\t0/0\t0/1\t1/1\t0/1\n"
        + "1\t900000\t.\tC\tT\t50\t.\tAF=0.2\tGT:DP\t0|0:10\t0|0:12\t0/1:9\t./.:0\n";

    [Fact]
    public void The_random_match_probability_is_the_product_of_the_genotype_frequencies_in_the_cohort()
    {
        var report = GenotypeRisk.Analyse(files.Write("hand.vcf", Hand), new GenotypeRiskOptions { Population = 10 });

        // Site 1: four A and four G of eight alleles, p = q = 1/2. Site 2: five C and one T of six called, p = 5/6, q = 1/6.
        double s1 = 0.25 * (25d / 36), s2 = 0.5 * (25d / 36), s3 = 0.25 * (2 * 5d / 36), s4 = 0.5;
        double[] expected = [s1, s2, s3, s4];
        Assert.Equal(4, report.SampleCount);
        Assert.Equal([2, 2, 2, 1], report.Samples.Select(s => s.CalledSites));
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(Math.Log10(expected[i]), report.Samples[i].Log10MatchProbability, 12);
            Assert.Equal(9 * expected[i], report.Samples[i].ExpectedMatches, 12);
            Assert.Equal(Math.Pow(1 - expected[i], 9), report.Samples[i].ProbabilityUnique, 12);
        }

        Assert.Equal(2, report.Sites.Used);
        Assert.Equal(2, report.Sites.UsedSnv);
    }

    [Fact]
    public void Sites_needed_for_uniqueness_follow_from_the_site_match_probabilities()
    {
        var report = GenotypeRisk.Analyse(files.Write("hand.vcf", Hand), new GenotypeRiskOptions { Population = 10 });

        // Two random people share a genotype: p⁴ + (2pq)² + q⁴.
        double pm1 = 0.375, pm2 = Math.Pow(5d / 6, 4) + Math.Pow(2 * 5d / 36, 2) + Math.Pow(1d / 6, 4);
        var threshold = 1 - Math.Pow(0.99, 1d / 9);
        Assert.Equal(Math.Log10(threshold), report.Log10Threshold, 9);
        Assert.Equal((Math.Log10(pm1) + Math.Log10(pm2)) / 2, report.MeanLog10SiteMatch!.Value, 12);
        Assert.Equal((long)Math.Ceiling(Math.Log(threshold) / ((Math.Log(pm1) + Math.Log(pm2)) / 2)), report.TypicalSitesForTarget);
        Assert.Equal(9, report.TypicalSitesForTarget);
        Assert.Null(report.FewestSitesForTarget); // both sites together: 0.21 > 0.0011
        Assert.Equal(0, report.SamplesUniqueAtTarget);
    }

    [Fact]
    public void About_28_common_snps_single_a_person_out_among_eight_billion()
    {
        // Lin et al. 2004: 75-100 independent SNPs; with the most informative (p = 1/2) SNPs fewer suffice.
        var typical = 1 - Math.Pow(0.99, 1d / (8_000_000_000 - 1));
        var text = new StringBuilder("chrom,pos,ref,alt,af\n");
        for (var i = 0; i < 40; i++)
        {
            text.Append("1,").Append(i * 1_000_000).Append(",A,G,0.5\n");
        }

        var report = GenotypeRisk.Analyse(files.Write("panel.csv", text.ToString()));
        Assert.Equal((long)Math.Ceiling(Math.Log(typical) / Math.Log(0.375)), report.TypicalSitesForTarget);
        Assert.Equal(28, report.TypicalSitesForTarget);
        Assert.Equal(28, report.FewestSitesForTarget);
        Assert.Equal(0, report.SampleCount);
        Assert.Null(report.Version);
    }

    [Fact]
    public void Stated_frequencies_come_from_info_af_or_a_table()
    {
        var vcf = files.Write("hand.vcf", Hand);
        var info = GenotypeRisk.Analyse(vcf, new GenotypeRiskOptions { Population = 10, Frequencies = AlleleFrequencySource.Info });
        // S2: 0/1 at site 1 (2 × 0.9 × 0.1), 0|0 at site 2 (0.8²).
        Assert.Equal(Math.Log10(2 * 0.9 * 0.1 * 0.8 * 0.8), info.Samples[1].Log10MatchProbability, 12);

        var table = files.Write("af.tsv", "chrom\tpos\tref\talt\taf\n1\t1000\tA\tG\t0.3\n1\t900000\tC\tT\t0.4\n");
        var stated = GenotypeRisk.Analyse(vcf, new GenotypeRiskOptions { Population = 10, Frequencies = AlleleFrequencySource.Table, FrequencyTable = table });
        Assert.Equal(Math.Log10(0.3 * 0.3 * 2 * 0.6 * 0.4), stated.Samples[2].Log10MatchProbability, 12);

        var partial = files.Write("partial.tsv", "chrom\tpos\tref\talt\taf\n1\t1000\tA\tG\t0.3\n");
        var missing = GenotypeRisk.Analyse(vcf, new GenotypeRiskOptions { Population = 10, Frequencies = AlleleFrequencySource.Table, FrequencyTable = partial });
        Assert.Equal(1, missing.Sites.NoFrequency);
        Assert.Equal(1, missing.Sites.Used);
    }

    [Fact]
    public void A_zero_stated_frequency_leaves_the_call_out_and_counts_it()
    {
        var vcf = files.Write("z.vcf", Header + Columns("S1", "S2") + "1\t10\t.\tA\tG\t.\t.\tAF=0\tGT\t0/0\t0/1\n");
        var report = GenotypeRisk.Analyse(vcf, new GenotypeRiskOptions { Population = 10, Frequencies = AlleleFrequencySource.Info });
        Assert.Equal(1, report.Sites.CallsWithoutFrequency);
        Assert.Equal([1, 0], report.Samples.Select(s => s.CalledSites));
    }

    [Fact]
    public void Multiallelic_and_haploid_calls_use_their_own_genotype_frequencies()
    {
        var vcf = files.Write("m.vcf", Header + Columns("S1", "S2", "S3")
            + "1\t10\t.\tA\tG,T\t.\tPASS\t.\tGT\t1/2\t0/0\t0/1\n"
            + "X\t10\t.\tC\tCA\t.\tPASS\t.\tGT\t1\t0\t0\n");
        var report = GenotypeRisk.Analyse(vcf, new GenotypeRiskOptions { Population = 10 });
        // Site 1: A 3/6, G 2/6, T 1/6; S1 = 2 × 2/6 × 1/6. Site 2 (haploid): CA 1/3; S1 = 1/3.
        Assert.Equal(Math.Log10(2 * (2d / 6) * (1d / 6) * (1d / 3)), report.Samples[0].Log10MatchProbability, 12);
        Assert.Equal(1, report.Sites.UsedMultiallelic);
        Assert.Equal(1, report.Sites.UsedSnv);
    }

    [Fact]
    public void Thinning_skips_sites_closer_than_the_minimum_distance_to_the_last_used_one()
    {
        var vcf = files.Write("t.vcf", Header + Columns("S1", "S2")
            + "1\t100\t.\tA\tG\t.\tPASS\t.\tGT\t0/1\t0/0\n"
            + "1\t150\t.\tA\tG\t.\tPASS\t.\tGT\t0/1\t0/0\n"
            + "1\t200\t.\tA\tG\t.\tPASS\t.\tGT\t0/1\t0/0\n"
            + "2\t120\t.\tA\tG\t.\tPASS\t.\tGT\t0/1\t0/0\n"
            + "2\t130\t.\tA\tG\t.\tq10\t.\tGT\t0/1\t0/0\n"
            + "2\t140\t.\tA\t.\t.\tPASS\t.\tGT\t0/0\t0/0\n");
        var report = GenotypeRisk.Analyse(vcf, new GenotypeRiskOptions { Population = 10, MinDistance = 100 });
        Assert.Equal(6, report.Sites.Read);
        Assert.Equal(3, report.Sites.Used); // 1:100, 1:200, 2:120
        Assert.Equal(1, report.Sites.Thinned);
        Assert.Equal(1, report.Sites.Filtered);
        Assert.Equal(1, report.Sites.NoVariant);
    }

    [Fact]
    public void A_bgzip_file_gives_the_same_figures_as_the_plain_one()
    {
        var plain = GenotypeRisk.Analyse(files.Write("hand.vcf", Hand), new GenotypeRiskOptions { Population = 10 });
        using var compressed = new MemoryStream();
        foreach (var part in new[] { Hand[..200], Hand[200..] }) // two gzip members, as bgzip writes blocks
        {
            using var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true);
            gzip.Write(Encoding.UTF8.GetBytes(part));
        }

        var packed = GenotypeRisk.Analyse(files.WriteBytes("hand.vcf.gz", compressed.ToArray()), new GenotypeRiskOptions { Population = 10 });
        Assert.Equal(plain.Samples.Select(s => s.Log10MatchProbability), packed.Samples.Select(s => s.Log10MatchProbability));
    }

    [Fact]
    public void Thousands_of_sites_stay_finite_in_log_space()
    {
        var text = new StringBuilder(Header + Columns("S1", "S2"));
        for (var i = 0; i < 5000; i++)
        {
            text.Append("1\t").Append(i + 1).Append("\t.\tA\tG\t.\tPASS\t.\tGT\t0/1\t0/0\n");
        }

        var report = GenotypeRisk.Analyse(files.Write("long.vcf", text.ToString()));
        // S1 is heterozygous with p = 3/4, q = 1/4 at every site: 2 × 3/4 × 1/4 = 0.375 per site.
        Assert.Equal(5000 * Math.Log10(0.375), report.Samples[0].Log10MatchProbability, 6);
        Assert.Equal(1, report.Samples[0].ProbabilityUnique);
        Assert.Equal(0, report.Samples[0].ExpectedMatches);
    }

    [Theory]
    [InlineData("1\t10\t.\tA\tG\t.\tPASS\t.\tGT\t0/3\t0/0\n", 3, 10, "beyond")]
    [InlineData("1\tx10\t.\tA\tG\t.\tPASS\t.\tGT\t0/1\t0/0\n", 3, 2, "POS")]
    [InlineData("1\t10\t.\tA\tG\t.\tPASS\t.\tGT\t0/1\n", 3, 10, "fewer columns")]
    [InlineData("1\t10\t.\tA\tG\t.\tPASS\t.\tGT\t0/1\t0/0\t1/1\n", 3, 12, "more columns")]
    [InlineData("1\t10\t.\tA\tG\t.\tPASS\n", 3, 7, "at least 8")]
    [InlineData("1\t10\t.\tA\tG\t.\tPASS\t.\tGT\t0/1\tab\n", 3, 11, "allele numbers")]
    public void A_malformed_line_names_its_line_and_column_and_no_value(string line, long expectedLine, int expectedColumn, string problem)
    {
        var vcf = files.Write("bad.vcf", "##fileformat=VCFv4.3\n" + Columns(Marker + "A", Marker + "B") + line.Replace("x10", Marker, StringComparison.Ordinal).Replace("ab", Marker, StringComparison.Ordinal));
        var error = Assert.Throws<InputFormatException>(() => GenotypeRisk.Analyse(vcf));
        Assert.Equal(expectedLine, error.Line);
        Assert.Equal(expectedColumn, error.Column);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Marker, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_neither_a_vcf_nor_a_frequency_table_is_refused()
    {
        var error = Assert.Throws<InputFormatException>(() => GenotypeRisk.Analyse(files.Write("x.txt", $"{Marker},b\n1,2\n")));
        Assert.Contains("chrom, pos, ref, alt and af", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Marker, error.Message, StringComparison.Ordinal);
        Assert.Throws<InputFormatException>(() => GenotypeRisk.Analyse(files.Write("h.vcf", "##fileformat=VCFv4.2\n##x\n")));
    }

    [Fact]
    public void Options_out_of_range_are_refused_by_name()
    {
        Assert.Equal("Population", Assert.Throws<InvalidOptionException>(() => new GenotypeRiskOptions { Population = 1 }.Validate()).OptionName);
        Assert.Equal("Target", Assert.Throws<InvalidOptionException>(() => new GenotypeRiskOptions { Target = 1 }.Validate()).OptionName);
        Assert.Equal("FrequencyTable", Assert.Throws<InvalidOptionException>(() => new GenotypeRiskOptions { Frequencies = AlleleFrequencySource.Table }.Validate()).OptionName);
    }

    [Fact]
    public void Mutated_files_are_measured_or_refused_with_our_error_and_never_echo_a_value()
    {
        // Random byte edits, insertions, deletions and truncations of a valid file whose sample names and genotypes carry
        // a marker: the reader measures the file or throws InputFormatException, whose message never holds the marker.
        var valid = System.Text.Encoding.UTF8.GetBytes(Header + Columns(Marker + "1", Marker + "2", "S3")
            + "1\t100\t" + Marker + "\tA\tG,T\t.\tPASS\tAF=0.2,0.1\tGT:DP\t0/1:" + Marker + "\t1|2:3\t./.:0\n"
            + "1\t200\t.\tC\tT\t.\tq10\t.\tGT\t0/0\t0/1\t1\n"
            + "2\t50\t.\tG\tA\t.\tPASS\t.\tGT\t0|1\t1/1\t0/0\n");
        var random = new Random(20261203);
        byte[] alphabet = "\t\n\r/|.:,;=0123456789#AGCT-"u8.ToArray();
        for (var i = 0; i < 3000; i++)
        {
            var bytes = new List<byte>(valid);
            for (var edits = random.Next(1, 6); edits > 0 && bytes.Count > 0; edits--)
            {
                var at = random.Next(bytes.Count);
                switch (random.Next(5))
                {
                    case 0: bytes[at] = alphabet[random.Next(alphabet.Length)]; break;
                    case 1: bytes.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
                    case 2: bytes.RemoveAt(at); break;
                    case 3: bytes.RemoveRange(at, bytes.Count - at); break;
                    default: bytes[at] = (byte)random.Next(256); break;
                }
            }

            var path = files.WriteBytes("fuzz.vcf", [.. bytes]);
            try
            {
                var report = GenotypeRisk.Analyse(path, new GenotypeRiskOptions { Population = 1000 });
                Assert.All(report.Samples, s => Assert.InRange(s.ProbabilityUnique, 0, 1));
            }
            catch (InputFormatException e)
            {
                Assert.DoesNotContain(Marker, e.Message, StringComparison.Ordinal);
            }
        }
    }
}
