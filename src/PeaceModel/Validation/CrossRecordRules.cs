using FluentValidation.Results;
using PeaceModel.Kinds;

namespace PeaceModel.Validation;

/// <summary>
/// The rules that span the records of one event, driven by the declarations in <see cref="RecordKinds"/>,
/// one unit per concern: references, dates, roles, draft placeholders and provenance. One
/// <see cref="EventIndex"/> is built per event; every check after it is a dictionary look-up, so the
/// whole runs in time linear in the number of records.
/// </summary>
internal static class CrossRecordRules
{
    /// <summary>The <see cref="ValidationFailure.CustomState"/> of every failure found here, so that a rule between records can be told from a rule of one record.</summary>
    public static object FailureState { get; } = new();

    public static void Check(DiplomaticEvent diplomaticEvent, IReadOnlyDictionary<string, string>? sourceTexts, Action<ValidationFailure> report)
    {
        var index = EventIndex.Create(diplomaticEvent);
        new ReferenceRules(index, report).Check();
        new DateRules(index, report).Check();
        new RoleRules(index, report).Check();
        new PartRules(index, report).Check();
        new VersionRules(index, report).Check();
        new PlaceholderRules(index, report).Check();
        if (sourceTexts is not null)
        {
            new ProvenanceRules(index, sourceTexts, report).Check();
        }
    }

    internal static string WithArticle(string noun) => ("aeiou".Contains(noun[0], StringComparison.Ordinal) ? "an " : "a ") + noun;
}
