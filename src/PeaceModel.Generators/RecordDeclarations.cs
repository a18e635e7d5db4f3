using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PeaceModel.Generators;

/// <summary>
/// The contract both generators derive from the record declarations, as System.Text.Json derives it from
/// the same declarations: which types are read and written by generated code (<see cref="Classify"/>), the
/// contract properties of a record (<see cref="Properties"/>: camelCase names or <c>[JsonPropertyName]</c>,
/// <c>required</c> and <c>[JsonRequired]</c>, nullable annotations, <c>[JsonIgnore]</c> and its writing
/// condition, <c>[JsonPropertyOrder]</c>), an enum's members in the serializer's order, and the names the
/// generated code uses. <see cref="RecordReaderGenerator"/> and <see cref="RecordWriterGenerator"/> share it,
/// so that the reader and the writer cannot disagree on a declaration.
/// </summary>
internal static class RecordDeclarations
{
    private const string JsonNamespace = "System.Text.Json.Serialization";
    private const string RecordInterface = "PeaceModel.IDiplomaticRecord";

    /// <summary>
    /// The record types whose code a generator writes into <paramref name="generatedClass"/>: every concrete,
    /// non-generic class of the compilation that implements <c>PeaceModel.IDiplomaticRecord</c>, ordered by
    /// name; <see langword="null"/> when the compilation does not declare <paramref name="generatedClass"/>
    /// itself (then there is nothing to generate).
    /// </summary>
    internal static List<INamedTypeSymbol>? RecordRoots(Compilation compilation, string generatedClass)
    {
        var recordInterface = compilation.GetTypeByMetadataName(RecordInterface);
        var target = compilation.GetTypeByMetadataName(generatedClass);
        if (recordInterface is null || target is null || !SymbolEqualityComparer.Default.Equals(target.ContainingAssembly, compilation.Assembly))
        {
            return null;
        }

        var roots = new List<INamedTypeSymbol>();
        CollectRoots(compilation.Assembly.GlobalNamespace, recordInterface, roots);
        roots.Sort((a, b) => string.CompareOrdinal(a.ToDisplayString(), b.ToDisplayString()));
        return roots;
    }

    /// <summary>
    /// The types reachable from the record roots, each classified once (<see cref="Classify"/>), in the order
    /// first met: the records with their contract properties in declaration order, the enums, the lists, and
    /// what the serializer reads and writes instead (a record whose declaration the generators do not
    /// understand, and a list of such values as a whole).
    /// </summary>
    internal sealed class ContractGraph
    {
        private readonly Compilation compilation;
        private readonly Dictionary<ITypeSymbol, Kind> kinds = new(SymbolEqualityComparer.Default);

        public ContractGraph(Compilation compilation) => this.compilation = compilation;

        public Dictionary<INamedTypeSymbol, List<Property>> Objects { get; } = new(SymbolEqualityComparer.Default);

        public List<INamedTypeSymbol> ObjectOrder { get; } = [];

        public List<INamedTypeSymbol> EnumOrder { get; } = [];

        public List<INamedTypeSymbol> ListOrder { get; } = [];

        public List<ITypeSymbol> SerializerOrder { get; } = [];

        /// <summary>How <paramref name="type"/> is read and written; the first call visits what it contains.</summary>
        public Kind KindOf(ITypeSymbol type)
        {
            if (kinds.TryGetValue(type, out var known))
            {
                return known;
            }

            var kind = Classify(type, compilation);
            kinds[type] = kind;
            if (kind == Kind.Serializer)
            {
                SerializerOrder.Add(type);
            }
            else if (kind == Kind.Enum)
            {
                EnumOrder.Add((INamedTypeSymbol)type);
            }
            else if (kind == Kind.List)
            {
                var named = (INamedTypeSymbol)type;
                if (KindOf(named.TypeArguments[0]) == Kind.Serializer)
                {
                    // A list of values the serializer handles is handled by the serializer as a whole.
                    kinds[type] = Kind.Serializer;
                    SerializerOrder.Add(type);
                    return Kind.Serializer;
                }

                ListOrder.Add(named);
            }
            else if (kind == Kind.Object)
            {
                var properties = Properties((INamedTypeSymbol)type);
                if (properties is null)
                {
                    kinds[type] = Kind.Serializer;
                    SerializerOrder.Add(type);
                    return Kind.Serializer;
                }

                Objects[(INamedTypeSymbol)type] = properties;
                ObjectOrder.Add((INamedTypeSymbol)type);
                foreach (var property in properties)
                {
                    KindOf(property.ValueType);
                }
            }

            return kinds[type];
        }
    }

