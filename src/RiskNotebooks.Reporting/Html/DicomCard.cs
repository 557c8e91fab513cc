using System.Text;
using RiskNotebooks.Data;
using RiskNotebooks.Imaging;
using static RiskNotebooks.Reporting.Html.HtmlText;

namespace RiskNotebooks.Reporting.Html;

/// <summary>The card of a <see cref="DicomReport"/>: aggregates only (names of attributes and counts; no value, UID or file name).</summary>
public static class DicomCard
{
    /// <summary>Renders the card as HTML.</summary>
    /// <param name="report">The report.</param>
    /// <param name="minimum">Counts of files (each a person's image) below it are written as <c>&lt;5</c>; <see langword="null"/>: 5.</param>
    /// <returns>An HTML fragment.</returns>
    public static string ToHtml(DicomReport report, MinimumCellSize? minimum = null)
    {
        var m = minimum ?? MinimumCellSize.Default;
        ArgumentNullException.ThrowIfNull(report);
        var b = new StringBuilder();
        b.Append("<div class=\"risknb-card risknb-dicom\" style=\"font-family:system-ui,sans-serif;border:1px solid #ccd;border-radius:8px;padding:10px 14px;max-width:900px\">");
        b.Append($"<h3>DICOM headers: {Encode(report.Source)}</h3>");
        foreach (var (label, value, alarm) in Headline(report, m))
        {
            var style = alarm ? " class=\"risknb-high\" style=\"color:#b03a2e\"" : string.Empty;
            b.Append($"<div><span style=\"display:inline-block;min-width:340px\">{Encode(label)}</span> <b{style}>{Encode(value)}</b></div>");
        }

        foreach (var note in Notes(report))
        {
            b.Append($"<p class=\"note\">{Encode(note)}</p>");
        }

        if (report.Attributes.Count > 0)
        {
            b.Append($"<h4 style=\"margin:8px 0 2px 0\">Attributes of the basic confidentiality profile present ({Count(report.Attributes.Count)})</h4>");
            b.Append("<table><thead><tr><th>attribute</th><th class=\"text\">tag</th><th class=\"text\">action</th><th>files</th><th>with a value</th></tr></thead><tbody>");
            foreach (var a in report.Attributes)
            {
                b.Append($"<tr><td>{Encode(a.Attribute.Name)}</td><td class=\"text\">{Encode(Tag(a.Attribute))}</td><td class=\"text\" title=\"{Encode(a.Attribute.ActionMeaning)}\">{Encode(a.Attribute.Action)}</td><td>{Encode(m.Format(a.Files))}</td><td>{Encode(m.Format(a.FilesWithValue))}</td></tr>");
            }

            b.Append("</tbody></table>");
            b.Append("<p class=\"note\">Actions (PS3.15 Table E.1-1a): ");
            b.Append(string.Join("; ", ActionsUsed(report).Select(c => $"<b>{Encode(c)}</b> {Encode(ProfileAction.Meaning(c))}")));
            b.Append(".</p>");
        }

        if (report.Series.Count > 0)
        {
            b.Append($"<h4 style=\"margin:8px 0 2px 0\">Series ({Count(report.Series.Count)})</h4>");
            b.Append("<table><thead><tr><th>series</th><th class=\"text\">modality</th><th>images</th><th>slices</th><th class=\"text\">head</th><th>slice thickness (mm)</th><th class=\"text\">face</th></tr></thead><tbody>");
            foreach (var s in report.Series)
            {
                b.Append($"<tr><td>{s.Number}</td><td class=\"text\">{Encode(s.Modality ?? "-")}</td><td>{Count(s.Images)}</td><td>{Count(s.Slices)}</td><td class=\"text\">{(s.HeadBodyPart ? "yes" : "no")}</td><td>{Encode(Thickness(s))}</td><td class=\"text\">{Encode(Face(s))}</td></tr>");
            }

            b.Append("</tbody></table>");
        }

        b.Append("</div>");
        return b.ToString();
    }

    /// <summary>Renders the card as plain text.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The text.</returns>
    public static string ToText(DicomReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var b = new StringBuilder();
        b.Append("DICOM headers: ").Append(report.Source).Append('\n');
        foreach (var (label, value, _) in Headline(report))
        {
            b.Append($"  {label,-54} {value}\n");
        }

        foreach (var note in Notes(report))
        {
            b.Append($"  {note}\n");
        }

        if (report.Attributes.Count > 0)
        {
            b.Append($"\nAttributes of the basic confidentiality profile present ({Count(report.Attributes.Count)})\n");
            b.Append($"  {"attribute",-44} {"tag",-13} {"action",-7} {"files",8} {"with value",11}\n");
            foreach (var a in report.Attributes)
            {
                var name = a.Attribute.Name.Length > 44 ? a.Attribute.Name[..43] + "…" : a.Attribute.Name;
                b.Append($"  {name,-44} {Tag(a.Attribute),-13} {a.Attribute.Action,-7} {Count(a.Files),8} {Count(a.FilesWithValue),11}\n");
            }

            b.Append("\n  Actions (PS3.15 Table E.1-1a):\n");
            foreach (var code in ActionsUsed(report))
            {
                b.Append($"  {code,-7} {ProfileAction.Meaning(code)}\n");
            }
        }

        if (report.Series.Count > 0)
        {
            b.Append($"\nSeries ({Count(report.Series.Count)})\n");
            b.Append($"  {"series",6} {"modality",-9} {"images",7} {"slices",7} {"head",-5} {"thickness (mm)",15}  face\n");
            foreach (var s in report.Series)
            {
                b.Append($"  {s.Number,6} {s.Modality ?? "-",-9} {Count(s.Images),7} {Count(s.Slices),7} {(s.HeadBodyPart ? "yes" : "no"),-5} {Thickness(s),15}  {Face(s)}\n");
            }
        }

        return b.ToString();
    }

