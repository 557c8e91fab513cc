using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;

namespace RiskNotebooks.Interactive;

/// <summary>
/// Resolves FSharp.Core to the copy the notebook host has already loaded. dotnet-interactive 1.0.712001 ships
/// FSharp.Core 10.0.0.0 while Plotly.NET 6 asks for 10.1: without this, charts fail with MissingMethodException or
/// FileNotFoundException (measured on this host; see docs/notebooks.md).
/// </summary>
internal static class FSharpCoreResolver
{
    private static int installed;

    [ModuleInitializer]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2255", Justification = "Must run before Plotly.NET is touched.")]
    internal static void Install()
    {
        if (Interlocked.Exchange(ref installed, 1) == 1)
        {
            return;
        }

        AssemblyLoadContext.Default.Resolving += (_, name) => Resolve(name);
        AppDomain.CurrentDomain.AssemblyResolve += (_, args) => Resolve(new AssemblyName(args.Name));
    }

    private static Assembly? Resolve(AssemblyName name)
    {
        if (!string.Equals(name.Name, "FSharp.Core", StringComparison.Ordinal))
        {
            return null;
        }

        return AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => string.Equals(a.GetName().Name, "FSharp.Core", StringComparison.Ordinal))
            .OrderByDescending(a => a.GetName().Version)
            .FirstOrDefault();
    }
}