    private static void CollectRoots(INamespaceSymbol ns, INamedTypeSymbol recordInterface, List<INamedTypeSymbol> roots)
    {
        foreach (var member in ns.GetMembers())
        {
            if (member is INamespaceSymbol inner)
            {
                CollectRoots(inner, recordInterface, roots);
            }
            else if (member is INamedTypeSymbol { TypeKind: TypeKind.Class, IsAbstract: false, IsGenericType: false } type
                && type.AllInterfaces.Contains(recordInterface, SymbolEqualityComparer.Default))
            {
                roots.Add(type);
            }
        }
    }

    /// <summary>What one contract property is, as the generated code reads and writes it.</summary>
    internal sealed class Property
    {
        public Property(IPropertySymbol symbol, string jsonName, bool required, bool nullable, bool hasInitializer, ITypeSymbol valueType, int? ignoreCondition, int order)
        {
            IgnoreCondition = ignoreCondition;
            Order = order;
            Symbol = symbol;
            JsonName = jsonName;
            Required = required;
            Nullable = nullable;
            HasInitializer = hasInitializer;
            ValueType = valueType;
        }

        public IPropertySymbol Symbol { get; }

        public string JsonName { get; }

        public bool Required { get; }

        /// <summary>Whether <c>null</c> is read (as <c>null</c>): a nullable reference or <c>Nullable&lt;T&gt;</c>.</summary>
        public bool Nullable { get; }

        public bool HasInitializer { get; }

        /// <summary>The type read: the property's type, or <c>T</c> of <c>Nullable&lt;T&gt;</c>.</summary>
        public ITypeSymbol ValueType { get; }

        /// <summary>The writing condition of <c>[JsonIgnore(Condition = ...)]</c> as its <c>JsonIgnoreCondition</c> value (0 never, 2 when writing default, 3 when writing null), or <see langword="null"/> without the attribute.</summary>
        public int? IgnoreCondition { get; }

        /// <summary>The <c>[JsonPropertyOrder]</c> of the property, 0 without it: the writer sorts by it, then by declaration.</summary>
        public int Order { get; }
    }

    internal enum Kind
    {
        String,
        Int32,
        Decimal,
        Boolean,
        Date,
        Time,
        DateTimeOffset,
        Enum,
        Object,
        List,
        Serializer,
    }

    /// <summary>How the generated code reads and writes a type; <see cref="Kind.Serializer"/> for any it does not know (another primitive, a type with JSON attributes of its own, a type of another assembly).</summary>
    internal static Kind Classify(ITypeSymbol type, Compilation compilation)
    {
        switch (type.SpecialType)
        {
            case SpecialType.System_String:
                return Kind.String;
            case SpecialType.System_Int32:
                return Kind.Int32;
            case SpecialType.System_Decimal:
                return Kind.Decimal;
            case SpecialType.System_Boolean:
                return Kind.Boolean;
        }

        var name = type.OriginalDefinition.ToDisplayString();
        if (name == "System.DateOnly")
        {
            return Kind.Date;
        }

        if (name == "System.TimeOnly")
        {
            return Kind.Time;
        }

        if (name == "System.DateTimeOffset")
        {
            return Kind.DateTimeOffset;
        }

        if (type is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType)
        {
            return HasStrictConverter(enumType) && HasDistinctValues(enumType) ? Kind.Enum : Kind.Serializer;
        }

        if (name == "PeaceModel.ValueList<T>")
        {
            return Kind.List;
        }

        if (type is INamedTypeSymbol { TypeKind: TypeKind.Class, IsAbstract: false, IsGenericType: false } record
            && SymbolEqualityComparer.Default.Equals(record.ContainingAssembly, compilation.Assembly)
            && record.BaseType?.SpecialType == SpecialType.System_Object
            && !HasJsonAttribute(record.GetAttributes())
            && record.InstanceConstructors.Any(c => c.Parameters.Length == 0 && c.DeclaredAccessibility == Accessibility.Public)
            && record.InstanceConstructors.All(c => !HasJsonAttribute(c.GetAttributes())))
        {
            return Kind.Object;
        }

        return Kind.Serializer;
    }

    private static bool HasStrictConverter(INamedTypeSymbol enumType) =>
        enumType.GetAttributes().Any(a =>
            a.AttributeClass?.ToDisplayString() == JsonNamespace + ".JsonConverterAttribute"
            && a.ConstructorArguments.Length == 1
            && a.ConstructorArguments[0].Value is INamedTypeSymbol converter
            && converter.OriginalDefinition.ToDisplayString() == "PeaceModel.Serialization.StrictEnumConverter<TEnum>");

    private static bool HasDistinctValues(INamedTypeSymbol enumType)
    {
        var values = new HashSet<object>();
        foreach (var field in enumType.GetMembers().OfType<IFieldSymbol>())
        {
            if (field.HasConstantValue && !values.Add(field.ConstantValue!))
            {
                return false;
            }
        }

        return enumType.GetAttributes().All(a => a.AttributeClass?.ToDisplayString() != "System.FlagsAttribute");
    }

