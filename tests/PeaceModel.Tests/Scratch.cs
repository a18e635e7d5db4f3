using PeaceModel.Serialization;
using PeaceModel.Tests.Seed;
using PeaceModel.Tests.Support;

namespace PeaceModel.Tests;

public class Scratch
{
    [Fact]
    public void Dump()
    {
        var ev = SeedModel.Build(RepositoryFiles.ReadSeedText());
        var json = PeaceModelJson.Serialize(ev);
        File.WriteAllText("/tmp/seed.json", json);
        File.WriteAllText("/tmp/schema.json", PeaceModelJson.GetJsonSchema());
        var back = PeaceModelJson.Deserialize(json);
        Assert.Equal(ev, back);
        Assert.Equal(json, PeaceModelJson.Serialize(back));
        var errs = new List<string>();
        foreach (var bad in new[] {
            json.Replace("\"name\": \"Vladimir Putin\"", "\"name\": \"Vladimir Putin\", \"foo\": 1"),
            json.Replace("\"name\": \"Vladimir Putin\"", "\"name\": \"Vladimir Putin\", \"name\": \"x\""),
            json.Replace("\"kind\": \"person\"", "\"kind\": \"persn\""),
            json.Replace("\"kind\": \"person\"", "\"kind\": 0"),
            json.Replace("\"kind\": \"person\"", "\"kind\": \"0\""),
            json.Replace("\"name\": \"Vladimir Putin\",", ""),
            json.Replace("\"name\": \"Vladimir Putin\"", "\"name\": null"),
            json.Replace("\"aliases\": [\n        \"Volodymyr Zelenskiy\"", "\"aliases\": [\n        null"),
            json.Replace("2025-05-15", "2025-02-30"),
            json.Replace("\"start\": ", "\"start\": \"1\" , \"x\":"),
            json[..200], "", "null", "[]", "{\"schemaVersion\":\"1.0\"}",
            json.Replace("\"schemaVersion\": \"1.0\",", ""),
        })
        {
            try { PeaceModelJson.Deserialize(bad); errs.Add("NO ERROR"); }
            catch (Exception ex) { errs.Add(ex.GetType().Name + ": " + ex.Message + " | path=" + (ex as System.Text.Json.JsonException)?.Path); }
        }
        File.WriteAllLines("/tmp/errs.txt", errs);
    }
}
