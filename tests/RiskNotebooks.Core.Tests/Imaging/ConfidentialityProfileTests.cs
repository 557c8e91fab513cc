using RiskNotebooks.Imaging;

namespace RiskNotebooks.Core.Tests.Imaging;

public sealed class ConfidentialityProfileTests
{
    [Theory]
    [InlineData(0x0010, 0x0010, "PatientName", "Z")]
    [InlineData(0x0010, 0x0020, "PatientID", "Z/D")] // Z/D since 2024b; older editions said Z
    [InlineData(0x0008, 0x0080, "InstitutionName", "X/Z/D")]
    [InlineData(0x0010, 0x0030, "PatientBirthDate", "Z")]
    [InlineData(0x0020, 0x000E, "SeriesInstanceUID", "U")]
    [InlineData(0x0008, 0x1140, "ReferencedImageSequence", "X/Z/U*")]
    [InlineData(0x0002, 0x0003, "MediaStorageSOPInstanceUID", "U")]
    public void Attributes_have_the_basic_profile_action_of_table_E_1_1(int group, int element, string keyword, string action)
    {
        var row = ConfidentialityProfile.Find((ushort)group, (ushort)element)!;
        Assert.Equal(keyword, row.Keyword);
        Assert.Equal(action, row.Action);
    }

    [Theory]
    [InlineData(0x6000, 0x3000, "Overlay Data")]
    [InlineData(0x601E, 0x3000, "Overlay Data")]
    [InlineData(0x6002, 0x4000, "Overlay Comments")]
    [InlineData(0x5000, 0x0005, "Curve Data")]
    [InlineData(0x50FE, 0x3000, "Curve Data")]
    public void Repeating_groups_match_their_wildcard_rows(int group, int element, string name)
    {
        Assert.Equal(name, ConfidentialityProfile.Find((ushort)group, (ushort)element)!.Name);
    }

    [Theory]
    [InlineData(0x0009, 0x0010)]
    [InlineData(0x0029, 0x1008)]
    [InlineData(0x6001, 0x3000)] // odd: private, not overlay data
    public void Odd_groups_are_private_attributes_to_remove(int group, int element)
    {
        var row = ConfidentialityProfile.Find((ushort)group, (ushort)element)!;
        Assert.True(row.IsPrivateAttributes);
        Assert.Equal("X", row.Action);
        Assert.Equal("remove", row.ActionMeaning);
    }

    [Theory]
    [InlineData(0x0028, 0x0010)] // Rows
    [InlineData(0x0008, 0x0060)] // Modality
    [InlineData(0x6000, 0x0010)] // Overlay Rows: not in the table
    public void Attributes_the_profile_does_not_name_are_not_found(int group, int element)
    {
        Assert.Null(ConfidentialityProfile.Find((ushort)group, (ushort)element));
    }

    [Fact]
    public void The_table_has_its_623_rows_and_every_action_has_a_meaning_in_words()
    {
        Assert.Equal(623, ConfidentialityProfile.Attributes.Count);
        Assert.All(ConfidentialityProfile.Attributes, a => Assert.False(string.IsNullOrWhiteSpace(a.ActionMeaning)));
        Assert.Equal(["D", "U", "X", "X/D", "X/Z", "X/Z/D", "X/Z/U*", "Z", "Z/D"], ConfidentialityProfile.Attributes.Select(a => a.Action).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(92, ConfidentialityProfile.Attributes.Count(a => a.Action == "D"));
    }

    [Fact]
    public void Removal_is_more_severe_than_replacement_which_is_more_severe_than_keeping()
    {
        Assert.True(ProfileAction.Severity("X") < ProfileAction.Severity("Z"));
        Assert.True(ProfileAction.Severity("X/Z/D") < ProfileAction.Severity("D"));
        Assert.True(ProfileAction.Severity("D") < ProfileAction.Severity("U"));
        Assert.True(ProfileAction.Severity("C") < ProfileAction.Severity("K"));
    }

    [Theory]
    [InlineData(0x0008, 0x1140, "SQ")]
    [InlineData(0x5002, 0x2600, "SQ")] // (50xx,2600) Curve Referenced Overlay Sequence
    [InlineData(0x0010, 0x0010, "PN")]
    [InlineData(0x0009, 0x1001, null)]
    public void The_dictionary_gives_the_VR_an_implicit_VR_file_leaves_out(int group, int element, string? vr)
    {
        Assert.Equal(vr, DicomDataDictionary.ValueRepresentation(((uint)group << 16) | (uint)element));
    }
}
