using System.Text.Json;
using PeaceModel.Serialization;
using PeaceModel.Tests.Support;

namespace PeaceModel.Tests.Storage;

public class JsonLinesStorageTests
{
    [Fact]
    public void AppendOnlyFile_ReadsBackEveryEvent()
    {
        var path = Path.GetTempFileName();
        try
        {
            foreach (var diplomaticEvent in StoredEvents.All)
            {
                File.AppendAllText(path, PeaceModelJson.SerializeLine(diplomaticEvent));
            }

            var (events, torn) = ReadAll(path);

            Assert.Equal(StoredEvents.All, events);
            Assert.Null(torn);
            Assert.Equal(StoredEvents.All.Count, File.ReadLines(path).Count());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void TornLastLine_IsReported_AndEveryEarlierEventIsKept()
    {
        var path = Path.GetTempFileName();
        try
        {
            foreach (var diplomaticEvent in StoredEvents.All)
            {
                File.AppendAllText(path, PeaceModelJson.SerializeLine(diplomaticEvent));
            }

            // A crash in the middle of writing the last event: half its bytes, no line break.
            var last = PeaceModelJson.SerializeLine(TestData.Seed with { Id = "written-during-crash" });
            File.AppendAllText(path, last[..(last.Length / 2)]);

            var (events, torn) = ReadAll(path);

            Assert.Equal(StoredEvents.All, events);
            Assert.NotNull(torn);
            Assert.Equal(StoredEvents.All.Count + 1, torn.Value.Line);
            Assert.StartsWith("$", torn.Value.Error.Path, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Reads a JSON Lines file: the events of the lines that read, and the first line that does not.</summary>
    private static (List<DiplomaticEvent> Events, (int Line, JsonException Error)? Torn) ReadAll(string path)
    {
        var events = new List<DiplomaticEvent>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            try
            {
                events.Add(PeaceModelJson.Deserialize(line));
            }
            catch (JsonException ex)
            {
                return (events, (number, ex));
            }
        }

        return (events, null);
    }
}
