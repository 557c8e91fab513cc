using System.ComponentModel;

namespace RiskNotebooks.Kernel.Execution;

/// <summary>
/// The check the kernel inserts at the top of every loop body of a cell, so an interrupt stops even <c>while (true) { }</c>.
/// Not for direct use.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class Interruption
{
    /// <summary>Throws <see cref="OperationCanceledException"/> when the running cell has been interrupted.</summary>
    public static void ThrowIfRequested() => CellContext.Current?.CancellationToken.ThrowIfCancellationRequested();
}
