using RiskNotebooks.Data;
using RiskNotebooks.Registry;
using RiskNotebooks.Registry.Diversity;

namespace RiskNotebooks.Tests.Registry.Diversity;

public sealed class DiversityAnalysisErrorTests
{
    private static readonly Table Patients = Table.FromRows("patients.csv", ["sex", "postcode", "diagnosis", "income"],
    [
        ["F", "11122", "HIV-positive", "100"], ["F", "11122", "asthma", "200"], ["M", "11133", "HIV-positive", "300"],
    ]);

    private static EquivalenceClasses Classes => EquivalenceClasses.Build(Patients, ["sex", "postcode"]);

    private static T Fails<T>(IReadOnlyList<string> sensitive, DiversityOptions? options = null)
        where T : Exception
    {
        var e = Assert.Throws<T>(() => DiversityAnalysis.Run(Patients, Classes, sensitive, options));
        Assert.DoesNotContain("HIV", e.Message, StringComparison.Ordinal);
        return e;
    }

    [Fact]
    public void A_sensitive_attribute_that_is_a_quasi_identifier_is_an_invalid_sensitive_option()
    {
        var e = Fails<InvalidOptionException>(["diagnosis", "Postcode"]);
        Assert.Equal("SensitiveAttributes", e.OptionName);
        Assert.Equal("SensitiveAttributes: column 'postcode' is a quasi-identifier; a sensitive attribute must not be one.", e.Message);
    }

    [Fact]
    public void An_unknown_sensitive_attribute_names_the_column_and_the_table()
    {
        var e = Fails<UnknownColumnException>(["diagnoses"]);
        Assert.Equal("diagnoses", e.ColumnName);
        Assert.StartsWith("patients.csv: no column named 'diagnoses'.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_sensitive_attribute_is_an_invalid_sensitive_option()
    {
        var e = Fails<InvalidOptionException>([]);
        Assert.Equal("SensitiveAttributes: name at least one sensitive attribute.", e.Message);
    }

    [Fact]
    public void A_sensitive_attribute_named_twice_is_an_invalid_sensitive_option()
    {
        var e = Fails<InvalidOptionException>(["diagnosis", "DIAGNOSIS"]);
        Assert.Equal("SensitiveAttributes: column 'diagnosis' is named twice.", e.Message);
    }

    [Fact]
    public void A_ground_distance_for_a_column_that_is_not_sensitive_is_an_invalid_option()
    {
        var options = new DiversityOptions { GroundDistances = new Dictionary<string, GroundDistance> { ["income"] = GroundDistance.Equal } };
        var e = Fails<InvalidOptionException>(["diagnosis"], options);
        Assert.Equal("GroundDistances: column 'income' is not a sensitive attribute.", e.Message);
    }

    [Fact]
    public void An_order_that_misses_a_value_says_how_many_without_naming_them()
    {
        var options = new DiversityOptions { ValueOrders = new Dictionary<string, IReadOnlyList<string>> { ["diagnosis"] = ["asthma"] } };
        var e = Fails<InvalidOptionException>(["diagnosis"], options);
        Assert.Equal("ValueOrders: 1 of the 2 distinct values of column 'diagnosis' are not in its order.", e.Message);
    }

    [Fact]
    public void An_order_that_repeats_a_value_is_an_invalid_order()
    {
        var options = new DiversityOptions { ValueOrders = new Dictionary<string, IReadOnlyList<string>> { ["diagnosis"] = ["HIV-positive", "asthma", "HIV-positive"] } };
        var e = Fails<InvalidOptionException>(["diagnosis"], options);
        Assert.Equal("ValueOrders: the order of column 'diagnosis' lists a value twice.", e.Message);
    }

    [Fact]
    public void An_order_with_the_equal_ground_distance_is_a_contradiction()
    {
        var options = new DiversityOptions
        {
            ValueOrders = new Dictionary<string, IReadOnlyList<string>> { ["diagnosis"] = ["HIV-positive", "asthma"] },
            GroundDistances = new Dictionary<string, GroundDistance> { ["diagnosis"] = GroundDistance.Equal },
        };
        Assert.Equal("ValueOrders", Fails<InvalidOptionException>(["diagnosis"], options).OptionName);
    }

    [Fact]
    public void Classes_of_another_table_are_rejected()
    {
        var other = EquivalenceClasses.Build(Table.FromRows("other", ["sex"], [["F"]]), ["sex"]);
        Assert.Throws<ArgumentException>(() => DiversityAnalysis.Run(Patients, other, ["diagnosis"]));
    }

    [Theory]
    [InlineData(0d)]
    [InlineData(-1d)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Recursive_c_must_be_a_positive_number(double c)
    {
        var e = Assert.Throws<InvalidOptionException>(() => new DiversityOptions { RecursiveC = c });
        Assert.Equal("RecursiveC: must be a positive number.", e.Message);
    }

    [Fact]
    public void Required_l_must_be_at_least_one()
    {
        var e = Assert.Throws<InvalidOptionException>(() => new DiversityOptions { RequiredL = 0 });
        Assert.Equal("RequiredL", e.OptionName);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void The_t_threshold_must_lie_in_zero_one(double t)
    {
        var e = Assert.Throws<InvalidOptionException>(() => new DiversityOptions { TThreshold = t });
        Assert.Equal("TThreshold: must be a number in [0, 1].", e.Message);
    }

    [Fact]
    public void A_report_finds_its_attributes_by_name_and_rejects_others()
    {
        var report = DiversityAnalysis.Run(Patients, Classes, ["diagnosis", "income"]);
        Assert.Equal("income", report["INCOME"].Name);
        Assert.Equal(["diagnosis", "income"], report.Attributes.Select(a => a.Name));
        Assert.Equal(["sex", "postcode"], report.QuasiIdentifiers);
        Assert.Equal(2, report.ClassCount);
        Assert.Equal(3, report.RecordCount);
        Assert.Same(DiversityOptions.Default, report.Options);
        Assert.Throws<UnknownColumnException>(() => report["sex"]);
    }

    [Fact]
    public void A_cancelled_token_stops_the_analysis()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        Assert.Throws<OperationCanceledException>(() => DiversityAnalysis.Run(Patients, Classes, ["diagnosis"], cancellationToken: source.Token));
    }
}
