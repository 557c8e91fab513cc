using System.Text;

namespace RiskNotebooks.Genomics;

/// <summary>
/// How identifying genotypes are (the facade): reads a VCF (or a table of allele frequencies) and measures each
/// sample's random match probability in a population, and how many sites of the panel single a person out.
/// </summary>
/// <remarks>
/// Formulas and their assumptions: <see cref="GenotypeMatch"/>. The measures assume Hardy–Weinberg equilibrium and
/// independent sites; linked sites (closer than a few hundred kilobases) are not independent, so thin with
/// <see cref="GenotypeRiskOptions.MinDistance"/> for a figure that does not overstate how rare a genotype is.
/// One pass over the file; memory is one line plus one number per sample and per site used.
/// </remarks>
public static class GenotypeRisk
{
    private const int MaximumTabulatedAlleles = 16;

    /// <summary>Measures a VCF file, or a table of allele frequencies (panel figures only).</summary>
    /// <param name="path">A VCF 4.x file (plain, gzip or bgzip), or a CSV/TSV with columns chrom, pos, ref, alt, af.</param>
    /// <param name="options">How to measure (default: <see cref="GenotypeRiskOptions"/>'s defaults).</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The report.</returns>
    /// <exception cref="InputFormatException">A file that cannot be read (names the file, line and column; never a value).</exception>
    /// <exception cref="InvalidOptionException">Options out of range.</exception>
    public static GenotypeRiskReport Analyse(string path, GenotypeRiskOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= new GenotypeRiskOptions();
        options.Validate();
        var table = options.FrequencyTable is { } tablePath ? AlleleFrequencyTable.Read(tablePath) : null;
        return IsVcf(path) ? AnalyseVcf(path, options, table, cancellationToken) : AnalyseFrequencies(path, options, cancellationToken);
    }

    private static bool IsVcf(string path)
    {
        using var stream = GenomicsFiles.OpenText(path);
        Span<byte> head = stackalloc byte[16];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return head[..read].StartsWith("##fileformat=VCF"u8);
    }

