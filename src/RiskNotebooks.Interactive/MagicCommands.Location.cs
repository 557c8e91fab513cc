using Microsoft.DotNet.Interactive;
using RiskNotebooks.Commands;
using RiskNotebooks.Interactive.Commands;
using RiskNotebooks.Reporting.Notebook;

namespace RiskNotebooks.Interactive;

/// <summary><c>#!risk-location</c>: location risk of mobile traces (unicity, attacks, top-N) with a card and heatmaps.</summary>
internal static partial class MagicCommands
{
    internal static void RegisterLocation(Kernel kernel, NotebookSession session)
    {
        kernel.AddDirective<RiskLocationCommand>(
            TableDirectives.Create(
                "#!risk-location",
                "Location risk of mobile traces: unicity by number of points (de Montjoye), optionally over a grid of resolutions, scikit-mobility's attacks, top-N uniqueness, and a map of where the risk is. All the options of risknb location.",
                LocationRequest.Table,
                Parameter("--name", "A C# variable to publish the report as (none by default).")),
            (command, context) => Run(command, context, () => Show(context, NotebookCommands.Location(TableDirectives.Bind(LocationRequest.Table, command), session, context.CancellationToken), "--name", command.Text("--name"))));
    }
}
