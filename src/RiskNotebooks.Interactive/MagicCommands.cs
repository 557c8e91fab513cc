using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Formatting;
using RiskNotebooks.Commands;
using RiskNotebooks.Interactive.Commands;
using RiskNotebooks.Reporting.Notebook;

namespace RiskNotebooks.Interactive;

/// <summary>
/// The magic commands in .NET Interactive: one directive per command of <see cref="NotebookMagics.Commands"/>, its
/// parameters made from the command's option table, and a handler that hands the values to <see cref="NotebookMagics.Run"/>
/// and displays what it returns, nothing more. Errors fail the cell with the engine's message (never a record value).
/// </summary>
internal static class MagicCommands
{
    internal static void Register(Kernel kernel, NotebookSession session)
    {
        var magics = new NotebookMagics(session, IsVariableName);
        Add<RiskLoadCommand>(kernel, magics, "#!risk-load");
        Add<RiskRolesCommand>(kernel, magics, "#!risk-roles");
        Add<RiskReidCommand>(kernel, magics, "#!reid");
        Add<RiskHeatmapCommand>(kernel, magics, "#!risk-heatmap");
        Add<RiskAssessCommand>(kernel, magics, "#!risk-assess");
        Add<RiskMatrixCommand>(kernel, magics, "#!risk-matrix");
        Add<RiskTextCommand>(kernel, magics, "#!risk-text");
        Add<RiskLocationCommand>(kernel, magics, "#!risk-location");
        Add<RiskGenomeCommand>(kernel, magics, "#!risk-genome");
        Add<RiskCatalogueCommand>(kernel, magics, "#!risk-catalogue");
        Add<RiskDicomCommand>(kernel, magics, "#!risk-dicom");
        Add<RiskInferCommand>(kernel, magics, "#!risk-infer");
        Add<RiskWhatIfCommand>(kernel, magics, "#!risk-whatif");
        Add<RiskAnonymizeCommand>(kernel, magics, "#!risk-anonymize");
        Add<RiskExportCommand>(kernel, magics, "#!risk-export");
        Add<RiskHelpCommand>(kernel, magics, "#!risk-help");
    }

    /// <summary>Whether a name can be a C# variable: an identifier that is not a keyword.</summary>
    internal static bool IsVariableName(string name)
        => Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(name)
           && Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(name) == Microsoft.CodeAnalysis.CSharp.SyntaxKind.None;

    private static void Add<TCommand>(Kernel kernel, NotebookMagics magics, string name)
        where TCommand : TableDirectiveCommand
    {
        var command = NotebookMagics.Find(name) ?? throw new InvalidOperationException($"{name} is not in the catalogue.");
        kernel.AddDirective<TCommand>(
            TableDirectives.Create(command, magics.Session),
            (directive, context) =>
            {
                try
                {
                    var result = magics.Run(name, TableDirectives.Values(command, directive), context.CancellationToken);
                    if (result.Published is { } published)
                    {
                        Publish(context, published);
                    }

                    foreach (var item in result.Displays)
                    {
                        if (item is HtmlFragment fragment)
                        {
                            context.DisplayAs(fragment.Html, HtmlFormatter.MimeType);
                        }
                        else
                        {
                            context.Display(item, HtmlFormatter.MimeType);
                        }
                    }
                }
                catch (RiskNotebooksException e)
                {
                    context.Fail(directive, null, OptionSpellings.ForHost(e).Message);
                }

                return Task.CompletedTask;
            });
    }

    /// <summary>
    /// Makes a value a variable of the notebook's C# kernel, because the user named one. Nothing is published unnamed:
    /// the .NET Interactive kernel serves every C# variable over its HTTP API.
    /// </summary>
    private static void Publish(KernelInvocationContext context, PublishedResult published)
    {
        var root = context.HandlingKernel?.RootKernel ?? Kernel.Root;
        foreach (var csharp in root.FindKernels(k => k is CSharpKernel).OfType<CSharpKernel>())
        {
            csharp.SetValueAsync(published.Name, published.Value, published.Value.GetType()).GetAwaiter().GetResult();
        }
    }
}
