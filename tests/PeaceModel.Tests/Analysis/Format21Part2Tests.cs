using PeaceModel.Analysis;
using PeaceModel.Kinds;
using PeaceModel.Text;
using PeaceModel.Validation;
using static PeaceModel.Tests.Analysis.Format21RulesTests;

namespace PeaceModel.Tests.Analysis;

/// <summary>What format 2.1 part 2 (issue 23) lets a model say without an invented record, each under the item it answers.</summary>
public class Format21Part2Tests
{
    private static readonly DateOnly Day = new(2026, 10, 20);

    private static readonly DiplomaticEventValidator Validator = new();

    [Fact]
    public void RelayedStatements_AnUnnamedSourceAndAChainOfMedia_NeedNoInventedActor()
    {
        var model = Base() with
        {
            Actors = [.. Base().Actors, new Actor { Id = "agency", Name = "The state news agency", Kind = ActorKind.Media }, new Actor { Id = "paper", Name = "Kolvath Today", Kind = ActorKind.Media }],
            Statements =
            [
                .. Base().Statements,
                new Statement { Id = "relayed", SpeakerId = "b", SaidOn = EventDate.Stated(Day), RelayedByIds = ["agency", "paper"], Paraphrase = "Will carry out the first stage." },
                new Statement { Id = "anonymous", UnnamedSpeaker = new UnnamedSource { Description = "an official familiar with the talks", AffiliationId = "a" }, SaidOn = EventDate.Stated(Day), Paraphrase = "The talks have not collapsed." },
            ],
        };
        var index = EventIndex.Create(model);

        Assert.True(Validator.Validate(model).IsValid, string.Join("; ", Validator.Validate(model).Errors));
        Assert.Equal("B, via The state news agency, Kolvath Today", EventText.Speaker(index, model.Statements[1]));
        Assert.Equal("an official familiar with the talks (A)", EventText.Speaker(index, model.Statements[2]));
        Assert.Contains(index.ReferencesTo("paper"), r => r.Reference.Role == ReferenceRole.Relay);
    }

    [Fact]
    public void WhoCalledWhom_IsTheMeetingsInitiator()
    {
        var model = Base() with { Meetings = [new Meeting { Id = "call", Kind = MeetingKind.Call, Status = MeetingStatus.Held, Date = EventDate.Stated(Day), InitiatorId = "b", Participants = [new Participant { ActorId = "a", Role = ParticipantRole.Party }, new Participant { ActorId = "b", Role = ParticipantRole.Party }] }] };

        Assert.True(Validator.Validate(model).IsValid);
        Assert.Contains(EventIndex.Create(model).ReferencesTo("b"), r => r.Reference.Role == ReferenceRole.Author && r.From.Record is Meeting);
    }

    [Fact]
    public void ReactionsToAnyRecord_AReactionToAReaction_AnIncident_AVote_AreValid()
    {
        var model = WithVote(Vote(null, null, [])) with
        {
            Incidents = [new Incident { Id = "strike", Summary = "A strike on a market.", Date = EventDate.Stated(Day) }],
            Reactions =
            [
                new Reaction { Id = "welcome-veto", ReactorId = "b", TargetId = "v", Stance = Stance.Welcome, StatementIds = ["s"] },
                new Reaction { Id = "protest", ReactorId = "a", TargetId = "welcome-veto", Stance = Stance.Reject, StatementIds = ["s"] },
                new Reaction { Id = "condemn", ReactorId = "a", TargetId = "strike", Stance = Stance.Reject, StatementIds = ["s"] },
            ],
        };

        Assert.True(Validator.Validate(model).IsValid, string.Join("; ", Validator.Validate(model).Errors));
    }

    [Fact]
    public void AProposalOnlyTheReportMentions_NeedsNoInventedStatement()
    {
        var model = Base() with { Proposals = [new Proposal { Id = "p", ProposerId = "b", AddresseeIds = ["a"], Kind = ProposalKind.PrisonerExchange, Summary = "An exchange of prisoners.", StatementIds = [], Terms = new Term() }] };

        Assert.True(Validator.Validate(model).IsValid);
        Assert.Equal(ProposalStatus.Open, EpisodeAnalysis.Analyze(model).Proposals[0].Status);
    }

    [Fact]
    public void TheReportsOwnNarration_IsReported_NotUnconfirmed_AnAnonymousSourceStaysUnconfirmed()
    {
        var model = Base() with
        {
            Claims =
            [
                new Claim { Id = "lasted", Kind = ClaimKind.Fact, Attribution = ClaimAttribution.Reporter, Summary = "The talks lasted two hours." },
                new Claim { Id = "rumour", Kind = ClaimKind.Fact, Attribution = ClaimAttribution.AnonymousSource, Source = "a diplomat", Summary = "The talks will resume." },
            ],
        };

        var claims = EpisodeAnalysis.Analyze(model).Claims;

        Assert.Equal([(ClaimStatus.Reported, "C6"), (ClaimStatus.Unconfirmed, "C4")], claims.Select(c => (c.Status, c.Reason.Rule)));
    }

