using PeaceModel.Analysis;
using PeaceModel.Kinds;
using PeaceModel.Text;
using PeaceModel.Validation;

namespace PeaceModel.Tests.Analysis;

/// <summary>
/// The rules format 2.1 part 1 adds to <c>docs/analysis.md</c>: votes (V1–V6), commitments (U1–U6), a
/// plan's points (P11–P13), phases and anchors (I5), a vote deciding a draft (O7); one test per documented
/// rule on its documented example, and the wrong statuses of issue 22 under their own names.
/// </summary>
public class Format21RulesTests
{
    private static readonly DateOnly Day = new(2026, 10, 20);

    private static readonly DecisionRule NineAndNoVeto = new() { Kind = DecisionRuleKind.Threshold, Threshold = 9, VetoHolderIds = ["a"] };

    /// <summary>The examples of the table "Votes" in docs/analysis.md.</summary>
    public static TheoryData<string, DecisionRuleKind, int?, int, int, int, BallotChoice?, int, VoteStatus> VoteRules => new()
    {
        { "V1", DecisionRuleKind.Threshold, 9, 13, 1, 1, BallotChoice.Against, 0, VoteStatus.Vetoed },
        { "V2", DecisionRuleKind.Threshold, 9, 8, 1, 6, null, 0, VoteStatus.Failed },
        { "V2", DecisionRuleKind.Threshold, 9, 8, 1, 6, BallotChoice.Against, 0, VoteStatus.Failed },
        { "V3", DecisionRuleKind.Threshold, 9, 14, 1, 0, null, 0, VoteStatus.Adopted },
        { "V3", DecisionRuleKind.SimpleMajority, null, 5, 4, 6, null, 0, VoteStatus.Adopted },
        { "V2", DecisionRuleKind.SimpleMajority, null, 4, 4, 7, null, 0, VoteStatus.Failed },
        { "V3", DecisionRuleKind.MajorityOfMembers, null, 8, 0, 7, null, 0, VoteStatus.Adopted },
        { "V2", DecisionRuleKind.MajorityOfMembers, null, 7, 0, 8, null, 0, VoteStatus.Failed },
        { "V3", DecisionRuleKind.Consensus, null, 10, 0, 5, null, 0, VoteStatus.Adopted },
        { "V2", DecisionRuleKind.Consensus, null, 14, 1, 0, null, 0, VoteStatus.Failed },
        { "V3", DecisionRuleKind.Unanimity, null, 15, 0, 0, null, 0, VoteStatus.Adopted },
        { "V2", DecisionRuleKind.Unanimity, null, 14, 0, 1, null, 0, VoteStatus.Failed },
        { "V6", DecisionRuleKind.Threshold, 9, 13, 1, 1, BallotChoice.Against, 1, VoteStatus.Pending },
    };

    [Theory]
    [MemberData(nameof(VoteRules))]
    public void Votes_EachDocumentedRule_YieldsItsStatus(string rule, DecisionRuleKind kind, int? threshold, int votesFor, int against, int abstain, BallotChoice? vetoHolder, int daysAhead, VoteStatus expected)
    {
        var vote = Vote(
            new DecisionRule { Kind = kind, Threshold = threshold, VetoHolderIds = kind == DecisionRuleKind.Threshold ? ["a"] : [] },
            new VoteCounts { For = votesFor, Against = against, Abstain = abstain },
            vetoHolder is { } choice ? [new Ballot { ActorId = "a", Choice = choice }] : []) with { Date = EventDate.Stated(Day.AddDays(daysAhead)) };

        var analysis = EpisodeAnalysis.Analyze(WithVote(vote)).Votes[0];

        Assert.Equal((expected, rule), (analysis.Status, analysis.Reason.Rule));
        Assert.True(new DiplomaticEventValidator().Validate(WithVote(vote)).IsValid);
    }

    [Fact]
    public void VetoedDraft_IsNotAdopted_WithTheVetoCited_NotRejectedByAnyNo()
    {
        var analysis = EpisodeAnalysis.Analyze(WithVote(Vote(NineAndNoVeto, new VoteCounts { For = 13, Against = 1, Abstain = 1 }, [new Ballot { ActorId = "a", Choice = BallotChoice.Against }])));

        Assert.Equal((VoteStatus.Vetoed, true), (analysis.Votes[0].Status, analysis.Votes[0].MajorityMet));
        Assert.Equal(["a"], analysis.Votes[0].VetoIds);
        Assert.Equal((ProposalStatus.NotAdopted, "O7"), (analysis.Proposals[0].Status, analysis.Proposals[0].Reason.Rule));
        Assert.Equal(["v", "a"], analysis.Proposals[0].Reason.RecordIds);
    }

