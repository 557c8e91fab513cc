using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RiskNotebooks.Kernel.Execution;

/// <summary>
/// Puts <see cref="Interruption.ThrowIfRequested"/> at the start of every loop body (for, foreach, while, do) of a cell,
/// on the same line, so line numbers of errors do not move. Loops inside library code are not reached: those stop only
/// where the library honours a cancellation token.
/// </summary>
internal sealed class LoopInterruptRewriter : CSharpSyntaxRewriter
{
    private static readonly StatementSyntax Check = SyntaxFactory.ParseStatement(
        "global::RiskNotebooks.Kernel.Execution.Interruption.ThrowIfRequested();");

    /// <summary>The cell with checks inserted, or the same string when it has no loop.</summary>
    internal static string Rewrite(string code, CSharpParseOptions options)
    {
        if (!code.Contains("for", StringComparison.Ordinal) && !code.Contains("while", StringComparison.Ordinal))
        {
            return code;
        }

        var root = CSharpSyntaxTree.ParseText(code, options).GetRoot();
        var rewritten = new LoopInterruptRewriter().Visit(root);
        return ReferenceEquals(rewritten, root) ? code : rewritten.ToFullString();
    }

    public override SyntaxNode? VisitWhileStatement(WhileStatementSyntax node)
    {
        var visited = (WhileStatementSyntax)base.VisitWhileStatement(node)!;
        return visited.WithStatement(WithCheck(visited.Statement));
    }

    public override SyntaxNode? VisitDoStatement(DoStatementSyntax node)
    {
        var visited = (DoStatementSyntax)base.VisitDoStatement(node)!;
        return visited.WithStatement(WithCheck(visited.Statement));
    }

    public override SyntaxNode? VisitForStatement(ForStatementSyntax node)
    {
        var visited = (ForStatementSyntax)base.VisitForStatement(node)!;
        return visited.WithStatement(WithCheck(visited.Statement));
    }

    public override SyntaxNode? VisitForEachStatement(ForEachStatementSyntax node)
    {
        var visited = (ForEachStatementSyntax)base.VisitForEachStatement(node)!;
        return visited.WithStatement(WithCheck(visited.Statement));
    }

    public override SyntaxNode? VisitForEachVariableStatement(ForEachVariableStatementSyntax node)
    {
        var visited = (ForEachVariableStatementSyntax)base.VisitForEachVariableStatement(node)!;
        return visited.WithStatement(WithCheck(visited.Statement));
    }

    private static StatementSyntax WithCheck(StatementSyntax body)
    {
        if (body is BlockSyntax block)
        {
            return block.WithStatements(block.Statements.Insert(0, Check));
        }

        // A single statement becomes a block on the same line: { check; statement }
        var leading = body.GetLeadingTrivia();
        var trailing = body.GetTrailingTrivia();
        return SyntaxFactory.Block(Check, body.WithoutLeadingTrivia().WithoutTrailingTrivia())
            .WithOpenBraceToken(SyntaxFactory.Token(SyntaxKind.OpenBraceToken))
            .WithCloseBraceToken(SyntaxFactory.Token(SyntaxKind.CloseBraceToken))
            .WithLeadingTrivia(leading)
            .WithTrailingTrivia(trailing);
    }
}
