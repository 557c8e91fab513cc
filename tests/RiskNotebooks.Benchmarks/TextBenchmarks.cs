using System.Text;
using BenchmarkDotNet.Attributes;
using RiskNotebooks.Text;
using RiskNotebooks.Text.Recognizers;
using RiskNotebooks.Synthetic.Text;

namespace RiskNotebooks.Benchmarks;

/// <summary>
/// All recognizers over the synthetic Swedish and English interviews and clinical notes (the generator's corpus, about
/// one piece of personal data every 45 characters: denser than real transcripts), in 1, 4 and 16 MB of UTF-8, one thread.
/// Target: at least 50 MB/s per core, linear in the text's length. MB/s = size in MB / mean time.
/// <c>dotnet run -c Release --project tests/RiskNotebooks.Benchmarks -- --filter '*TextBenchmarks*'</c>
/// </summary>
[MemoryDiagnoser]
public class TextBenchmarks
{
    private string text = string.Empty;
    private TextScanner all = null!;
    private TextScanner lexicon = null!;
    private TextScanner patterns = null!;

    /// <summary>The size of the text in MB of UTF-8.</summary>
    [Params(1, 4, 16)]
    public int Megabytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var corpus = new StringBuilder();
        foreach (var document in SyntheticTextCorpus.Generate(1000, 20240501))
        {
            corpus.Append(document.Text).Append("\n\n");
        }

        var one = corpus.ToString();
        var target = Megabytes * 1_000_000;
        var builder = new StringBuilder(target + one.Length);
        while (Encoding.UTF8.GetByteCount(builder.ToString()) < target)
        {
            builder.Append(one);
        }

        var bytes = Encoding.UTF8.GetBytes(builder.ToString());
        text = Encoding.UTF8.GetString(bytes, 0, target).TrimEnd('\uFFFD');
        all = new TextScanner(new TextScanOptions { Language = TextLanguage.Swedish });
        lexicon = new TextScanner(new TextScanOptions { Language = TextLanguage.Swedish, Recognizers = [new LexiconRecognizer()] });
        patterns = new TextScanner(new TextScanOptions { Language = TextLanguage.Swedish, Recognizers = [.. DefaultRecognizers.Create().Where(r => r is not LexiconRecognizer)] });
        Console.WriteLine($"// text: {Encoding.UTF8.GetByteCount(text):N0} bytes, {text.Length:N0} characters, {all.Analyze("bench", text).Mentions.Values.Sum():N0} findings");
    }

    /// <summary>Every recognizer, overlap resolution and the document's risk: what <c>risknb text</c> does per document.</summary>
    [Benchmark(Baseline = true)]
    public DocumentReport AllRecognizers() => all.Analyze("bench", text);

    /// <summary>Names, places, occupations and special categories (the gazetteers and lexicons).</summary>
    [Benchmark]
    public DocumentReport Lexicon() => lexicon.Analyze("bench", text);

    /// <summary>The structured identifiers (personnummer, phone, e-mail, IP, URL, IBAN, postcode, address, date, age, ICD-10).</summary>
    [Benchmark]
    public DocumentReport StructuredIdentifiers() => patterns.Analyze("bench", text);
}
