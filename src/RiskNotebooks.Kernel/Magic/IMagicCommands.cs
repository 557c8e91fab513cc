namespace RiskNotebooks.Kernel.Magic;

/// <summary>
/// The seam to the host-neutral magic commands (<c>#!risk-load</c>, <c>#!reid</c>, ...): the kernel hands a cell to them when
/// <see cref="Handles"/> says so and shows what <see cref="RunAsync"/> returns. The kernel has already removed the
/// <c>#r "nuget: RiskNotebooks…"</c> and <c>#i</c> lines at the top of the cell (replaced by blank lines).
/// </summary>
public interface IMagicCommands
{
    /// <summary>Whether the cell is a magic cell (the kernel then runs it here instead of as C#).</summary>
    /// <param name="cellCode">The cell.</param>
    /// <returns>True for a cell of magic commands.</returns>
    bool Handles(string cellCode);

    /// <summary>Runs the magic commands of a cell.</summary>
    /// <param name="cellCode">The cell.</param>
    /// <param name="context">The session.</param>
    /// <param name="cancellationToken">Cancelled by an interrupt_request.</param>
    /// <returns>What to display, an error, and the variables to publish.</returns>
    Task<MagicOutcome> RunAsync(string cellCode, MagicContext context, CancellationToken cancellationToken);

    /// <summary>
    /// Completions of the word that ends at the cursor (a command name, an option, a column name), each a whole
    /// replacement of that word: the kernel replaces from the start of the word (after the last white space) to the cursor.
    /// </summary>
    /// <param name="code">The cell.</param>
    /// <param name="cursorCodePoints">The cursor, in Unicode code points from the start of the cell.</param>
    /// <returns>The completions (empty when the cursor is not in a magic command).</returns>
    IReadOnlyList<string> Complete(string code, int cursorCodePoints);
}
