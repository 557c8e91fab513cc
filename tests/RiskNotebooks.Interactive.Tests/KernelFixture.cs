using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace RiskNotebooks.Interactive.Tests;

/// <summary>A C# kernel inside a composite kernel with the extension loaded, as the notebook host sets it up.</summary>
public sealed class NotebookKernel : IDisposable
{
    public static readonly string Demo = Path.Combine(AppContext.BaseDirectory, "TestData", "demo-registry.csv");

    private NotebookKernel(CompositeKernel kernel) => Kernel = kernel;

    public CompositeKernel Kernel { get; }

    public static async Task<NotebookKernel> StartAsync()
    {
        Formatter.ResetToDefault();
        var csharp = new CSharpKernel().UseKernelHelpers().UseValueSharing();
        var kernel = new CompositeKernel { csharp };
        kernel.DefaultKernelName = csharp.Name;

        // In the notebook host, #r "nuget: RiskNotebooks" references the package's assemblies; in-process, #r the dlls.
        foreach (var assembly in new[] { typeof(Data.Table).Assembly, typeof(Reporting.Charts.RiskChart).Assembly, typeof(RiskNotebooksExtension).Assembly })
        {
            var reference = await kernel.SendAsync(new SubmitCode($"#r \"{assembly.Location}\""));
            Assert.DoesNotContain(reference.Events, e => e is CommandFailed);
        }

        await new RiskNotebooksExtension().OnLoadAsync(kernel);
        return new NotebookKernel(kernel);
    }

    public async Task<Cell> RunAsync(string code)
    {
        var result = await Kernel.SendAsync(new SubmitCode(code));
        return new Cell(result.Events);
    }

    public void Dispose()
    {
        Kernel.Dispose();
        Formatter.ResetToDefault();
    }
}

/// <summary>What a cell produced.</summary>
public sealed class Cell(IReadOnlyList<KernelEvent> events)
{
    public IReadOnlyList<KernelEvent> Events { get; } = events;

    public string? Failure => Events.OfType<CommandFailed>().FirstOrDefault()?.Message;

    public IReadOnlyList<string> Html => Events.OfType<DisplayEvent>()
        .SelectMany(e => e.FormattedValues)
        .Where(v => v.MimeType == HtmlFormatter.MimeType)
        .Select(v => v.Value)
        .ToArray();

    public string AllHtml => string.Join("\n", Html);

    public void AssertSucceeded() => Assert.True(Failure is null, Failure);
}

[CollectionDefinition("kernel", DisableParallelization = true)]
public sealed class KernelCollection;
