using RiskNotebooks.Text;

namespace RiskNotebooks.Core.Tests.Text;

public sealed class OverlapResolverTests
{
    private static List<Finding> Resolve(OverlapResolver resolver, IEnumerable<Finding> found, long windowStart = 0, long ownedStart = 0, long ownedEnd = 1_000, double minimum = 0.5)
        => [.. resolver.Resolve([.. found], windowStart, ownedStart, ownedEnd, minimum)];

    [Fact]
    public void Of_overlapping_identifiers_the_most_confident_is_kept()
    {
        var kept = Resolve(new OverlapResolver(), [new(EntityType.Phone, 10, 20, 0.7, "phone"), new(EntityType.Personnummer, 8, 21, 0.95, "pnr")]);
        Assert.Equal(EntityType.Personnummer, Assert.Single(kept).Type);
    }

    [Fact]
    public void At_equal_confidence_the_longest_is_kept()
    {
        var kept = Resolve(new OverlapResolver(), [new(EntityType.Location, 0, 5, 0.8, "place"), new(EntityType.StreetAddress, 0, 14, 0.8, "street")]);
        Assert.Equal(EntityType.StreetAddress, Assert.Single(kept).Type);
    }

    [Fact]
    public void Identifiers_and_special_categories_do_not_compete_but_a_term_inside_a_name_goes()
    {
        var kept = Resolve(new OverlapResolver(),
        [
            new(EntityType.StreetAddress, 0, 11, 0.9, "street"), // "Church Lane"
            new(EntityType.Religion, 0, 6, 0.6, "term"),         // "Church" inside it
            new(EntityType.Person, 20, 30, 0.9, "name"),
            new(EntityType.Health, 25, 40, 0.8, "term"),         // overlaps the name but does not lie inside it
        ]);
        Assert.Equal([EntityType.StreetAddress, EntityType.Person, EntityType.Health], kept.Select(f => f.Type));
    }

    [Fact]
    public void Findings_below_the_minimum_confidence_or_outside_the_owned_range_are_dropped()
    {
        var kept = Resolve(new OverlapResolver(), [new(EntityType.Email, 0, 10, 0.4, "email"), new(EntityType.Phone, 50, 60, 0.9, "phone"), new(EntityType.Iban, 5, 30, 0.9, "iban")], ownedStart: 1, ownedEnd: 50);
        Assert.Equal(EntityType.Iban, Assert.Single(kept).Type);
    }

    [Fact]
    public void A_finding_a_previous_chunk_covered_is_not_reported_again_and_positions_are_shifted()
    {
        var resolver = new OverlapResolver();
        Assert.Single(Resolve(resolver, [new(EntityType.Person, 90, 110, 0.9, "name")], windowStart: 0, ownedStart: 0, ownedEnd: 100));
        // The next chunk starts at 80 and sees the same name at 10..30 of its window, plus a new one.
        var kept = Resolve(resolver, [new(EntityType.Person, 10, 30, 0.9, "name"), new(EntityType.Email, 40, 55, 0.9, "email")], windowStart: 80, ownedStart: 100, ownedEnd: 200);
        var email = Assert.Single(kept);
        Assert.Equal((120L, 135L), (email.Start, email.End));

        resolver.Reset(); // a new document: nothing is remembered
        Assert.Single(Resolve(resolver, [new(EntityType.Person, 10, 30, 0.9, "name")], windowStart: 80, ownedStart: 80, ownedEnd: 200));
    }
}
