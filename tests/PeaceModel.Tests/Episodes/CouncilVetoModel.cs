using PeaceModel.Tests.Support;
using static PeaceModel.Tests.Episodes.EpisodeFacts;

namespace PeaceModel.Tests.Episodes;

/// <summary>
/// <c>episodes/council-veto-2026-10-21.txt</c> modeled in C#: a draft resolution that 13 of 15 members
/// supported, vetoed by a permanent member under a stated rule, built on an earlier resolution; the
/// members' explanations of vote; a warring party's welcome of the veto; the sponsors' commitment to
/// come back with a revised draft.
/// </summary>
internal static class CouncilVetoModel
{
    public const string Name = "council-veto-2026-10-21";

    public const string SourceId = "report-2026-10-21";

    private static readonly DateOnly ReportDate = new(2026, 10, 21);

    private static readonly DateOnly Tuesday = new(2026, 10, 20);

    /// <summary>"A resolution is adopted only with at least nine votes in favour and no veto from a permanent member."</summary>
    private static readonly DecisionRule CouncilRule = new()
    {
        Kind = DecisionRuleKind.Threshold,
        Threshold = 9,
        VetoHolderIds = ["gorvany"],
        VetoHolderCount = 5,
        Text = "at least nine votes in favour and no veto from a permanent member",
    };

