using System.Text.Json.Nodes;
using System.Xml.Linq;
using RiskNotebooks.Cli.Notebooks;

namespace RiskNotebooks.Cli.Tests.Notebooks;

public sealed class NotebookSetupTests
{
    private static readonly string Repository = FindRepository();

    private const string InstalledSpec = """
        {
          "argv": ["dotnet", "interactive", "jupyter", "--default-kernel", "csharp", "{connection_file}", "--http-port-range", "2048-3000"],
          "display_name": ".NET (C#)",
          "language": "C#",
          "metadata": { "vscode": { "extension_id": "ms-dotnettools.dotnet-interactive-vscode", "kernel_id": "dotnet-interactive" } }
        }
        """;

    [Fact]
    public void Hardening_binds_the_http_api_to_loopback_and_turns_telemetry_off()
    {
        var spec = (JsonObject)JsonNode.Parse(InstalledSpec)!;
        var changes = KernelSpecHardening.Apply(spec, "kernel.json");

        Assert.Equal(4, changes.Count);
        Assert.Equal("--http-local-only", (string?)spec["argv"]!.AsArray()[^1]);
        Assert.Equal("{connection_file}", (string?)spec["argv"]!.AsArray()[5]); // the kernel's own arguments are kept
        Assert.Equal("1", (string?)spec["env"]!["DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT"]);
        Assert.Equal("1", (string?)spec["env"]!["DOTNET_CLI_TELEMETRY_OPTOUT"]);
        Assert.Equal("ms-dotnettools.dotnet-interactive-vscode", (string?)spec["metadata"]!["vscode"]!["extension_id"]);
    }

    [Fact]
    public void Hardening_twice_changes_nothing_the_second_time()
    {
        var spec = (JsonObject)JsonNode.Parse(InstalledSpec)!;
        KernelSpecHardening.Apply(spec, "kernel.json");
        var once = spec.ToJsonString();

        Assert.Empty(KernelSpecHardening.Apply(spec, "kernel.json"));
        Assert.Equal(once, spec.ToJsonString());
    }

    [Fact]
    public void Hardening_keeps_other_environment_variables_and_corrects_a_telemetry_opt_in()
    {
        var spec = (JsonObject)JsonNode.Parse(InstalledSpec)!;
        spec["env"] = new JsonObject { ["LANG"] = "sv_SE.UTF-8", ["DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT"] = "0" };
        spec["language"] = "csharp";

        var changes = KernelSpecHardening.Apply(spec, "kernel.json");

        Assert.Equal("sv_SE.UTF-8", (string?)spec["env"]!["LANG"]);
        Assert.Equal("1", (string?)spec["env"]!["DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT"]);
        Assert.Equal("C#", (string?)spec["language"]);
        Assert.Contains(changes, c => c.StartsWith("language", StringComparison.Ordinal));
    }

    [Fact]
    public void A_kernelspec_without_a_usable_argv_is_an_error_naming_the_file()
    {
        var spec = (JsonObject)JsonNode.Parse("""{ "argv": [1, 2] }""")!;
        var error = Assert.Throws<InputFormatException>(() => KernelSpecHardening.Apply(spec, "/k/kernel.json"));
        Assert.StartsWith("/k/kernel.json: 'argv'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_feed_gets_the_run_time_closure_of_the_public_dependencies_only()
    {
        const string assets = """
            {
              "targets": {
                "net10.0": {
                  "Plotly.NET/6.0.0": { "type": "package", "dependencies": { "FSharp.Core": "10.1.403", "DynamicObj": "8.0.0" } },
                  "FSharp.Core/10.1.403": { "type": "package" },
                  "DynamicObj/8.0.0": { "type": "package", "dependencies": { "FSharp.Core": "10.1.403" } },
                  "Microsoft.DotNet.Interactive/1.0.0-beta.26120.1": { "type": "package", "dependencies": { "System.Reactive": "6.0.1" } },
                  "System.Reactive/6.0.1": { "type": "package" },
                  "RiskNotebooks.Core/1.0.0": { "type": "project" }
                }
              },
              "project": {
                "restore": { "packagesPath": "/p" },
                "frameworks": {
                  "net10.0": {
                    "dependencies": {
                      "Plotly.NET": { "target": "Package", "version": "[6.0.0, )" },
                      "Microsoft.DotNet.Interactive": { "target": "Package", "version": "[1.0.0-beta.26120.1, )", "suppressParent": "All" }
                    }
                  }
                }
              }
            }
            """;

        var packages = LocalFeed.Dependencies(assets, "project.assets.json");

        Assert.Equal(["DynamicObj", "FSharp.Core", "Plotly.NET"], packages.Select(p => p.Id));
        Assert.Equal(Path.Combine("/p", "fsharp.core", "10.1.403", "fsharp.core.10.1.403.nupkg"), packages[1].Nupkg);
    }

    [Fact]
    public void An_assets_file_that_is_not_one_is_an_error_naming_it()
    {
        var error = Assert.Throws<SetupException>(() => LocalFeed.Dependencies("{}", "obj/project.assets.json"));
        Assert.StartsWith("obj/project.assets.json is not a restore's assets file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_committed_notebook_loads_the_repository_version_of_the_extension_and_nothing_else()
    {
        var version = NotebookSetup.RepositoryVersion(Repository);
        var notebooks = Directory.GetFiles(Path.Combine(Repository, "notebooks"), "*.ipynb");
        Assert.NotEmpty(notebooks);
        foreach (var notebook in notebooks)
        {
            var references = NotebookSetup.PackageReferences(File.ReadAllText(notebook)).ToList();
            Assert.Equal([("RiskNotebooks", (string?)version)], references);
            Assert.DoesNotContain("#i ", File.ReadAllText(notebook), StringComparison.Ordinal); // sources come from NuGet.config
        }
    }

    [Fact]
    public void The_notebooks_nuget_config_clears_every_other_source_and_names_the_feed_relative_to_itself()
    {
        var config = XDocument.Load(Path.Combine(Repository, "notebooks", "NuGet.config"));
        var sources = config.Descendants("packageSources").Single().Elements().ToList();
        Assert.Equal("clear", sources[0].Name.LocalName);
        var feed = Assert.Single(sources.Skip(1));
        Assert.Equal("../artifacts/packages", (string?)feed.Attribute("value"));
        Assert.Equal(
            Path.GetFullPath(Path.Combine(Repository, LocalFeed.Folder)),
            Path.GetFullPath(Path.Combine(Repository, "notebooks", (string)feed.Attribute("value")!)));
    }

    [Fact]
    public void Package_references_are_read_from_code_cells_only()
    {
        const string notebook = """
            { "cells": [
              { "cell_type": "markdown", "source": ["#r \"nuget: Other, 1.0\""] },
              { "cell_type": "code", "source": ["#r \"nuget: RiskNotebooks, 0.1.0\"\n", "#r \"nuget:Plain\""] }
            ] }
            """;
        Assert.Equal([("RiskNotebooks", (string?)"0.1.0"), ("Plain", null)], NotebookSetup.PackageReferences(notebook));
    }

    [Fact]
    public void Outside_a_repository_the_setup_says_to_give_one()
    {
        using var folder = new TempFolder();
        var (code, _, error) = Cli.Run("notebooks", "setup", "--dry-run", "--repository", folder.Path);
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("--repository: ", error);
        Assert.Contains("is not a RiskNotebooks repository", error);
    }

    private static string FindRepository()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "RiskNotebooks.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("RiskNotebooks.sln not found above the test folder.");
    }
}
