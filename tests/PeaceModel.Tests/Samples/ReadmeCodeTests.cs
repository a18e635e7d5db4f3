using System.Reflection;
using System.Runtime.Loader;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PeaceModel.Tests.Support;

namespace PeaceModel.Tests.Samples;

/// <summary>
/// Every C# block of README.md, compiled as a user would paste it into a new console app that references
/// the PeaceModel package (<c>dotnet new console</c>: implicit usings, nullable reference types), with
/// only the usings and declarations the block shows, and the blocks that are programs run. A block
/// continues another where the text before it says <c>(continues the Heading)</c>: it is then pasted
/// below that heading's block, its usings at the top of the file, as C# requires. A block may use a
/// package besides PeaceModel where the text before it names that package in backticks.
/// </summary>
public partial class ReadmeCodeTests
{
    /// <summary>The global usings of a console app (<c>ImplicitUsings</c> of Microsoft.NET.Sdk).</summary>
    private static readonly string[] ImplicitUsings =
        ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks"];

    /// <summary>The assemblies of the PeaceModel package and of its dependencies (what <c>dotnet add package PeaceModel</c> brings).</summary>
    private static readonly string[] PackageAssemblies = ["PeaceModel", "FluentValidation", "NodaTime", "CommunityToolkit.HighPerformance"];

    private static readonly Lazy<List<Block>> Blocks = new(() => ReadBlocks(File.ReadAllText(Path.Combine(RepositoryFiles.Root, "README.md"))));

    public static TheoryData<int, string> BlockNumbers
    {
        get
        {
            var data = new TheoryData<int, string>();
            foreach (var block in Blocks.Value)
            {
                data.Add(block.Number, block.Heading);
            }

            return data;
        }
    }

    [Fact]
    public void Readme_HasCSharpBlocks_UnderTheirHeadings()
    {
        Assert.True(Blocks.Value.Count >= 5, $"{Blocks.Value.Count} C# blocks found");
        Assert.Contains(Blocks.Value, b => b.Heading == "Quick start");
    }

    [Theory]
    [MemberData(nameof(BlockNumbers))]
    public async Task Block_CompilesAsPastedIntoAConsoleApp_AndRunsWhenItIsAProgram(int number, string heading)
    {
        var block = Blocks.Value.Single(b => b.Number == number);
        var source = Paste(block);
        var references = References(block);
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: $"README block {number} ({heading}).cs");
        var isProgram = tree.GetRoot().DescendantNodes().OfType<GlobalStatementSyntax>().Any();
        var compilation = CSharpCompilation.Create(
            $"ReadmeBlock{number}",
            [tree, CSharpSyntaxTree.ParseText(string.Concat(ImplicitUsings.Select(u => $"global using global::{u};\n")), new CSharpParseOptions(LanguageVersion.Latest))],
            references,
            new CSharpCompilationOptions(isProgram ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);

        var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        Assert.True(errors.Count == 0, $"README block {number} under \"{heading}\" does not compile as pasted:\n{string.Join('\n', errors)}\n---\n{source}");
        if (!isProgram)
        {
            return;
        }

        var context = new AssemblyLoadContext($"readme-{number}", isCollectible: true);
        try
        {
            image.Position = 0;
            var entry = context.LoadFromStream(image).EntryPoint!;
            var result = entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
            if (result is Task task)
            {
                await task;
            }
        }
        catch (TargetInvocationException ex)
        {
            Assert.Fail($"README block {number} under \"{heading}\" throws when run: {ex.InnerException}");
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>The test can fail: a block that uses what it does not declare does not compile.</summary>
    [Fact]
    public void ABlockWithoutItsUsing_DoesNotCompile()
    {
        var block = Blocks.Value.First(b => b.Code.Contains("using PeaceModel.Kinds;", StringComparison.Ordinal));
        var broken = block with { Code = block.Code.Replace("using PeaceModel.Kinds;", string.Empty, StringComparison.Ordinal) };
        var tree = CSharpSyntaxTree.ParseText(Paste(broken), new CSharpParseOptions(LanguageVersion.Latest));
        var compilation = CSharpCompilation.Create("Broken", [tree], References(broken), new CSharpCompilationOptions(OutputKind.ConsoleApplication));

        Assert.Contains(compilation.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("EventIndex", StringComparison.Ordinal));
    }

    /// <summary>The file a user has once the block (and the blocks it continues) are pasted: every using first.</summary>
    private static string Paste(Block block)
    {
        var chain = new List<Block>();
        for (var at = block; at is not null; at = at.Continues is { } heading ? Blocks.Value.First(b => b.Heading == heading && b.Number < at.Number) : null)
        {
            chain.Insert(0, at);
        }

        var usings = new List<string>();
        var bodies = new List<string>();
        foreach (var part in chain)
        {
            var lines = part.Code.Split('\n');
            usings.AddRange(lines.Where(l => UsingDirective().IsMatch(l)));
            bodies.Add(string.Join('\n', lines.Where(l => !UsingDirective().IsMatch(l))));
        }

        return string.Join('\n', usings.Distinct()) + "\n\n" + string.Join('\n', bodies);
    }

    /// <summary>The framework, the PeaceModel package with its dependencies, and the packages the text before the block names.</summary>
    private static List<MetadataReference> References(Block block)
    {
        var framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var files = Directory.GetFiles(framework, "*.dll").Where(IsManagedAssembly).ToList();
        var named = BacktickedNames().Matches(block.Text).Select(m => m.Groups[1].Value).ToList();
        foreach (var path in Directory.GetFiles(AppContext.BaseDirectory, "*.dll"))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            if (PackageAssemblies.Contains(name) || named.Any(package => name == package || name.StartsWith(package + ".", StringComparison.Ordinal)))
            {
                files.Add(path);
            }
        }

        return [.. files.Select(f => (MetadataReference)MetadataReference.CreateFromFile(f))];
    }

    private static bool IsManagedAssembly(string path)
    {
        try
        {
            AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }

    /// <summary>The C# blocks of the README, each with its heading, the text between the block before it and itself, and the heading it continues.</summary>
    private static List<Block> ReadBlocks(string readme)
    {
        var blocks = new List<Block>();
        var heading = string.Empty;
        var text = new System.Text.StringBuilder();
        var lines = readme.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith('#'))
            {
                heading = lines[i].TrimStart('#').Trim();
                text.Clear();
            }
            else if (lines[i] == "```csharp")
            {
                var code = new List<string>();
                for (i++; lines[i] != "```"; i++)
                {
                    code.Add(lines[i]);
                }

                var before = text.ToString();
                var continues = ContinuesMark().Match(before) is { Success: true } mark ? Regex.Replace(mark.Groups[1].Value, @"\s+", " ").Trim() : null;
                blocks.Add(new Block(blocks.Count + 1, heading, before, string.Join('\n', code), continues));
                text.Clear();
            }
            else
            {
                text.Append(lines[i]).Append('\n');
            }
        }

        return blocks;
    }

    [GeneratedRegex(@"^using [A-Za-z.]+;\s*$")]
    private static partial Regex UsingDirective();

    [GeneratedRegex(@"\(continues\s+the\s+([^;,)]+)")]
    private static partial Regex ContinuesMark();

    [GeneratedRegex(@"`([A-Z][A-Za-z]+(?:\.[A-Z][A-Za-z]+)+)`")]
    private static partial Regex BacktickedNames();

    private sealed record Block(int Number, string Heading, string Text, string Code, string? Continues);
}