    private static GenotypeRiskReport AnalyseVcf(string path, GenotypeRiskOptions options, AlleleFrequencyTable? table, CancellationToken cancellationToken)
    {
        using var reader = VcfReader.Open(path);
        var sampleCount = reader.Samples.Count;
        var logMatch = new double[sampleCount];
        var called = new int[sampleCount];
        var siteMatches = new List<double>();
        var site = new VcfSite();
        var frequencies = new double[4];
        var logTable = new double[6];
        long read = 0, used = 0, snv = 0, multiallelic = 0, filtered = 0, noVariant = 0, noGenotypes = 0, noCalls = 0, noFrequency = 0, thinned = 0, withoutFrequency = 0, polyploid = 0;
        var lastChromosome = -1;
        var lastPosition = long.MinValue;
        while (reader.Next(site))
        {
            if ((++read & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            polyploid += site.PolyploidCalls;
            if (!site.Passed && !options.IncludeFiltered)
            {
                filtered++;
                continue;
            }

            if (site.AlleleCount < 2)
            {
                noVariant++;
                continue;
            }

            if (sampleCount > 0 && !site.HasGenotypes)
            {
                noGenotypes++;
                continue;
            }

            if (frequencies.Length < site.AlleleCount)
            {
                frequencies = new double[site.AlleleCount * 2];
            }

            var p = frequencies.AsSpan(0, site.AlleleCount);
            var calls = site.Calls;
            var anyCall = false;
            var diploid = false;
            foreach (var call in calls)
            {
                anyCall |= call.Ploidy > 0;
                diploid |= call.Ploidy == 2;
            }

            if (!anyCall)
            {
                noCalls++;
                continue;
            }

            var known = options.Frequencies switch
            {
                AlleleFrequencySource.Cohort => CohortFrequencies(calls, p),
                AlleleFrequencySource.Info => AlternateFrequencies(site.InfoNumbers("AF="u8), p),
                _ => AlternateFrequencies(table!.Find(site), p),
            };
            if (!known)
            {
                noFrequency++;
                continue;
            }

            if (site.ChromosomeOrdinal == lastChromosome && site.Position - lastPosition < options.MinDistance)
            {
                thinned++;
                continue;
            }

            lastChromosome = site.ChromosomeOrdinal;
            lastPosition = site.Position;
            used++;
            snv += site.IsSnv ? 1 : 0;
            multiallelic += site.AlleleCount > 2 ? 1 : 0;
            siteMatches.Add(GenotypeMatch.LogSiteMatch(p, diploid));
            var k = site.AlleleCount;
            var tabulated = k <= MaximumTabulatedAlleles;
            if (tabulated)
            {
                // ln of every genotype's frequency once per site, not once per sample: [a * k + b] diploid, [k * k + a] haploid.
                if (logTable.Length < (k * k) + k)
                {
                    logTable = new double[(k * k) + k];
                }

                for (var a = 0; a < k; a++)
                {
                    for (var b = 0; b < k; b++)
                    {
                        logTable[(a * k) + b] = GenotypeMatch.LogFrequency(GenotypeCall.Diploid(a, b), p);
                    }

                    logTable[(k * k) + a] = GenotypeMatch.LogFrequency(GenotypeCall.Haploid(a), p);
                }
            }

            for (var s = 0; s < calls.Length; s++)
            {
                var call = calls[s];
                if (call.Ploidy == 0)
                {
                    continue;
                }

                var f = !tabulated ? GenotypeMatch.LogFrequency(call, p)
                    : call.Ploidy == 2 ? logTable[(call.First * k) + call.Second] : logTable[(k * k) + call.First];
                if (double.IsNegativeInfinity(f))
                {
                    withoutFrequency++;
                    continue;
                }

                logMatch[s] += f;
                called[s]++;
            }
        }

        var samples = new SampleGenotypeRisk[sampleCount];
        for (var s = 0; s < sampleCount; s++)
        {
            samples[s] = new SampleGenotypeRisk(
                reader.Samples[s],
                called[s],
                logMatch[s] / Math.Log(10),
                GenotypeMatch.ExpectedMatches(logMatch[s], options.Population),
                GenotypeMatch.ProbabilityUnique(logMatch[s], options.Population));
        }

        var counts = new GenotypeSiteCounts
        {
            Read = read, Used = used, UsedSnv = snv, UsedMultiallelic = multiallelic, Filtered = filtered, NoVariant = noVariant,
            NoGenotypes = noGenotypes, NoCalls = noCalls, NoFrequency = noFrequency, Thinned = thinned,
            CallsWithoutFrequency = withoutFrequency, PolyploidCalls = polyploid,
        };
        return new GenotypeRiskReport(Path.GetFileName(path), reader.Version, options, counts, samples, siteMatches);
    }

    private static GenotypeRiskReport AnalyseFrequencies(string path, GenotypeRiskOptions options, CancellationToken cancellationToken)
    {
        var table = AlleleFrequencyTable.Read(path);
        var siteMatches = new List<double>();
        long used = 0, snv = 0, multiallelic = 0, noFrequency = 0, thinned = 0;
        var lastChromosome = (string?)null;
        var lastPosition = long.MinValue;
        foreach (var site in table.Sites)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var p = new double[site.Alternates.Count + 1];
            if (!AlternateFrequencies([.. site.Alternates.Select(a => a.Frequency)], p) || p.Count(f => f > 0) < 2)
            {
                noFrequency++;
                continue;
            }

            if (string.Equals(site.Chromosome, lastChromosome, StringComparison.Ordinal) && site.Position - lastPosition < options.MinDistance)
            {
                thinned++;
                continue;
            }

            lastChromosome = site.Chromosome;
            lastPosition = site.Position;
            used++;
            snv += site.Reference.Length == 1 && site.Alternates.All(a => a.Allele.Length == 1) ? 1 : 0;
            multiallelic += site.Alternates.Count > 1 ? 1 : 0;
            siteMatches.Add(GenotypeMatch.LogSiteMatch(p, diploid: true));
        }

        var counts = new GenotypeSiteCounts { Read = table.Sites.Count, Used = used, UsedSnv = snv, UsedMultiallelic = multiallelic, NoFrequency = noFrequency, Thinned = thinned };
        return new GenotypeRiskReport(Path.GetFileName(path), null, options, counts, [], siteMatches);
    }

    /// <summary>The alleles' shares among the calls at a site.</summary>
    private static bool CohortFrequencies(ReadOnlySpan<GenotypeCall> calls, Span<double> p)
    {
        p.Clear();
        var total = 0;
        foreach (var call in calls)
        {
            if (call.Ploidy >= 1)
            {
                p[call.First]++;
                total++;
            }

            if (call.Ploidy == 2)
            {
                p[call.Second]++;
                total++;
            }
        }

        for (var i = 0; i < p.Length; i++)
        {
            p[i] /= total;
        }

        return total > 0;
    }

    /// <summary>REF's frequency as the rest of the ALT alleles' stated ones.</summary>
    private static bool AlternateFrequencies(double[]? alternates, Span<double> p)
    {
        if (alternates is null || alternates.Length != p.Length - 1)
        {
            return false;
        }

        double sum = 0;
        foreach (var f in alternates)
        {
            if (double.IsNaN(f) || f < 0 || f > 1)
            {
                return false;
            }

            sum += f;
        }

        if (sum > 1 + 1e-6)
        {
            return false;
        }

        p[0] = Math.Max(0, 1 - sum);
        alternates.CopyTo(p[1..]);
        return true;
    }
}
