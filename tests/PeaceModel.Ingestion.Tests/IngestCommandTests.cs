using PeaceModel.Storage.Tests.Support;

namespace PeaceModel.Ingestion.Tests;

/// <summary><c>peacemodel ingest</c> and <c>publish</c> refuse what cannot work, with the reason and exit code 2, never a stack trace.</summary>
public sealed class IngestCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("peacemodel-ingest-cli-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("peace.>", null, "has wildcards: give the invalid subject")]
    [InlineData("peace.>", "peace.bad", "is one the consumer reads")]
    [InlineData("peace.in", "peace.in", "is one the consumer reads")]
    public async Task Ingest_InvalidSubjectTheConsumerWouldRead_Refused(string subject, string? invalidSubject, string reason)
    {
        string[] args = ["ingest", "--nats", "nats://127.0.0.1:1", "--stream", "S", "--subject", subject, "--store", Path.Combine(folder, "s.db")];
        var run = await Tool.RunAsync(invalidSubject is null ? args : [.. args, "--invalid-subject", invalidSubject]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(reason, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_NoServer_SaysWhichUrl()
    {
        var run = await Tool.RunAsync("ingest", "--nats", "nats://127.0.0.1:1", "--stream", "S", "--subject", "peace.in", "--store", Path.Combine(folder, "s.db"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cannot connect to the NATS server at nats://127.0.0.1:1", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_MissingFile_ReportedAsUnusable()
    {
        var run = await Tool.RunAsync("publish", "--nats", "nats://127.0.0.1:1", "--subject", "peace.in", Path.Combine(folder, "absent.jsonl"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("absent.jsonl", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--batch-size", "0")]
    [InlineData("--ack-wait", "0")]
    [InlineData("--idle-exit", "-1")]
    public async Task Ingest_OptionOutOfRange_Refused(string option, string value)
    {
        var run = await Tool.RunAsync("ingest", "--stream", "S", "--subject", "peace.in", "--store", Path.Combine(folder, "s.db"), option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--batch-size must be 1 to 10000", run.Error, StringComparison.Ordinal);
    }
}