    /// <summary>The headline figures: label, value, and whether the value calls for action.</summary>
    /// <param name="r">The report.</param>
    /// <param name="people">The minimum cell size of the counts of files (the HTML card, shared); <see langword="null"/>: counts as they are (the command line's own output).</param>
    internal static IEnumerable<(string Label, string Value, bool Alarm)> Headline(DicomReport r, MinimumCellSize? people = null)
    {
        string Count(long n) => people?.Format(n) ?? HtmlText.Count(n);
        yield return ("files read", Count(r.FilesRead), false);
        yield return ("DICOM files", Count(r.DicomFiles) + (r.NotDicomFiles > 0 ? $" ({Count(r.NotDicomFiles)} other files skipped)" : string.Empty), false);
        if (r.DamagedFiles > 0)
        {
            yield return ("DICOM files that could not be read (not measured)", Count(r.DamagedFiles), true);
        }

        yield return ("attributes of the profile present", Count(r.Attributes.Count), r.Attributes.Count > 0);
        yield return ("files with private tags", $"{Count(r.FilesWithPrivateTags)} ({Count(r.PrivateCreators)} private creator{(r.PrivateCreators == 1 ? "" : "s")})", r.FilesWithPrivateTags > 0);
        yield return ("files with burned-in annotation (0028,0301 = YES)", Count(r.FilesBurnedIn), r.FilesBurnedIn > 0);
        yield return ("files of kinds with text often burned in (US, XA, SC)", Count(r.FilesTextProne), r.FilesTextProne > 0);
        yield return ("head volumes needing defacing", Count(r.HeadVolumesNeedingDefacing), r.HeadVolumesNeedingDefacing > 0);
        if (r.ThinVolumesOfOtherOrUnknownBodyPart > 0)
        {
            yield return ("other thin CT/MR volumes (check for a face in view)", Count(r.ThinVolumesOfOtherOrUnknownBodyPart), true);
        }

        if (r.TransferSyntaxes.Count > 0)
        {
            yield return ("transfer syntaxes", string.Join(", ", r.TransferSyntaxes.Select(t => $"{Syntax(t.Key)} {Count(t.Value)}")), false);
        }

        if (r.Modalities.Count > 0)
        {
            yield return ("modalities", string.Join(", ", r.Modalities.Select(m => $"{m.Key} {Count(m.Value)}")), false);
        }
    }

    private static IEnumerable<string> Notes(DicomReport r)
    {
        var o = r.Options;
        yield return $"A head CT or MR series of at least {Count(o.MinSlices)} slices, each at most {Number(o.MaxSliceThickness)} mm thick, is taken to show a face that can be rendered and recognised (Schwarz et al. 2019, NEJM): deface it before sharing. Pixels are not read: burned-in text must be checked by eye or OCR.";
    }

    private static IEnumerable<string> ActionsUsed(DicomReport r)
        => r.Attributes.Select(a => a.Attribute.Action).Distinct().OrderBy(ProfileAction.Severity);

    private static string Tag(ProfileAttribute a) => a.IsPrivateAttributes ? "(gggg,eeee)" : a.Tag;

    private static string Thickness(DicomSeries s)
        => s.MinSliceThickness is not { } min ? "unknown"
            : s.MaxSliceThickness == min ? Number(min) : $"{Number(min)}-{Number(s.MaxSliceThickness!.Value)}";

    private static string Face(DicomSeries s)
        => s.DefacingNeeded ? "defacing needed" : s.IsThinVolume ? "thin volume: check body part" : "-";

    private static string Syntax(DicomTransferSyntax s) => s switch
    {
        DicomTransferSyntax.ExplicitVrLittleEndian => "explicit VR LE",
        DicomTransferSyntax.ImplicitVrLittleEndian => "implicit VR LE",
        DicomTransferSyntax.ExplicitVrBigEndian => "explicit VR BE",
        DicomTransferSyntax.DeflatedExplicitVrLittleEndian => "deflated",
        _ => "encapsulated (compressed pixels)",
    };
}
