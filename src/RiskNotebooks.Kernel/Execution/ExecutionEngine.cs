using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using RiskNotebooks.Commands;
using RiskNotebooks.Kernel.Completion;
using RiskNotebooks.Kernel.Display;
using RiskNotebooks.Kernel.Magic;

namespace RiskNotebooks.Kernel.Execution;

/// <summary>
/// Runs notebook cells: C# with Roslyn scripting (state carried from cell to cell), or magic commands through
/// <see cref="IMagicCommands"/>. One engine per notebook session; cells run one at a time. Shared by the Jupyter kernel and
/// <c>risknb run</c>.
/// </summary>
/// <remarks>
/// A cell that fails to compile changes nothing; a cell that throws keeps what earlier cells defined (and whatever it
/// assigned before throwing). Interrupts are cooperative: every loop in cell code checks for them, magic commands and
/// <c>Cancellation</c> get a token, but a cell blocked inside library code or a blocking call runs on until that returns.
/// </remarks>
public sealed class ExecutionEngine
{
    internal static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);

    /// <summary>
    /// One compilation at a time in the process: two scripts compiled at once over the shared metadata references
    /// (the kernel's warm-up and the first cell; engines of parallel tests) were seen to bind a cell wrongly now and then
    /// (CS0411 on a LINQ call over a published variable), under CPU load only.
    /// </summary>
    private static readonly Lock CompileLock = new();

    private readonly IMagicCommands magics;
    private readonly ScriptGlobals globals;
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Lock cancelLock = new();
    private readonly CSharpCompletion completion;
    private ScriptOptions options;
    private ScriptState<object>? state;
    private CancellationTokenSource? running;

    /// <summary>Creates an engine.</summary>
    /// <param name="magics">The magic commands (default: none, a <c>#!</c> cell fails with a message).</param>
    /// <param name="workingDirectory">The folder that <c>#r "relative.dll"</c> is resolved from (default: the current folder).</param>
    public ExecutionEngine(IMagicCommands? magics = null, string? workingDirectory = null)
    {
        OutputRouter.Install();
        this.magics = magics ?? new NoMagicCommands();
        WorkingDirectory = Path.GetFullPath(workingDirectory ?? Directory.GetCurrentDirectory());
        Formatter = new DisplayFormatter(new DisplaySession());
        globals = new ScriptGlobals(Formatter);
        options = ScriptOptions.Default
            .WithReferences(ReferenceSet.References)
            .WithImports(ReferenceSet.Imports)
            .WithLanguageVersion(LanguageVersion.Latest)
            .WithMetadataResolver(ScriptMetadataResolver.Default.WithBaseDirectory(WorkingDirectory)
                .WithSearchPaths(Path.GetDirectoryName(typeof(object).Assembly.Location)!)) // #r "System.Xml.Linq.dll" finds the framework's
            .WithSourceResolver(new SourceFileResolver([], WorkingDirectory))
            .WithOptimizationLevel(OptimizationLevel.Release)
            .WithEmitDebugInformation(false)
            .WithAllowUnsafe(false)
            .WithCheckOverflow(false);
        completion = new CSharpCompletion(ReferenceSet.References, ReferenceSet.Imports);
    }

    /// <summary>The session's formatter (result types, charts with plotly.js once per session).</summary>
    public DisplayFormatter Formatter { get; }

    /// <summary>The folder relative references and magic-command paths are resolved from.</summary>
    public string WorkingDirectory { get; }

    /// <summary>Runs one cell.</summary>
    /// <param name="code">The cell.</param>
    /// <param name="output">Where its streams and displays go.</param>
    /// <param name="cancellationToken">Stops the cell (as <see cref="Interrupt"/> does).</param>
    /// <returns>Its result or error.</returns>
    public async Task<CellResult> ExecuteAsync(string code, ICellOutput output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(output);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        lock (cancelLock)
        {
            running = cancellation;
        }

        var cell = new CellContext(output, cancellation.Token);
        CellContext.Current = cell;
        try
        {
            return await RunCellAsync(code.Replace("\r\n", "\n", StringComparison.Ordinal), cell, cancellation.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            return Interrupted();
        }
        finally
        {
            CellContext.Current = null;
            cell.Dispose();
            lock (cancelLock)
            {
                running = null;
            }

            gate.Release();
        }
    }

    /// <summary>
    /// Compiles and runs a throw-away script outside the session's state, so that Roslyn is loaded and jitted before the
    /// first cell arrives (the kernel calls it in the background once its sockets are bound).
    /// </summary>
    /// <returns>A task that completes when done; it never fails.</returns>
    public async Task WarmUpAsync()
    {
        try
        {
            var script = CSharpScript.Create("1 + 1", options, typeof(ScriptGlobals));
            lock (CompileLock)
            {
                script.Compile();
            }

            await script.RunAsync(new ScriptGlobals(Formatter)).ConfigureAwait(false);
        }
        catch (Exception e) when (e is CompilationErrorException or InvalidOperationException or IOException)
        {
            // Only a warm-up: the first cell will report whatever is wrong.
        }
    }

    /// <summary>Interrupts the running cell, if any (cooperatively: see the remarks of the class).</summary>
    public void Interrupt()
    {
        lock (cancelLock)
        {
            running?.Cancel();
        }
    }

    /// <summary>Completions at the cursor: magic commands through <see cref="IMagicCommands.Complete"/>, C# through Roslyn.</summary>
    /// <param name="code">The cell.</param>
    /// <param name="cursorCodePoints">The cursor in Unicode code points.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The matches and the code-point range they replace.</returns>
    public async Task<(IReadOnlyList<string> Matches, int CursorStart, int CursorEnd)> CompleteAsync(string code, int cursorCodePoints, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        var cursor = CodePoints.ToUtf16(code, cursorCodePoints);
        var lineStart = code.LastIndexOf('\n', Math.Max(0, cursor - 1)) + 1;
        if (cursor > 0 && code.AsSpan(lineStart, cursor - lineStart).TrimStart().StartsWith("#!"))
        {
            var wordStart = cursor;
            while (wordStart > lineStart && !char.IsWhiteSpace(code[wordStart - 1]))
            {
                wordStart--;
            }

            return (magics.Complete(code, CodePoints.FromUtf16(code, cursor)), CodePoints.FromUtf16(code, wordStart), CodePoints.FromUtf16(code, cursor));
        }

        var (matches, start) = await completion.CompleteAsync(code, cursor, CurrentReferences(), cancellationToken).ConfigureAwait(false);
        return (matches, CodePoints.FromUtf16(code, start), CodePoints.FromUtf16(code, cursor));
    }

    /// <summary>What the symbol at the cursor is: its signature and XML documentation, as plain text.</summary>
    /// <param name="code">The cell.</param>
    /// <param name="cursorCodePoints">The cursor in Unicode code points.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The text, or null when there is no symbol there.</returns>
    public Task<string?> InspectAsync(string code, int cursorCodePoints, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        return completion.InspectAsync(code, CodePoints.ToUtf16(code, cursorCodePoints), CurrentReferences(), cancellationToken);
    }

    private IReadOnlyList<MetadataReference> CurrentReferences()
        => state?.Script.GetCompilation().References.ToList() ?? (IReadOnlyList<MetadataReference>)options.MetadataReferences;

    private async Task<CellResult> RunCellAsync(string code, CellContext cell, CancellationToken cancellationToken)
    {
        var prepared = CellDirectives.Prepare(code);
        if (prepared.Error is not null)
        {
            return CellResult.Failure(new CellError("NuGetNotSupported", prepared.Error, [prepared.Error]));
        }

        if (prepared.RiskNotebooksReferenced)
        {
            cell.Display(LoadedMessage(), null);
        }

        if (string.IsNullOrWhiteSpace(prepared.Code))
        {
            return CellResult.Success(null);
        }

        return magics.Handles(prepared.Code)
            ? await RunMagicAsync(prepared.Code, cell, cancellationToken).ConfigureAwait(false)
            : await RunCSharpAsync(prepared.Code, cell, cancellationToken, display: true).ConfigureAwait(false);
    }

    private async Task<CellResult> RunMagicAsync(string code, CellContext cell, CancellationToken cancellationToken)
    {
        var context = new MagicContext(Formatter, cell, Variable, WorkingDirectory);
        MagicOutcome outcome;
        try
        {
            outcome = await magics.RunAsync(code, context, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Interrupted();
        }
        catch (RiskNotebooksException e)
        {
            var message = OptionSpellings.ForHost(e).Message;
            return CellResult.Failure(new CellError("MagicCommandError", message, [message]));
        }
        catch (Exception e)
        {
            // A library message could hold record values: the type names the bug, the message stays out.
            var message = $"internal error in the magic command ({e.GetType().Name}); please report it with the command you ran.";
            return CellResult.Failure(new CellError("MagicCommandError", message, [message]));
        }

        foreach (var bundle in outcome.Displays)
        {
            cell.Display(bundle, null);
        }

        if (outcome.Variables.Count > 0)
        {
            var published = await PublishAsync(outcome.Variables, cell, cancellationToken).ConfigureAwait(false);
            if (!published.Succeeded)
            {
                return published;
            }
        }

        return outcome.Error is null
            ? CellResult.Success(null)
            : CellResult.Failure(new CellError("MagicCommandError", outcome.Error, [outcome.Error]));
    }

    /// <summary>Declares the variables of a magic command with a generated submission, so later cells can use them.</summary>
    private Task<CellResult> PublishAsync(IReadOnlyList<PublishedVariable> variables, CellContext cell, CancellationToken cancellationToken)
    {
        var code = new System.Text.StringBuilder();
        foreach (var variable in variables)
        {
            if (!SyntaxFacts.IsValidIdentifier(variable.Name) || SyntaxFacts.GetKeywordKind(variable.Name) != SyntaxKind.None)
            {
                var message = $"'{variable.Name}' is not a C# variable name.";
                return Task.FromResult(CellResult.Failure(new CellError("MagicCommandError", message, [message])));
            }

            var typeName = CSharpTypeName.Of(variable.Type) ?? "object";
            if (typeName != "object")
            {
                var assemblies = CSharpTypeName.Parts(variable.Type).Select(t => t.Assembly).Where(a => !a.IsDynamic && a.Location.Length > 0).Distinct();
                options = options.AddReferences(assemblies.Where(a => !options.MetadataReferences.OfType<PortableExecutableReference>().Any(r => string.Equals(r.FilePath, a.Location, StringComparison.Ordinal))));
            }

            code.Append(CultureInfo.InvariantCulture, $"var {variable.Name} = ({typeName})global::RiskNotebooks.Kernel.Execution.PublishedValues.Take({PublishedValues.Put(variable.Value)}L);\n");
        }

        return RunCSharpAsync(code.ToString(), cell, cancellationToken, display: false);
    }

    private (bool Found, object? Value) Variable(string name)
        => state?.GetVariable(name) is { } variable ? (true, variable.Value) : (false, null);

    private async Task<CellResult> RunCSharpAsync(string code, CellContext cell, CancellationToken cancellationToken, bool display)
    {
        var runnable = LoopInterruptRewriter.Rewrite(code, ParseOptions);
        var script = Continue(runnable);
        System.Collections.Immutable.ImmutableArray<Diagnostic> diagnostics;
        lock (CompileLock)
        {
            diagnostics = script.Compile(cancellationToken);
            if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) && !ReferenceEquals(runnable, code))
            {
                diagnostics = Continue(code).Compile(cancellationToken); // positions as the user wrote the cell, not as rewritten
            }
        }

        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return CompilationError(diagnostics);
        }

        ScriptState<object> next;
        try
        {
            // The submission runs on the thread pool, so a blocking cell never blocks the caller's thread.
            next = await Task.Run(
                () => state is null
                    ? script.RunAsync(globals, _ => true, cancellationToken)
                    : script.RunFromAsync(state, _ => true, cancellationToken),
                cancellationToken).ConfigureAwait(false);
        }
        catch (CompilationErrorException e)
        {
            return CompilationError(e.Diagnostics);
        }

        state = next;
        completion.Add(code);
        if (next.Exception is { } exception)
        {
            return exception is OperationCanceledException && cancellationToken.IsCancellationRequested
                ? Interrupted()
                : RuntimeError(exception);
        }

        return CellResult.Success(display && next.ReturnValue is { } value ? Formatter.Format(value) : null);
    }

    private Script<object> Continue(string code)
        => state is null
            ? CSharpScript.Create(code, options, typeof(ScriptGlobals))
            : state.Script.ContinueWith(code, options);

    private static CellResult CompilationError(IEnumerable<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(Describe).ToList();
        if (errors.Count == 0)
        {
            errors.Add("the cell could not be compiled.");
        }

        return CellResult.Failure(new CellError("CompilationError", errors[0], errors));
    }

    /// <summary><c>(line,column): error CS0103: message</c>, line and column 1-based within the cell, the column in code points.</summary>
    private static string Describe(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        if (!span.IsValid || diagnostic.Location.SourceTree is not { } tree)
        {
            return $"error {diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}";
        }

        var line = span.StartLinePosition.Line;
        var text = tree.GetText().Lines[line].ToString();
        var column = CodePoints.FromUtf16(text, span.StartLinePosition.Character) + 1;
        return string.Create(CultureInfo.InvariantCulture, $"({line + 1},{column}): error {diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}");
    }

    private static CellResult RuntimeError(Exception exception)
    {
        if (exception is AggregateException { InnerExceptions.Count: 1 } aggregate)
        {
            exception = aggregate.InnerExceptions[0];
        }

        var name = exception.GetType().Name;
        var traceback = new List<string> { $"{exception.GetType().FullName}: {exception.Message}" };
        traceback.AddRange((exception.StackTrace ?? string.Empty)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => !l.Contains("Microsoft.CodeAnalysis.Scripting", StringComparison.Ordinal)
                        && !l.Contains("System.Runtime.CompilerServices", StringComparison.Ordinal)
                        && !l.StartsWith("--- End of stack trace", StringComparison.Ordinal))
            .Select(l => "   " + l));
        if (exception.InnerException is { } inner)
        {
            traceback.Add($" ---> {inner.GetType().FullName}: {inner.Message}");
        }

        return CellResult.Failure(new CellError(name, exception.Message, traceback));
    }

    private static CellResult Interrupted()
    {
        const string message = "the cell was interrupted.";
        return CellResult.Failure(new CellError("OperationCanceledException", message, [message]));
    }

    private static MimeBundle LoadedMessage() => MimeBundle.FromHtml(
        "<div class=\"risknb-loaded\" style=\"font-family:system-ui,sans-serif\">RiskNotebooks loaded (built into this kernel): <code>#!risk-help</code> lists the magic commands. Output is aggregate only; charts render offline.</div>",
        "RiskNotebooks loaded (built into this kernel).");
}
