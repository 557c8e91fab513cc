using System.Text;
using RiskNotebooks.Text.Redaction;

namespace RiskNotebooks.Tests.Text;

public sealed class RedactionKeyTests
{
    [Theory]
    [InlineData("\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0")]
    [InlineData("                ")]
    [InlineData(" \t \t \t \t \t \t \t \t \t \t")]
    [InlineData("abababababababababababababababab")]
    public void Sixteen_NUL_bytes_or_spaces_are_not_a_key(string key)
    {
        var e = Assert.Throws<InvalidOptionException>(() => RedactionKey.FromBytes(Encoding.ASCII.GetBytes(key)));
        Assert.Equal("Key", e.OptionName);
        Assert.Contains("too little entropy", e.Message);
    }

    [Theory]
    [InlineData("0123456789abcdef")]
    [InlineData("correct horse battery staple")]
    public void Varied_keys_of_sixteen_bytes_or_more_are_accepted(string key)
        => Assert.NotNull(RedactionKey.FromBytes(Encoding.ASCII.GetBytes(key)));
}
