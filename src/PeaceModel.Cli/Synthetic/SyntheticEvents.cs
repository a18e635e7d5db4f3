using System.Globalization;
using PeaceModel.Kinds;

namespace PeaceModel.Cli.Synthetic;

/// <summary>
/// Generates valid events of realistic shape, deterministically from a seed number: the same seed
/// gives the same events on every machine and .NET version (<see cref="Random(int)"/> is stable).
/// For load tests and benchmarks; the events are plausible, not true.
/// </summary>
internal sealed class SyntheticEvents(int seed)
{
    private static readonly string[] Words =
    [
        "ceasefire", "talks", "Istanbul", "Kyiv", "Moscow", "Geneva", "delegation", "sanctions", "truce", "guarantees",
        "prisoners", "exchange", "humanitarian", "corridor", "withdrawal", "monitoring", "mission", "agreement", "framework",
        "sovereignty", "security", "energy", "infrastructure", "grain", "Black Sea", "negotiations", "leaders", "summit",
        "Zelenskyy\u2019s", "Kremlin\u2019s", "\u201Cdurable\u201D", "peace", "\u2013", "we", "will", "not", "accept", "propose", "demand",
        "immediately", "unconditional", "thirty", "days", "before", "after", "during", "the", "a", "of", "and", "to", "in",
    ];

    private static readonly (ProposalKind Kind, string Cameo, string Plover, string? Mode)[] ProposalShapes =
    [
        (ProposalKind.DirectNegotiations, "036", "AGREE", null),
        (ProposalKind.Ceasefire, "1056", "REQUEST", "yield"),
        (ProposalKind.Truce, "0871", "AGREE", null),
        (ProposalKind.PrisonerExchange, "0331", "AGREE", null),
        (ProposalKind.Meeting, "036", "AGREE", null),
    ];

    private readonly Random random = new(seed);