    [Fact]
    public void ClaimsOfCredit_Forecasts_TheirOwnTerms_AndConflictingAccounts_AreTyped()
    {
        var model = Base() with
        {
            Claims =
            [
                new Claim { Id = "credit", Kind = ClaimKind.Credit, Attribution = ClaimAttribution.OnRecord, ClaimantId = "a", Summary = "We brokered the exchange.", StatementIds = ["s"] },
                new Claim { Id = "at-noon", Kind = ClaimKind.Forecast, Attribution = ClaimAttribution.OnRecord, ClaimantId = "a", Summary = "The truce begins at noon.", StatementIds = ["s"], Terms = new Term { Date = EventDate.Stated(Day.AddDays(1)) with { Time = new TimeOnly(12, 0) } } },
                new Claim { Id = "at-once", Kind = ClaimKind.Forecast, Attribution = ClaimAttribution.Readout, ClaimantId = "b", Summary = "The truce begins immediately.", ConflictsWithIds = ["at-noon"] },
            ],
        };

        Assert.True(Validator.Validate(model).IsValid, string.Join("; ", Validator.Validate(model).Errors));
        Assert.Contains(EventIndex.Create(model).ReferencesTo("at-noon"), r => r.Reference.Role == ReferenceRole.Conflict);
        Assert.Contains(EpisodeAnalysis.Analyze(model).Timeline, e => e.RecordId == "at-noon" && e.Date.Time == new TimeOnly(12, 0));
    }

    [Fact]
    public void TheReport_MayHaveNoPublicationDay_AnUpdateTime_AndADateline()
    {
        var model = Base() with { Sources = [new SourceDocument { Id = "report", UpdatedAt = new DateTimeOffset(2026, 10, 20, 14, 10, 0, TimeSpan.Zero), Dateline = new Place { Name = "Korrasta" } }] };

        Assert.True(Validator.Validate(model).IsValid);
        Assert.False(Validator.Validate(model with { Sources = [model.Sources[0] with { PublishedOn = Day.AddDays(2) }] }).IsValid);
    }

    [Fact]
    public void OrderWithoutDates_Recently_GoesBeforeTheReportsDay_AndAnAnswerAfterWhatItAnswers()
    {
        var model = Base() with
        {
            Statements =
            [
                new Statement { Id = "answer", SpeakerId = "b", SaidOn = EventDate.Stated(Day), Paraphrase = "B accepts." },
                new Statement { Id = "offer", SpeakerId = "a", SaidOn = EventDate.Stated(Day), Paraphrase = "A offers talks." },
                new Statement { Id = "recently", SpeakerId = "a", SaidOn = new EventDate { Value = Day, Modifier = DateModifier.Before, Basis = DateBasis.Relative, ResolvedAgainst = Day, Text = "recently" }, Paraphrase = "A said so recently." },
            ],
            Proposals = [new Proposal { Id = "p", ProposerId = "a", AddresseeIds = ["b"], Kind = ProposalKind.DirectNegotiations, Summary = "Talks.", StatementIds = ["offer"], Terms = new Term() }],
            Reactions = [new Reaction { Id = "r", ReactorId = "b", TargetId = "p", Stance = Stance.Accept, StatementIds = ["answer"] }],
        };

        var order = EpisodeAnalysis.Analyze(model).Timeline.Select(e => e.RecordId);

        Assert.Equal(["recently", "offer", "answer"], order);
    }
    [Fact]
    public void OrderWithoutDates_LaterAndPreviously_AnchoredToARecord_AreOrderedByTheAnchor_NotByTheirPlaceInTheList()
    {
        var later = new EventDate { Value = Day, Modifier = DateModifier.OnOrAfter, Basis = DateBasis.Relative, ResolvedAgainst = Day, Text = "later", AnchorId = "first" };
        var earlier = new EventDate { Value = Day, Modifier = DateModifier.OnOrBefore, Basis = DateBasis.Relative, ResolvedAgainst = Day, Text = "previously", AnchorId = "first" };
        var model = Base() with
        {
            Statements =
            [
                new Statement { Id = "then", SpeakerId = "b", SaidOn = later, Paraphrase = "B then answered." },
                new Statement { Id = "first", SpeakerId = "a", SaidOn = EventDate.Stated(Day), Paraphrase = "A spoke first." },
                new Statement { Id = "before", SpeakerId = "b", SaidOn = earlier, Paraphrase = "B had previously warned." },
            ],
        };

        Assert.True(Validator.Validate(model).IsValid, string.Join("; ", Validator.Validate(model).Errors));
        Assert.Equal(["before", "first", "then"], EpisodeAnalysis.Analyze(model).Timeline.Select(e => e.RecordId));
    }