    [Fact]
    public void VetoedDraft_ADraftAdopted14To1WithoutAVeto_IsAdopted_ItsNoDoesNotReject()
    {
        var analysis = EpisodeAnalysis.Analyze(WithVote(Vote(NineAndNoVeto, new VoteCounts { For = 14, Against = 1 }, [new Ballot { ActorId = "b", Choice = BallotChoice.Against }])));

        Assert.Equal(VoteStatus.Adopted, analysis.Votes[0].Status);
        Assert.Empty(analysis.Votes[0].VetoIds);
        Assert.Equal(ProposalStatus.Adopted, analysis.Proposals[0].Status);
    }

    [Fact]
    public void Votes_WithoutCountsOrRule_TakeTheReportsWord_OrAreNotReported()
    {
        var reported = EpisodeAnalysis.Analyze(WithVote(Vote(null, null, []) with { Outcome = VoteOutcome.Failed })).Votes[0];
        var silent = EpisodeAnalysis.Analyze(WithVote(Vote(null, null, []))).Votes[0];

        Assert.Equal((VoteStatus.Failed, "V5", (bool?)null), (reported.Status, reported.Reason.Rule, reported.AgreesWithReport));
        Assert.Equal((VoteStatus.NotReported, "V4"), (silent.Status, silent.Reason.Rule));
    }

    [Fact]
    public void Votes_TheNamedBallotsAreCounted_WhenNoCountsAreReported_AndADisagreeingReportIsFlagged()
    {
        var ballots = new Ballot[] { new() { ActorId = "a", Choice = BallotChoice.For }, new() { ActorId = "b", Choice = BallotChoice.Against } };

        var vote = EpisodeAnalysis.Analyze(WithVote(Vote(new DecisionRule { Kind = DecisionRuleKind.SimpleMajority }, null, ballots) with { Outcome = VoteOutcome.Adopted })).Votes[0];

        Assert.Equal((1, 1, VoteStatus.Failed, false), (vote.Tally!.For, vote.Tally.Against, vote.Status, vote.AgreesWithReport));
        Assert.Contains("the report says adopted", AnalysisText.StatusTable(EpisodeAnalysis.Analyze(WithVote(Vote(new DecisionRule { Kind = DecisionRuleKind.SimpleMajority }, null, ballots) with { Outcome = VoteOutcome.Adopted }))), StringComparison.Ordinal);
    }

    /// <summary>The examples of the table "Commitments" in docs/analysis.md.</summary>
    public static TheoryData<string, CommitmentStatus> CommitmentRules => new()
    {
        { "U1", CommitmentStatus.Withdrawn },
        { "U2", CommitmentStatus.Fulfilled },
        { "U3", CommitmentStatus.Broken },
        { "U4", CommitmentStatus.InProgress },
        { "U5", CommitmentStatus.Lapsed },
        { "U6", CommitmentStatus.Made },
    };

    [Theory]
    [MemberData(nameof(CommitmentRules))]
    public void Commitments_EachDocumentedRule_YieldsItsStatus(string rule, CommitmentStatus expected)
    {
        var pledge = new Commitment { Id = "c", CommitterId = "b", Kind = CommitmentKind.Support, Summary = "B will pay for the monitors.", StatementIds = ["s"] };
        var model = Base() with { Commitments = [pledge] };
        model = rule switch
        {
            "U1" => model with { Reactions = [new Reaction { Id = "r", ReactorId = "b", TargetId = "c", Stance = Stance.Withdraw, StatementIds = ["s"] }] },
            "U2" or "U4" => model with { Implementations = [new Implementation { Id = "i", CommitmentId = "c", ActorId = "b", Summary = "Paid.", Date = EventDate.Stated(Day), Completed = rule == "U2" }] },
            "U3" => model with
            {
                Claims = [new Claim { Id = "k", Kind = ClaimKind.Accusation, Attribution = ClaimAttribution.OnRecord, ClaimantId = "a", Summary = "B never paid.", AboutIds = ["c"], StatementIds = ["s"] }],
                Reactions = [new Reaction { Id = "r", ReactorId = "b", TargetId = "k", Stance = Stance.Confirm, StatementIds = ["s"] }],
            },
            "U5" => model with { Commitments = [pledge with { Terms = new Term { Deadline = EventDate.Stated(Day.AddDays(-1)) } }] },
            _ => model,
        };

        var analysis = EpisodeAnalysis.Analyze(model).Commitments[0];

        Assert.Equal((expected, rule), (analysis.Status, analysis.Reason.Rule));
        Assert.True(new DiplomaticEventValidator().Validate(model).IsValid, string.Join("; ", new DiplomaticEventValidator().Validate(model).Errors));
    }