    private static bool HasJsonAttribute(IEnumerable<AttributeData> attributes) =>
        attributes.Any(a => a.AttributeClass?.ContainingNamespace?.ToDisplayString() == JsonNamespace);

    /// <summary>The contract properties, in declaration order, or null when the type uses a JSON feature the generated code does not read.</summary>
    internal static List<Property>? Properties(INamedTypeSymbol type)
    {
        var result = new List<Property>();
        foreach (var member in type.GetMembers())
        {
            if (member is not IPropertySymbol { IsStatic: false, IsIndexer: false, DeclaredAccessibility: Accessibility.Public } property)
            {
                continue;
            }

            string? jsonName = null;
            var jsonRequired = false;
            int? ignoreCondition = null;
            var order = 0;
            foreach (var attribute in property.GetAttributes())
            {
                var attributeName = attribute.AttributeClass?.ToDisplayString();
                switch (attributeName)
                {
                    case JsonNamespace + ".JsonPropertyNameAttribute":
                        jsonName = attribute.ConstructorArguments[0].Value as string;
                        break;
                    case JsonNamespace + ".JsonRequiredAttribute":
                        jsonRequired = true;
                        break;
                    case JsonNamespace + ".JsonIgnoreAttribute":
                        var condition = attribute.NamedArguments.FirstOrDefault(a => a.Key == "Condition").Value.Value;

                        // Always (1, the default) leaves the property out; the writing conditions do not concern reading.
                        if (condition is null or 1)
                        {
                            goto NextMember;
                        }

                        ignoreCondition = (int)condition;
                        break;
                    case JsonNamespace + ".JsonPropertyOrderAttribute":
                        order = attribute.ConstructorArguments[0].Value is int value ? value : 0;
                        break;
                    default:
                        if (attribute.AttributeClass?.ContainingNamespace?.ToDisplayString() == JsonNamespace)
                        {
                            // A converter, number handling, extension data ...: the serializer reads this type.
                            return null;
                        }

                        if (attributeName is "System.Diagnostics.CodeAnalysis.AllowNullAttribute" or "System.Diagnostics.CodeAnalysis.DisallowNullAttribute")
                        {
                            return null;
                        }

                        break;
                }
            }

            var getter = property.GetMethod is { DeclaredAccessibility: Accessibility.Public };
            var setter = property.SetMethod is { DeclaredAccessibility: Accessibility.Public };
            if (!setter)
            {
                // Derived, read-only properties (EventDate.FirstDay) are no part of the format.
                continue;
            }

            if (!getter)
            {
                return null;
            }

            var nullableValue = property.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } wrapper;
            var valueType = nullableValue ? ((INamedTypeSymbol)property.Type).TypeArguments[0] : property.Type;
            var nullable = nullableValue || (!property.Type.IsValueType && property.Type.NullableAnnotation == NullableAnnotation.Annotated);
            var hasInitializer = property.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is PropertyDeclarationSyntax { Initializer: not null });
            result.Add(new Property(property, jsonName ?? CamelCase(property.Name), property.IsRequired || jsonRequired, nullable, hasInitializer, valueType, ignoreCondition, order));
        NextMember:
            ;
        }

        return result;
    }

    /// <summary>The members in the order of <c>Enum.GetValues</c>: by value, as unsigned.</summary>
    internal static IEnumerable<IFieldSymbol> EnumMembers(INamedTypeSymbol type) =>
        type.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue).OrderBy(f => Unsigned(f.ConstantValue!));

    private static ulong Unsigned(object value) => value switch
    {
        long l => unchecked((ulong)l),
        int i => unchecked((uint)i),
        short s => unchecked((ushort)s),
        sbyte b => unchecked((byte)b),
        _ => Convert.ToUInt64(value, System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>The type's name for the generated code, without a nullable annotation of a reference type (<c>Nullable&lt;T&gt;</c> stays <c>T?</c>).</summary>
    internal static string Full(ITypeSymbol type) =>
        type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);

    internal static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    /// <summary>System.Text.Json's <c>JsonNamingPolicy.CamelCase</c>, step for step.</summary>
    internal static string CamelCase(string name)
    {
        if (string.IsNullOrEmpty(name) || !char.IsUpper(name[0]))
        {
            return name;
        }

        var chars = name.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 1 && !char.IsUpper(chars[i]))
            {
                break;
            }

            var hasNext = i + 1 < chars.Length;
            if (i > 0 && hasNext && !char.IsUpper(chars[i + 1]))
            {
                if (chars[i + 1] == ' ')
                {
                    chars[i] = char.ToLowerInvariant(chars[i]);
                }

                break;
            }

            chars[i] = char.ToLowerInvariant(chars[i]);
        }

        return new string(chars);
    }
}