    [Theory]
    [InlineData("ghost", null, "PM0009", "statements[0].saidOn.anchorId")]
    [InlineData("other-report/first", null, "PM0003", "statements[0].saidOn.anchorId")]
    [InlineData("then", null, "PM0011", "statements[0].saidOn.anchorId")]
    [InlineData("first", DateModifier.Before, "PM0011", "statements[0].saidOn.anchorId")]
    public void AnAnchor_NamesAnotherRecordOfTheEvent_OnTheSideItsModifierSays(string anchorId, DateModifier? modifier, string code, string path)
    {
        var model = Base() with
        {
            Statements =
            [
                new Statement { Id = "then", SpeakerId = "b", SaidOn = new EventDate { Value = Day.AddDays(1), Modifier = modifier, Basis = DateBasis.Relative, ResolvedAgainst = Day, Text = "then", AnchorId = anchorId }, Paraphrase = "B then answered." },
                new Statement { Id = "first", SpeakerId = "a", SaidOn = EventDate.Stated(Day), Paraphrase = "A spoke first." },
            ],
        };

        var failure = Assert.Single(Validator.Validate(model).Errors);

        Assert.Equal((code, path), (failure.ErrorCode, failure.PropertyName));
    }

    [Fact]
    public void TheReport_HasAFirstPublicationTime_BesideItsDay_NotAfterItsUpdate()
    {
        var source = new SourceDocument { Id = "report", PublishedOn = Day, PublishedAt = new DateTimeOffset(2026, 10, 20, 9, 5, 0, TimeSpan.FromHours(2)), UpdatedAt = new DateTimeOffset(2026, 10, 20, 14, 10, 0, TimeSpan.FromHours(2)) };

        Assert.True(Validator.Validate(Base() with { Sources = [source] }).IsValid);
        Assert.Equal(
            ["sources[0].publishedAt"],
            Validator.Validate(Base() with { Sources = [source with { PublishedOn = Day.AddDays(-1) }] }).Errors.Select(e => e.PropertyName));
        Assert.Equal(
            ["sources[0].publishedAt"],
            Validator.Validate(Base() with { Sources = [source with { UpdatedAt = source.PublishedAt!.Value.AddHours(-1) }] }).Errors.Select(e => e.PropertyName));
    }

    [Fact]
    public void AnOffice_ActingForAPerson_IsNamedByItsRole_NotAsIfItHeldTheOffice()
    {
        var model = Base() with
        {
            Actors =
            [
                .. Base().Actors,
                new Actor { Id = "sg", Name = "United Nations Secretary-General", Kind = ActorKind.Person },
                new Actor { Id = "spokesman", Name = "Farid Hassan", Kind = ActorKind.Person, Role = "spokesperson for the Secretary-General", ActsForId = "sg" },
                new Actor { Id = "aide", Name = "Lena Ots", Kind = ActorKind.Person, ActsForId = "sg" },
                new Actor { Id = "minister", Name = "Ivo Rask", Kind = ActorKind.Person, ActsForId = "a" },
            ],
        };
        var index = EventIndex.Create(model);

        Assert.Equal(
            ["Farid Hassan (spokesperson for the Secretary-General)", "Lena Ots (for United Nations Secretary-General)", "Ivo Rask (A)"],
            new[] { "spokesman", "aide", "minister" }.Select(id => EventText.Name(index, id)));
    }

    [Fact]
    public void RecordsAndParts_AreNamedInWords_AlsoAPointATermAndARecordOfAnotherReport()
    {
        var model = Plan() with { Agreements = [.. Phased(completed: false).Agreements] };
        var index = EventIndex.Create(model);

        Assert.Equal("point 4", RecordText.Target("point-4", index));
        Assert.StartsWith("the term \u201C", RecordText.Target(model.Agreements[0].Terms.First(t => t.Id is not null && t.Article is null).Id!, index), StringComparison.Ordinal);
        Assert.Equal("a record of another report (port-amrel-ceasefire-2026-04-14)", RecordText.Target("port-amrel-ceasefire-2026-04-14/port-amrel-ceasefire", index));
    }

    [Fact]
    public void AReferenceToARecordOfAnotherReport_DoesNotEmptyThisReportsAnalysis()
    {
        var breach = PeaceModel.Serialization.PeaceModelJson.Deserialize(File.ReadAllText(Support.RepositoryFiles.EpisodePath("port-amrel-breach-claims-2026-04-20", ".json")));

        var analysis = EpisodeAnalysis.Analyze(breach);

        Assert.Contains(breach.Claims, c => c.AboutIds.Any(id => id.Contains('/', StringComparison.Ordinal)));
        Assert.Equal(breach.Claims.Count, analysis.Claims.Count);
        Assert.Equal(breach.Proposals.Count, analysis.Proposals.Count);
        Assert.Contains(analysis.Timeline, e => e.Kind == RecordKinds.Implementation);
        Assert.Contains(analysis.Claims, c => c.DeniedByIds.Count > 0 && c.Claim.AboutIds.Any(id => id.Contains('/', StringComparison.Ordinal)));
    }
}
