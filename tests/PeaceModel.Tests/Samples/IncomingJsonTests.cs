using System.Text;
using PeaceModel.Tests.Support;

namespace PeaceModel.Tests.Samples;

public class IncomingJsonTests
{
    [Fact]
    public async Task AcceptAsync_Seed_IsAccepted()
    {
        using var body = new MemoryStream(Encoding.UTF8.GetBytes(RepositoryFiles.ReadSeedJson()));
        var errors = new StringWriter();

        Assert.True(await IncomingJson.AcceptAsync(body, TestData.SourceTexts, errors));
        Assert.Empty(errors.ToString());
    }

    [Fact]
    public async Task AcceptAsync_MisspeltSpeaker_ReportsPathCodeAndMessage()
    {
        var json = RepositoryFiles.ReadSeedJson().Replace("\"speakerId\": \"putin\"", "\"speakerId\": \"putn\"", StringComparison.Ordinal);
        using var body = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var errors = new StringWriter();

        Assert.False(await IncomingJson.AcceptAsync(body, TestData.SourceTexts, errors));
        Assert.StartsWith("statements[0].speakerId: PM0009: 'putn' names no actor;", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AcceptAsync_UnknownKind_ReportsJsonPathAndLine()
    {
        var json = RepositoryFiles.ReadSeedJson().Replace("\"kind\": \"person\"", "\"kind\": \"persn\"", StringComparison.Ordinal);
        using var body = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var errors = new StringWriter();

        Assert.False(await IncomingJson.AcceptAsync(body, TestData.SourceTexts, errors));
        Assert.StartsWith("$.actors[0].kind: \"persn\" is not allowed here; expected one of \"person\"", errors.ToString(), StringComparison.Ordinal);
    }
}
