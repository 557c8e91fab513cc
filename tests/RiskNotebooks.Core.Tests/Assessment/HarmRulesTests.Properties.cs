using RiskNotebooks.Assessment;

namespace RiskNotebooks.Tests.Assessment;

public sealed class HarmRulesPropertyTests
{
    /// <summary>Random assets from a fixed seed: every subset pattern of categories, kinds and context shows up.</summary>
    public static TheoryData<int> Seeds() => [.. Enumerable.Range(0, 40)];

    private static DataAsset RandomAsset(Random random)
    {
        T[] Some<T>(T[] all) => all.Where(_ => random.NextDouble() < 0.2).ToArray();
        return new DataAsset
        {
            Id = "a",
            Name = "A",
            SpecialCategories = Some(Enum.GetValues<SpecialCategory>()),
            Kinds = Some(Enum.GetValues<DataKind>()),
            VulnerableGroups = Some(Enum.GetValues<VulnerableGroup>()),
            LinkableSources = random.NextDouble() < 0.3 ? ["a register"] : [],
            SubjectCount = random.NextDouble() < 0.2 ? null : random.Next(1, 300_000),
        };
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Adding_a_special_category_never_lowers_the_harm(int seed)
    {
        var asset = RandomAsset(new Random(20240101 + seed));
        var before = HarmRules.Evaluate(asset).Level;
        foreach (var category in Enum.GetValues<SpecialCategory>())
        {
            var after = HarmRules.Evaluate(asset with { SpecialCategories = [.. asset.SpecialCategories, category] }).Level;
            Assert.True(after >= before, $"adding {category} lowered {before} to {after}");
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Adding_context_never_lowers_the_harm(int seed)
    {
        var asset = RandomAsset(new Random(7 + seed));
        var before = HarmRules.Evaluate(asset).Level;
        foreach (var kind in Enum.GetValues<DataKind>())
        {
            Assert.True(HarmRules.Evaluate(asset with { Kinds = [.. asset.Kinds, kind] }).Level >= before, kind.ToString());
        }

        foreach (var group in Enum.GetValues<VulnerableGroup>())
        {
            Assert.True(HarmRules.Evaluate(asset with { VulnerableGroups = [.. asset.VulnerableGroups, group] }).Level >= before, group.ToString());
        }

        Assert.True(HarmRules.Evaluate(asset with { LinkableSources = [.. asset.LinkableSources, "another source"] }).Level >= before);
        Assert.True(HarmRules.Evaluate(asset with { SubjectCount = (asset.SubjectCount ?? 0) * 2 + 1 }).Level >= before);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_harm_is_the_highest_floor_plus_at_most_one_level(int seed)
    {
        var harm = HarmRules.Evaluate(RandomAsset(new Random(99 + seed)));
        var floor = harm.Reasons.Where(r => r.Rule != "aggravating" && r.Level is not null).Max(r => r.Level!.Value);
        Assert.InRange((int)harm.Level - (int)floor, 0, 1);
        Assert.Equal(harm.Level != floor, harm.Reasons.Any(r => r.Rule == "aggravating" && r.Level != floor));
    }
}
