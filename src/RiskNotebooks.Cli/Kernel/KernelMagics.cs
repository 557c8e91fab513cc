using RiskNotebooks.Kernel.Magic;

namespace RiskNotebooks.Cli.Kernel;

/// <summary>The magic commands the kernel and <c>risknb run</c> use: the one place to plug in the shared command layer.</summary>
internal static class KernelMagics
{
    internal static IMagicCommands Create() => new NoMagicCommands();
}
