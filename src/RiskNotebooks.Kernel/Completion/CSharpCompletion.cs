using System.Text;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Host.Mef;
using Microsoft.CodeAnalysis.Text;
using RiskNotebooks.Kernel.Execution;
using CompletionService = Microsoft.CodeAnalysis.Completion.CompletionService;

namespace RiskNotebooks.Kernel.Completion;

/// <summary>
/// C# completions and symbol docs through Roslyn's completion service, on one script document that holds the cells run so
/// far (directive lines blanked) followed by the cell being edited.
/// </summary>
internal sealed class CSharpCompletion
{
    private const int MaxMatches = 500;
    private readonly StringBuilder history = new();
    private readonly Lock gate = new();
    private readonly IReadOnlyList<string> imports;
    private readonly Lazy<(AdhocWorkspace Workspace, DocumentId Document)> workspace;
    private IReadOnlyList<MetadataReference> references;

    internal CSharpCompletion(IReadOnlyList<MetadataReference> references, IReadOnlyList<string> imports)
    {
        this.references = references;
        this.imports = imports;
        workspace = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Remembers a cell that ran, so later completions know its variables.</summary>
    internal void Add(string code)
    {
        lock (gate)
        {
            foreach (var line in code.Split('\n'))
            {
                history.Append(line.TrimStart().StartsWith('#') ? string.Empty : line).Append('\n');
            }
        }
    }

    internal async Task<(IReadOnlyList<string> Matches, int Start)> CompleteAsync(string code, int cursor, IReadOnlyList<MetadataReference> current, CancellationToken cancellationToken)
    {
        var (document, offset) = Document(code, current);
        var service = CompletionService.GetService(document);
        if (service is null)
        {
            return ([], cursor);
        }

        var position = offset + cursor;
        var list = await service.GetCompletionsAsync(document, position, cancellationToken: cancellationToken).ConfigureAwait(false);
        var items = list.ItemsList;
        if (items.Count == 0)
        {
            return ([], cursor);
        }

        var start = Math.Clamp(list.Span.Start - offset, 0, cursor);
        var typed = code[start..cursor];
        var matches = items
            .Where(i => i.DisplayText.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
            .OrderBy(i => i.DisplayText.StartsWith(typed, StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(i => i.SortText, StringComparer.OrdinalIgnoreCase)
            .Select(i => i.DisplayText)
            .Distinct(StringComparer.Ordinal)
            .Take(MaxMatches)
            .ToList();
        return (matches, start);
    }

    internal async Task<string?> InspectAsync(string code, int cursor, IReadOnlyList<MetadataReference> current, CancellationToken cancellationToken)
    {
        var (document, offset) = Document(code, current);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (model is null || root is null)
        {
            return null;
        }

        var position = offset + cursor;
        var token = root.FindToken(Math.Min(position, root.FullSpan.End - 1));
        if (!token.IsKind(SyntaxKind.IdentifierToken) && position > offset)
        {
            token = root.FindToken(position - 1);
        }

        if (token.Parent is not { } node)
        {
            return null;
        }

        var info = model.GetSymbolInfo(node, cancellationToken);
        var symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault() ?? model.GetDeclaredSymbol(node, cancellationToken)
                     ?? (node is TypeSyntax ? model.GetTypeInfo(node, cancellationToken).Type : null);
        if (symbol is null)
        {
            return null;
        }

        var b = new StringBuilder(symbol.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat));
        if (symbol is ILocalSymbol local)
        {
            b.Clear().Append(local.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)).Append(' ').Append(local.Name);
        }

        var docs = DocumentationText(symbol.OriginalDefinition.GetDocumentationCommentXml(cancellationToken: cancellationToken));
        if (docs.Length > 0)
        {
            b.Append("\n\n").Append(docs);
        }

        return b.ToString();
    }

    /// <summary>The readable text of an XML doc comment: summary, parameters, returns, remarks.</summary>
    internal static string DocumentationText(string? xml)
    {
        if (string.IsNullOrWhiteSpace(xml))
        {
            return string.Empty;
        }

        XElement element;
        try
        {
            element = XElement.Parse(xml.Trim().StartsWith("<member", StringComparison.Ordinal) ? xml : "<member>" + xml + "</member>");
        }
        catch (System.Xml.XmlException)
        {
            return string.Empty;
        }

        var b = new StringBuilder();
        if (element.Element("summary") is { } summary)
        {
            b.Append(Flatten(summary));
        }

        foreach (var parameter in element.Elements("param"))
        {
            b.Append("\n  ").Append((string?)parameter.Attribute("name")).Append(": ").Append(Flatten(parameter));
        }

        if (element.Element("returns") is { } returns)
        {
            b.Append("\nReturns: ").Append(Flatten(returns));
        }

        if (element.Element("remarks") is { } remarks)
        {
            b.Append("\n\n").Append(Flatten(remarks));
        }

        return b.ToString().Trim();
    }

    private static string Flatten(XElement element)
    {
        var b = new StringBuilder();
        foreach (var node in element.Nodes())
        {
            b.Append(node switch
            {
                XText text => text.Value,
                XElement { Name.LocalName: "see" or "seealso" } see => CrefName((string?)see.Attribute("cref") ?? (string?)see.Attribute("langword") ?? see.Value),
                XElement { Name.LocalName: "paramref" or "typeparamref" } reference => (string?)reference.Attribute("name") ?? string.Empty,
                XElement inner => Flatten(inner),
                _ => string.Empty,
            });
        }

        return string.Join(' ', b.ToString().Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
    }

    private static string CrefName(string cref)
    {
        var name = cref.Length > 2 && cref[1] == ':' ? cref[2..] : cref;
        var paren = name.IndexOf('(', StringComparison.Ordinal);
        name = paren >= 0 ? name[..paren] : name;
        var parts = name.Split('.');
        return parts.Length >= 2 && char.IsUpper(cref.FirstOrDefault()) && cref[0] is 'M' or 'P' or 'F' or 'E' ? parts[^2] + "." + parts[^1] : parts[^1];
    }

    private (Document Document, int Offset) Document(string code, IReadOnlyList<MetadataReference> current)
    {
        var (ws, id) = workspace.Value;
        string prefix;
        lock (gate)
        {
            prefix = history.ToString();
        }

        var solution = ws.CurrentSolution;
        if (current.Count != references.Count)
        {
            references = current;
            solution = solution.WithProjectMetadataReferences(id.ProjectId, current);
        }

        solution = solution.WithDocumentText(id, SourceText.From(prefix + code));
        ws.TryApplyChanges(solution);
        return (ws.CurrentSolution.GetDocument(id)!, prefix.Length);
    }

    private (AdhocWorkspace, DocumentId) Create()
    {
        var ws = new AdhocWorkspace(MefHostServices.DefaultHost);
        var project = ProjectInfo.Create(
            ProjectId.CreateNewId(), VersionStamp.Create(), "cells", "cells", LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, usings: imports),
            parseOptions: ExecutionEngine.ParseOptions,
            metadataReferences: references,
            isSubmission: true,
            hostObjectType: typeof(ScriptGlobals));
        var added = ws.AddProject(project);
        var document = ws.AddDocument(DocumentInfo.Create(DocumentId.CreateNewId(added.Id), "cell.csx", sourceCodeKind: SourceCodeKind.Script, loader: null));
        return (ws, document.Id);
    }
}
