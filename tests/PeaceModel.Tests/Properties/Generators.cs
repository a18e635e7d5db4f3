using CsCheck;

namespace PeaceModel.Tests.Properties;

/// <summary>CsCheck generators for every record, and for whole valid events.</summary>
internal static class Generators
{
    /// <summary>Text pieces that break naive serializers: surrogate pairs, right-to-left scripts, emoji, quotes, backslashes, controls.</summary>
    private static readonly string[] Fragments =
    [
        "Zelenskiy", "Зеленський", "زيلينسكي", "שלום", "和平", "😀", "🇺🇦", "👩🏽‍⚖️", "\"", "\\", "’", "–", "\n", "\t", "<&>", "'",
        "\u200F", "e\u0301", " ", "a", "Q", "{}", "[]", "\u0000",
    ];

    public static readonly Gen<string> Text = Gen.OneOf(Fragments).Array[1, 5].Select(string.Concat);

    /// <summary>Text that is never blank, as valid events need.</summary>
    public static readonly Gen<string> NonBlankText = Gen.Select(Gen.OneOf("a", "Ж", "ش", "和", "😀"), Text, (head, rest) => head + rest);

    public static readonly Gen<string?> OptionalText = Text.Null(0.25).Select(t => (string?)t);

    public static readonly Gen<DateOnly> Date = Gen.Int[DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber].Select(DateOnly.FromDayNumber);

    public static readonly Gen<ValueList<string>> Texts = Text.Array[0, 3].Select(a => ValueList.Create<string>(a));

    public static readonly Gen<EventDate> EventDate =
        Gen.Select(Date, Gen.Enum<DateGranularity>(), Gen.Enum<DateBasis>(), OptionalText, Date.Nullable(), Gen.Int[0, 86_399].Nullable(), OptionalText,
            (value, granularity, basis, text, against, seconds, zone) => new EventDate
            {
                Value = value,
                Granularity = granularity,
                Basis = basis,
                Text = text,
                ResolvedAgainst = against,
                Time = seconds is { } s ? TimeOnly.FromTimeSpan(TimeSpan.FromSeconds(s)) : null,
                TimeZone = zone,
            });

    public static readonly Gen<Place> Place = Gen.Select(Text, OptionalText, OptionalText, (name, country, wikidata) => new Place { Name = name, Country = country, WikidataId = wikidata });

    public static readonly Gen<EventCode> Code =
        Gen.Select(Gen.Enum<EventCodeScheme>(), Text, Text, OptionalText, Texts, OptionalText,
            (scheme, version, code, mode, contexts, label) => new EventCode { Scheme = scheme, Version = version, Code = code, Mode = mode, Contexts = contexts, Label = label });

    public static readonly Gen<ValueList<EventCode>> Codes = Code.Array[0, 2].Select(a => ValueList.Create<EventCode>(a));

    public static readonly Gen<Actor> Actor =
        Gen.Select(Text, Text, Gen.Enum<ActorKind>(), Texts, OptionalText, OptionalText, Gen.Select(OptionalText, OptionalText, Texts),
            (id, name, kind, aliases, role, country, rest) => new Actor
            {
                Id = id, Name = name, Kind = kind, Aliases = aliases, Role = role, Country = country,
                WikidataId = rest.Item1, CameoCode = rest.Item2, MemberIds = rest.Item3,
            });

    public static readonly Gen<Quotation> Quotation = Gen.Select(Text, Gen.Int, Gen.Int, (text, start, length) => new Quotation { Text = text, Start = start, Length = length });

    public static readonly Gen<Statement> Statement =
        Gen.Select(Text, Text, EventDate, Gen.Enum<StatementChannel>().Nullable(), OptionalText, Place.Null(), Gen.Select(Texts, OptionalText, Quotation.Array[0, 3], OptionalText, Codes),
            (id, speaker, said, channel, platform, location, rest) => new Statement
            {
                Id = id, SpeakerId = speaker, SaidOn = said, Channel = channel, Platform = platform, Location = location,
                AudienceIds = rest.Item1, SourceId = rest.Item2, Quotations = ValueList.Create<Quotation>(rest.Item3), Paraphrase = rest.Item4, Codes = rest.Item5,
            });