    [Fact]
    public void APledgeAwaitingNobodysAnswer_IsMade_NotAnOpenProposal()
    {
        var model = Base() with { Commitments = [new Commitment { Id = "c", CommitterId = "b", Summary = "B will support implementation.", StatementIds = ["s"], BeneficiaryIds = ["a"] }] };

        var analysis = EpisodeAnalysis.Analyze(model);

        Assert.Empty(analysis.Proposals);
        Assert.Equal(CommitmentStatus.Made, analysis.Commitments[0].Status);
        Assert.DoesNotContain("has not answered", AnalysisText.StatusTable(analysis), StringComparison.Ordinal);
    }

    [Fact]
    public void APlanAcceptedInPart_IsPartlyAccepted_PerPoint_NotConditionallyAccepted()
    {
        var model = Plan(
            new Reaction { Id = "yes-2", ReactorId = "b", TargetId = "plan", Stance = Stance.Accept, PointIds = ["point-2"], StatementIds = ["s"] },
            new Reaction { Id = "basis", ReactorId = "b", TargetId = "plan", Stance = Stance.Negotiate, StatementIds = ["s"] },
            new Reaction { Id = "rest", ReactorId = "b", TargetId = "plan", Stance = Stance.Negotiate, PointIds = ["point-4"], StatementIds = ["s"] });

        var proposal = EpisodeAnalysis.Analyze(model).Proposals[0];
        var b = proposal.Positions.Single(p => p.ActorId == "b");

        Assert.Equal((Position.PartlyAccepted, "P11"), (b.Position, b.Reason.Rule));
        Assert.Equal(
            [("point-2", Position.Accepted), ("point-4", Position.ToBeNegotiated), ("point-7", Position.NoAnswer)],
            b.Points.Select(p => (p.PointId, p.Position)));
        Assert.Equal(ProposalStatus.Open, proposal.Status);
        Assert.Contains("accepted it in part: accepted point 2; to be negotiated point 4; not answered point 7", AnalysisText.Explain(b, EventIndex.Create(model)), StringComparison.Ordinal);
    }

    [Fact]
    public void APlan_EveryDescribedPointAccepted_ButMorePointsInAll_IsStillPartlyAccepted()
    {
        var model = Plan(new Reaction { Id = "all", ReactorId = "b", TargetId = "plan", Stance = Stance.Accept, PointIds = ["point-2", "point-4", "point-7"], StatementIds = ["s"] });

        Assert.Equal(Position.PartlyAccepted, EpisodeAnalysis.Analyze(model).Proposals[0].Positions.Single(p => p.ActorId == "b").Position);
        Assert.Equal(Position.Accepted, EpisodeAnalysis.Analyze(model with { Proposals = [model.Proposals[0] with { PointCount = 3 }] }).Proposals[0].Positions.Single(p => p.ActorId == "b").Points[0].Position);
    }

    [Theory]
    [InlineData(Stance.Negotiate, Position.ToBeNegotiated, "P12")]
    [InlineData(Stance.Undisclosed, Position.Undisclosed, "P13")]
    public void AWholePlanAnswer_ToBeNegotiated_OrUndisclosed_IsNeitherYesNorNo(Stance stance, Position expected, string rule)
    {
        var model = Plan(new Reaction { Id = "r", ReactorId = "b", TargetId = "plan", Stance = stance, StatementIds = ["s"] });

        var b = EpisodeAnalysis.Analyze(model).Proposals[0].Positions.Single(p => p.ActorId == "b");

        Assert.Equal((expected, rule), (b.Position, b.Reason.Rule));
        Assert.All(b.Points, p => Assert.Equal(Position.NoAnswer, p.Position));
    }

