using PeaceModel.Tests.Seed;
using PeaceModel.Tests.Support;
using PeaceModel.Validation;

namespace PeaceModel.Tests;

public class Scratch
{
    [Fact]
    public void Dump()
    {
        var text = RepositoryFiles.ReadSeedText();
        var ev = SeedModel.Build(text);
        var v = new DiplomaticEventValidator();
        var r = v.Validate(ev, new Dictionary<string, string> { [SeedModel.SourceId] = text });
        var lines = r.Errors.Select(e => $"{e.PropertyName}: {e.ErrorCode}: {e.ErrorMessage}").ToList();
        var bad = ev with
        {
            Actors = [.. ev.Actors, ev.Actors[0] with { Name = " ", Country = "RU", MemberIds = ["putin"] }],
            Statements = [ev.Statements[0] with { SpeakerId = "putn", Quotations = [ev.Statements[0].Quotations[0] with { Start = 3 }] }, .. ev.Statements.AsSpan()[1..]],
            Reactions = [ev.Reactions[0] with { TargetId = "putin" }],
        };
        r = v.Validate(bad, new Dictionary<string, string> { [SeedModel.SourceId] = text });
        lines.Add("---");
        lines.AddRange(r.Errors.Select(e => $"{e.PropertyName}: {e.ErrorCode}: {e.ErrorMessage}"));
        File.WriteAllLines("/tmp/val.txt", lines);
    }
}
