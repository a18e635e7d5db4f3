using PeaceModel.Kinds;
using PeaceModel.Storage.Tests.Support;

namespace PeaceModel.Storage.Tests;

public sealed class RecordProjectionTests
{
    [Fact]
    public void Project_EveryRecordOfEveryKind_FromTheDeclarations()
    {
        var document = Documents.Threads(1, 1, 9)[0];

        var projection = RecordProjection.Project(document);

        Assert.Equal(Documents.Records(document).Select(r => r.Record), projection.Records.Select(r => r.RecordId));
        Assert.Equal(RecordKinds.All.Where(k => k.GetRecords(document).Count > 0).Select(k => k.ListName), projection.Records.Select(r => r.Kind).Distinct());
        Assert.Equal(Enumerable.Range(0, projection.Records.Count), projection.Records.Select(r => r.Ordinal));
    }

    [Fact]
    public void Project_StatementWithTimeAndZone_HasItsInstant_AndTheRecordsItExpressesShareIt()
    {
        var seed = Documents.Seed();
        var statement = seed.Statements[0];
        var timed = seed with
        {
            Statements = [statement with { SaidOn = EventDate.Stated(statement.SaidOn.Value) with { Time = new TimeOnly(16, 30), TimeZone = "Europe/Moscow" } }, .. seed.Statements.Skip(1)],
        };
        var expected = new DateTimeOffset(statement.SaidOn.Value.ToDateTime(new TimeOnly(13, 30)), TimeSpan.Zero).ToUnixTimeMilliseconds();

        var projection = RecordProjection.Project(timed);

        Assert.Equal(expected, projection.Records.Single(r => r.RecordId == statement.Id).Instant);
        var expressing = timed.Proposals.Where(p => p.StatementIds.Count == 1 && p.StatementIds[0] == statement.Id).ToList();
        Assert.All(expressing, p => Assert.Equal(expected, projection.Records.Single(r => r.RecordId == p.Id).Instant));
    }

    [Fact]
    public void Project_ActorsByRole_AndLinksWithTheirDocuments()
    {
        var breach = Documents.Episode(Documents.BreachClaims);

        var projection = RecordProjection.Project(breach);

        var statement = projection.Records.Single(r => r.RecordId == breach.Statements[0].Id);
        Assert.Contains(("author", breach.Statements[0].SpeakerId!), statement.Actors);
        Assert.Contains(projection.Records.SelectMany(r => r.Links), l => l.Document == Documents.Ceasefire && l.Record == "port-amrel-ceasefire");
        Assert.Contains(Documents.Ceasefire, projection.ExternalDocuments);
        Assert.Equal(Documents.Thread, projection.ThreadId);
    }
}
