using PeaceModel.Tests.Episodes;
using PeaceModel.Tests.Support;
using PeaceModel.Validation;

namespace PeaceModel.Tests.Validation;

/// <summary>The rules format 2.0 added, each broken once on a valid report, with its code and JSON path.</summary>
public class FormatTwoRulesTests
{
    private static readonly Episode PortAmrel = Episode.Get(PortAmrelModel.Name);

    public static TheoryData<string, string, string> Variants => new()
    {
        { "a witness that is also a party", ErrorCodes.InvalidRole, "agreements[0].signatories" },
        { "an agreement with witnesses only", ErrorCodes.InvalidRole, "agreements[0].signatories" },
        { "a member count on a state", ErrorCodes.InvalidRole, "agreements[0].signatories[0].count" },
        { "a reservation by an abstainer", ErrorCodes.InvalidValue, "agreements[0].signatories[1].reservation" },
        { "two terms with one id", ErrorCodes.DuplicateValue, "agreements[0].terms" },
        { "a term naming an unknown monitor", ErrorCodes.UnknownReference, "agreements[0].terms[3].actorIds[1]" },
        { "a term naming a meeting that is an actor", ErrorCodes.WrongReferenceKind, "agreements[0].terms[2].meetingId" },
        { "a range that ends before it starts", ErrorCodes.InvalidDate, "meetings[0].date.end" },
        { "the end of a day with a time", ErrorCodes.InvalidDate, "agreements[0].terms[0].date.endOfDay" },
        { "a part of day with a time", ErrorCodes.InvalidDate, "agreements[0].date.partOfDay" },
        { "an offset without an anchor", ErrorCodes.InvalidDate, "agreements[0].terms[1].deadline.offset" },
        { "an inferred zone that names none", ErrorCodes.InvalidDate, "agreements[0].date.timeZoneBasis" },
        { "a negative quantity", ErrorCodes.InvalidValue, "agreements[0].terms[1].quantities[0].value" },
        { "a group smaller than its named members", ErrorCodes.InvalidMembership, "actors[5].memberCount" },
        { "a delegate who acts for no one", ErrorCodes.InvalidRole, "meetings[0].participants[6].role" },
        { "a previous date on a held meeting", ErrorCodes.InvalidDate, "meetings[0].previousDate" },
        { "an actor acting for itself", ErrorCodes.ActsForCycle, "actors[6].actsForId" },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void BrokenVariant_IsReportedWithItsCodeAtItsPath(string variant, string code, string path)
    {
        var result = TestData.Validator.Validate(Break(PortAmrel.Model, variant), PortAmrel.SourceTexts);

        Assert.Contains(result.Errors, e => e.ErrorCode == code && e.PropertyName == path);
        Assert.All(result.Errors, e => Assert.Equal(code, e.ErrorCode));
    }

    [Fact]
    public void TheReportItself_IsValid()
    {
        Assert.True(TestData.Validator.Validate(PortAmrel.Model, PortAmrel.SourceTexts).IsValid);
    }

    private static DiplomaticEvent Break(DiplomaticEvent e, string variant)
    {
        var agreement = e.Agreements[0];
        var terms = agreement.Terms;
        return variant switch
        {
            "a witness that is also a party" => WithAgreement(e, a => a with { Signatories = [.. a.Signatories, new Signatory { ActorId = "keldor", Role = SignatoryRole.Witness, Act = SigningAct.Signed }] }),
            "an agreement with witnesses only" => WithAgreement(e, a => a with { Signatories = [.. a.Signatories.Where(s => s.Role != SignatoryRole.Party)] }),
            "a member count on a state" => WithAgreement(e, a => a with { Signatories = a.Signatories.SetItem(0, a.Signatories[0] with { Count = 2 }) }),
            "a reservation by an abstainer" => WithAgreement(e, a => a with { Signatories = a.Signatories.SetItem(1, a.Signatories[1] with { Act = SigningAct.Abstained, Reservation = "Article 2." }) }),
            "two terms with one id" => WithAgreement(e, a => a with { Terms = terms.SetItem(1, terms[1] with { Id = "ceasefire" }) }),
            "a term naming an unknown monitor" => WithAgreement(e, a => a with { Terms = terms.SetItem(3, terms[3] with { ActorIds = ["union", "blue-helmets"] }) }),
            "a term naming a meeting that is an actor" => WithAgreement(e, a => a with { Terms = terms.SetItem(2, terms[2] with { MeetingId = "ostrea" }) }),
            "a range that ends before it starts" => e with { Meetings = e.Meetings.SetItem(0, e.Meetings[0] with { Date = e.Meetings[0].Date! with { End = new DateOnly(2026, 4, 10) } }) },
            "the end of a day with a time" => WithAgreement(e, a => a with { Terms = terms.SetItem(0, terms[0] with { Date = terms[0].Date! with { EndOfDay = true } }) }),
            "a part of day with a time" => WithAgreement(e, a => a with { Date = a.Date with { PartOfDay = PartOfDay.Afternoon } }),
            "an offset without an anchor" => WithAgreement(e, a => a with { Terms = terms.SetItem(1, terms[1] with { Deadline = terms[1].Deadline! with { Basis = DateBasis.Stated, ResolvedAgainst = null } }) }),
            "an inferred zone that names none" => WithAgreement(e, a => a with { Date = a.Date with { TimeZoneBasis = DateBasis.Inferred } }),
            "a negative quantity" => WithAgreement(e, a => a with { Terms = terms.SetItem(1, terms[1] with { Quantities = [terms[1].Quantities[0] with { Value = -15 }] }) }),
            "a group smaller than its named members" => e with { Actors = e.Actors.SetItem(5, e.Actors[5] with { MemberIds = ["oduya", "rask"], MemberCount = 1 }) },
            "a delegate who acts for no one" => e with { Actors = e.Actors.SetItem(6, e.Actors[6] with { ActsForId = null }) },
            "a previous date on a held meeting" => e with { Meetings = e.Meetings.SetItem(0, e.Meetings[0] with { PreviousDate = EventDate.Stated(new DateOnly(2026, 4, 1)) }) },
            "an actor acting for itself" => e with { Actors = e.Actors.SetItem(6, e.Actors[6] with { ActsForId = "rask" }) },
            _ => throw new ArgumentOutOfRangeException(nameof(variant), variant, null),
        };

        DiplomaticEvent WithAgreement(DiplomaticEvent d, Func<Agreement, Agreement> change) => d with { Agreements = [change(agreement)] };
    }
}
