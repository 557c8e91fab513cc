using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.DotNet.Interactive.Commands;

namespace RiskNotebooks.Interactive.Commands;

/// <summary>
/// The options of a magic command bound from a command's option table: every parameter as the kernel parsed it
/// (camelCase keys, such as <c>topN</c> for <c>--top-n</c>), read into the shared request by <see cref="TableDirectives"/>.
/// </summary>
public class TableDirectiveCommand : KernelDirectiveCommand
{
    /// <summary>The parameters given (and each flag, <see langword="true"/> or <see langword="false"/>).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Values { get; set; }

    /// <summary>The text of a parameter, or <see langword="null"/> when it was not given.</summary>
    /// <param name="name">The parameter's name with dashes, such as <c>--name</c>.</param>
    /// <returns>The text.</returns>
    public string? Text(string name)
        => Values is not null && Values.TryGetValue(TableDirectives.JsonName(name), out var value) ? TableDirectives.TextOf(value) : null;
}