    [Fact]
    public void Phases_ASecondPhaseAnchoredToTheFirst_IsNotStarted_UntilTheFirstIsComplete()
    {
        var model = Phased(completed: false);
        var done = Phased(completed: true);

        var before = EpisodeAnalysis.Analyze(model).Agreements[0];
        var after = EpisodeAnalysis.Analyze(done).Agreements[0];

        Assert.Equal((ImplementationStatus.NotStarted, "I5", "pull-back"), (before.Terms[2].Status, before.Terms[2].Reason.Rule, before.Terms[2].WaitsForId));
        Assert.Equal([ImplementationStatus.InProgress, ImplementationStatus.NotStarted], before.Phases.Select(p => p.Status));
        Assert.Equal((ImplementationStatus.NotReported, (string?)null), (after.Terms[2].Status, after.Terms[2].WaitsForId));
        Assert.Equal(ImplementationStatus.Implemented, after.Phases[0].Status);
    }

    [Fact]
    public void Phases_APhaseTwoTermWithoutAnAnchor_WaitsForThePhaseBefore()
    {
        var model = Phased(completed: false);
        var unanchored = model with { Agreements = [model.Agreements[0] with { Terms = [.. model.Agreements[0].Terms.Select(t => t with { StartsAt = t.Id == "release" ? null : t.StartsAt })] }] };

        var release = EpisodeAnalysis.Analyze(unanchored).Agreements[0].Terms[2];

        Assert.Equal((ImplementationStatus.NotStarted, "pull-back"), (release.Status, release.WaitsForId));
    }

    [Fact]
    public void ATermUntilTheNextPhase_IsInEffect_AndTemporary_UntilThoseTalksAreHeld()
    {
        var model = Phased(completed: false);
        var held = model with { Meetings = [model.Meetings[0] with { Status = MeetingStatus.Held, Date = EventDate.Stated(Day) }] };

        var hold = EpisodeAnalysis.Analyze(model).Agreements[0].Terms[3];
        var ended = EpisodeAnalysis.Analyze(held).Agreements[0].Terms[3];

        Assert.Equal((true, "status-talks"), (hold.InEffect, hold.UntilId));
        Assert.Equal((false, (string?)null), (ended.InEffect, ended.UntilId));
    }

    [Fact]
    public void AMonitorsConfirmation_IsVerification_NotSelfReporting()
    {
        var pullBack = EpisodeAnalysis.Analyze(Phased(completed: false)).Agreements[0].Terms[1];

        Assert.Equal(["withdrawal"], pullBack.VerifiedIds);
        Assert.Empty(pullBack.SelfReportedIds);
    }

    [Fact]
    public void AnAgreementBuildsOnAnEarlierOne_ByALink_TheEarlierKeepsItsOwnStatus()
    {
        var model = Phased(completed: false);
        var earlier = new Agreement
        {
            Id = "principles",
            Kind = AgreementKind.DeclarationOfPrinciples,
            Summary = "Principles.",
            Date = EventDate.Stated(Day.AddDays(-20)),
            Signatories = [new Signatory { ActorId = "a", Role = SignatoryRole.Party, Act = SigningAct.Signed }, new Signatory { ActorId = "b", Role = SignatoryRole.Party, Act = SigningAct.Signed }],
        };
        var linked = model with { Agreements = [earlier, model.Agreements[0] with { Links = [new RecordLink { Relation = LinkRelation.BuildsOn, TargetId = "principles" }] }] };

        var analysis = EpisodeAnalysis.Analyze(linked);

        Assert.Equal(["principles"], analysis.Agreements[1].BasisIds);
        Assert.Equal(AgreementStatus.Signed, analysis.Agreements[0].Status);
        Assert.Contains(EventIndex.Create(linked).ReferencesTo("principles"), r => r.Reference.Role == ReferenceRole.Basis);
    }

    [Fact]
    public void ACommitmentOnAPointOfAPlanNotYetAccepted_WaitsForThatPoint()
    {
        var model = Plan() with { Commitments = [new Commitment { Id = "c", CommitterId = "a", Summary = "A clears mines along the line.", StatementIds = ["s"], SubjectId = "plan", SubjectTermId = "point-4", Terms = new Term { OnlyIf = "once the line is agreed" } }] };

        var commitment = EpisodeAnalysis.Analyze(model).Commitments[0];

        Assert.Equal((CommitmentStatus.Made, true), (commitment.Status, commitment.Conditional));
        Assert.Equal(["point-4"], commitment.WaitsForIds);
    }

