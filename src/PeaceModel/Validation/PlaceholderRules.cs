using FluentValidation.Results;
using PeaceModel.Kinds;
using PeaceModel.Serialization;

namespace PeaceModel.Validation;

/// <summary>Texts a draft left for a person to fill in (they start with <c>TODO:</c>).</summary>
internal sealed class PlaceholderRules(EventIndex index, Action<ValidationFailure> report) : CrossRecordRuleSet(index, report)
{
    private static readonly string TitlePath = ContractNames.Of(typeof(DiplomaticEvent), nameof(DiplomaticEvent.Title));
    private static readonly string ActorNamePath = ContractNames.Of(typeof(Actor), nameof(Actor.Name));
    private static readonly string ActorRolePath = ContractNames.Of(typeof(Actor), nameof(Actor.Role));
    private static readonly string ParaphrasePath = ContractNames.Of(typeof(Statement), nameof(Statement.Paraphrase));

    public override void Check() => CheckPlaceholders();

    /// <summary>Texts a draft left for a person to fill in: they start with "TODO:" and say what is missing.</summary>
    private void CheckPlaceholders()
    {
        if (Event.Title is { } title && IsPlaceholder(title))
        {
            Fail(TitlePath, ErrorCodes.DraftPlaceholder, title, Placeholder(title));
        }

        var actors = Event.Actors.AsSpan();
        for (var i = 0; i < actors.Length; i++)
        {
            // Two fields, checked without building anything: this runs on every event validated.
            if (actors[i]?.Name is { } name && IsPlaceholder(name))
            {
                Fail(new RecordLocation(RecordKinds.Actor, i, ActorNamePath), ErrorCodes.DraftPlaceholder, name, Placeholder(name));
            }

            if (actors[i]?.Role is { } role && IsPlaceholder(role))
            {
                Fail(new RecordLocation(RecordKinds.Actor, i, ActorRolePath), ErrorCodes.DraftPlaceholder, role, Placeholder(role));
            }
        }

        var statements = Event.Statements.AsSpan();
        for (var i = 0; i < statements.Length; i++)
        {
            if (statements[i]?.Paraphrase is { } paraphrase && IsPlaceholder(paraphrase))
            {
                Fail(new RecordLocation(RecordKinds.Statement, i, ParaphrasePath), ErrorCodes.DraftPlaceholder, paraphrase, Placeholder(paraphrase));
            }
        }

        static bool IsPlaceholder(string text) => text.StartsWith("TODO:", StringComparison.Ordinal);

        static string Placeholder(string text) => "a draft placeholder is still here; " + text["TODO:".Length..].Trim();
    }
}
