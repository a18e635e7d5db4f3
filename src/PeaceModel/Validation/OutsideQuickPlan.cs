namespace PeaceModel.Validation;

/// <summary>Marks a rule that the validator checks outside its quick plan (the cross-record rules of the event).</summary>
internal sealed class OutsideQuickPlan
{
    public static OutsideQuickPlan Instance { get; } = new();
}
