using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Formatting;
using RiskNotebooks.Interactive.Formatting;
using RiskNotebooks.Reporting.Notebook;

namespace RiskNotebooks.Interactive;

/// <summary>
/// The .NET Interactive extension: <c>#r "nuget: RiskNotebooks"</c> loads it and it registers the magic commands and the
/// formatters. A thin adapter: all the work is in RiskNotebooks.Core and RiskNotebooks.Reporting.
/// </summary>
public sealed class RiskNotebooksExtension : IKernelExtension
{
    /// <summary>The session of the kernel the extension was last loaded into.</summary>
    public static NotebookSession Session { get; private set; } = new();

    /// <inheritdoc/>
    public Task OnLoadAsync(Kernel kernel)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        FSharpCoreResolver.Install();
        Session = new NotebookSession();
        RiskNotebooks.ML.AssessmentInference.Register();
        var root = kernel.RootKernel;
        MagicCommands.Register(root, Session);
        RiskFormatters.Register(Session);
        KernelInvocationContext.Current?.DisplayAs(LoadedMessage(), HtmlFormatter.MimeType);
        return Task.CompletedTask;
    }

    internal static string LoadedMessage()
    {
        var message = "RiskNotebooks loaded: <code>#!risk-help</code> lists the magic commands. Output is aggregate only; charts render offline.";
        if (!TelemetryOff())
        {
            message += "<br><span style=\"color:#555\">A note: the .NET Interactive kernel sends usage data to Microsoft unless "
                + "<code>DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT=1</code> is set in the environment that starts Jupyter or VS Code "
                + "(also <code>DOTNET_CLI_TELEMETRY_OPTOUT=1</code>). On a secure cluster you may want to set both.</span>";
        }

        return $"<div class=\"risknb-loaded\" style=\"font-family:system-ui,sans-serif\">{message}</div>";
    }

    internal static bool TelemetryOff()
        => Environment.GetEnvironmentVariable("DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT") is "1" or "true" or "TRUE" or "True";
}
