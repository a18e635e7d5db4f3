namespace PeaceModel.Tests.Validation;

/// <summary>A damaged copy of the seed model that breaks one rule, with the code and path that must report it.</summary>
public sealed record SeedVariant(string Name, Func<DiplomaticEvent, DiplomaticEvent> Damage, string Code, string Path)
{
    public override string ToString() => Name;
}
