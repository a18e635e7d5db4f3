// The README's quick start, compiled and run by QuickStartTests so that it stays true.
// README.md shows the usings and the body of Run between the region markers.
#region usings
using PeaceModel.Serialization;
using PeaceModel.Validation;
#endregion

namespace PeaceModel.Tests.Samples;

internal static class QuickStart
{
    public static void Run()
    {
        #region QuickStart

        var putin = new Actor { Id = "putin", Name = "Vladimir Putin", Kind = ActorKind.Person, Country = "RUS", WikidataId = "Q7747" };
        var ukraine = new Actor { Id = "ukraine", Name = "Ukraine", Kind = ActorKind.State, Country = "UKR" };
        var reportDate = new DateOnly(2025, 5, 11);

        var episode = new DiplomaticEvent
        {
            Id = "istanbul-talks-offer",
            Title = "Putin proposes direct talks in Istanbul",
            Date = EventDate.Stated(reportDate, "Sunday, May 11"),
            Actors = [putin, ukraine],
            Statements =
            [
                new Statement
                {
                    Id = "kremlin-address",
                    SpeakerId = "putin",
                    SaidOn = EventDate.Stated(reportDate),
                    Channel = StatementChannel.TelevisedAddress,
                    Paraphrase = "Proposed resuming direct negotiations with Ukraine in Istanbul on Thursday.",
                },
            ],
            Proposals =
            [
                new Proposal
                {
                    Id = "istanbul-direct-talks",
                    ProposerId = "putin",
                    AddresseeIds = ["ukraine"],
                    Kind = ProposalKind.DirectNegotiations,
                    Summary = "Resume direct negotiations without any preconditions.",
                    StatementIds = ["kremlin-address"],
                    Terms = new Term
                    {
                        Venue = new Place { Name = "Istanbul", Country = "TUR" },
                        Date = EventDate.Relative(new DateOnly(2025, 5, 15), "Thursday", resolvedAgainst: reportDate),
                        Preconditions = PreconditionStance.ExplicitlyExcluded,
                    },
                },
            ],
        };

        var validator = new DiplomaticEventValidator();        // build once, reuse: it is thread-safe
        var result = validator.Validate(episode);
        Console.WriteLine(result.IsValid ? "valid" : result.ToString());

        string json = PeaceModelJson.Serialize(episode);        // canonical, indented JSON
        DiplomaticEvent back = PeaceModelJson.Deserialize(json); // strict: bad input throws JsonException
        Console.WriteLine(back == episode);                     // True: equality is structural
        #endregion
    }
}
