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
    public void EveryIdProperty_IsADeclaredReference()
    {
        foreach (var kind in RecordKinds.All)
        {
            var idProperties = kind.ClrType.GetProperties()
                .Where(p => p.Name is not (nameof(IDiplomaticRecord.Id) or nameof(Actor.WikidataId) or nameof(DiplomaticEvent.ThreadId) or nameof(Implementation.TermId)) // a term id names a term of the agreement, checked with it
                    && (p.Name.EndsWith("Id", StringComparison.Ordinal) || p.Name.EndsWith("Ids", StringComparison.Ordinal)))
                .Select(p => p.Name)
                .Order();

            Assert.Equal(idProperties, kind.References.Where(r => r.ItemMemberName is null).Select(r => r.MemberName).Order());
        }
    }

    [Fact]
    public void EveryIdPropertyOfAValueInAList_IsADeclaredReference()
    {
        // Participants, signatories and terms hold ids in their items: each such id is declared with the list that holds it.
        foreach (var kind in RecordKinds.All)
        {
            foreach (var list in kind.ClrType.GetProperties().Where(p => ItemType(p.PropertyType) is { } item && item.Namespace == typeof(Actor).Namespace && !typeof(IDiplomaticRecord).IsAssignableFrom(item)))
            {
                var itemIds = ItemType(list.PropertyType)!.GetProperties()
                    .Where(p => p.Name is not nameof(Term.Id) && (p.Name.EndsWith("Id", StringComparison.Ordinal) || p.Name.EndsWith("Ids", StringComparison.Ordinal)))
                    .Select(p => p.Name)
                    .Order();

                Assert.Equal(itemIds, kind.References.Where(r => r.MemberName == list.Name && r.ItemMemberName is not null).Select(r => r.ItemMemberName!).Order());
            }
        }

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

        foreach (var type in ModelTypes().Where(t => !t.IsEnum && !t.IsGenericTypeDefinition && typeof(IDiplomaticRecord).IsAssignableFrom(t)))
        {
            Assert.NotNull(PeaceModelJson.Options.GetTypeInfo(type));
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
}