    internal static DiplomaticEvent Base() => new()
    {
        Id = "e",
        Title = "Format 2.1 rules",
        Date = EventDate.Stated(Day),
        Actors =
        [
            new Actor { Id = "a", Name = "A", Kind = ActorKind.State },
            new Actor { Id = "b", Name = "B", Kind = ActorKind.State },
            new Actor { Id = "c-monitor", Name = "C's monitors", Kind = ActorKind.Government },
            new Actor { Id = "council", Name = "Council", Kind = ActorKind.InternationalOrganization, MemberCount = 15 },
        ],
        Statements = [new Statement { Id = "s", SpeakerId = "a", SaidOn = EventDate.Stated(Day), Paraphrase = "Said so." }],
    };

    internal static Vote Vote(DecisionRule? rule, VoteCounts? counts, Ballot[] ballots) => new()
    {
        Id = "v",
        BodyId = "council",
        DraftId = "draft",
        Summary = "The council votes on the draft.",
        Date = EventDate.Stated(Day),
        Rule = rule,
        Counts = counts,
        Ballots = [.. ballots],
    };

    internal static DiplomaticEvent WithVote(Vote vote) => Base() with
    {
        Proposals = [new Proposal { Id = "draft", ProposerId = "a", AddresseeIds = ["b"], Kind = ProposalKind.Ceasefire, Act = ProposalAct.Demand, Summary = "A ceasefire now.", StatementIds = ["s"], Terms = new Term() }],
        Votes = [vote],
    };

    internal static DiplomaticEvent Plan(params Reaction[] reactions) => Base() with
    {
        Proposals =
        [
            new Proposal
            {
                Id = "plan",
                ProposerId = "a",
                AddresseeIds = ["b"],
                Kind = ProposalKind.PeaceAgreement,
                Summary = "A ten-point plan.",
                StatementIds = ["s"],
                Terms = new Term(),
                PointCount = 10,
                Points = [new Term { Id = "point-2", Article = "2" }, new Term { Id = "point-4", Article = "4" }, new Term { Id = "point-7", Article = "7" }],
            },
        ],
        Reactions = [.. reactions],
    };

    internal static DiplomaticEvent Phased(bool completed) => Base() with
    {
        Meetings = [new Meeting { Id = "status-talks", Kind = MeetingKind.Talks, Status = MeetingStatus.AgreedInPrinciple }],
        Agreements =
        [
            new Agreement
            {
                Id = "g",
                Kind = AgreementKind.Ceasefire,
                Summary = "A phased ceasefire.",
                Date = EventDate.Stated(Day),
                Signatories = [new Signatory { ActorId = "a", Role = SignatoryRole.Party, Act = SigningAct.Signed }, new Signatory { ActorId = "b", Role = SignatoryRole.Party, Act = SigningAct.Signed }],
                VerifierIds = ["c-monitor"],
                Terms =
                [
                    new Term { Id = "truce", Summary = "The truce.", Date = EventDate.Stated(Day) },
                    new Term { Id = "pull-back", Summary = "Pull back.", Phase = 1, StartsAt = new TermAnchor { Id = "truce", Event = AnchorEvent.TakesEffect }, Area = new Place { Name = "The line" } },
                    new Term { Id = "release", Summary = "Release detainees within 72 hours.", Phase = 2, Duration = new Duration { Value = 72, Unit = DurationUnit.Hour }, StartsAt = new TermAnchor { Id = "pull-back", Event = AnchorEvent.Completed } },
                    new Term { Id = "hold", Summary = "B holds the town until the status talks.", MeetingId = "status-talks", EndsAt = new TermAnchor { Id = "status-talks", Event = AnchorEvent.Held } },
                ],
            },
        ],
        Implementations = [new Implementation { Id = "withdrawal", AgreementId = "g", TermId = "pull-back", ActorId = "a", ReportedById = "c-monitor", VerifiedById = "c-monitor", Summary = "A withdrew.", Date = EventDate.Stated(Day), Completed = completed }],
    };
}
