using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PeaceModel.Authoring;

namespace PeaceModel.DraftEvaluation;

/// <summary>
/// Scores <see cref="ReportDrafter"/> on the evaluation set of issue 26:
/// <c>dotnet run -c Release --project benchmarks/DraftEvaluation -- TEXTS_FOLDER [tests/drafting-eval/set.json] [--details]</c>;
/// <c>--details</c> also prints, per report, what the drafter found (actors, passages with their speakers, time expressions), to stderr.
/// An expected speaker of kind <c>media</c> (an outlet that reports or relays words) counts as no speaker, for every set (the
/// lead's decision of 2026-12-03); <c>--as-annotated</c> scores such passages as the set gives them instead.
/// Each text (<c>&lt;id&gt;.txt</c>) must match the SHA-256 of the set; one that does not is left out and the exit code is 1.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var details = args.Contains("--details");
        var outletConvention = !args.Contains("--as-annotated");
        args = [.. args.Where(a => a is not "--details" and not "--as-annotated")];
        if (args.Length is < 1 or > 2)
        {
            Console.Error.WriteLine("usage: DraftEvaluation TEXTS_FOLDER [SET_JSON] [--details] [--as-annotated]");
            return 2;
        }

        var setPath = args.Length > 1 ? args[1] : Path.Combine("tests", "drafting-eval", "set.json");
        var reports = EvaluationSet.Load(setPath);
        // Totals over every report, and apart over the reports the drafter was developed on and over each held-out set.
        var groups = new[] { "all reports", "development reports" }.Concat(reports.Select(r => r.HeldOutSet).Where(n => n > 0).Distinct().Order().Select(GroupOf)).ToArray();
        var totals = groups.ToDictionary(g => g, _ => new[] { Scorer.Passages, Scorer.Speakers, Scorer.Kinds, Scorer.Dates, Scorer.Clocks }.Select(n => new Tally(n)).ToArray());
        var nonActorsListed = groups.ToDictionary(g => g, _ => 0);
        var nonActorsMade = groups.ToDictionary(g => g, _ => 0);
        var counts = groups.ToDictionary(g => g, _ => 0);
        int scored = 0, skipped = 0, failed = 0;
        Console.WriteLine("| report | outlet | passages | speakers | kinds | dates | clocks | non-actors made actors |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var report in reports)
        {
            // The text is <id>.txt in the folder or in one of its subfolders (e.g. heldout2/).
            var path = Path.Combine(args[0], report.Id + ".txt");
            if (!File.Exists(path) && Directory.Exists(args[0]))
            {
                path = Directory.EnumerateFiles(args[0], report.Id + ".txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).FirstOrDefault() ?? path;
            }

            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"{report.Id}: no text at {path}; left out");
                skipped++;
                continue;
            }

            var bytes = File.ReadAllBytes(path);
            var sha = Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();
            if (sha != report.Sha256)
            {
                Console.Error.WriteLine($"{report.Id}: SHA-256 {sha} is not the set's {report.Sha256}; left out");
                skipped++;
                continue;
            }

            var text = new UTF8Encoding(false, true).GetString(bytes);
            Draft draft;
            try
            {
                draft = ReportDrafter.Draft(text, new DraftOptions { ReportDate = report.ReportDate });
            }
            catch (ArgumentException e)
            {
                // Scored as a draft that found nothing.
                Console.Error.WriteLine($"{report.Id}: the drafter refused: {e.Message}");
                draft = new Draft { Event = new DiplomaticEvent { Id = "none", Title = "none", Date = EventDate.Stated(report.ReportDate) }, Passages = [] };
                failed++;
            }

            if (details)
            {
                Details(report, draft, outletConvention);
            }

            var tallies = Scorer.Score(report, draft, outletConvention, out var made, out var madeNames);
            foreach (var group in new[] { groups[0], report.HeldOutSet == 0 ? groups[1] : GroupOf(report.HeldOutSet) })
            {
                for (var i = 0; i < tallies.Count; i++)
                {
                    totals[group][i].Add(tallies[i]);
                }

                nonActorsListed[group] += report.NonActors.Count;
                nonActorsMade[group] += made;
                counts[group]++;
            }

            scored++;
            var cells = string.Join(" | ", tallies.Select(t => $"{t.Found}/{t.Expected} ({t.RightDrafted}/{t.Drafted})"));
            var names = made == 0 ? "0" : $"{made}: {string.Join(", ", madeNames)}";
            Console.WriteLine($"| {report.Id} | {report.OutletKind} | {cells} | {names} |");
        }

        Console.WriteLine();
        Console.WriteLine(outletConvention
            ? "Outlets are no speakers: an expected speaker of kind media counts as no speaker (--as-annotated: as the set gives it)."
            : "As annotated: an expected speaker of kind media counts as a speaker (its kind can never be right).");
        Console.WriteLine($"Scored {scored} of {reports.Count} reports ({skipped} left out, {failed} refused by the drafter). Cells above: found/expected (right/drafted).");
        foreach (var group in groups.Where(g => counts[g] > 0))
        {
            Console.WriteLine();
            Console.WriteLine($"{char.ToUpperInvariant(group[0])}{group[1..]} ({counts[group]}):");
            Console.WriteLine();
            Console.WriteLine("| category | right / drafted | precision | found / expected | recall |");
            Console.WriteLine("| --- | --- | --- | --- | --- |");
            foreach (var total in totals[group])
            {
                Console.WriteLine(total.Row());
            }

            var rate = nonActorsListed[group] == 0 ? "-" : (100.0 * nonActorsMade[group] / nonActorsListed[group]).ToString("0.0", CultureInfo.InvariantCulture) + "%";
            Console.WriteLine($"| non-actors made actors (lower is better) | {nonActorsMade[group]} of {nonActorsListed[group]} listed | {rate} | | |");
        }

        return skipped > 0 ? 1 : 0;
    }

    private static string GroupOf(int heldOutSet) => $"held-out set {heldOutSet.ToString(CultureInfo.InvariantCulture)}";

    private static void Details(Report report, Draft draft, bool outletConvention)
    {
        var error = Console.Error;
        error.WriteLine($"== {report.Id}");
        error.WriteLine("actors: " + string.Join("; ", draft.Event.Actors.Select(a => $"{a.Id} [{a.Kind}]")));
        foreach (var p in draft.Passages)
        {
            var expected = report.Passages.FirstOrDefault(e => e.Start == p.Quotation.Start && e.Length == p.Quotation.Length);
            var speakerId = draft.Event.Statements.First(s => s.Id == p.StatementId).SpeakerId;
            error.WriteLine($"passage {p.Quotation.Start}+{p.Quotation.Length}: {speakerId}; expected {(expected is null ? "no such passage" : expected.ScoredSpeaker(outletConvention) ?? "no speaker")}");
        }

        foreach (var e in report.Passages.Where(e => !draft.Passages.Any(p => p.Quotation.Start == e.Start && p.Quotation.Length == e.Length)))
        {
            error.WriteLine($"missed passage {e.Start}+{e.Length} ({e.ScoredSpeaker(outletConvention) ?? "no speaker"})");
        }

        foreach (var d in draft.Dates)
        {
            var value = d.Date is null ? "undecided" : d.Date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (d.Date.Time is { } t ? " " + t.ToString("HH:mm", CultureInfo.InvariantCulture) : string.Empty) + " " + d.Date.Granularity + (d.Date.Modifier is { } m ? " " + m : string.Empty);
            error.WriteLine($"date {d.Start}+{d.Text.Length}: {value}");
        }

        error.WriteLine("expected dates: " + string.Join("; ", report.Dates.Select(e => $"{e.Start}+{e.Length}={e.Value}")));
    }
}
