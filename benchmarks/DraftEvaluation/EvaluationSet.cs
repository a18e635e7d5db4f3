using System.Text.Json;

namespace PeaceModel.DraftEvaluation;

/// <summary>One report of <c>tests/drafting-eval/set.json</c>: where its text came from and the expected answers; <see cref="HeldOutSet"/> is 0 for a development report, else the held-out set it belongs to (1, 2, …: each annotated and scored once before the drafter was changed for it).</summary>
internal sealed record Report(
    string Id,
    string OutletKind,
    string Sha256,
    DateOnly ReportDate,
    IReadOnlyList<ExpectedActor> Actors,
    IReadOnlyList<ExpectedPassage> Passages,
    IReadOnlyList<ExpectedDate> Dates,
    IReadOnlyList<string> NonActors,
    int HeldOutSet)
{
    /// <summary>Gets whether the report's answers use bound values ("after YYYY-MM-DD", "before YYYY-MM-DD") for expressions that give only a bound: the held-out sets from the set's <c>boundValuesFromHeldOutSet</c> on, or a report that holds one. The earlier reports list such expressions as <c>undecided</c>.</summary>
    public bool BoundValues { get; init; }
}

/// <summary>A speaker of the report: its id, kind and the names it goes by.</summary>
internal sealed record ExpectedActor(string Id, string Kind, IReadOnlyList<string> Names);

/// <summary>A quoted passage (the words inside the quotation marks), in UTF-16 code units, and who said it (<see langword="null"/>: nobody the text names).</summary>
internal sealed record ExpectedPassage(int Start, int Length, string? Speaker, string? SpeakerKind)
{
    /// <summary>
    /// Gets the speaker the passage is scored against. With <paramref name="outletConvention"/> (the lead's decision of
    /// 2026-12-03: an outlet that reports or relays words is never a speaker), a speaker of kind <c>media</c> counts as no
    /// speaker; without it (<c>--as-annotated</c>), the speaker as the set gives it.
    /// </summary>
    public string? ScoredSpeaker(bool outletConvention) => outletConvention && SpeakerKind == "media" ? null : Speaker;
}

/// <summary>A time expression and its value: <c>YYYY-MM-DD</c>, <c>YYYY-MM</c> or <c>YYYY</c>, then <c> HH:mm</c> when a clock time is given; a bound, <c>after YYYY-MM-DD</c> or <c>before YYYY-MM-DD</c>; or <c>undecided</c>.</summary>
internal sealed record ExpectedDate(int Start, int Length, string Value)
{
    /// <summary>Gets the bound ("after 2026-01-05", "before 2026-01-05") when the value is one, else <see langword="null"/>.</summary>
    public string? Bound => Value.StartsWith("after ", StringComparison.Ordinal) || Value.StartsWith("before ", StringComparison.Ordinal) ? Value : null;

    public bool HasClock => Value.Contains(':', StringComparison.Ordinal);

    public string Day => HasClock ? Value[..Value.IndexOf(' ', StringComparison.Ordinal)] : Value;
}

/// <summary>Reads the evaluation set.</summary>
internal static class EvaluationSet
{
    public static IReadOnlyList<Report> Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var reports = new List<Report>();
        var boundsFrom = document.RootElement.TryGetProperty("boundValuesFromHeldOutSet", out var from) ? from.GetInt32() : int.MaxValue;
        foreach (var r in document.RootElement.GetProperty("reports").EnumerateArray())
        {
            var report = new Report(
                Str(r, "id"),
                Str(r, "outletKind"),
                Str(r, "sha256"),
                DateOnly.ParseExact(Str(r, "reportDate"), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                [.. r.GetProperty("actors").EnumerateArray().Select(a => new ExpectedActor(Str(a, "id"), Str(a, "kind"), [.. a.GetProperty("names").EnumerateArray().Select(n => n.GetString()!)]))],
                [.. r.GetProperty("passages").EnumerateArray().Select(p => new ExpectedPassage(p.GetProperty("start").GetInt32(), p.GetProperty("length").GetInt32(), p.GetProperty("speaker").GetString(), p.GetProperty("speakerKind").GetString()))],
                [.. r.GetProperty("dates").EnumerateArray().Select(d => new ExpectedDate(d.GetProperty("start").GetInt32(), d.GetProperty("length").GetInt32(), Str(d, "value")))],
                [.. r.GetProperty("nonActors").EnumerateArray().Select(n => n.GetString()!)],
                !(r.TryGetProperty("heldOut", out var heldOut) && heldOut.GetBoolean()) ? 0 : r.TryGetProperty("heldOutSet", out var set) ? set.GetInt32() : 1);
            reports.Add(report with { BoundValues = (report.HeldOutSet > 0 && report.HeldOutSet >= boundsFrom) || report.Dates.Any(d => d.Bound is not null) });
        }

        return reports;
    }

    private static string Str(JsonElement element, string name) => element.GetProperty(name).GetString() ?? throw new InvalidDataException($"'{name}' is null.");
}
