using System.Collections.ObjectModel;
using System.Globalization;
using static RiskNotebooks.Synthetic.Registry.SwedishReferenceData;

namespace RiskNotebooks.Synthetic.Registry;

/// <summary>
/// Writes the bundled demo data set: a synthetic Swedish-style health registry extract. Its marginals follow published
/// Swedish population statistics so that re-identification risk figures computed on it resemble those of a real registry,
/// yet no row describes a real person.
/// </summary>
/// <remarks>
/// <para>
/// The rows behave like a stratified sample of the 2023 population: the counties are the strata (small counties are
/// mildly oversampled, as registry samples often are, so that they keep enough rows), municipalities are drawn within a
/// county in proportion to their population, and <c>weight</c> is the design weight of the row's county (county
/// population over county sample size), so weighted counts add up to the population.
/// </para>
/// <para>
/// The output depends only on <c>rows</c> and <c>seed</c>: all randomness comes from <see cref="Random(int)"/>, whose
/// seeded sequence is fixed across platforms and .NET versions, and every table is integer so that no platform-specific
/// floating rounding can move a sampling boundary.
/// </para>
/// </remarks>
public static class SyntheticRegistryGenerator
{
    private static readonly string[] Columns =
    [
        "birth_date", "sex", "postcode", "municipality", "county", "country_of_birth", "education", "diagnosis",
        "admission_date", "discharge_date", "weight",
    ];

    // Shares of missing values, chosen to be small but present so that missing-value handling is exercised by the demo.
    private const int CountryMissingPerMille = 7;
    private const int EducationMissingPerMille = 8;
    private const int PostcodeMissingPerTenThousand = 30;
    private const string MissingText = "NA";

    // A stay is capped because the registry extract covers stays that end within a short follow-up window.
    private const int MaxStayDays = 60;

    /// <summary>The header of the CSV, in column order.</summary>
    /// <remarks>Exposed so that callers (tests, notebooks) can pick quasi-identifiers without hard-coding names.</remarks>
    public static IReadOnlyList<string> ColumnNames { get; } = new ReadOnlyCollection<string>(Columns);

