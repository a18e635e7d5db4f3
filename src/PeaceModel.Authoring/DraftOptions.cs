namespace PeaceModel.Authoring;

/// <summary>What <see cref="ReportDrafter"/> needs besides the text.</summary>
public sealed record DraftOptions
{
    /// <summary>
    /// Gets the report's date, or <see langword="null"/> to take it from the text: its <c>date YYYY-MM-DD</c> first line
    /// (which wins over this), else its dateline or a date line above the body ("VALDORA, 25 July 2025 -", "Oct 22, 2026").
    /// Needed only when the text has none of them; given, it wins over a dateline.
    /// </summary>
    public DateOnly? ReportDate { get; init; }

    /// <summary>Gets the language of the report (a BCP 47 tag). Defaults to <c>en</c>; the attribution patterns are English.</summary>
    public string Language { get; init; } = "en";

    /// <summary>
    /// Gets the actors already known (a gazetteer), such as the actors of an earlier document of the
    /// same thread: a speaker whose name, alias or surname matches one gets its id and details.
    /// </summary>
    public ValueList<Actor> KnownActors { get; init; }
}
