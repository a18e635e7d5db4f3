using System.Globalization;

namespace PeaceModel.DraftEvaluation;

/// <summary>Counts for one category: right among drafted (precision) and found among expected (recall).</summary>
internal sealed class Tally(string name)
{
    public string Name { get; } = name;

    public int RightDrafted { get; set; }

    public int Drafted { get; set; }

    public int Found { get; set; }

    public int Expected { get; set; }

    public void Add(Tally other)
    {
        RightDrafted += other.RightDrafted;
        Drafted += other.Drafted;
        Found += other.Found;
        Expected += other.Expected;
    }

    public string Row() => string.Create(
        CultureInfo.InvariantCulture,
        $"| {Name} | {RightDrafted}/{Drafted} | {Percent(RightDrafted, Drafted)} | {Found}/{Expected} | {Percent(Found, Expected)} |");

    private static string Percent(int part, int whole) =>
        whole == 0 ? "-" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
