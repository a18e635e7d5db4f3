using PeaceModel.Analysis;
using PeaceModel.Kinds;
using PeaceModel.Text;

namespace PeaceModel.Tests.Episodes;

/// <summary>
/// The expected statuses of <c>phased-ceasefire-2026-12-16.expect.md</c> that format 2.1 part 1 derives,
/// as of the report's update (2026-12-16 14:10 local, GMT+2). <c>docs/episodes.md</c> lists those it cannot yet.
/// </summary>
public class PhasedCeasefireExpectationTests
{
    private static readonly DiplomaticEvent Model = Episode.Get(PhasedCeasefireModel.Name).Model;

    private static readonly EpisodeAnalysis Analysis = EpisodeAnalysis.Analyze(Model);

    [Fact]
    public void TheCaldemarDeclaration_IsSigned()
    {
        var declaration = Analysis.Agreements.Single(a => a.Agreement.Id == "caldemar-declaration");

        Assert.Equal((AgreementStatus.Signed, "A2", 2, 2), (declaration.Status, declaration.Reason.Rule, declaration.SignedCount, declaration.PartyCount));
    }

    [Fact]
    public void TheAgreement_IsInForce_ItsTruceTookEffectAt1200Local_BeforeTheUpdateAt1410()
    {
        var agreement = Analysis.Agreements.Single(a => a.Agreement.Id == "phased-ceasefire");

        Assert.Equal((AgreementStatus.InForce, "A1"), (agreement.Status, agreement.Reason.Rule));
    }

    [Fact]
    public void TheAgreement_AsOfTheFirstPublicationAt0740_IsSignedNotYetInForce()
    {
        var firstPublished = Model with { Date = Model.Date with { Time = new TimeOnly(7, 40), Text = "first published 07:40 local time" } };

        var agreement = EpisodeAnalysis.Analyze(firstPublished).Agreements.Single(a => a.Agreement.Id == "phased-ceasefire");

        Assert.Equal((AgreementStatus.Signed, "A2"), (agreement.Status, agreement.Reason.Rule));
    }

    [Theory]
    [InlineData("2026-12-16T09:59:00+00:00", AgreementStatus.Signed)]
    [InlineData("2026-12-16T11:59:00+02:00", AgreementStatus.Signed)]
    [InlineData("2026-12-16T10:00:00+00:00", AgreementStatus.InForce)]
    [InlineData("2026-12-16T07:00:00-05:00", AgreementStatus.InForce)]
    public void TheAgreement_AsOfAnInstant_IsInForceFrom1000Gmt(string instant, AgreementStatus expected)
    {
        var asOf = DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);

        var analysis = EpisodeAnalysis.Analyze(EventIndex.Create(Model), asOf);

        Assert.Equal(asOf, analysis.AsOfInstant);
        Assert.Equal(expected, analysis.Agreements.Single(a => a.Agreement.Id == "phased-ceasefire").Status);
    }

    [Fact]
    public void TheAgreement_IsSignedByEssara_AndAcceptedByTheFront_WithoutAReportedSignature()
    {
        var agreement = Analysis.Agreements.Single(a => a.Agreement.Id == "phased-ceasefire");

        Assert.Equal(["essara"], agreement.SignedIds);
        Assert.Equal(["sennic-front"], agreement.AgreedIds);
        Assert.Equal((1, 2), (agreement.SignedCount, agreement.PartyCount));
        Assert.Equal("1 of 2 parties; agreed, no signature reported: Sennic Front", AnalysisText.Signatures(agreement, EventIndex.Create(Model)));
    }

    [Fact]
    public void ThePullBack_IsInProgress_VerifiedNotSelfReported_ItsDeadlineNotPassed()
    {
        var agreement = Analysis.Agreements.Single(a => a.Agreement.Id == "phased-ceasefire");

        var pullBack = agreement.Terms.Single(t => t.TermId == "pull-back");
        Assert.Equal((ImplementationStatus.InProgress, "I3", false), (pullBack.Status, pullBack.Reason.Rule, pullBack.DeadlinePassed));
        Assert.Equal(["first-withdrawal"], pullBack.Reason.RecordIds);
        Assert.Empty(pullBack.SelfReportedIds);
        Assert.Equal(ImplementationStatus.NotReported, agreement.Terms.Single(t => t.TermId == "displaced-families").Status);
        Assert.Equal((ImplementationStatus.PartlyImplemented, ComplianceStatus.NotReported), (agreement.Implementation, agreement.Compliance));
    }

    [Fact]
    public void TheFinalStatusTalks_HaveNoDate_AndAreNotScheduled()
    {
        var talks = Assert.Single(Analysis.Meetings);

        Assert.Equal(("tovin-final-status-talks", MeetingStatus.AgreedInPrinciple, "M2"), (talks.Meeting.Id, talks.Status, talks.Reason.Rule));
        Assert.Equal(["phased-ceasefire"], talks.Reason.RecordIds);
    }

    [Fact]
    public void PhaseTwo_IsNotStarted_ItWaitsForThePullBack()
    {
        var agreement = Analysis.Agreements.Single(a => a.Agreement.Id == "phased-ceasefire");

        var release = agreement.Terms.Single(t => t.TermId == "detainee-release");
        Assert.Equal((ImplementationStatus.NotStarted, "I5", "pull-back"), (release.Status, release.Reason.Rule, release.WaitsForId));
        Assert.Equal([(1, ImplementationStatus.InProgress), (2, ImplementationStatus.NotStarted)], agreement.Phases.Select(p => (p.Phase, p.Status)));
    }

    [Fact]
    public void TheHoldOnTovin_IsInEffect_Temporary_UntilTheFinalStatusTalks()
    {
        var hold = Analysis.Agreements.Single(a => a.Agreement.Id == "phased-ceasefire").Terms.Single(t => t.TermId == "tovin-hold");

        Assert.Equal((true, "tovin-final-status-talks"), (hold.InEffect, hold.UntilId));
    }

    [Fact]
    public void TheMonitorsConfirmation_IsVerificationByAThirdParty()
    {
        var pullBack = Analysis.Agreements.Single(a => a.Agreement.Id == "phased-ceasefire").Terms.Single(t => t.TermId == "pull-back");

        Assert.Equal(["first-withdrawal"], pullBack.VerifiedIds);
    }

    [Fact]
    public void TheAgreement_BuildsOnTheCaldemarDeclaration()
    {
        Assert.Equal(["caldemar-declaration"], Analysis.Agreements.Single(a => a.Agreement.Id == "phased-ceasefire").BasisIds);
    }

    [Fact]
    public void RoshkasCommitment_IsConditional_NotYetFulfilled()
    {
        var commitment = Analysis.Commitments.Single(c => c.Commitment.Id == "front-withdrawal");

        Assert.Equal((CommitmentStatus.Made, true), (commitment.Status, commitment.Conditional));
        Assert.Empty(commitment.WaitsForIds);
    }
}
