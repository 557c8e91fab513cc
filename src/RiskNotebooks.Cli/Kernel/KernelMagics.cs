using RiskNotebooks.Kernel.Magic;

namespace RiskNotebooks.Cli.Kernel;

/// <summary>The magic commands the kernel and <c>risknb run</c> use: the shared command layer, one session per kernel.</summary>
internal static class KernelMagics
{
    internal static IMagicCommands Create() => new RiskMagicCommands();
}
