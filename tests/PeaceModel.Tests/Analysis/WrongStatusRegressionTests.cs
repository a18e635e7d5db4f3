using PeaceModel.Analysis;
using PeaceModel.Kinds;
using PeaceModel.Text;
using PeaceModel.Tests.Support;

namespace PeaceModel.Tests.Analysis;

/// <summary>
/// The wrong statuses seen when format 2.0 was tried on new reports (issue 22), each under its own name,
/// and the agreement rules of <c>docs/analysis.md</c>, one test per documented rule on its documented example.
/// </summary>
public class WrongStatusRegressionTests
{
    private static readonly DateOnly The28th = new(2026, 5, 28);

    [Fact]
    public void InForceTooEarly_ACeasefireAt2400OnThe28th_IsSignedNotInForce_OnThe28th()
    {
        var atMidnight = Ceasefire(new EventDate { Value = The28th, EndOfDay = true, Text = "at 24:00 on the 28th" });

        var onThe28th = Analyze(atMidnight).Agreements[0];
        var onThe29th = EpisodeAnalysis.Analyze(EventIndex.Create(atMidnight), The28th.AddDays(1)).Agreements[0];

        Assert.Equal((AgreementStatus.Signed, "A2"), (onThe28th.Status, onThe28th.Reason.Rule));
        Assert.Equal((AgreementStatus.InForce, "A1"), (onThe29th.Status, onThe29th.Reason.Rule));
    }

    [Fact]
    public void InForceTooEarly_AnAgreedStepDatedSoon_IsAgreedNotYetInForce_EvenMonthsLater()
    {
        var soon = Ceasefire(new EventDate { Value = The28th, Basis = DateBasis.Relative, ResolvedAgainst = The28th, Modifier = DateModifier.After, Text = "soon" }, SigningAct.Agreed, SigningAct.Agreed);

        var onTheDay = Analyze(soon).Agreements[0];
        var later = EpisodeAnalysis.Analyze(EventIndex.Create(soon), The28th.AddMonths(3)).Agreements[0];

        Assert.Equal((AgreementStatus.Agreed, "A3"), (onTheDay.Status, onTheDay.Reason.Rule));
        Assert.Equal(AgreementStatus.Agreed, later.Status);
    }

    [Theory]
    [InlineData("12:00:00", "+02:00", "14:10:00", "+02:00", AgreementStatus.InForce)]
    [InlineData("12:00:00", "Europe/Athens", "14:10:00", "+02:00", AgreementStatus.InForce)]
    [InlineData("10:00:00", "Z", "11:00:00", "+02:00", AgreementStatus.Signed)]
    [InlineData("15:00:00", null, "14:10:00", null, AgreementStatus.Signed)]
    [InlineData("12:00:00", null, null, null, AgreementStatus.InForce)]
    public void InForceTooEarly_ComparesInstants_WithTheirZones(string takesEffect, string? zone, string? reportTime, string? reportZone, AgreementStatus expected)
    {
        var term = new EventDate { Value = The28th, Time = TimeOnly.Parse(takesEffect, System.Globalization.CultureInfo.InvariantCulture), TimeZone = zone };
        var report = new EventDate
        {
            Value = The28th,
            Time = reportTime is null ? null : TimeOnly.Parse(reportTime, System.Globalization.CultureInfo.InvariantCulture),
            TimeZone = reportZone,
        };

        var agreement = Analyze(Ceasefire(term) with { Date = report }).Agreements[0];

        Assert.Equal(expected, agreement.Status);
    }

    [Theory]
    [InlineData(DateModifier.Approximate, AgreementStatus.Signed)]
    [InlineData(DateModifier.OnOrBefore, AgreementStatus.Signed)]
    [InlineData(DateModifier.Before, AgreementStatus.InForce)]
    public void InForceTooEarly_RespectsTheModifier_OnTheDayItself(DateModifier modifier, AgreementStatus expected)
    {
        var agreement = Analyze(Ceasefire(new EventDate { Value = The28th, Modifier = modifier })).Agreements[0];

        Assert.Equal(expected, agreement.Status);
    }

