namespace PeaceModel;

/// <summary>
/// What the setter of a <see cref="Condition"/> says will follow if it is not met, such as
/// "expanded sanctions". No public event standard can express this alternative; PeaceModel can.
/// </summary>
public sealed record Consequence
{
    /// <summary>Gets the stated consequence, such as <c>Expanded sanctions against Russia</c>. Not blank; at most 2,000 characters.</summary>
    public required string Summary { get; init; }

    /// <summary>Gets event codes for the threatened consequence (CAMEO <c>1312</c>, PLOVER <c>THREATEN</c> / <c>restrict</c>). Empty for none.</summary>
    public ValueList<EventCode> Codes { get; init; }
}
