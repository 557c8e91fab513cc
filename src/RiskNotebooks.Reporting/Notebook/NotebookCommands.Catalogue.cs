using RiskNotebooks.Commands;
using RiskNotebooks.Reporting.Html;

namespace RiskNotebooks.Reporting.Notebook;

/// <summary><c>#!risk-catalogue</c>.</summary>
public static partial class NotebookCommands
{
    /// <summary>
    /// <c>#!risk-catalogue [TYPE]</c>: every entry of the identifiability catalogue, or one with its evidence and sources.
    /// The result (published when the user names a variable) is the entry, or the catalogue.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <returns>The entry or catalogue and its card.</returns>
    public static NotebookOutcome Catalogue(CatalogueRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (catalogue, entry) = request.Resolve();
        return entry is null
            ? new NotebookOutcome(catalogue, [new HtmlFragment(CatalogueCard.ToHtml(catalogue), CatalogueCard.ToText(catalogue))])
            : new NotebookOutcome(entry, [new HtmlFragment(CatalogueCard.ToHtml(entry), CatalogueCard.ToText(entry))]);
    }
}
