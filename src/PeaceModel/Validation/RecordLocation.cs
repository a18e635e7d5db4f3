using System.Globalization;
using PeaceModel.Kinds;

namespace PeaceModel.Validation;

/// <summary>Where a value stands, formatted as a path (<c>statements[2].speakerId</c>) only when a failure is reported.</summary>
internal readonly record struct RecordLocation(RecordKind Kind, int Index, string Property, int Element = -1)
{
    public override string ToString() => Element < 0
        ? string.Create(CultureInfo.InvariantCulture, $"{Kind.ListName}[{Index}].{Property}")
        : string.Create(CultureInfo.InvariantCulture, $"{Kind.ListName}[{Index}].{Property}[{Element}]");
}
