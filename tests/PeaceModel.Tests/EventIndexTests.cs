using PeaceModel.Kinds;
using PeaceModel.Tests.Support;

namespace PeaceModel.Tests;

public class EventIndexTests
{
    [Fact]
    public void Find_EveryRecordOfTheSeed_ByIdWithKindAndPosition()
    {
        var seed = TestData.Seed;
        var index = EventIndex.Create(seed);

        foreach (var kind in RecordKinds.All)
        {
            var records = kind.GetRecords(seed);
            for (var i = 0; i < records.Count; i++)
            {
                Assert.True(index.TryFind(records[i].Id, out var found));
                Assert.Same(kind, found.Kind);
                Assert.Equal(i, found.Position);
                Assert.Same(records[i], found.Record);
            }
        }

        Assert.Same(seed.Proposals[0], index.Find<Proposal>(seed.Proposals[0].Id));
        Assert.Null(index.Find<Actor>(seed.Proposals[0].Id));
        Assert.Null(index.Find<Actor>("nobody"));
        Assert.Empty(index.Duplicates);
    }

    [Fact]
    public void ReferencesTo_AProposal_ListsConditionsAndReactionsWithTheirLinks()
    {
        var seed = TestData.Seed;
        var index = EventIndex.Create(seed);
        var proposal = seed.Proposals[0];

        var incoming = index.ReferencesTo(proposal.Id);

        Assert.NotEmpty(incoming);
        Assert.All(incoming, r => Assert.Contains(proposal.Id, r.Reference.GetIds(r.From.Record)));
        Assert.Equal(
            seed.Reactions.Where(r => r.TargetId == proposal.Id),
            index.ReactionsTo(proposal.Id));
        Assert.Equal(
            seed.Conditions.Where(c => c.ProposalId == proposal.Id),
            index.Referrers<Condition>(proposal.Id, ReferenceRole.Subject));
    }

    [Fact]
    public void Duplicates_KeepTheFirstAndListTheRest()
    {
        var seed = TestData.Seed;
        var copy = seed.Statements[0] with { Paraphrase = "again" };
        var index = EventIndex.Create(seed with { Statements = seed.Statements.Add(copy) });

        Assert.Same(seed.Statements[0], index.Find<Statement>(copy.Id));
        var duplicate = Assert.Single(index.Duplicates);
        Assert.Equal($"statements[{seed.Statements.Count}]", duplicate.Path);
    }
}
