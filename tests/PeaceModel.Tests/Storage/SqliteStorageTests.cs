using Microsoft.Data.Sqlite;
using PeaceModel.Serialization;

namespace PeaceModel.Tests.Storage;

public class SqliteStorageTests
{
    [Fact]
    public void Events_StoredAsText_ReadBackEqual_AndCanBeQueried()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        Execute(connection, "CREATE TABLE events (id TEXT PRIMARY KEY, doc TEXT NOT NULL CHECK (json_valid(doc)))");
        foreach (var diplomaticEvent in StoredEvents.All)
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO events (id, doc) VALUES ($id, $doc)";
            insert.Parameters.AddWithValue("$id", diplomaticEvent.Id);
            insert.Parameters.AddWithValue("$doc", PeaceModelJson.Serialize(diplomaticEvent));
            insert.ExecuteNonQuery();
        }

        using var select = connection.CreateCommand();
        select.CommandText = "SELECT id, doc FROM events ORDER BY rowid";
        using var reader = select.ExecuteReader();
        var read = new List<DiplomaticEvent>();
        while (reader.Read())
        {
            read.Add(PeaceModelJson.Deserialize(reader.GetString(1)));
        }

        Assert.Equal(StoredEvents.All, read);
        using var query = connection.CreateCommand();
        query.CommandText = "SELECT json_extract(doc, '$.proposals[0].terms.venue.name') FROM events WHERE id = $id";
        query.Parameters.AddWithValue("$id", StoredEvents.All[0].Id);
        Assert.Equal("Istanbul", query.ExecuteScalar());
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