    /// <summary>The examples of the table "Agreements" in docs/analysis.md, one per rule.</summary>
    public static TheoryData<string, SigningAct, SigningAct, EventDate?, Stance?, AgreementStatus> AgreementRules => new()
    {
        { "A0", SigningAct.Signed, SigningAct.Signed, null, Stance.Withdraw, AgreementStatus.Terminated },
        { "A0", SigningAct.Signed, SigningAct.Signed, null, Stance.Suspend, AgreementStatus.Suspended },
        { "A1", SigningAct.Signed, SigningAct.Signed, EventDate.Stated(The28th), null, AgreementStatus.InForce },
        { "A1", SigningAct.Agreed, SigningAct.Agreed, EventDate.Stated(The28th), null, AgreementStatus.InForce },
        { "A2", SigningAct.Signed, SigningAct.NotReported, null, null, AgreementStatus.Signed },
        { "A2", SigningAct.Signed, SigningAct.Agreed, null, null, AgreementStatus.Signed },
        { "A3", SigningAct.Agreed, SigningAct.Agreed, null, null, AgreementStatus.Agreed },
        { "A3", SigningAct.Agreed, SigningAct.NotReported, null, null, AgreementStatus.Agreed },
        { "A4", SigningAct.Abstained, SigningAct.Abstained, EventDate.Stated(The28th), null, AgreementStatus.NotAgreed },
        { "A4", SigningAct.NotReported, SigningAct.Abstained, null, null, AgreementStatus.NotAgreed },
    };

    [Theory]
    [MemberData(nameof(AgreementRules))]
    public void SignedVsAgreed_EachDocumentedAgreementRule_YieldsItsStatus(string rule, SigningAct first, SigningAct second, EventDate? takesEffect, Stance? ending, AgreementStatus expected)
    {
        var diplomaticEvent = Ceasefire(takesEffect, first, second);
        if (ending is { } stance)
        {
            diplomaticEvent = diplomaticEvent with { Reactions = [new Reaction { Id = "r", ReactorId = "b", TargetId = "g", Stance = stance, StatementIds = ["s"] }] };
        }

        var agreement = Analyze(diplomaticEvent).Agreements[0];

        Assert.Equal((expected, rule), (agreement.Status, agreement.Reason.Rule));
    }

    [Fact]
    public void SignedVsAgreed_PartiesThatAgreedWithoutSigning_AreNotCountedAsSigning()
    {
        var diplomaticEvent = Ceasefire(null, SigningAct.Agreed, SigningAct.Agreed);

        var agreement = Analyze(diplomaticEvent).Agreements[0];

        Assert.Equal((AgreementStatus.Agreed, 0, 2), (agreement.Status, agreement.SignedCount, agreement.PartyCount));
        Assert.Equal(["a", "b"], agreement.AgreedIds);
        Assert.Equal("0 of 2 parties; agreed, no signature reported: A, B", AnalysisText.Signatures(agreement, EventIndex.Create(diplomaticEvent)));
        Assert.Equal("A ceasefire agreed", AnalysisText.Describe(Analyze(diplomaticEvent).Timeline.Single(e => e.RecordId == "g"), EventIndex.Create(diplomaticEvent)));
    }

    [Fact]
    public void SignedVsAgreed_APartyWhoseSignatureIsNotReported_StaysAmongTheParties()
    {
        var diplomaticEvent = Ceasefire(null, SigningAct.Signed, SigningAct.NotReported);

        var agreement = Analyze(diplomaticEvent).Agreements[0];

        Assert.Equal((AgreementStatus.Signed, 1, 2), (agreement.Status, agreement.SignedCount, agreement.PartyCount));
        Assert.Equal(["b"], agreement.NotReportedIds);
        Assert.Equal("1 of 2 parties; signature not reported: B", AnalysisText.Signatures(agreement, EventIndex.Create(diplomaticEvent)));
    }

    [Fact]
    public void SignedVsAgreed_AnAgreementEveryPartyAbstainedFrom_IsNotAgreed()
    {
        var diplomaticEvent = Ceasefire(null, SigningAct.Abstained, SigningAct.Abstained);
        var analysis = Analyze(diplomaticEvent);
        var agreement = analysis.Agreements[0];

        Assert.Equal((AgreementStatus.NotAgreed, "A4", 0), (agreement.Status, agreement.Reason.Rule, agreement.SignedCount));
        Assert.Equal(["a", "b"], agreement.AbstainedIds);
        var made = analysis.Timeline.Single(e => e.RecordId == "g");
        Assert.Equal("A ceasefire text settled; no party reported signing or agreeing", AnalysisText.Describe(made, EventIndex.Create(diplomaticEvent)));
    }