    public static readonly Gen<Term> Terms =
        Gen.Select(Place.Null(), EventDate.Null(), Gen.Select(Gen.Int, Gen.Enum<DurationUnit>(), OptionalText, (v, u, t) => new Duration { Value = v, Unit = u, Text = t }).Null(), Gen.Enum<PreconditionStance>(),
            (venue, date, duration, preconditions) => new Term { Venue = venue, Date = date, Duration = duration, Preconditions = preconditions });

    public static readonly Gen<Proposal> Proposal =
        Gen.Select(Text, Text, Texts, Gen.Enum<ProposalKind>(), Text, Texts, Gen.Select(Terms, Codes),
            (id, proposer, addressees, kind, summary, statements, rest) => new Proposal
            {
                Id = id, ProposerId = proposer, AddresseeIds = addressees, Kind = kind, Summary = summary, StatementIds = statements, Terms = rest.Item1, Codes = rest.Item2,
            });

    public static readonly Gen<Condition> Condition =
        Gen.Select(Text, Text, Text, Gen.Enum<ConditionKind>(), Text, Texts, Gen.Select(EventDate.Null(), EventDate.Null(), Gen.Select(Text, Codes, (s, c) => new Consequence { Summary = s, Codes = c }).Null(), Texts, Codes),
            (id, setter, proposal, kind, requirement, addressees, rest) => new Condition
            {
                Id = id, SetterId = setter, ProposalId = proposal, Kind = kind, Requirement = requirement, AddresseeIds = addressees,
                StartsOn = rest.Item1, Deadline = rest.Item2, Consequence = rest.Item3, StatementIds = rest.Item4, Codes = rest.Item5,
            });

    public static readonly Gen<Reaction> Reaction =
        Gen.Select(Text, Text, Text, Gen.Enum<Stance>(), Texts, OptionalText, Codes,
            (id, reactor, target, stance, statements, summary, codes) => new Reaction
            {
                Id = id, ReactorId = reactor, TargetId = target, Stance = stance, StatementIds = statements, Summary = summary, Codes = codes,
            });

    /// <summary>Any event the format can hold: every field, every enum value, nasty text, edge dates; not necessarily valid.</summary>
    public static readonly Gen<DiplomaticEvent> AnyEvent =
        Gen.Select(Text, Text, EventDate, Actor.Array[0, 3], Statement.Array[0, 3], Proposal.Array[0, 2], Gen.Select(Condition.Array[0, 2], Reaction.Array[0, 2], Gen.Select(Text, Date, OptionalText, (id, published, sha) => new SourceDocument { Id = id, PublishedOn = published, Sha256 = sha }).Array[0, 2]),
            (id, title, date, actors, statements, proposals, rest) => new DiplomaticEvent
            {
                Id = id, Title = title, Date = date,
                Actors = ValueList.Create<Actor>(actors), Statements = ValueList.Create<Statement>(statements), Proposals = ValueList.Create<Proposal>(proposals),
                Conditions = ValueList.Create<Condition>(rest.Item1), Reactions = ValueList.Create<Reaction>(rest.Item2), Sources = ValueList.Create<SourceDocument>(rest.Item3),
            });

    private static readonly Gen<Actor> ValidActor =
        Gen.Select(NonBlankText, Gen.Enum<ActorKind>(), Gen.OneOf<string?>(null, "RUS", "UKR", "USA", "TUR"), Gen.Int[1, 99_999_999].Nullable(),
            (name, kind, country, qid) => new Actor { Id = "placeholder", Name = name, Kind = kind, Country = country, WikidataId = qid is { } q ? $"Q{q}" : null });