    /// <summary>Generates the next event.</summary>
    /// <param name="index">The event's number, part of its id.</param>
    /// <param name="scale">How many times the typical number of records (1 is typical: 6 statements, 2 proposals, 2 conditions, 4 reactions, a meeting, an agreement, a claim and an implementation report).</param>
    public DiplomaticEvent Next(int index, int scale = 1)
    {
        var reportDate = new DateOnly(2015, 1, 1).AddDays(random.Next(0, 4000));
        var sourceId = $"report-{index}";
        var actorCount = 4 + random.Next(0, 4);
        var actors = Enumerable.Range(0, actorCount).Select(i => Actor(i)).ToArray();

        var statementCount = 6 * scale;
        var statements = new Statement[statementCount];
        var position = 0;
        for (var i = 0; i < statementCount; i++)
        {
            // Statements in date order, over the days before the report.
            var said = reportDate.AddDays(-(statementCount - i) / 3);
            var quotations = new Quotation[1 + random.Next(0, 3)];
            for (var q = 0; q < quotations.Length; q++)
            {
                var text = Sentence(6, 30);
                position += random.Next(20, 200);
                quotations[q] = new Quotation { Text = text, Start = position, Length = text.Length };
                position += text.Length;
            }

            statements[i] = new Statement
            {
                Id = Id(RecordKinds.Statement, i),
                SpeakerId = actors[random.Next(actorCount)].Id,
                SaidOn = random.Next(3) == 0 ? EventDate.InferredFrom(said) : EventDate.Stated(said, said.DayOfWeek.ToString()),
                Channel = (StatementChannel)random.Next(0, 8),
                Platform = random.Next(4) == 0 ? "X" : null,
                Location = random.Next(2) == 0 ? new Place { Name = "Istanbul", Country = "TUR", WikidataId = "Q406" } : null,
                AudienceIds = [actors[random.Next(actorCount)].Id],
                SourceId = sourceId,
                Quotations = [.. quotations],
                Paraphrase = random.Next(2) == 0 ? Sentence(10, 40) : null,
                Codes = [Cameo("013")],
            };
        }

        var proposals = new Proposal[2 * scale];
        var proposalStatement = new int[proposals.Length];
        for (var i = 0; i < proposals.Length; i++)
        {
            var made = random.Next(statementCount);
            proposalStatement[i] = made;
            var shape = ProposalShapes[random.Next(ProposalShapes.Length)];
            var said = statements[made].SaidOn.Value;
            proposals[i] = new Proposal
            {
                Id = Id(RecordKinds.Proposal, i),
                ProposerId = statements[made].SpeakerId!,
                AddresseeIds = [actors[(Array.FindIndex(actors, a => a.Id == statements[made].SpeakerId) + 1) % actorCount].Id],
                Kind = shape.Kind,
                Summary = Sentence(8, 25),
                StatementIds = [statements[made].Id],
                Terms = new Term
                {
                    Venue = random.Next(2) == 0 ? new Place { Name = "Geneva", Country = "CHE" } : null,
                    Date = EventDate.Relative(said.AddDays(random.Next(1, 10)), "next week", said),
                    Duration = shape.Kind is ProposalKind.Ceasefire or ProposalKind.Truce ? new Duration { Value = 30, Unit = DurationUnit.Day, Text = "30-day" } : null,
                    Preconditions = (PreconditionStance)random.Next(0, 3),
                },
                Codes = [Cameo(shape.Cameo), new EventCode { Scheme = EventCodeScheme.Plover, Version = "2.0", Code = shape.Plover, Mode = shape.Mode }],
            };
        }

        var conditions = new Condition[2 * scale];
        for (var i = 0; i < conditions.Length; i++)
        {
            var on = random.Next(proposals.Length);
            var made = random.Next(proposalStatement[on], statementCount);
            var ultimatum = random.Next(3) == 0;
            conditions[i] = new Condition
            {
                Id = Id(RecordKinds.Condition, i),
                SetterId = statements[made].SpeakerId!,
                ProposalId = proposals[on].Id,
                Kind = ultimatum ? ConditionKind.Ultimatum : ConditionKind.Precondition,
                Requirement = Sentence(6, 20),
                StartsOn = EventDate.Relative(statements[made].SaidOn.Value.AddDays(1), "tomorrow", statements[made].SaidOn.Value),
                Consequence = ultimatum ? new Consequence { Summary = Sentence(4, 12), Codes = [Cameo("1312")] } : null,
                StatementIds = [statements[made].Id],
                Codes = [Cameo(ultimatum ? "139" : "1056")],
            };
        }

        var reactions = new Reaction[4 * scale];
        for (var i = 0; i < reactions.Length; i++)
        {
            var to = random.Next(proposals.Length);
            var made = random.Next(proposalStatement[to], statementCount);
            reactions[i] = new Reaction
            {
                Id = Id(RecordKinds.Reaction, i),
                ReactorId = statements[made].SpeakerId!,
                TargetId = proposals[to].Id,
                Stance = (Stance)random.Next(0, 7),
                StatementIds = [statements[made].Id],
                Summary = Sentence(6, 20),
                Codes = [Cameo("051")],
            };
        }

        // Format 2.0's kinds, as many per scale as a typical report has: a meeting with its delegations,
        // an agreement with its signatories and dated provisions, a claim about it, and a report on one of its terms.
        var meetings = new Meeting[scale];
        var agreements = new Agreement[scale];
        var claims = new Claim[scale];
        var implementations = new Implementation[scale];
        var incidents = new Incident[scale];
        var votes = new Vote[scale];
        var commitments = new Commitment[scale];
        for (var i = 0; i < scale; i++)
        {
            var made = random.Next(statementCount);
            var said = statements[made].SaidOn.Value;
            var (first, second) = (actors[1].Id, actors[random.Next(2) == 0 ? 0 : actorCount - 1].Id);
            meetings[i] = new Meeting
            {
                Id = Id(RecordKinds.Meeting, i),
                Kind = (MeetingKind)random.Next(0, 4),
                Name = random.Next(2) == 0 ? $"{Sentence(2, 3)[..^1]} talks" : null,
                Status = MeetingStatus.Held,
                Date = EventDate.Stated(said),
                Venue = new Place { Name = "Istanbul", Country = "TUR", WikidataId = "Q406" },
                Participants = [new Participant { ActorId = first, Role = ParticipantRole.Party }, new Participant { ActorId = second, Role = ParticipantRole.Party }],
                StatementIds = [statements[made].Id],
                Codes = [Cameo("043")],
            };
            agreements[i] = new Agreement
            {
                Id = Id(RecordKinds.Agreement, i),
                Name = random.Next(2) == 0 ? $"{Sentence(2, 4)[..^1]} memorandum" : null,
                Stage = AgreementStage.Partial,
                Summary = Sentence(8, 20),
                Date = EventDate.Stated(said),
                MeetingId = meetings[i].Id,
                Signatories =
                [
                    new Signatory { ActorId = first, Role = SignatoryRole.Party, Act = SigningAct.Signed },
                    new Signatory { ActorId = second, Role = SignatoryRole.Party, Act = SigningAct.Signed },
                ],
                Terms =
                [
                    new Term { Id = "exchange", Summary = Sentence(5, 12), Article = "1", Deadline = EventDate.Stated(said.AddDays(7)), Quantities = [new Quantity { Value = 100 * (1 + random.Next(10)), Unit = "prisoners" }], ActorIds = [first, second] },
                    new Term { Id = "ceasefire", Summary = Sentence(5, 12), Article = "2", Date = EventDate.Stated(said.AddDays(1)), Duration = new Duration { Value = 30, Unit = DurationUnit.Day, Text = "30-day" } },
                ],
                StatementIds = [statements[made].Id],
                Codes = [Cameo("057")],
            };
            claims[i] = new Claim
            {
                Id = Id(RecordKinds.Claim, i),
                Kind = ClaimKind.AgreementReached,
                Attribution = ClaimAttribution.OnRecord,
                ClaimantId = statements[made].SpeakerId!,
                Summary = Sentence(6, 16),
                AboutIds = [agreements[i].Id],
                Date = EventDate.Stated(said),
                StatementIds = [statements[made].Id],
            };
            implementations[i] = new Implementation
            {
                Id = Id(RecordKinds.Implementation, i),
                AgreementId = agreements[i].Id,
                TermId = "exchange",
                ActorId = first,
                Summary = Sentence(5, 12),
                Date = EventDate.Stated(said.AddDays(random.Next(1, 10))),
                Quantity = new Quantity { Value = 10 * (1 + random.Next(10)), Unit = "prisoners" },
            };

            // No draw from the random sequence: the other records stay what they were before incidents were generated.
            incidents[i] = new Incident
            {
                Id = Id(RecordKinds.Incident, i),
                Summary = string.Create(CultureInfo.InvariantCulture, $"Shelling near the line of contact, the day before statement {made}."),
                AllegedPerpetratorIds = [second],
                TargetIds = [first],
                Date = EventDate.Stated(said.AddDays(-1)),
            };

            // Votes and commitments draw nothing from the random sequence either.
            votes[i] = new Vote
            {
                Id = Id(RecordKinds.Vote, i),
                BodyId = actors[actorCount - 1].Id,
                DraftId = proposals[i % proposals.Length].Id,
                Summary = string.Create(CultureInfo.InvariantCulture, $"The body votes on proposal {i % proposals.Length}."),
                Date = EventDate.Stated(said),
                Rule = new DecisionRule { Kind = DecisionRuleKind.Threshold, Threshold = 9, VetoHolderIds = [first] },
                Counts = new VoteCounts { For = 9 + (i % 5), Against = i % 2, Abstain = 1 },
                Ballots = [new Ballot { ActorId = first, Choice = i % 2 == 0 ? BallotChoice.For : BallotChoice.Against, StatementIds = [statements[made].Id] }],
                StatementIds = [statements[made].Id],
            };
            commitments[i] = new Commitment
            {
                Id = Id(RecordKinds.Commitment, i),
                CommitterId = second,
                Kind = CommitmentKind.Support,
                Summary = string.Create(CultureInfo.InvariantCulture, $"Support for carrying out agreement {i}."),
                StatementIds = [statements[made].Id],
                SubjectId = agreements[i].Id,
                SubjectTermId = "exchange",
                Terms = new Term { Deadline = EventDate.Stated(said.AddDays(30)) },
            };
        }

        return new DiplomaticEvent
        {
            Id = $"synthetic-{seed}-{index}",
            Title = Sentence(5, 12),
            Date = EventDate.Stated(reportDate),
            Sources = [new SourceDocument { Id = sourceId, PublishedOn = reportDate, Language = "en" }],
            Actors = [.. actors],
            Statements = [.. statements],
            Proposals = [.. proposals],
            Conditions = [.. conditions],
            Reactions = [.. reactions],
            Meetings = [.. meetings],
            Agreements = [.. agreements],
            Claims = [.. claims],
            Implementations = [.. implementations],
            Incidents = [.. incidents],
            Votes = [.. votes],
            Commitments = [.. commitments],
        };
    }

