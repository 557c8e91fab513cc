using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace RiskNotebooks.Kernel.Execution;

/// <summary>Jupyter's is_complete_request: whether a console should run the code or wait for more lines.</summary>
public static class CodeCompleteness
{
    /// <summary>Checks a piece of code.</summary>
    /// <param name="code">The code typed so far.</param>
    /// <returns><c>complete</c>, <c>incomplete</c> (an open brace, parenthesis, string...) or <c>invalid</c>, and the indent for the next line.</returns>
    public static (string Status, string Indent) Check(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var trimmed = code.TrimStart();
        if (trimmed.Length == 0 || trimmed.StartsWith("#!", StringComparison.Ordinal))
        {
            return ("complete", string.Empty);
        }

        var tree = CSharpSyntaxTree.ParseText(code, ExecutionEngine.ParseOptions);
        if (!SyntaxFactory.IsCompleteSubmission(tree))
        {
            var depth = Math.Max(1, code.Count(c => c == '{') - code.Count(c => c == '}'));
            return ("incomplete", new string(' ', 4 * depth));
        }

        return tree.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error) ? ("invalid", string.Empty) : ("complete", string.Empty);
    }
}