    public static DiplomaticEvent Build(string text)
    {
        var quotes = new QuoteFinder(text);
        var blame = quotes.Next("puts all the blame");
        var cameras = quotes.Next("A ceasefire written");
        var shielding = quotes.Next("shielding a war");
        var thirteen = quotes.Next("Thirteen members");
        var principled = quotes.Next("a principled act");
        var withinWeeks = quotes.Next("within weeks");
        var onTuesday = Relative(Tuesday, "on Tuesday", ReportDate);
        return new DiplomaticEvent
        {
            Id = Name,
            Title = "Gorvany vetoes the Covenant Council's call for an Estmark–Pellan ceasefire; Pellan welcomes the veto",
            Date = Inferred(ReportDate),
            Sources = [Source(SourceId, ReportDate, text) with { Dateline = new Place { Name = "Lumestra" } }],
            Actors =
            [
                new Actor
                {
                    Id = "covenant-council",
                    Name = "Covenant Council",
                    Kind = ActorKind.InternationalOrganization,
                    MemberIds = ["gorvany", "lisseth", "caronne", "bauden"],
                    MemberCount = 15,
                    Role = "Council of 15 members sitting in Lumestra, five of them permanent members with a veto",
                },
                new Actor { Id = "gorvany", Name = "Gorvany", Kind = ActorKind.State, Role = "Permanent member of the Covenant Council" },
                State("lisseth", "Lisseth"),
                State("caronne", "Caronne"),
                State("bauden", "Bauden"),
                State("estmark", "Estmark"),
                State("pellan", "Pellan"),
                new Actor { Id = "draft-sponsors", Name = "The two sponsors of the draft", Kind = ActorKind.Group, MemberIds = ["lisseth", "caronne"], Aliases = ["the two sponsors"] },
                new Actor { Id = "pellan-foreign-ministry", Name = "Foreign ministry of Pellan", Kind = ActorKind.Government, ActsForId = "pellan" },
                Person("anzarov", "Mikel Anzarov", "Deputy ambassador of Gorvany", "gorvany"),
                Person("aubade", "Corinne Aubade", "Ambassador of Lisseth", "lisseth"),
            ],
            Statements =
            [
                new Statement
                {
                    Id = "draft-tabled",
                    SpeakerId = "draft-sponsors",
                    SaidOn = new EventDate { Value = Tuesday, Basis = DateBasis.Inferred, ResolvedAgainst = ReportDate, Modifier = DateModifier.OnOrBefore },
                    Channel = StatementChannel.WrittenStatement,
                    SourceId = SourceId,
                    Paraphrase = "Put before the council a draft resolution demanding an immediate ceasefire between Estmark and Pellan (the day it was tabled is not given; no later than the vote).",
                },
                new Statement
                {
                    Id = "anzarov-explains",
                    SpeakerId = "anzarov",
                    SaidOn = onTuesday,
                    Channel = StatementChannel.Speech,
                    SourceId = SourceId,
                    Quotations = [blame, cameras],
                    Paraphrase = "Explained Gorvany's vote against: the text blames one side and ties only Pellan's hands.",
                },
                new Statement
                {
                    Id = "aubade-accuses",
                    SpeakerId = "aubade",
                    SaidOn = onTuesday,
                    Channel = StatementChannel.Speech,
                    SourceId = SourceId,
                    Quotations = [shielding, thirteen],
                    Paraphrase = "Told the chamber that Gorvany is shielding a war it has armed.",
                },
                new Statement
                {
                    Id = "bauden-explains",
                    SpeakerId = "bauden",
                    SaidOn = onTuesday,
                    Channel = StatementChannel.Speech,
                    SourceId = SourceId,
                    Paraphrase = "Bauden's representative said it had abstained because the draft set up no way of monitoring a ceasefire.",
                },
                new Statement
                {
                    Id = "pellan-welcomes",
                    SpeakerId = "pellan-foreign-ministry",
                    SaidOn = Relative(ReportDate, "on Wednesday", ReportDate),
                    Channel = StatementChannel.WrittenStatement,
                    SourceId = SourceId,
                    Quotations = [principled],
                    Paraphrase = "Welcomed the veto, calling Gorvany's vote a principled act.",
                },
                new Statement
                {
                    Id = "caronne-revised-draft",
                    SpeakerId = "caronne",
                    SaidOn = new EventDate { Value = ReportDate, Basis = DateBasis.Inferred, ResolvedAgainst = ReportDate, Modifier = DateModifier.OnOrBefore },
                    SourceId = SourceId,
                    Quotations = [withinWeeks],
                    Paraphrase = "Said the two sponsors would bring a revised draft back to the council within weeks.",
                },
            ],
            Meetings =
            [
                new Meeting
                {
                    Id = "council-session",
                    Kind = MeetingKind.Session,
                    Name = "Covenant Council session",
                    Status = MeetingStatus.Held,
                    Date = onTuesday,
                    Venue = new Place { Name = "Lumestra" },
                    Participants = [new Participant { ActorId = "covenant-council", Role = ParticipantRole.Party }],
                    ProducedIds = ["ceasefire-draft-vote"],
                },
            ],
            Proposals =
            [
                new Proposal
                {
                    Id = "ceasefire-draft",
                    ProposerId = "draft-sponsors",
                    AddresseeIds = ["estmark", "pellan"],
                    Kind = ProposalKind.Ceasefire,
                    Act = ProposalAct.Demand,
                    Summary = "Draft resolution demanding an immediate ceasefire between Estmark and Pellan.",
                    StatementIds = ["draft-tabled"],
                    Terms = new Term(),
                    Links = [new RecordLink { Relation = LinkRelation.BuildsOn, TargetId = "resolution-c388" }],
                },
            ],
            Votes =
            [
                new Vote
                {
                    Id = "resolution-c388",
                    BodyId = "covenant-council",
                    Name = "Resolution C-388",
                    Summary = "Called on both sides to let aid convoys into the Orrin valley.",
                    Date = new EventDate { Value = new DateOnly(2026, 5, 1), Granularity = DateGranularity.Month, Text = "in May" },
                    Rule = CouncilRule,
                    Counts = new VoteCounts { For = 14, Against = 0, Abstain = 1 },
                    Ballots = [new Ballot { ActorId = "gorvany", Choice = BallotChoice.Abstain }],
                    Outcome = VoteOutcome.Adopted,
                },
                new Vote
                {
                    Id = "ceasefire-draft-vote",
                    BodyId = "covenant-council",
                    DraftId = "ceasefire-draft",
                    Summary = "The council votes on the draft demanding an immediate ceasefire between Estmark and Pellan.",
                    Date = onTuesday,
                    MeetingId = "council-session",
                    Rule = CouncilRule,
                    Counts = new VoteCounts { For = 13, Against = 1, Abstain = 1 },
                    Ballots =
                    [
                        new Ballot { ActorId = "gorvany", Choice = BallotChoice.Against, StatementIds = ["anzarov-explains"] },
                        new Ballot { ActorId = "bauden", Choice = BallotChoice.Abstain, StatementIds = ["bauden-explains"] },
                    ],
                    SponsorIds = ["lisseth", "caronne"],
                    Outcome = VoteOutcome.Vetoed,
                    Codes = [Plover("REJECT", null)],
                },
            ],
            Reactions =
            [
                new Reaction
                {
                    Id = "pellan-welcomes-veto",
                    ReactorId = "pellan-foreign-ministry",
                    TargetId = "ceasefire-draft-vote",
                    Stance = Stance.Welcome,
                    StatementIds = ["pellan-welcomes"],
                    Summary = "Pellan welcomes the veto as a principled act that stopped a one-sided text.",
                },
            ],
            Claims =
            [
                new Claim
                {
                    Id = "shielding-accusation",
                    Kind = ClaimKind.Accusation,
                    Attribution = ClaimAttribution.OnRecord,
                    ClaimantId = "aubade",
                    Summary = "Gorvany is shielding a war it has armed from the first day.",
                    AboutIds = ["ceasefire-draft-vote"],
                    StatementIds = ["aubade-accuses"],
                    Codes = [Plover("ACCUSE", null)],
                },
            ],
            Commitments =
            [
                new Commitment
                {
                    Id = "revised-draft",
                    CommitterId = "draft-sponsors",
                    BeneficiaryIds = ["covenant-council"],
                    Kind = CommitmentKind.Action,
                    Summary = "The two sponsors will bring a revised draft back to the council within weeks.",
                    StatementIds = ["caronne-revised-draft"],
                    SubjectId = "ceasefire-draft",
                },
            ],
        };
    }
}