    [Theory]
    [InlineData(MeetingStatus.Held)]
    [InlineData(MeetingStatus.Ongoing)]
    [InlineData(MeetingStatus.Suspended)]
    [InlineData(MeetingStatus.Collapsed)]
    public void TalksHeld_AnOfferOfTalksTheAddresseeTookPartIn_IsAcceptedByConduct_CitingTheMeeting(MeetingStatus status)
    {
        var diplomaticEvent = OfferOfTalks(status, ParticipantCourse.Attended);

        var proposal = Analyze(diplomaticEvent).Proposals[0];

        var addressee = Assert.Single(proposal.Positions);
        Assert.Equal(("b", Position.Accepted, "P10"), (addressee.ActorId, addressee.Position, addressee.Reason.Rule));
        Assert.Equal(["talks"], addressee.Reason.RecordIds);
        Assert.Equal((ProposalStatus.Accepted, "O3"), (proposal.Status, proposal.Reason.Rule));
        Assert.True(TestData.Validator.Validate(diplomaticEvent).IsValid, string.Join("\n", TestData.Validator.Validate(diplomaticEvent).Errors));
    }

    [Fact]
    public void TalksHeld_AnAddresseeThatStayedAway_HasNotAnswered()
    {
        var proposal = Analyze(OfferOfTalks(MeetingStatus.Held, ParticipantCourse.StayedAway)).Proposals[0];

        Assert.Equal((Position.NoAnswer, "P7"), (proposal.Positions[0].Position, proposal.Positions[0].Reason.Rule));
        Assert.Equal(ProposalStatus.Open, proposal.Status);
    }

    [Fact]
    public void TalksHeld_AnOfferOfTalksNotYetHeld_StaysOpen()
    {
        var proposal = Analyze(OfferOfTalks(MeetingStatus.Postponed, ParticipantCourse.Attended)).Proposals[0];

        Assert.Equal((Position.NoAnswer, ProposalStatus.Open), (proposal.Positions[0].Position, proposal.Status));
    }

    [Fact]
    public void TalksAgreedInPrinciple_WithNoDate_AreNotScheduled()
    {
        var undated = Ceasefire(null) with
        {
            Meetings = [new Meeting { Id = "talks", Kind = MeetingKind.Talks }],
        };
        undated = undated with { Agreements = [undated.Agreements[0] with { Terms = [new Term { Summary = "Talks on the final status.", MeetingId = "talks" }] }] };
        var dated = undated with { Meetings = [new Meeting { Id = "talks", Kind = MeetingKind.Talks, Date = EventDate.Stated(The28th.AddDays(7)) }] };
        var soon = undated with { Meetings = [new Meeting { Id = "talks", Kind = MeetingKind.Talks, Date = new EventDate { Value = The28th, Modifier = DateModifier.After, Basis = DateBasis.Relative, ResolvedAgainst = The28th, Text = "soon" } }] };

        Assert.Equal((MeetingStatus.AgreedInPrinciple, "M2"), (Analyze(undated).Meetings[0].Status, Analyze(undated).Meetings[0].Reason.Rule));
        Assert.Equal(MeetingStatus.AgreedInPrinciple, Analyze(soon).Meetings[0].Status);
        Assert.Equal(MeetingStatus.Scheduled, Analyze(dated).Meetings[0].Status);
        Assert.True(TestData.Validator.Validate(undated).IsValid, string.Join("\n", TestData.Validator.Validate(undated).Errors));
    }

    [Fact]
    public void TalksUnderWay_AreOngoing_NotOnlyHeld()
    {
        var meeting = Analyze(OfferOfTalks(MeetingStatus.Ongoing, ParticipantCourse.Attended)).Meetings[0];

        Assert.Equal((MeetingStatus.Ongoing, "M1"), (meeting.Status, meeting.Reason.Rule));
    }

