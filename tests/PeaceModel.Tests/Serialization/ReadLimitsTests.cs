using System.Text;
using PeaceModel.Serialization;
using PeaceModel.Tests.Support;

namespace PeaceModel.Tests.Serialization;

public class ReadLimitsTests
{
    private static readonly string SeedJson = RepositoryFiles.ReadSeedJson();

    [Fact]
    public void Default_Refuses50MBStringInAnOtherwiseValidEvent_WithoutReadingIt()
    {
        var json = SeedJson.Replace("\"Vladimir Putin\"", "\"" + new string('x', 50 * 1024 * 1024) + "\"", StringComparison.Ordinal);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var ex = Assert.Throws<JsonReadException>(() => PeaceModelJson.Deserialize(json));

        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 1024 * 1024, "refused before transcoding");
        Assert.Equal("$", ex.Path);
        Assert.Contains("ReadLimits.MaxDocumentBytes", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MaxStringBytes_RefusesALongStringWithItsPath_AllocatingLessThanTwiceTheInput()
    {
        var bytes = Encoding.UTF8.GetBytes(SeedJson.Replace("\"Vladimir Putin\"", "\"" + new string('x', 50 * 1024 * 1024) + "\"", StringComparison.Ordinal));
        var limits = ReadLimits.Default with { MaxDocumentBytes = 64 * 1024 * 1024 };
        var before = GC.GetAllocatedBytesForCurrentThread();

        var ex = Assert.Throws<JsonReadException>(() => PeaceModelJson.Deserialize(bytes, limits));

        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < bytes.Length * 2L);
        Assert.Equal("$.actors[0].name", ex.Path);
        Assert.Contains("the limit is 262,144 (ReadLimits.MaxStringBytes)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_RefusesAMillionElementArrayInAnOtherwiseValidEvent_WithItsPath()
    {
        var aliases = string.Join(",", Enumerable.Repeat("\"Zelenskiy\"", 1_000_000));
        var bytes = Encoding.UTF8.GetBytes(SeedJson.Replace("\"aliases\": [\n        \"Volodymyr Zelenskiy\",\n        \"Zelenskiy\"\n      ]", $"\"aliases\": [{aliases}]", StringComparison.Ordinal));
        var before = GC.GetAllocatedBytesForCurrentThread();

        var ex = Assert.Throws<JsonReadException>(() => PeaceModelJson.Deserialize(bytes));

        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < bytes.Length, "refused before building the list");
        Assert.Equal("$.actors[1].aliases[10000]", ex.Path);
        Assert.Contains("more than 10,000 elements (ReadLimits.MaxArrayLength)", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, ex.LineNumber - SeedJson[..SeedJson.IndexOf("\"aliases\"", StringComparison.Ordinal)].Count(c => c == '\n'));
    }

    [Fact]
    public async Task Stream_LargerThanTheLimit_IsRefusedAfterReadingNoMoreThanTheLimit()
    {
        var limits = ReadLimits.Default with { MaxDocumentBytes = 1024 * 1024 };
        using var stream = new MemoryStream(new byte[50 * 1024 * 1024]);

        var ex = await Assert.ThrowsAsync<JsonReadException>(async () => await PeaceModelJson.DeserializeAsync(stream, limits));

        Assert.True(stream.Position <= 2 * 1024 * 1024, $"read {stream.Position} bytes");
        Assert.Contains("ReadLimits.MaxDocumentBytes", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RaisedLimits_ReadWhatTheDefaultsRefuse()
    {
        var aliases = string.Join(",", Enumerable.Repeat("\"Zelenskiy\"", 20_000));
        var json = SeedJson.Replace("\"Zelenskiy\"\n      ]", $"\"Zelenskiy\", {aliases}\n      ]", StringComparison.Ordinal);

        Assert.Throws<JsonReadException>(() => PeaceModelJson.Deserialize(json));
        Assert.Equal(20_002, PeaceModelJson.Deserialize(json, ReadLimits.Default with { MaxArrayLength = 50_000 }).Actors[1].Aliases.Count);
    }

    [Fact]
    public void MaxDepth_MustBeOneTo64()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReadLimits.Default with { MaxDepth = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => ReadLimits.Default with { MaxDepth = 65 });
        Assert.Equal(6, (ReadLimits.Default with { MaxDepth = 6 }).MaxDepth);
        Assert.Equal(TestData.Seed, PeaceModelJson.Deserialize(SeedJson, ReadLimits.Default with { MaxDepth = 6 }));
        Assert.Throws<JsonReadException>(() => PeaceModelJson.Deserialize(SeedJson, ReadLimits.Default with { MaxDepth = 4 }));
    }
}
