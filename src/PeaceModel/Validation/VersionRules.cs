using FluentValidation.Results;
using PeaceModel.Kinds;
using PeaceModel.Serialization;

namespace PeaceModel.Validation;

/// <summary>A document holds nothing its declared version does not have (<see cref="FormatAdditions"/>): a 2.0 document with a vote would be written back as 2.0.</summary>
internal sealed class VersionRules(EventIndex index, Action<ValidationFailure> report) : CrossRecordRuleSet(index, report)
{
    public override void Check()
    {
        foreach (var path in FormatAdditions.NewerThanDeclared(Event))
        {
            Fail(path[2..], ErrorCodes.UnsupportedSchemaVersion, Event.SchemaVersion,
                $"this is format {FormatAdditions.Version}, and the document declares {Event.SchemaVersion}; set schemaVersion to {FormatAdditions.Version} (every {Event.SchemaVersion} document is a {FormatAdditions.Version} document).");
        }
    }
}
