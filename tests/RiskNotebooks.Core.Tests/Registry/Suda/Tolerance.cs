namespace RiskNotebooks.Tests.Registry.Suda;

/// <summary>Compares doubles with an absolute tolerance, for Assert.Equal on sequences.</summary>
internal sealed class Tolerance(double epsilon) : IEqualityComparer<double>
{
    public bool Equals(double x, double y) => Math.Abs(x - y) <= epsilon;

    public int GetHashCode(double obj) => 0;
}
