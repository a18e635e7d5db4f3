using System.Diagnostics;

namespace PeaceModel.Tests.Support;

/// <summary>
/// The JavaScript tools of <c>tests/schema-js</c> (Ajv, json-schema-to-typescript, tsc), installed by
/// <c>npm ci</c> there: tests that use them are skipped with that reason when they are not installed,
/// and required in CI (<c>CI=true</c>, where <c>.ci/run</c> installs them).
/// </summary>
internal static class SchemaJs
{
    public static string Folder { get; } = Path.Combine(RepositoryFiles.Root, "tests", "schema-js");

    /// <summary>Skips the test when the tools are not installed, except in CI, where it fails.</summary>
    public static void RequireInstalled()
    {
        var ready = Directory.Exists(Path.Combine(Folder, "node_modules"));
        Skip.If(!ready && Environment.GetEnvironmentVariable("CI") != "true", "the JavaScript tools are not installed: run `npm ci` in tests/schema-js (CI does, and requires this test)");
        Assert.True(ready, "tests/schema-js/node_modules is missing: .ci/run runs `npm ci` there");
    }

    /// <summary>Runs a script of the folder with node; the lines are written to its standard input.</summary>
    public static (int ExitCode, string Out, string Error) Run(string script, IEnumerable<string> arguments, IEnumerable<string>? lines = null)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Folder };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEndAsync();
        var error = node.StandardError.ReadToEndAsync();
        foreach (var line in lines ?? [])
        {
            node.StandardInput.WriteLine(line);
        }

        node.StandardInput.Close();
        node.WaitForExit();
        return (node.ExitCode, output.Result, error.Result);
    }
}
