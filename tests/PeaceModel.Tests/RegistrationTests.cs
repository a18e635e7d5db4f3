using System.Reflection;
using PeaceModel.Kinds;
using PeaceModel.Serialization;

namespace PeaceModel.Tests;

/// <summary>
/// A forgotten registration is a red test, never a crash or a silent default: every record type,
/// value-list element type, enum and link is declared everywhere it must be.
/// </summary>
public class RegistrationTests
{
    private static readonly Assembly Library = typeof(DiplomaticEvent).Assembly;

    private static IEnumerable<Type> ModelTypes() =>
        Library.GetExportedTypes().Where(t => t.Namespace == "PeaceModel" && !t.IsInterface && !(t.IsAbstract && t.IsSealed));

    [Fact]
    public void EveryRecordWithAnIdInAnEventList_IsADeclaredKind()
    {
        var listed = typeof(DiplomaticEvent).GetProperties()
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(ValueList<>))
            .Select(p => p.PropertyType.GetGenericArguments()[0])
            .ToList();

        Assert.Equal(listed.OrderBy(t => t.Name), RecordKinds.All.Select(k => k.ClrType).OrderBy(t => t.Name));
        Assert.All(listed, t => Assert.True(typeof(IDiplomaticRecord).IsAssignableFrom(t), $"{t.Name} has no id"));
        Assert.Equal(RecordKinds.All.Count, RecordKinds.All.Select(k => k.ListName).Distinct().Count());
    }

    [Fact]
    public void EveryCodesAndPlaceProperty_IsDeclared()
    {
        // The export reads a record's codes and place from its kind's declaration: a kind whose codes are
        // not declared would export no row. SourceDocument.Dateline is where a report was filed, not where it happened.
        foreach (var kind in RecordKinds.All)
        {
            var properties = kind.ClrType.GetProperties();
            var hasCodes = properties.Any(p => p.PropertyType == typeof(ValueList<EventCode>));
            var hasPlace = properties.Any(p => p.PropertyType == typeof(Place) && p.Name != nameof(SourceDocument.Dateline));

            Assert.Equal((hasCodes, hasPlace), kind.Declares);
        }

        Assert.Equal(10, RecordKinds.All.Count(k => k.Declares.Codes));
    }

    [Fact]
    public void EveryValidator_IsRegisteredForTheSchema()
    {
        // A validator missing from SchemaFacets.Validators leaves its type's facets out of the JSON Schema:
        // editors and third-party validators would accept what the library refuses.
        var validatorTypes = typeof(Actor).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsPublic: true } && t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(FluentValidation.AbstractValidator<>))
            .Select(t => t.BaseType!.GetGenericArguments()[0])
            .ToList();

        Assert.True(validatorTypes.Count > 20, $"only {validatorTypes.Count} validators were found");
        Assert.Empty(validatorTypes.Where(t => !PeaceModel.Validation.SchemaFacets.Validators.ContainsKey(t)).Select(t => t.Name));
    }

    [Fact]
    public void EveryIdProperty_IsADeclaredReference()
    {
        var checkedProperties = 0;
        foreach (var kind in RecordKinds.All)
        {
            var idProperties = kind.ClrType.GetProperties()
                .Where(p => p.Name is not (nameof(IDiplomaticRecord.Id) or nameof(Actor.WikidataId) or nameof(DiplomaticEvent.ThreadId) or nameof(Implementation.TermId) or nameof(Reaction.PointIds) or nameof(Commitment.SubjectTermId)) // a term or point id names a part of a record, checked with it (PartRules)
                    && (p.Name.EndsWith("Id", StringComparison.Ordinal) || p.Name.EndsWith("Ids", StringComparison.Ordinal)))
                .Select(p => p.Name)
                .Order();

            Assert.Equal(idProperties, kind.References.Where(r => r.ItemMemberName is null).Select(r => r.MemberName).Order());
            checkedProperties += idProperties.Count();
        }

        Assert.True(checkedProperties > 20, $"only {checkedProperties} id properties were found: the loop checks nothing");
    }

    [Fact]
    public void EveryIdPropertyOfAValueInAList_IsADeclaredReference()
    {
        // Participants, signatories and terms hold ids in their items: each such id is declared with the list that holds it.
        var checkedLists = 0;
        foreach (var kind in RecordKinds.All)
        {
            foreach (var list in kind.ClrType.GetProperties().Where(p => ItemType(p.PropertyType) is { } item && item.Namespace == typeof(Actor).Namespace && !typeof(IDiplomaticRecord).IsAssignableFrom(item)))
            {
                var itemIds = ItemType(list.PropertyType)!.GetProperties()
                    .Where(p => p.Name is not nameof(Term.Id) && (p.Name.EndsWith("Id", StringComparison.Ordinal) || p.Name.EndsWith("Ids", StringComparison.Ordinal)))
                    .Select(p => p.Name)
                    .Order();

                Assert.Equal(itemIds, kind.References.Where(r => r.MemberName == list.Name && r.ItemMemberName is not null).Select(r => r.ItemMemberName!).Order());
                checkedLists++;
            }
        }

        Assert.True(checkedLists >= 4, $"only {checkedLists} lists of values were found: the loop checks nothing");

        static Type? ItemType(Type type) =>
            type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueList<>) ? type.GetGenericArguments()[0]
            : type == typeof(Term) ? type
            : null;
    }

    [Fact]
    public void EveryReference_NamesContractPropertiesAndDeclaredKinds()
    {
        foreach (var reference in RecordKinds.All.SelectMany(k => k.References))
        {
            var contract = PeaceModelJson.Options.GetTypeInfo(reference.OwnerType);
            Assert.Contains(contract.Properties, p => p.Name == reference.JsonName);
            Assert.NotEmpty(reference.TargetKinds);
            Assert.All(reference.TargetKinds, kind => Assert.Contains(kind, RecordKinds.All));
        }
    }

    [Fact]
    public void EveryModelTypeAndValueList_HasAContract()
    {
        var valueLists = ModelTypes()
            .Where(t => !t.IsGenericTypeDefinition)
            .SelectMany(t => t.GetProperties())
            .Select(p => p.PropertyType)
            .Where(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(ValueList<>))
            .Distinct()
            .ToList();

        Assert.NotEmpty(valueLists);
        foreach (var type in valueLists)
        {
            Assert.True(ValueListTypeInfoResolver.Instance.GetTypeInfo(type, PeaceModelJson.Options) is not null, $"{type} has no factory in ValueListTypeInfoResolver");
        }

        var records = ModelTypes().Where(t => !t.IsEnum && !t.IsGenericTypeDefinition && typeof(IDiplomaticRecord).IsAssignableFrom(t)).ToList();
        Assert.True(records.Count > 10, $"only {records.Count} record types were found");
        foreach (var type in records)
        {
            // GetTypeInfo throws for a type without a contract; TryGetTypeInfo says so.
            Assert.True(PeaceModelJson.Options.TryGetTypeInfo(type, out var contract), $"{type.Name} has no contract");
            Assert.Equal(System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Object, contract.Kind);
        }
    }

    [Fact]
    public void EveryEnum_ReadsAndWritesOnlyItsNames()
    {
        var enums = ModelTypes().Where(t => t.IsEnum).ToList();

        Assert.Contains(typeof(Stance), enums);
        foreach (var type in enums)
        {
            var converter = PeaceModelJson.Options.GetTypeInfo(type).Converter;
            Assert.True(converter is IEnumNames, $"{type.Name} has no strict converter");
            Assert.Equal(Enum.GetNames(type).Length, ((IEnumNames)converter).Names.Count);
        }
    }

    [Fact]
    public void KindOf_AnUndeclaredType_Throws()
    {
        Assert.Same(RecordKinds.Proposal, RecordKinds.Of(typeof(Proposal)));
        Assert.Throws<ArgumentException>(() => RecordKinds.Of(typeof(Place)));
    }

    [Fact]
    public void EveryDeclaration_ResolvesItsJsonNames()
    {
        // Names are read from the contracts on first use, not in RecordKinds' static initializer: a
        // missing one is this red test with its name, never a TypeInitializationException.
        var names = RecordKinds.All.Select(k => k.ListName)
            .Concat(RecordKinds.All.SelectMany(k => k.References).Select(r => r.JsonName))
            .Concat(RecordKinds.All.SelectMany(k => k.Dates).Select(d => d.JsonName))
            .ToList();

        Assert.True(names.Count > 40, $"only {names.Count} names");
        Assert.All(names, name => Assert.Matches("^[a-z][A-Za-z]*(\\[\\])?(\\.[a-z][A-Za-z]*)?$", name));
    }

    [Fact]
    public void EveryDateProperty_IsADeclaredDate()
    {
        // A record's dates, and the dates of the terms it holds, are declared with their role, so the
        // timeline, the date rules, the account and the store see them. Meeting.PreviousDate is the
        // date a meeting was moved from: history of the meeting, not a date the episode happens on.
        var checkedDates = 0;
        foreach (var kind in RecordKinds.All)
        {
            var own = kind.ClrType.GetProperties()
                .Where(p => p.PropertyType == typeof(EventDate) && p.Name != nameof(Meeting.PreviousDate))
                .Select(p => p.Name);
            var inTerms = kind.ClrType.GetProperties()
                .Where(p => ValueType(p.PropertyType) is { } item && item.Namespace == typeof(Actor).Namespace && item != typeof(EventDate) && !typeof(IDiplomaticRecord).IsAssignableFrom(item))
                .SelectMany(p => ValueType(p.PropertyType)!.GetProperties().Where(t => t.PropertyType == typeof(EventDate)).Select(t => $"{p.Name}.{t.Name}"));
            var expected = own.Concat(inTerms).Order().ToList();

            Assert.Equal(expected, kind.Dates.Select(d => d.ItemMemberName is null ? d.MemberName : $"{d.MemberName}.{d.ItemMemberName}").Order());
            checkedDates += expected.Count;
        }

        Assert.True(checkedDates >= 10, $"only {checkedDates} dates were found");

        // The value a record holds, alone or in a list (terms, pauses, participants).
        static Type? ValueType(Type type) =>
            type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueList<>) ? type.GetGenericArguments()[0]
            : type.IsClass && type != typeof(string) ? type
            : null;
    }

    [Fact]
    public void ADeclarationWithAMissingName_FailsWhenRead_NamingIt()
    {
        var missing = Assert.Throws<InvalidOperationException>(() => ContractNames.Of(typeof(Place), "NoSuchMember"));

        Assert.Contains("NoSuchMember", missing.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(Place), missing.Message, StringComparison.Ordinal);
    }
}