    [Fact]
    public void ParticipantCourse_ADayWithoutTheCourse_IsRefused()
    {
        var diplomaticEvent = OfferOfTalks(MeetingStatus.Suspended, ParticipantCourse.Recalled);
        var meeting = diplomaticEvent.Meetings[0];
        var dayOnly = diplomaticEvent with { Meetings = [meeting with { Participants = [meeting.Participants[0], meeting.Participants[1] with { Course = null }] }] };

        var result = TestData.Validator.Validate(dayOnly);

        var error = Assert.Single(result.Errors, e => e.PropertyName.EndsWith("courseDate", StringComparison.Ordinal));
        Assert.DoesNotContain(TestData.Validator.Validate(diplomaticEvent).Errors, e => e.PropertyName.Contains("participants", StringComparison.Ordinal));
        Assert.Equal("meetings[0].participants[1].courseDate", error.PropertyName);
        Assert.Contains("needs the course it dates", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void ComplianceEvidence_AClaimAboutTheSizeOfAnExchange_IsNotCitedAsEvidenceOfKeeping()
    {
        var exchange = Ceasefire(EventDate.Stated(The28th)) with
        {
            Claims =
            [
                new Claim { Id = "size", Kind = ClaimKind.Fact, Attribution = ClaimAttribution.OnRecord, ClaimantId = "a", Summary = "The exchange involved 230 prisoners, the largest so far.", AboutIds = ["g"], StatementIds = ["s"] },
                new Claim { Id = "holding", Kind = ClaimKind.Assessment, Attribution = ClaimAttribution.OnRecord, ClaimantId = "b", Summary = "Both sides have kept to the exchange.", AboutIds = ["g"], StatementIds = ["s"] },
            ],
        };

        var agreement = Analyze(exchange).Agreements[0];

        Assert.Equal((ComplianceStatus.NotReported, "K4"), (agreement.Compliance, agreement.ComplianceReason?.Rule));
        Assert.Equal(["holding"], agreement.ComplianceReason!.RecordIds);
        Assert.DoesNotContain("size", AnalysisText.Keeping(agreement), StringComparison.Ordinal);
    }

    private static EpisodeAnalysis Analyze(DiplomaticEvent diplomaticEvent) => EpisodeAnalysis.Analyze(diplomaticEvent);

    private static DiplomaticEvent Ceasefire(EventDate? takesEffect, SigningAct first = SigningAct.Signed, SigningAct second = SigningAct.Signed) => Base() with
    {
        Agreements =
        [
            new Agreement
            {
                Id = "g",
                Summary = "A ceasefire.",
                Date = EventDate.Stated(The28th),
                Signatories = [new Signatory { ActorId = "a", Role = SignatoryRole.Party, Act = first }, new Signatory { ActorId = "b", Role = SignatoryRole.Party, Act = second }],
                Terms = takesEffect is null ? [] : [new Term { Id = "ceasefire", Summary = "The guns fall silent.", Date = takesEffect }],
            },
        ],
    };

    private static DiplomaticEvent OfferOfTalks(MeetingStatus status, ParticipantCourse course) => Base() with
    {
        Proposals = [new Proposal { Id = "p", ProposerId = "a", AddresseeIds = ["b"], Kind = ProposalKind.DirectNegotiations, Summary = "Direct talks.", StatementIds = ["s"], Terms = new Term { MeetingId = "talks" } }],
        Meetings =
        [
            new Meeting
            {
                Id = "talks",
                Kind = MeetingKind.Talks,
                Status = status,
                Date = EventDate.Stated(The28th),
                Participants = [new Participant { ActorId = "a", Role = ParticipantRole.Party }, new Participant { ActorId = "b", Role = ParticipantRole.Party, Course = course, CourseDate = EventDate.Stated(The28th) }],
            },
        ],
    };

    private static DiplomaticEvent Base() => new()
    {
        Id = "e",
        Title = "Regressions",
        Date = EventDate.Stated(The28th),
        Actors = [new Actor { Id = "a", Name = "A", Kind = ActorKind.State, Country = "UKR" }, new Actor { Id = "b", Name = "B", Kind = ActorKind.State, Country = "POL" }],
        Statements = [new Statement { Id = "s", SpeakerId = "a", SaidOn = EventDate.Stated(The28th), Paraphrase = "Said so." }],
    };
}