    /// <summary>Writes the header line and <paramref name="rows"/> synthetic records as comma-separated values.</summary>
    /// <param name="writer">
    /// The destination. Its encoding is the caller's choice; the text contains Swedish letters (å, ä, ö), so a Unicode
    /// encoding such as UTF-8 keeps them. The writer is neither flushed nor closed, so it can be shared.
    /// </param>
    /// <param name="rows">The number of records, at least 1.</param>
    /// <param name="seed">The seed; the same <paramref name="rows"/> and <paramref name="seed"/> always give the same text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rows"/> is less than 1.</exception>
    public static void Write(TextWriter writer, int rows, int seed)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        if (rows < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(rows), rows, "At least one row must be written.");
        }

        var tables = Tables.Instance;
        var random = new Random(seed);
        var design = new SampleDesign(tables, rows);
        var buffer = new RowBuffer(writer);

        buffer.Append(string.Join(',', Columns));
        buffer.NewLine();

        var remaining = design.CountySampleSizes;
        var remainingTotal = rows;
        for (var row = 0; row < rows; row++)
        {
            // Drawing the county from the remaining stratum quotas keeps the realised sizes exactly equal to the design,
            // so the weights are exact, while rows still come in random order rather than sorted by county.
            var pick = random.Next(remainingTotal);
            var county = 0;
            while (pick >= remaining[county])
            {
                pick -= remaining[county];
                county++;
            }

            remaining[county]--;
            remainingTotal--;

            var municipality = tables.CountyMunicipalities[county][Draw(random, tables.CountyMunicipalityCumulative[county])];
            var postcode = tables.Postcodes[municipality][Draw(random, tables.PostcodeCumulative[municipality])];
            var postcodeMissing = random.Next(10_000) < PostcodeMissingPerTenThousand;

            var age = Draw(random, tables.AgeCumulative);
            var birthDay = tables.BirthYearFirstDay[age] + random.Next(tables.BirthYearLength[age]);
            var male = random.Next(1000) < tables.MalePerMilleByAge[age];
            var sex = male ? 1 : 0;

            string country;
            if (random.Next(1000) < CountryMissingPerMille)
            {
                country = MissingText;
            }
            else if (random.Next(1000) < tables.ForeignBornPerMilleByAge[age])
            {
                country = age < 65
                    ? tables.CountriesUnder65[Draw(random, tables.CountriesUnder65Cumulative)]
                    : tables.Countries65Plus[Draw(random, tables.Countries65PlusCumulative)];
            }
            else
            {
                country = Sweden;
            }

            string education;
            if (random.Next(1000) < EducationMissingPerMille)
            {
                education = MissingText;
            }
            else if (age < EducationMinAge)
            {
                education = tables.EducationNotCompletedText;
            }
            else
            {
                var cumulative = tables.EducationCumulative[sex][tables.EducationBandByAge[age]];
                education = tables.EducationTexts[Draw(random, cumulative)];
            }

            var slot = (sex * tables.AgeCount) + age;
            var diagnosis = tables.DiagnosisIndices[slot][Draw(random, tables.DiagnosisCumulative[slot])];

            int admissionDay;
            if (birthDay >= tables.YearFirstDay)
            {
                // A child born during the year cannot be admitted before birth; birth diagnoses are admitted at birth.
                admissionDay = tables.DiagnosisAtBirth[diagnosis]
                    ? birthDay
                    : birthDay + random.Next(tables.YearLastDay - birthDay + 1);
            }
            else
            {
                admissionDay = tables.YearFirstDay + random.Next(tables.YearLastDay - tables.YearFirstDay + 1);
            }

            // Lomax (Pareto II, shape 2) extra stay with mean 1: most stays are short, a few are very long. Only
            // division and square root are used because both are exactly rounded on every platform.
            var u = random.NextDouble();
            var extra = ((1.0 / Math.Sqrt(1.0 - u)) - 1.0) * tables.StayScale[diagnosis] * tables.StayAgeFactorByAge[age];
            var stay = tables.MinStay[diagnosis] + (extra >= MaxStayDays ? MaxStayDays : (int)extra);
            if (stay > MaxStayDays)
            {
                stay = MaxStayDays;
            }

            buffer.AppendDate(birthDay);
            buffer.Comma();
            buffer.Append(male ? "M" : "F");
            buffer.Comma();
            if (!postcodeMissing)
            {
                buffer.Append(postcode);
            }

            buffer.Comma();
            buffer.Append(tables.MunicipalityTexts[municipality]);
            buffer.Comma();
            buffer.Append(tables.CountyTexts[county]);
            buffer.Comma();
            buffer.Append(country);
            buffer.Comma();
            buffer.Append(education);
            buffer.Comma();
            buffer.Append(tables.DiagnosisTexts[diagnosis]);
            buffer.Comma();
            buffer.AppendDate(admissionDay);
            buffer.Comma();
            buffer.AppendDate(admissionDay + stay);
            buffer.Comma();
            buffer.Append(design.CountyWeightTexts[county]);
            buffer.NewLine();
        }

        buffer.Flush();
    }

    /// <summary>Index of the first cumulative weight above a uniform draw: sampling proportional to the weights.</summary>
    private static int Draw(Random random, int[] cumulative)
    {
        var target = random.Next(cumulative[^1]);
        int low = 0, high = cumulative.Length - 1;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (cumulative[mid] > target)
            {
                high = mid;
            }
            else
            {
                low = mid + 1;
            }
        }

        return low;
    }

    /// <summary>Quotes only when a reader would otherwise split or misread the field.</summary>
    private static string CsvField(string text)
    {
        if (text.AsSpan().IndexOfAny(",\"\n\r") < 0)
        {
            return text;
        }

        return "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>Running sums of integer weights, rejecting tables that could not be sampled from.</summary>
    private static int[] Cumulative(ReadOnlySpan<int> weights)
    {
        var cumulative = new int[weights.Length];
        long sum = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += weights[i];
            cumulative[i] = checked((int)sum);
        }

        if (sum <= 0)
        {
            throw new InvalidOperationException("A reference distribution has no positive weight.");
        }

        return cumulative;
    }

    /// <summary>
    /// Per-call stratification: how many rows each county gets and the resulting design weights. It depends on the
    /// number of rows, so it cannot live in the shared tables.
    /// </summary>
    private sealed class SampleDesign
    {
        public SampleDesign(Tables tables, int rows)
        {
            var counties = tables.CountyPopulation.Length;
            long totalSelection = 0;
            foreach (var weight in tables.CountySelectionWeight)
            {
                totalSelection += weight;
            }

            // Largest-remainder allocation in integers so that the sizes add up to rows exactly on every platform.
            CountySampleSizes = new int[counties];
            var remainders = new long[counties];
            var allocated = 0;
            for (var c = 0; c < counties; c++)
            {
                var product = (long)rows * tables.CountySelectionWeight[c];
                CountySampleSizes[c] = (int)(product / totalSelection);
                remainders[c] = product % totalSelection;
                allocated += CountySampleSizes[c];
            }

            for (; allocated < rows; allocated++)
            {
                var best = 0;
                for (var c = 1; c < counties; c++)
                {
                    if (remainders[c] > remainders[best])
                    {
                        best = c;
                    }
                }

                CountySampleSizes[best]++;
                remainders[best] = -1;
            }

            CountyWeightTexts = new string[counties];
            for (var c = 0; c < counties; c++)
            {
                var size = CountySampleSizes[c];
                if (size == 0)
                {
                    CountyWeightTexts[c] = string.Empty;
                    continue;
                }

                // Weight = county population / county sample size, rounded half up to 4 decimals in integer arithmetic.
                var tenThousandths = ((tables.CountyPopulation[c] * 20_000L) + size) / (2L * size);
                CountyWeightTexts[c] = string.Create(
                    CultureInfo.InvariantCulture, $"{tenThousandths / 10_000}.{tenThousandths % 10_000:D4}");
            }
        }

        /// <summary>Rows per county; consumed (counted down) by the writer.</summary>
        public int[] CountySampleSizes { get; }

        /// <summary>The weight column's text per county.</summary>
        public string[] CountyWeightTexts { get; }
    }

    /// <summary>
    /// Everything derived from the reference data that does not depend on the call: cumulative distributions and the
    /// CSV text of every category, built once so that each row costs only a few draws and binary searches.
    /// </summary>
    private sealed class Tables
    {
        // Postcode catalogues are fixed properties of the synthetic country, not of a sample: the same municipality
        // keeps the same postcodes whatever seed the caller uses, so they get their own fixed seeds.
        private const int PostcodeCatalogueSeed = 0x5EED_2023;

        // Roughly one postcode per thousand inhabitants, as in Sweden (about 10 000 codes for 10.5 million people).
        private const int InhabitantsPerPostcode = 1000;

        private Tables()
        {
            AgeCount = PersonsByAge.Length;
            var yearStart = new DateOnly(ReferenceYear, 1, 1);
            YearFirstDay = yearStart.DayNumber;
            YearLastDay = new DateOnly(ReferenceYear, 12, 31).DayNumber;

            CountyTexts = Array.ConvertAll(Counties, CsvField);
            BuildMunicipalities();
            BuildPostcodes();

            AgeCumulative = Cumulative(PersonsByAge);
            BirthYearFirstDay = new int[AgeCount];
            BirthYearLength = new int[AgeCount];
            MalePerMilleByAge = new int[AgeCount];
            ForeignBornPerMilleByAge = new int[AgeCount];
            EducationBandByAge = new int[AgeCount];
            StayAgeFactorByAge = new double[AgeCount];
            for (var age = 0; age < AgeCount; age++)
            {
                // Someone aged a on the reference date was born in year ReferenceYear - a, on any day of it.
                var year = ReferenceYear - age;
                BirthYearFirstDay[age] = new DateOnly(year, 1, 1).DayNumber;
                BirthYearLength[age] = DateTime.IsLeapYear(year) ? 366 : 365;
                MalePerMilleByAge[age] = MalePermilleByBand[Band(SexBandUpperAge, age)];
                ForeignBornPerMilleByAge[age] = ForeignBornPermilleByBand[Band(ForeignBandUpperAge, age)];
                EducationBandByAge[age] = age < EducationMinAge ? -1 : Band(EducationBandUpperAge, age);
                StayAgeFactorByAge[age] = StayAgeFactor[Band(DiagnosisGroupUpperAge, age)];
            }

            CountriesUnder65 = Array.ConvertAll(ForeignBornUnder65, c => CsvField(c.Name));
            CountriesUnder65Cumulative = Cumulative(Array.ConvertAll(ForeignBornUnder65, c => c.Weight));
            Countries65Plus = Array.ConvertAll(ForeignBorn65Plus, c => CsvField(c.Name));
            Countries65PlusCumulative = Cumulative(Array.ConvertAll(ForeignBorn65Plus, c => c.Weight));

            EducationTexts = Array.ConvertAll(EducationLevels, CsvField);
            EducationNotCompletedText = CsvField(EducationNotCompleted);
            EducationCumulative =
            [
                Array.ConvertAll(EducationPermilleWomen, band => Cumulative(band)),
                Array.ConvertAll(EducationPermilleMen, band => Cumulative(band)),
            ];

            BuildDiagnoses();
        }

        public static Tables Instance { get; } = new();

        public int AgeCount { get; }

        public int YearFirstDay { get; }

        public int YearLastDay { get; }

        public string[] CountyTexts { get; }

        public long[] CountyPopulation { get; private set; } = [];

        public long[] CountySelectionWeight { get; private set; } = [];

        public string[] MunicipalityTexts { get; private set; } = [];

        public int[][] CountyMunicipalities { get; private set; } = [];

        public int[][] CountyMunicipalityCumulative { get; private set; } = [];

        public string[][] Postcodes { get; private set; } = [];

        public int[][] PostcodeCumulative { get; private set; } = [];

        public int[] AgeCumulative { get; }

        public int[] BirthYearFirstDay { get; }

        public int[] BirthYearLength { get; }

        public int[] MalePerMilleByAge { get; }

        public int[] ForeignBornPerMilleByAge { get; }

        public string[] CountriesUnder65 { get; }

        public int[] CountriesUnder65Cumulative { get; }

        public string[] Countries65Plus { get; }

        public int[] Countries65PlusCumulative { get; }

        public int[] EducationBandByAge { get; }

        public string[] EducationTexts { get; }

        public string EducationNotCompletedText { get; }

        /// <summary>Indexed by sex (0 women, 1 men), then education band.</summary>
        public int[][][] EducationCumulative { get; }

        public double[] StayAgeFactorByAge { get; }

        public string[] DiagnosisTexts { get; private set; } = [];

        public bool[] DiagnosisAtBirth { get; private set; } = [];

        public int[] MinStay { get; private set; } = [];

        public double[] StayScale { get; private set; } = [];

        /// <summary>Eligible diagnoses per (sex, age) slot, slot = sex * AgeCount + age.</summary>
        public int[][] DiagnosisIndices { get; private set; } = [];

        /// <summary>Cumulative weights matching <see cref="DiagnosisIndices"/>.</summary>
        public int[][] DiagnosisCumulative { get; private set; } = [];

        private static int Band(int[] upperAges, int age)
        {
            var band = 0;
            while (age > upperAges[band])
            {
                band++;
            }

            return band;
        }

        private void BuildMunicipalities()
        {
            var counties = Counties.Length;
            MunicipalityTexts = Array.ConvertAll(Municipalities, m => CsvField(m.Name));
            CountyPopulation = new long[counties];
            foreach (var m in Municipalities)
            {
                CountyPopulation[m.County] += m.Population;
            }

            // Oversampling factor (400 000 / county population)^(1/4), between 1 and 1.6: Gotland gets about 1.6 times
            // its proportional share, counties of 400 000 or more exactly their share. Square roots only, for exactness.
            CountySelectionWeight = new long[counties];
            for (var c = 0; c < counties; c++)
            {
                var factor = Math.Sqrt(Math.Sqrt(400_000.0 / CountyPopulation[c]));
                factor = Math.Clamp(factor, 1.0, 1.6);
                CountySelectionWeight[c] = (long)Math.Round(CountyPopulation[c] * factor);
            }

            CountyMunicipalities = new int[counties][];
            CountyMunicipalityCumulative = new int[counties][];
            for (var c = 0; c < counties; c++)
            {
                var members = new List<int>();
                for (var m = 0; m < Municipalities.Length; m++)
                {
                    if (Municipalities[m].County == c)
                    {
                        members.Add(m);
                    }
                }

                CountyMunicipalities[c] = [.. members];
                CountyMunicipalityCumulative[c] = Cumulative(members.ConvertAll(m => Municipalities[m].Population).ToArray());
            }
        }

        private void BuildPostcodes()
        {
            // Codes are claimed in table order so that two municipalities sharing a prefix never share a code.
            var taken = new HashSet<int>();
            Postcodes = new string[Municipalities.Length][];
            PostcodeCumulative = new int[Municipalities.Length][];
            for (var m = 0; m < Municipalities.Length; m++)
            {
                var info = Municipalities[m];
                var random = new Random(PostcodeCatalogueSeed + m);
                var candidates = new List<int>();
                for (var code = info.PrefixFirst * 100; code < (info.PrefixLast + 1) * 100; code++)
                {
                    if (!taken.Contains(code))
                    {
                        candidates.Add(code);
                    }
                }

                if (candidates.Count == 0)
                {
                    throw new InvalidOperationException($"No free postcode left for {info.Name}.");
                }

                var wanted = Math.Max(1, (info.Population + (InhabitantsPerPostcode / 2)) / InhabitantsPerPostcode);
                var count = Math.Min(wanted, candidates.Count);

                // Partial Fisher-Yates: the first count entries become a uniform random subset of the free codes.
                for (var k = 0; k < count; k++)
                {
                    var j = random.Next(k, candidates.Count);
                    (candidates[k], candidates[j]) = (candidates[j], candidates[k]);
                }

                var chosen = candidates.GetRange(0, count);
                chosen.Sort();
                var texts = new string[count];
                var weights = new int[count];
                for (var k = 0; k < count; k++)
                {
                    var code = chosen[k];
                    taken.Add(code);
                    texts[k] = string.Create(CultureInfo.InvariantCulture, $"{code / 100:D3} {code % 100:D2}");

                    // Postcode areas differ in size (a town centre versus a rural delivery area) by up to tenfold.
                    weights[k] = 2 + random.Next(19);
                }

                Postcodes[m] = texts;
                PostcodeCumulative[m] = Cumulative(weights);
            }
        }

        private void BuildDiagnoses()
        {
            var count = Diagnoses.Length;
            DiagnosisTexts = new string[count];
            DiagnosisAtBirth = new bool[count];
            MinStay = new int[count];
            StayScale = new double[count];
            for (var d = 0; d < count; d++)
            {
                DiagnosisTexts[d] = CsvField(Diagnoses[d].Code);
                DiagnosisAtBirth[d] = Diagnoses[d].Profile == AgeProfile.Newborn;
                MinStay[d] = Diagnoses[d].MinStay;
                StayScale[d] = Diagnoses[d].StayScale;
            }

            DiagnosisIndices = new int[2 * AgeCount][];
            DiagnosisCumulative = new int[2 * AgeCount][];
            var eligible = new List<int>(count);
            var weights = new List<int>(count);
            for (var sex = 0; sex < 2; sex++)
            {
                var sexCode = sex == 1 ? 'M' : 'F';
                for (var age = 0; age < AgeCount; age++)
                {
                    eligible.Clear();
                    weights.Clear();
                    var group = Band(DiagnosisGroupUpperAge, age);
                    for (var d = 0; d < count; d++)
                    {
                        var diagnosis = Diagnoses[d];
                        if ((diagnosis.Sex != 'A' && diagnosis.Sex != sexCode) || age < diagnosis.MinAge || age > diagnosis.MaxAge)
                        {
                            continue;
                        }

                        // Zipf-like rank weight: a few diagnoses account for much of the care, with a long tail.
                        var weight = 100_000 / (d + 5) * ProfileMultipliers[(int)diagnosis.Profile][group];
                        if (weight > 0)
                        {
                            eligible.Add(d);
                            weights.Add(weight);
                        }
                    }

                    var slot = (sex * AgeCount) + age;
                    DiagnosisIndices[slot] = [.. eligible];
                    DiagnosisCumulative[slot] = Cumulative(weights.ToArray());
                }
            }
        }
    }

    /// <summary>
    /// Collects rows in a character buffer so that the writer sees a few large writes instead of one call per field.
    /// </summary>
    private sealed class RowBuffer(TextWriter writer)
    {
        private const int Capacity = 16_384;
        private const int FlushThreshold = Capacity - 1024;
        private readonly char[] chars = new char[Capacity];
        private int length;

        public void Append(string text)
        {
            if (length + text.Length > Capacity)
            {
                Flush();
                if (text.Length > Capacity)
                {
                    writer.Write(text);
                    return;
                }
            }

            text.CopyTo(0, chars, length, text.Length);
            length += text.Length;
        }

        public void Comma() => chars[length++] = ',';

        public void NewLine()
        {
            // Always "\n", never Environment.NewLine or the writer's NewLine, so the bytes do not depend on the machine.
            chars[length++] = '\n';
            if (length >= FlushThreshold)
            {
                Flush();
            }
        }

        public void AppendDate(int dayNumber)
        {
            var (year, month, day) = DateOnly.FromDayNumber(dayNumber);
            var span = chars.AsSpan(length, 10);
            span[0] = (char)('0' + (year / 1000));
            span[1] = (char)('0' + (year / 100 % 10));
            span[2] = (char)('0' + (year / 10 % 10));
            span[3] = (char)('0' + (year % 10));
            span[4] = '-';
            span[5] = (char)('0' + (month / 10));
            span[6] = (char)('0' + (month % 10));
            span[7] = '-';
            span[8] = (char)('0' + (day / 10));
            span[9] = (char)('0' + (day % 10));
            length += 10;
        }

        public void Flush()
        {
            if (length > 0)
            {
                writer.Write(chars, 0, length);
                length = 0;
            }
        }
    }
}
