namespace PeaceModel.Kinds;

/// <summary>One date a record holds, through one <see cref="RecordDate"/> declaration.</summary>
public readonly record struct RecordDateValue
{
    /// <summary>Gets the declaration the date was read through (its role and JSON name).</summary>
    public required RecordDate Declaration { get; init; }

    /// <summary>Gets the date.</summary>
    public required EventDate Date { get; init; }

    /// <summary>Gets the id of the item of a list that holds the date (an agreement's term), or <see langword="null"/> when the record holds it itself.</summary>
    public string? ItemId { get; init; }

    /// <summary>Gets the position of the item in its list, or -1 when the record holds the date itself.</summary>
    public int ItemPosition { get; init; }

    /// <summary>Gets what the date stands for.</summary>
    public DateRole Role => Declaration.Role;
}
