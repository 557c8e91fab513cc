namespace RiskNotebooks.Registry.Suda;

/// <summary>One row of sdcMicro's DIS-SUDA table (<c>print.suda2</c>): how many records have a DIS score in an interval.</summary>
/// <param name="Interval">The interval as sdcMicro prints it, for example <c>(0.1, 0.2]</c>.</param>
/// <param name="RecordCount">The number of records whose DIS-SUDA score lies in it.</param>
public sealed record SudaDisBand(string Interval, int RecordCount);
