using RiskNotebooks.Kernel.Protocol;

namespace RiskNotebooks.Kernel.Tests.Protocol;

public sealed class ConnectionInfoTests
{
    [Fact]
    public void An_empty_key_is_refused_so_unsigned_messages_can_never_run_code()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, """{"ip":"127.0.0.1","transport":"tcp","shell_port":1,"control_port":2,"iopub_port":3,"stdin_port":4,"hb_port":5,"key":"","signature_scheme":"hmac-sha256"}""");
        try
        {
            var e = Assert.Throws<RiskNotebooksException>(() => ConnectionInfo.Load(path));
            Assert.Contains("empty key", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_signature_verifies_only_with_the_same_key_and_content()
    {
        var signer = new MessageSigner("key");
        byte[] h = "{}"u8.ToArray(), c = "{\"code\":\"1\"}"u8.ToArray();
        var signature = signer.Sign(h, h, h, c);
        Assert.True(signer.Verify(signature, h, h, h, c));
        Assert.False(new MessageSigner("other").Verify(signature, h, h, h, c));
        Assert.False(signer.Verify(signature, h, h, h, "{\"code\":\"2\"}"u8.ToArray()));
        Assert.False(signer.Verify(string.Empty, h, h, h, c));
    }
}
