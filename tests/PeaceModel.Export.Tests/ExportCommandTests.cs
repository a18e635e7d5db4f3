using PeaceModel.Serialization;
using PeaceModel.Storage.Tests.Support;
using PeaceModel.Tests.Support;
using PeaceModel.Validation;

namespace PeaceModel.Export.Tests;

/// <summary><c>peacemodel export</c> as a child process: bad input is reported with its location and left out; usage errors are exit code 2.</summary>
public sealed class ExportCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("peacemodel-export-cli-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Export_InvalidAndMalformedLines_ReportedWithLine_OthersWritten_ExitCode1()
    {
        var seed = PeaceModelJson.Deserialize(RepositoryFiles.ReadSeedJson());
        var broken = seed with { Id = "broken-seed", Statements = [seed.Statements[0] with { SpeakerId = "nobody" }, .. seed.Statements.Skip(1)] };
        var input = Path.Combine(folder, "mixed.jsonl");
        await File.WriteAllTextAsync(input, PeaceModelJson.SerializeLine(seed) + "{\"schemaVersion\": \n" + PeaceModelJson.SerializeLine(broken));

        var run = await Tool.RunAsync("export", input, "--output", Path.Combine(folder, "out"), "--format", "jsonl");
        var validate = await Tool.RunAsync("validate", input);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal(validate.Lines.Where(l => !l.Contains(": SOURCE", StringComparison.Ordinal)), run.Lines);
        Assert.Contains($"{input}:2: schemaVersion: JSON:", run.Output, StringComparison.Ordinal);
        var code = new DiplomaticEventValidator().Validate(broken).Errors[0].ErrorCode;
        Assert.Contains($"{input}:3: statements[0].speakerId: {code}:", run.Output, StringComparison.Ordinal);
        Assert.Contains("2 invalid left out", run.Error, StringComparison.Ordinal);
        var rows = await File.ReadAllLinesAsync(Path.Combine(folder, "out", "plover.jsonl"));
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains($"\"document_id\":\"{seed.Id}\"", r, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_FilesAndStoreTogether_UsageError()
    {
        var run = await Tool.RunAsync("export", RepositoryFiles.SeedJsonPath, "--store", Path.Combine(folder, "s.db"), "--output", Path.Combine(folder, "out"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("give files or --store, not both", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_BadAsOf_UsageErrorNamingTheOption()
    {
        var run = await Tool.RunAsync("export", RepositoryFiles.SeedJsonPath, "--as-of", "31/12/2026", "--output", Path.Combine(folder, "out"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--as-of: '31/12/2026' is not a date", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void QuadCodes_EveryPloverTypeTheValidatorAccepts_HasItsQuad_AndNoOtherCodeIsAccepted()
    {
        var validator = new EventCodeValidator();
        foreach (var (type, quad) in PloverEventTypes.QuadClasses)
        {
            Assert.True(validator.Validate(new EventCode { Scheme = EventCodeScheme.Plover, Version = "2.0", Code = type }).IsValid, type);
            Assert.InRange(quad, 1, 4);
        }

        Assert.Equal([4, 3, 4, 5], new[] { 1, 2, 3, 4 }.Select(q => PloverEventTypes.QuadClasses.Count(p => p.Value == q)));
        Assert.Null(PloverEventTypes.QuadClassOf("MAKE_STATEMENT"));
        Assert.False(validator.Validate(new EventCode { Scheme = EventCodeScheme.Plover, Version = "2.0", Code = "DEMAND" }).IsValid);
    }
}