    /// <summary>Valid events: ids by position, references that resolve, statements in date order, proposed dates after the statements that made them.</summary>
    public static readonly Gen<DiplomaticEvent> ValidEvent =
        Gen.Select(Gen.Int[1, 4], Gen.Int[1, 5], Gen.Int[0, 3], Gen.Int[0, 3], Gen.Int[0, 4], Gen.Int[DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber - 400])
            .SelectMany(counts =>
            {
                var (actors, statements, proposals, conditions, reactions, startDay) = counts;
                var start = DateOnly.FromDayNumber(startDay);
                return Gen.Select(
                    ValidActor.Array[actors],
                    Gen.Select(Gen.Int[0, actors - 1], Gen.Int[0, 3], Gen.Enum<StatementChannel>(), NonBlankText, NonBlankText.Array[0, 2], (speaker, day, channel, paraphrase, quotes) => (speaker, day, channel, paraphrase, quotes)).Array[statements],
                    Gen.Select(Gen.Int[0, actors - 1], Gen.Int[0, statements - 1], Gen.Int[0, 30], Gen.Enum<ProposalKind>(), NonBlankText, Gen.Enum<PreconditionStance>(), (addressee, made, after, kind, summary, preconditions) => (addressee, made, after, kind, summary, preconditions)).Array[proposals],
                    Gen.Select(Gen.Int[0, actors - 1], Gen.Int[0, 100], Gen.Bool, NonBlankText, (setter, on, ultimatum, requirement) => (setter, on, ultimatum, requirement)).Array[proposals == 0 ? 0 : conditions],
                    Gen.Select(Gen.Int[0, actors - 1], Gen.Int[0, 100], Gen.Enum<Stance>().Where(s => s is not (Stance.Withdraw or Stance.Maintain or Stance.Confirm or Stance.Deny or Stance.Suspend)), NonBlankText.Null(0.25).Select(t => (string?)t), (reactor, to, stance, summary) => (reactor, to, stance, summary)).Array[proposals == 0 ? 0 : reactions],
                    (actorList, statementShapes, proposalShapes, conditionShapes, reactionShapes) =>
                    {
                        // Statements in date order over a few days; each made on or after the one before.
                        var dayOf = new int[statements];
                        for (var i = 0; i < statements; i++)
                        {
                            dayOf[i] = (i == 0 ? 0 : dayOf[i - 1]) + statementShapes[i].day;
                        }

                        var statementList = statementShapes.Select((s, i) => new Statement
                        {
                            Id = $"statement-{i}",
                            SpeakerId = $"actor-{s.speaker}",
                            SaidOn = PeaceModel.EventDate.Stated(start.AddDays(dayOf[i])),
                            Channel = s.channel,
                            SourceId = "source",
                            Quotations = [.. s.quotes.Select((q, j) => new Quotation { Text = q, Start = j * 1000, Length = q.Length })],
                            Paraphrase = s.paraphrase,
                        }).ToArray();
                        var proposalList = proposalShapes.Select((p, i) => new Proposal
                        {
                            Id = $"proposal-{i}",
                            ProposerId = statementList[p.made].SpeakerId!,
                            AddresseeIds = [$"actor-{p.addressee}"],
                            Kind = p.kind,
                            Summary = p.summary,
                            StatementIds = [statementList[p.made].Id],
                            Terms = new Term { Date = PeaceModel.EventDate.Stated(start.AddDays(dayOf[p.made] + p.after)), Preconditions = p.preconditions },
                        }).ToArray();
                        var madeBy = proposalShapes.Select(p => p.made).ToArray();
                        var conditionList = conditionShapes.Select((c, i) => new Condition
                        {
                            Id = $"condition-{i}",
                            SetterId = $"actor-{c.setter}",
                            ProposalId = proposalList[c.on % proposals].Id,
                            Kind = c.ultimatum ? ConditionKind.Ultimatum : ConditionKind.Precondition,
                            Requirement = c.requirement,
                            Consequence = c.ultimatum ? new Consequence { Summary = c.requirement } : null,
                            StatementIds = [statementList[madeBy[c.on % proposals]].Id],
                        }).ToArray();
                        var reactionList = reactionShapes.Select((r, i) => new Reaction
                        {
                            Id = $"reaction-{i}",
                            ReactorId = $"actor-{r.reactor}",
                            TargetId = proposalList[r.to % proposals].Id,
                            Stance = r.stance,
                            StatementIds = [statementList[madeBy[r.to % proposals]].Id],
                            Summary = r.summary,
                        }).ToArray();
                        return new DiplomaticEvent
                        {
                            Id = "event",
                            Title = "Generated",
                            Date = PeaceModel.EventDate.Stated(start),
                            Sources = [new SourceDocument { Id = "source", PublishedOn = start }],
                            Actors = [.. actorList.Select((a, i) => a with { Id = $"actor-{i}" })],
                            Statements = [.. statementList],
                            Proposals = [.. proposalList],
                            Conditions = [.. conditionList],
                            Reactions = [.. reactionList],
                        };
                    });
            });
}
