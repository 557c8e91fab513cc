using RiskNotebooks.Kernel.Display;
using RiskNotebooks.Kernel.Magic;

namespace RiskNotebooks.Kernel.Tests;

/// <summary>
/// A stand-in for the shared command layer: <c>#!fake-help</c> displays HTML, <c>#!fake-load NAME</c> publishes a
/// variable, <c>#!fake-fail</c> fails, <c>#!fake-wait</c> waits for cancellation.
/// </summary>
internal sealed class FakeMagicCommands : IMagicCommands
{
    public MagicContext? LastContext { get; private set; }

    public bool Handles(string cellCode) => cellCode.TrimStart().StartsWith("#!fake", StringComparison.Ordinal);

    public async Task<MagicOutcome> RunAsync(string cellCode, MagicContext context, CancellationToken cancellationToken)
    {
        LastContext = context;
        var words = cellCode.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        switch (words[0])
        {
            case "#!fake-help":
                return MagicOutcome.Success(MimeBundle.FromHtml("<b>help</b>", "help"));
            case "#!fake-load":
                return new MagicOutcome
                {
                    Displays = [MimeBundle.FromText("loaded")],
                    Variables = [new PublishedVariable(words[1], new List<int> { 1, 2, 3 }, typeof(List<int>))],
                };
            case "#!fake-wait":
                await Task.Delay(Timeout.Infinite, cancellationToken);
                return MagicOutcome.Success();
            default:
                return MagicOutcome.Failure("--option: not a number.");
        }
    }

    public IReadOnlyList<string> Complete(string code, int cursorCodePoints)
        => new[] { "#!fake-help", "#!fake-load", "#!fake-fail" }.Where(c => c.StartsWith(code.Trim(), StringComparison.Ordinal)).ToList();
}
