using System.Reflection;
using Microsoft.CodeAnalysis;

namespace RiskNotebooks.Kernel.Execution;

/// <summary>
/// The assemblies and usings every cell compiles against. A curated set, not the whole shared framework: each submission
/// keeps its compilation's references alive and cell code cannot be unloaded, so the whole framework costs about 1 MiB
/// per cell (a prototype reached 700 MiB after 300 cells). XML docs are attached where they exist, for inspect_request.
/// </summary>
internal static class ReferenceSet
{
    /// <summary>
    /// Framework assemblies: the BCL a notebook plausibly uses; cryptography (keys, hashes); no networking, no XML, no data providers (a notebook that
    /// needs one references it with <c>#r</c>). Fewer references, less memory per cell.
    /// </summary>
    private static readonly string[] Framework =
    [
        "System.Private.CoreLib", "System.Runtime", "netstandard", "System.Console", "System.Collections", "System.Collections.Concurrent",
        "System.Linq", "System.Memory", "System.Text.RegularExpressions", "System.Text.Json", "System.Threading", "System.Threading.Tasks.Parallel",
        "System.Runtime.Numerics", "System.ObjectModel", "System.ComponentModel.Primitives", "System.Private.Uri",
        "System.Security.Cryptography", // keys and hashes: pseudonymisation is part of the job
    ];

    /// <summary>The namespaces imported in every cell.</summary>
    internal static readonly string[] Imports =
    [
        "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Text", "System.Threading", "System.Threading.Tasks",
        "RiskNotebooks", "RiskNotebooks.Data", "RiskNotebooks.Registry", "RiskNotebooks.Location", "RiskNotebooks.Text",
        "RiskNotebooks.Assessment", "RiskNotebooks.Guidance", "RiskNotebooks.Genomics", "RiskNotebooks.Reporting.Charts",
    ];

    private static readonly Lazy<IReadOnlyList<MetadataReference>> All = new(Build);

    internal static IReadOnlyList<MetadataReference> References => All.Value;

    private static IReadOnlyList<MetadataReference> Build()
    {
        var trusted = ((AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string) ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .GroupBy(p => Path.GetFileNameWithoutExtension(p), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var frameworkFolder = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var docs = FrameworkDocsFolder(frameworkFolder);
        var paths = new List<(string Path, string? Docs)>();
        foreach (var name in Framework)
        {
            var path = trusted.GetValueOrDefault(name) ?? Path.Combine(frameworkFolder, name + ".dll");
            if (File.Exists(path))
            {
                // CoreLib has no docs of its own: its public types are documented in System.Runtime's.
                var docName = name == "System.Private.CoreLib" ? "System.Runtime" : name;
                paths.Add((path, docs is null ? null : Path.Combine(docs, docName + ".xml")));
            }
        }

        // RiskNotebooks, its dependencies (CsvHelper, Plotly.NET and what its types derive from) and the kernel (globals).
        Assembly[] ours =
        [
            typeof(RiskNotebooksException).Assembly, typeof(Reporting.Charts.RiskChart).Assembly, typeof(ReferenceSet).Assembly,
        ];
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var assembly in ours)
        {
            Add(assembly.Location);
            foreach (var dependency in assembly.GetReferencedAssemblies())
            {
                if (dependency.Name is { } n && (n.StartsWith("RiskNotebooks", StringComparison.Ordinal) || n is "CsvHelper" or "Plotly.NET" or "Plotly.NET.CSharp" or "FSharp.Core" or "DynamicObj" or "Giraffe.ViewEngine"))
                {
                    Add(trusted.GetValueOrDefault(n) ?? TryLoad(dependency));
                }
            }
        }

        foreach (var extra in new[] { "DynamicObj", "Giraffe.ViewEngine", "FSharp.Core" })
        {
            Add(trusted.GetValueOrDefault(extra));
        }

        return paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(
                p.Path,
                documentation: p.Docs is not null && File.Exists(p.Docs) ? XmlDocumentationProvider.CreateFromFile(p.Docs) : null))
            .ToList();

        void Add(string? path)
        {
            if (path is not null && File.Exists(path) && seen.Add(Path.GetFileName(path)))
            {
                var xml = Path.ChangeExtension(path, ".xml");
                paths.Add((path, xml));
            }
        }
    }

    private static string? TryLoad(AssemblyName name)
    {
        try
        {
            return Assembly.Load(name).Location;
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            return null;
        }
    }

    /// <summary>The reference pack's docs (dotnet/packs/Microsoft.NETCore.App.Ref/VERSION/ref/netX.Y), when the SDK is installed.</summary>
    private static string? FrameworkDocsFolder(string frameworkFolder)
    {
        try
        {
            var version = Path.GetFileName(frameworkFolder);
            var root = Path.GetFullPath(Path.Combine(frameworkFolder, "..", "..", ".."));
            var tfm = "net" + Environment.Version.Major + "." + Environment.Version.Minor;
            var exact = Path.Combine(root, "packs", "Microsoft.NETCore.App.Ref", version, "ref", tfm);
            if (Directory.Exists(exact))
            {
                return exact;
            }

            var packs = Path.Combine(root, "packs", "Microsoft.NETCore.App.Ref");
            return Directory.Exists(packs)
                ? Directory.EnumerateDirectories(packs).Select(d => Path.Combine(d, "ref", tfm)).Where(Directory.Exists).OrderDescending().FirstOrDefault()
                : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