    /// <summary>An id made of the kind's noun and a number, such as <c>statement-3</c>: the declaration names the kinds, the generator does not.</summary>
    private static string Id(RecordKind kind, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"{kind.Noun.Replace(' ', '-')}-{number}");

    private static EventCode Cameo(string code) => new() { Scheme = EventCodeScheme.Cameo, Version = "1.1b3", Code = code };

    private Actor Actor(int i) => (i % 3) switch
    {
        0 => new Actor { Id = Id(RecordKinds.Actor, i), Name = $"President {Sentence(1, 1)} {i}", Kind = ActorKind.Person, Role = "Head of state", Country = "UKR", WikidataId = $"Q{1000 + i}", ActsForId = Id(RecordKinds.Actor, 1) },
        1 => new Actor { Id = Id(RecordKinds.Actor, i), Name = $"State {i}", Kind = ActorKind.State, Country = "RUS", CameoCode = "RUSGOV", Aliases = [$"Capital {i}"] },
        _ => new Actor { Id = Id(RecordKinds.Actor, i), Name = $"Group {i}", Kind = ActorKind.Group },
    };

    private string Sentence(int minWords, int maxWords)
    {
        var count = random.Next(minWords, maxWords + 1);
        var words = new string[count];
        for (var i = 0; i < count; i++)
        {
            words[i] = Words[random.Next(Words.Length)];
        }

        var sentence = string.Join(' ', words);
        return char.ToUpperInvariant(sentence[0]) + sentence[1..] + ".";
    }
}
