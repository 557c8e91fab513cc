using System.Text.Encodings.Web;
using System.Text.Json;
using RiskNotebooks.Assessment;
using RiskNotebooks.Guidance;

namespace RiskNotebooks.Reporting.Json;

/// <summary>
/// The JSON form of an evaluated assessment: <c>harm</c>, <c>likelihood</c>, <c>risk</c> (<c>initial</c>, <c>residual</c>,
/// the effects of the planned measures), <c>weakestLinks</c>, the assets, the conclusions of the guiding questions, the
/// matrix to draw and the <c>metadata</c> record (in the form of the sensitivity-metadata schema). Every level is written
/// as its name and number 1–4; probabilities are in [0, 1].
/// </summary>
public static class AssessJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the JSON of an evaluated assessment, indented, followed by a line break.</summary>
    /// <param name="report">The evaluated assessment.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(AssessmentReport report, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            Write(report, w);
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void Write(AssessmentReport report, Utf8JsonWriter w)
    {
        var r = report.Result;
        w.WriteStartObject();
        w.WriteString("source", Path.GetFileName(report.Source));
        w.WriteString("title", r.Assessment.Title);
        w.WriteString("setting", Vocabulary.Id(r.Assessment.Setting));

        w.WritePropertyName("harm");
        Harm(w, r.Harm);

        Stages(w, "likelihood", r.InitialLikelihood, r.ResidualLikelihood, Likelihood);
        Risk(w, r.Risk);
        WeakestLinks(w, r);
        Assets(w, r);
        Conclusions(w, report.Conclusions);
        Matrix(w, r.Matrix);

        w.WritePropertyName("metadata");
        SensitivityMetadataJson.Write(report.Metadata, w);
        w.WriteEndObject();
    }

    /// <summary><c>risk</c>: the initial and residual cells, whether they differ, and each planned measure's effect.</summary>
    private static void Risk(Utf8JsonWriter w, RiskChange risk)
    {
        w.WriteStartObject("risk");
        w.WritePropertyName("initial");
        SensitivityMetadataJson.WriteCell(w, risk.Initial);
        w.WritePropertyName("residual");
        SensitivityMetadataJson.WriteCell(w, risk.Residual);
        w.WriteBoolean("changes", risk.Changes);
        w.WriteString("advice", risk.Residual.Advice);
        w.WriteStartArray("effects");
        foreach (var e in risk.Effects)
        {
            w.WriteStartObject();
            w.WriteString("kind", Vocabulary.Id(e.Kind));
            w.WriteString("measure", e.Measure);
            WriteNullable(w, "control", e.ControlId);
            WriteNullable(w, "asset", e.AssetId);
            WriteNullable(w, "path", e.Path is { } p ? Vocabulary.Id(p) : null);
            w.WriteString("quantity", e.Quantity);
            w.WriteNumber("before", e.Before);
            w.WriteNumber("after", e.After);
            w.WriteString("text", e.Text);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        Reasons(w, risk.Reasons);
        w.WriteEndObject();
    }

    /// <summary><c>weakestLinks</c>: per stage, the attempt probability, the weakest link overall and per threat path.</summary>
    private static void WeakestLinks(Utf8JsonWriter w, AssessmentResult r)
    {
        w.WriteStartObject("weakestLinks");
        foreach (var attempt in new[] { r.InitialAttempt, r.ResidualAttempt })
        {
            w.WriteStartObject(Vocabulary.Id(attempt.Stage));
            w.WriteNumber("attemptProbability", attempt.Probability);
            w.WritePropertyName("overall");
            Link(w, attempt.WeakestLink);
            w.WriteStartArray("paths");
            foreach (var path in attempt.Paths)
            {
                ThreatPath(w, path);
            }

            w.WriteEndArray();
            Reasons(w, attempt.Reasons);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    /// <summary>One threat path: its attempt probability, strength, weakest link and safeguards.</summary>
    private static void ThreatPath(Utf8JsonWriter w, PathAssessment path)
    {
        w.WriteStartObject();
        w.WriteString("path", Vocabulary.Id(path.Path));
        w.WriteNumber("attemptProbability", path.AttemptProbability);
        w.WriteString("strength", Vocabulary.Id(path.Strength));
        w.WritePropertyName("weakestLink");
        Link(w, path.WeakestLink);
        w.WriteStartArray("safeguards");
        foreach (var s in path.Safeguards)
        {
            w.WriteStartObject();
            w.WriteString("need", s.Safeguard.Need);
            WriteNullable(w, "control", s.Control?.Id);
            w.WriteString("strength", Vocabulary.Id(s.Strength));
            w.WriteStartArray("notCounted");
            foreach (var c in s.NotCounted)
            {
                w.WriteStartObject();
                w.WriteString("control", c.Id);
                w.WriteString("status", Vocabulary.Id(c.Status));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary><c>assets</c>: each asset's harm, likelihood and risk, initial and residual.</summary>
    private static void Assets(Utf8JsonWriter w, AssessmentResult r)
    {
        w.WriteStartArray("assets");
        foreach (var a in r.Assets)
        {
            w.WriteStartObject();
            w.WriteString("id", a.Asset.Id);
            w.WriteString("name", a.Asset.Name);
            w.WritePropertyName("harm");
            Harm(w, a.Harm);
            Stages(w, "likelihood", a.InitialLikelihood, a.ResidualLikelihood, Likelihood);
            Stages(w, "risk", a.InitialRisk, a.ResidualRisk, SensitivityMetadataJson.WriteCell);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary><c>conclusions</c>: what the answers to the guiding questions conclude.</summary>
    private static void Conclusions(Utf8JsonWriter w, IReadOnlyList<Conclusion> conclusions)
    {
        w.WriteStartArray("conclusions");
        foreach (var c in conclusions)
        {
            w.WriteStartObject();
            w.WriteString("question", c.Question.Id);
            w.WriteString("answer", c.Answer.Id);
            WriteNullable(w, "topic", c.Topic is { } t ? Vocabulary.Id(t) : null);
            WriteNullable(w, "value", c.Value);
            w.WriteString("reason", c.Reason);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary><c>matrix</c>: the cells to draw, a marker per asset and stage, and the arrows of the planned measures.</summary>
    private static void Matrix(Utf8JsonWriter w, RiskMatrix matrix)
    {
        w.WriteStartObject("matrix");
        w.WriteStartArray("cells");
        foreach (var cell in matrix.Cells)
        {
            SensitivityMetadataJson.WriteCell(w, cell);
        }

        w.WriteEndArray();
        w.WriteStartArray("markers");
        foreach (var m in matrix.Markers)
        {
            w.WriteStartObject();
            w.WriteString("label", m.Label);
            WriteNullable(w, "asset", m.AssetId);
            w.WriteString("stage", Vocabulary.Id(m.Stage));
            w.WriteNumber("harm", m.Cell.Harm.Number());
            w.WriteNumber("likelihood", m.Cell.Likelihood.Number());
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("arrows");
        foreach (var a in matrix.Arrows)
        {
            w.WriteStartObject();
            w.WriteString("label", a.Label);
            WriteNullable(w, "asset", a.AssetId);
            w.WriteStartObject("from");
            w.WriteNumber("harm", a.From.Harm.Number());
            w.WriteNumber("likelihood", a.From.Likelihood.Number());
            w.WriteEndObject();
            w.WriteStartObject("to");
            w.WriteNumber("harm", a.To.Harm.Number());
            w.WriteNumber("likelihood", a.To.Likelihood.Number());
            w.WriteEndObject();
            w.WriteStartArray("measures");
            foreach (var measure in a.Measures)
            {
                w.WriteStringValue(measure);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Writes <c>"name": {"initial": ..., "residual": ...}</c>.</summary>
    private static void Stages<T>(Utf8JsonWriter w, string name, T initial, T residual, Action<Utf8JsonWriter, T> write)
    {
        w.WriteStartObject(name);
        w.WritePropertyName("initial");
        write(w, initial);
        w.WritePropertyName("residual");
        write(w, residual);
        w.WriteEndObject();
    }

    private static void Harm(Utf8JsonWriter w, HarmAssessment harm)
    {
        w.WriteStartObject();
        w.WriteString("name", harm.Level.Name());
        w.WriteNumber("number", harm.Level.Number());
        w.WritePropertyName("derived");
        SensitivityMetadataJson.WriteLevel(w, harm.DerivedLevel);
        w.WriteBoolean("overridden", harm.IsOverridden);
        Reasons(w, harm.Reasons);
        w.WriteEndObject();
    }

    private static void Likelihood(Utf8JsonWriter w, LikelihoodEstimate l)
    {
        w.WriteStartObject();
        w.WriteString("name", l.Level.Name());
        w.WriteNumber("number", l.Level.Number());
        w.WriteNumber("probability", l.Probability);
        w.WriteStartObject("reidentification");
        w.WriteNumber("probability", l.Reidentification.Probability);
        w.WriteString("basis", l.Reidentification.Basis);
        WriteNullable(w, "source", l.Reidentification.Measurement?.Source);
        WriteNullable(w, "method", l.Reidentification.Measurement?.Method);
        w.WriteEndObject();
        w.WriteNumber("attemptProbability", l.AttemptProbability);
        WriteNullable(w, "asset", l.AssetId);
        Reasons(w, l.Reasons);
        w.WriteEndObject();
    }

    private static void Link(Utf8JsonWriter w, WeakestLink link)
    {
        w.WriteStartObject();
        w.WriteString("path", Vocabulary.Id(link.Path));
        WriteNullable(w, "safeguard", link.Safeguard?.Safeguard.Need);
        WriteNullable(w, "control", link.Control?.Id);
        w.WriteString("strength", Vocabulary.Id(link.Strength));
        w.WriteNumber("attemptProbability", link.AttemptProbability);
        w.WriteString("reason", link.Reason);
        w.WriteEndObject();
    }

    private static void Reasons(Utf8JsonWriter w, IReadOnlyList<Reason> reasons)
    {
        w.WriteStartArray("reasons");
        foreach (var reason in reasons)
        {
            w.WriteStartObject();
            w.WriteString("rule", reason.Rule);
            w.WriteString("text", reason.Text);
            if (reason.Level is { } level)
            {
                w.WritePropertyName("level");
                SensitivityMetadataJson.WriteLevel(w, level);
            }
            else
            {
                w.WriteNull("level");
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }
}
