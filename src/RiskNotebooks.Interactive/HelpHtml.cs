namespace RiskNotebooks.Interactive;

/// <summary>The text of <c>#!risk-help</c>.</summary>
internal static class HelpHtml
{
    internal const string Text = """
        <div class="risknb-card risknb-help" style="font-family:system-ui,sans-serif;border:1px solid #ccd;border-radius:8px;padding:10px 14px;max-width:900px">
        <h3 style="margin-top:0">RiskNotebooks magic commands</h3>
        <table>
        <tr><td class="text"><code>#!risk-load PATH [--name x] [--delimiter ;] [--missing NA]</code></td><td class="text">Loads a table; shows each column's kind, distinct count, missing share and suggested role (direct identifier, quasi-identifier, sensitive, weight). No rows are shown. With <code>--name</code> the table also becomes a C# variable of that name.<br><i>Example:</i> <code>#!risk-load ../datasets/demo-registry/demo-registry.csv --name registry</code></td></tr>
        <tr><td class="text"><code>#!risk-roles --qi a,b --sensitive s --weight w --household h</code></td><td class="text">Sets the roles of the current table's columns.<br><i>Example:</i> <code>#!risk-roles --qi birth_date,sex,postcode --sensitive diagnosis</code></td></tr>
        <tr><td class="text"><code>#!reid [--qi ...] [--threshold 0.2] [--population N | --sampling-fraction f] [--subsets] [--as VAR]</code></td><td class="text">Measures re-identification risk: k, prosecutor, journalist and marketer risk, records at risk, sample and population uniqueness, individual risk; with charts. With <code>--as VAR</code> the report also becomes a C# variable.<br><i>Example:</i> <code>#!reid --sampling-fraction 0.01</code></td></tr>
        <tr><td class="text"><code>#!risk-heatmap [--kind qi-pairs|subsets|classes]</code></td><td class="text">Where the risk sits: the share of records each pair of quasi-identifiers makes unique; QI subsets by size and distinction; records by class size and risk band.<br><i>Example:</i> <code>#!risk-heatmap --kind subsets</code></td></tr>
        <tr><td class="text"><code>#!risk-assess [PATH] [--setting public-release|shared-under-agreement|secure-enclave|internal] [--without control,...] [--name VAR]</code></td><td class="text">Evaluates an assessment file: guiding questions, harm with its reasons, likelihood = P(re-id | attempt) × P(attempt), the weakest link of every threat path, the risk initial and residual, and the risk matrix. With <code>--name VAR</code> the result also becomes a C# variable.<br><i>Example:</i> <code>#!risk-assess ../datasets/assessments/demo-registry-enclave.assessment.json --without log-review</code></td></tr>
        <tr><td class="text"><code>#!risk-matrix</code></td><td class="text">Draws the 4 × 4 risk matrix of the last assessment, with each asset's initial and residual risk and an arrow between them.</td></tr>
        <tr><td class="text"><code>#!risk-text PATH [--lang sv|en|auto] [--redact OUTDIR --key-file K] [--name VAR]</code></td><td class="text">Finds personal data in interview transcripts and clinical notes (a folder of *.txt or one file): identifiers, quasi-identifiers, special categories (GDPR Art. 9/10); each document's risk with the reason; a heatmap of documents × categories; optional redaction with consistent keyed tags. No text is shown. With <code>--name VAR</code> the report also becomes a C# variable.<br><i>Example:</i> <code>#!risk-text ../datasets/text</code></td></tr>
        <tr><td class="text"><code>#!risk-location PATH [--spatial raw|2km|4km2] [--temporal hour|4h|day|hour-of-day] [--points 1..4] [--grid] [--attack all] [--k 2] [--compat skmob] [--name VAR]</code></td><td class="text">Location risk of mobile traces: unicity (share of users singled out by p points of their trace, with a confidence interval), optionally over a grid of resolutions, scikit-mobility's attacks, top-N places uniqueness; a card, the unicity curve, the grid heatmap and a map of where the risk is (no basemap). With <code>--name VAR</code> the report also becomes a C# variable.<br><i>Example:</i> <code>#!risk-location ../datasets/mobility/traces_100.csv --grid</code></td></tr>
        <tr><td class="text"><code>#!risk-export PATH.html</code></td><td class="text">Saves the last result (of #!reid, #!risk-location, #!risk-assess or #!risk-text) as one self-contained HTML file: its card and charts, plotly.js inlined, nothing loaded from the network, aggregates only; to share through an export gateway.<br><i>Example:</i> <code>#!risk-export registry-risk.html</code></td></tr>
        <tr><td class="text"><code>#!risk-help</code></td><td class="text">This help.</td></tr>
        </table>
        <p>Nothing is published as a C# variable unless you name it: the .NET Interactive kernel serves every C# variable over its HTTP API.</p>
        <p>The same engine works from C# without magic commands, e.g. <code>ReidentificationAnalysis.Run(registry, new() { QuasiIdentifiers = ["sex", "postcode"] })</code>.
        Output is aggregate only; charts render offline (plotly.js is embedded, never fetched).</p>
        </div>
        """;
}
