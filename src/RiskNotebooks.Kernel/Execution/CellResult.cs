using RiskNotebooks.Kernel.Display;

namespace RiskNotebooks.Kernel.Execution;

/// <summary>The end of a cell: the value of its last expression, or its error.</summary>
public sealed class CellResult
{
    private CellResult(MimeBundle? value, CellError? error)
    {
        Value = value;
        Error = error;
    }

    /// <summary>The formatted value of the cell's final expression (an expression without a semicolon), or null.</summary>
    public MimeBundle? Value { get; }

    /// <summary>The error, or null when the cell succeeded.</summary>
    public CellError? Error { get; }

    /// <summary>Whether the cell succeeded.</summary>
    public bool Succeeded => Error is null;

    internal static CellResult Success(MimeBundle? value) => new(value, null);

    internal static CellResult Failure(CellError error) => new(null, error);
}
