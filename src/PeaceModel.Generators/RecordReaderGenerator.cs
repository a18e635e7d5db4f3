using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PeaceModel.Generators;

/// <summary>
/// Writes <c>PeaceModel.Serialization.RecordReader</c>'s generated half: one reading method per record,
/// enum and list type reachable from a type that implements <c>PeaceModel.IDiplomaticRecord</c>, each
/// building the immutable record straight from <c>Utf8JsonReader</c> tokens. The contract it reads is the
/// one System.Text.Json derives from the same declarations (camelCase names, <c>[JsonPropertyName]</c>,
/// <c>required</c> and <c>[JsonRequired]</c>, nullable annotations, <c>[JsonIgnore]</c>, the strict enum
/// converter); a declaration it does not understand is read through the serializer instead, so a new
/// property is either read by generated code or by the serializer, never silently skipped.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class RecordReaderGenerator : IIncrementalGenerator
{
    private const string RecordInterface = "PeaceModel.IDiplomaticRecord";
    private const string ReaderClass = "PeaceModel.Serialization.RecordReader";
    private const string JsonNamespace = "System.Text.Json.Serialization";

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // The whole compilation is the input (a property added in any file changes the reader); the output is
        // a string, compared by value, so unchanged declarations regenerate nothing downstream.
        var source = context.CompilationProvider.Select(static (compilation, cancellationToken) => Emit(compilation, cancellationToken));
        context.RegisterSourceOutput(source, static (output, text) =>
        {
            if (text is not null)
            {
                output.AddSource("RecordReader.g.cs", text);
            }
        });
    }

    private static string? Emit(Compilation compilation, CancellationToken cancellationToken)
    {
        var recordInterface = compilation.GetTypeByMetadataName(RecordInterface);
        var readerClass = compilation.GetTypeByMetadataName(ReaderClass);
        if (recordInterface is null || readerClass is null || !SymbolEqualityComparer.Default.Equals(readerClass.ContainingAssembly, compilation.Assembly))
        {
            return null;
        }

        var roots = new List<INamedTypeSymbol>();
        CollectRoots(compilation.Assembly.GlobalNamespace, recordInterface, roots);
        roots.Sort((a, b) => string.CompareOrdinal(a.ToDisplayString(), b.ToDisplayString()));
        cancellationToken.ThrowIfCancellationRequested();

        return new Writer(compilation).Write(roots);
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

    /// <summary>What one contract property is, as the generated code reads it.</summary>
    private sealed class Property
    {
        public Property(IPropertySymbol symbol, string jsonName, bool required, bool nullable, bool hasInitializer, ITypeSymbol valueType)
        {
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
    }

    private enum Kind
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

    private sealed class Writer
    {
        private readonly Compilation compilation;
        private readonly Dictionary<ITypeSymbol, Kind> kinds = new(SymbolEqualityComparer.Default);
        private readonly Dictionary<INamedTypeSymbol, List<Property>> objects = new(SymbolEqualityComparer.Default);
        private readonly List<INamedTypeSymbol> objectOrder = [];
        private readonly List<INamedTypeSymbol> enumOrder = [];
        private readonly List<INamedTypeSymbol> listOrder = [];
        private readonly List<ITypeSymbol> serializerOrder = [];

        public Writer(Compilation compilation) => this.compilation = compilation;

        public string Write(List<INamedTypeSymbol> roots)
        {
            var readRoots = new List<INamedTypeSymbol>();
            foreach (var root in roots)
            {
                if (KindOf(root) == Kind.Object)
                {
                    readRoots.Add(root);
                }
            }

            var text = new StringBuilder();
            text.AppendLine("// <auto-generated/>");
            text.AppendLine("// Written by PeaceModel.Generators.RecordReaderGenerator from the record declarations; see docs/architecture.md.");
            text.AppendLine("#nullable enable");
            text.AppendLine("using System.Diagnostics.CodeAnalysis;");
            text.AppendLine("using System.Text.Json;");
            text.AppendLine();
            text.AppendLine("namespace PeaceModel.Serialization;");
            text.AppendLine();
            text.AppendLine("internal static partial class RecordReader");
            text.AppendLine("{");
            text.AppendLine("    /// <summary>Whether every value is read by generated code, so that every limit is checked in the same pass; otherwise some values go through the serializer, and the limits pre-scan still runs.</summary>");
            text.AppendLine($"    internal const bool ChecksAllLimits = {(serializerOrder.Count == 0 ? "true" : "false")};");
            text.AppendLine();
            WriteDispatch(text, readRoots);
            WriteContracts(text);
            foreach (var type in objectOrder)
            {
                WriteObject(text, type, objects[type]);
            }

            foreach (var type in enumOrder)
            {
                WriteEnum(text, type);
            }

            foreach (var type in listOrder)
            {
                WriteList(text, type);
            }

            text.AppendLine("}");
            return text.ToString();
        }

        private Kind KindOf(ITypeSymbol type)
        {
            if (kinds.TryGetValue(type, out var known))
            {
                return known;
            }

            var kind = Classify(type);
            kinds[type] = kind;
            if (kind == Kind.Serializer)
            {
                serializerOrder.Add(type);
            }
            else if (kind == Kind.Enum)
            {
                enumOrder.Add((INamedTypeSymbol)type);
            }
            else if (kind == Kind.List)
            {
                var named = (INamedTypeSymbol)type;
                if (KindOf(named.TypeArguments[0]) == Kind.Serializer)
                {
                    // A list of values the serializer reads is read by the serializer as a whole.
                    kinds[type] = Kind.Serializer;
                    serializerOrder.Add(type);
                    return Kind.Serializer;
                }

                listOrder.Add(named);
            }
            else if (kind == Kind.Object)
            {
                var properties = Properties((INamedTypeSymbol)type);
                if (properties is null)
                {
                    kinds[type] = Kind.Serializer;
                    serializerOrder.Add(type);
                    return Kind.Serializer;
                }

                objects[(INamedTypeSymbol)type] = properties;
                objectOrder.Add((INamedTypeSymbol)type);
                foreach (var property in properties)
                {
                    KindOf(property.ValueType);
                }
            }

            return kinds[type];
        }

        private Kind Classify(ITypeSymbol type)
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
        private static List<Property>? Properties(INamedTypeSymbol type)
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

                            break;
                        case JsonNamespace + ".JsonPropertyOrderAttribute":
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
                result.Add(new Property(property, jsonName ?? CamelCase(property.Name), property.IsRequired || jsonRequired, nullable, hasInitializer, valueType));
            NextMember:
                ;
            }

            return result;
        }

        private void WriteDispatch(StringBuilder text, List<INamedTypeSymbol> roots)
        {
            text.AppendLine("    /// <summary>Reads a whole document as <typeparamref name=\"T\"/> with generated code; false when the type has no generated reader or the document is not read here (the caller then reads it with the serializer, which explains what is wrong).</summary>");
            text.AppendLine("    internal static bool TryReadDocument<T>(System.ReadOnlySpan<byte> utf8Json, ReadLimits limits, [NotNullWhen(true)] out T? value)");
            text.AppendLine("        where T : class");
            text.AppendLine("    {");
            text.AppendLine("        if (utf8Json.Length > limits.MaxDocumentBytes)");
            text.AppendLine("        {");
            text.AppendLine("            value = null;");
            text.AppendLine("            return false;");
            text.AppendLine("        }");
            text.AppendLine();
            foreach (var root in roots)
            {
                var name = Full(root);
                text.AppendLine($"        if (typeof(T) == typeof({name}))");
                text.AppendLine("        {");
                text.AppendLine("            var reader = new Utf8JsonReader(utf8Json, DocumentOptions);");
                text.AppendLine("            try");
                text.AppendLine("            {");
                text.AppendLine($"                if (reader.Read() && TryRead(ref reader, limits, out {name}? read) && !reader.Read())");
                text.AppendLine("                {");
                text.AppendLine("                    value = (T)(object)read;");
                text.AppendLine("                    return true;");
                text.AppendLine("                }");
                text.AppendLine("            }");
                text.AppendLine("            catch (System.Exception ex) when (IsInputFault(ex))");
                text.AppendLine("            {");
                text.AppendLine("            }");
                text.AppendLine();
                text.AppendLine("            value = null;");
                text.AppendLine("            return false;");
                text.AppendLine("        }");
                text.AppendLine();
            }

            text.AppendLine("        value = null;");
            text.AppendLine("        return false;");
            text.AppendLine("    }");
            text.AppendLine();
        }

        private void WriteContracts(StringBuilder text)
        {
            text.AppendLine("    /// <summary>The contracts the generated code reads (type, JSON names, required names), for the test that compares them with the serializer's.</summary>");
            text.AppendLine("    internal static System.Collections.Generic.IEnumerable<(System.Type Type, string[] Names, string[] Required)> GeneratedContracts()");
            text.AppendLine("    {");
            foreach (var type in objectOrder)
            {
                var properties = objects[type];
                text.AppendLine($"        yield return (typeof({Full(type)}), [{string.Join(", ", properties.Select(p => Literal(p.JsonName)))}], [{string.Join(", ", properties.Where(p => p.Required).Select(p => Literal(p.JsonName)))}]);");
            }

            foreach (var type in enumOrder)
            {
                text.AppendLine($"        yield return (typeof({Full(type)}), [{string.Join(", ", EnumMembers(type).Select(f => Literal(CamelCase(f.Name))))}], []);");
            }

            text.AppendLine("    }");
            text.AppendLine();
            text.AppendLine("    /// <summary>The JSON name of a property of a type the generated code reads, by its .NET name, or <see langword=\"null\"/> for any other: the contract without configuring the serializer's metadata.</summary>");
            text.AppendLine("    internal static string? JsonNameOf(System.Type type, string memberName)");
            text.AppendLine("    {");
            foreach (var type in objectOrder)
            {
                text.AppendLine($"        if (type == typeof({Full(type)}))");
                text.AppendLine("        {");
                text.AppendLine("            return memberName switch");
                text.AppendLine("            {");
                foreach (var property in objects[type])
                {
                    text.AppendLine($"                {Literal(property.Symbol.Name)} => {Literal(property.JsonName)},");
                }

                text.AppendLine("                _ => null,");
                text.AppendLine("            };");
                text.AppendLine("        }");
                text.AppendLine();
            }

            text.AppendLine("        return null;");
            text.AppendLine("    }");
            text.AppendLine();
            text.AppendLine("    /// <summary>The JSON names of an enum the generated code reads, in declaration order, or <see langword=\"null\"/> for any other type.</summary>");
            text.AppendLine("    internal static string[]? EnumNamesOf(System.Type type)");
            text.AppendLine("    {");
            foreach (var type in enumOrder)
            {
                text.AppendLine($"        if (type == typeof({Full(type)}))");
                text.AppendLine("        {");
                text.AppendLine($"            return [{string.Join(", ", EnumMembers(type).Select(f => Literal(CamelCase(f.Name))))}];");
                text.AppendLine("        }");
                text.AppendLine();
            }

            text.AppendLine("        return null;");
            text.AppendLine("    }");
            text.AppendLine();
            text.AppendLine("    /// <summary>The types the generated code leaves to the serializer.</summary>");
            text.AppendLine($"    internal static System.Type[] SerializerReadTypes() => [{string.Join(", ", serializerOrder.Select(t => $"typeof({Full(t)})"))}];");
            text.AppendLine();
        }

        private void WriteObject(StringBuilder text, INamedTypeSymbol type, List<Property> properties)
        {
            var name = Full(type);
            text.AppendLine($"    private static bool TryRead(ref Utf8JsonReader reader, ReadLimits limits, [NotNullWhen(true)] out {name}? value)");
            text.AppendLine("    {");
            text.AppendLine("        value = null;");
            text.AppendLine("        if (reader.TokenType != JsonTokenType.StartObject || reader.CurrentDepth >= limits.MaxDepth)");
            text.AppendLine("        {");
            text.AppendLine("            return false;");
            text.AppendLine("        }");
            text.AppendLine();
            for (var i = 0; i < properties.Count; i++)
            {
                text.AppendLine($"        {LocalType(properties[i])} v{i} = default;");
                text.AppendLine($"        var s{i} = false;");
            }

            text.AppendLine("        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)");
            text.AppendLine("        {");
            text.AppendLine("            var name = reader.ValueSpan;");
            text.AppendLine("            if (reader.ValueIsEscaped || name.Length > limits.MaxStringBytes || !reader.Read())");
            text.AppendLine("            {");
            text.AppendLine("                return false;");
            text.AppendLine("            }");
            text.AppendLine();
            text.AppendLine("            switch (name.Length)");
            text.AppendLine("            {");
            foreach (var group in properties.Select((p, i) => (Property: p, Index: i)).GroupBy(p => Encoding.UTF8.GetByteCount(p.Property.JsonName)).OrderBy(g => g.Key))
            {
                text.AppendLine($"                case {group.Key}:");
                var first = true;
                foreach (var (property, index) in group)
                {
                    text.AppendLine($"                    {(first ? "if" : "else if")} (name.SequenceEqual({Literal(property.JsonName)}u8))");
                    text.AppendLine("                    {");
                    text.AppendLine($"                        if (s{index})");
                    text.AppendLine("                        {");
                    text.AppendLine("                            return false;");
                    text.AppendLine("                        }");
                    text.AppendLine();
                    text.AppendLine($"                        s{index} = true;");
                    WriteValue(text, property, $"v{index}", "                        ");
                    text.AppendLine("                        continue;");
                    text.AppendLine("                    }");
                    first = false;
                }

                text.AppendLine();
                text.AppendLine("                    return false;");
            }

            text.AppendLine("                default:");
            text.AppendLine("                    return false;");
            text.AppendLine("            }");
            text.AppendLine("        }");
            text.AppendLine();
            var mustBeSeen = properties.Select((p, i) => (p, i)).Where(x => x.p.Required || x.p.HasInitializer).Select(x => $"!s{x.i}").ToList();
            text.AppendLine(mustBeSeen.Count == 0
                ? "        if (reader.TokenType != JsonTokenType.EndObject)"
                : $"        if (reader.TokenType != JsonTokenType.EndObject || {string.Join(" || ", mustBeSeen)})");
            text.AppendLine("        {");
            text.AppendLine("            // Missing (or, for a property with an initializer, absent: the serializer would keep the initializer's value).");
            text.AppendLine("            return false;");
            text.AppendLine("        }");
            text.AppendLine();
            text.AppendLine($"        value = new {name}");
            text.AppendLine("        {");
            for (var i = 0; i < properties.Count; i++)
            {
                var property = properties[i];
                var bang = !property.Nullable && !property.Symbol.Type.IsValueType ? "!" : string.Empty;
                text.AppendLine($"            {property.Symbol.Name} = v{i}{bang},");
            }

            text.AppendLine("        };");
            text.AppendLine("        return true;");
            text.AppendLine("    }");
            text.AppendLine();
        }

        private void WriteValue(StringBuilder text, Property property, string local, string indent)
        {
            var kind = KindOf(property.ValueType);
            var valueType = Full(property.ValueType);
            if (kind == Kind.Serializer)
            {
                text.AppendLine($"{indent}{local} = ReadWithSerializer<{LocalType(property)}>(ref reader);");
                if (!property.Nullable)
                {
                    text.AppendLine($"{indent}if ({local} is null)");
                    text.AppendLine($"{indent}{{");
                    text.AppendLine($"{indent}    return false;");
                    text.AppendLine($"{indent}}}");
                    text.AppendLine();
                }

                return;
            }

            if (property.Nullable)
            {
                text.AppendLine($"{indent}if (reader.TokenType == JsonTokenType.Null)");
                text.AppendLine($"{indent}{{");
                text.AppendLine($"{indent}    {local} = null;");
                text.AppendLine($"{indent}}}");
                text.AppendLine($"{indent}else if (TryRead(ref reader, limits, out {valueType}{(property.ValueType.IsValueType ? string.Empty : "?")} {local}Value))");
                text.AppendLine($"{indent}{{");
                text.AppendLine($"{indent}    {local} = {local}Value;");
                text.AppendLine($"{indent}}}");
                text.AppendLine($"{indent}else");
                text.AppendLine($"{indent}{{");
                text.AppendLine($"{indent}    return false;");
                text.AppendLine($"{indent}}}");
                text.AppendLine();
                return;
            }

            text.AppendLine($"{indent}if (!TryRead(ref reader, limits, out {local}))");
            text.AppendLine($"{indent}{{");
            text.AppendLine($"{indent}    return false;");
            text.AppendLine($"{indent}}}");
            text.AppendLine();
        }

        private static string LocalType(Property property)
        {
            var type = Full(property.Symbol.Type);
            return property.Symbol.Type.IsValueType ? type : type + "?";
        }

        private static void WriteEnum(StringBuilder text, INamedTypeSymbol type)
        {
            var name = Full(type);
            text.AppendLine($"    private static bool TryRead(ref Utf8JsonReader reader, ReadLimits limits, out {name} value)");
            text.AppendLine("    {");
            text.AppendLine("        _ = limits;");
            text.AppendLine("        value = default;");
            text.AppendLine("        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped)");
            text.AppendLine("        {");
            text.AppendLine("            return false;");
            text.AppendLine("        }");
            text.AppendLine();
            text.AppendLine("        var text = reader.ValueSpan;");
            foreach (var field in EnumMembers(type))
            {
                text.AppendLine($"        if (text.SequenceEqual({Literal(CamelCase(field.Name))}u8))");
                text.AppendLine("        {");
                text.AppendLine($"            value = {name}.{field.Name};");
                text.AppendLine("            return true;");
                text.AppendLine("        }");
                text.AppendLine();
            }

            text.AppendLine("        return false;");
            text.AppendLine("    }");
            text.AppendLine();
        }

        /// <summary>The members in the order of <c>Enum.GetValues</c>: by value, as unsigned.</summary>
        private static IEnumerable<IFieldSymbol> EnumMembers(INamedTypeSymbol type) =>
            type.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue).OrderBy(f => Unsigned(f.ConstantValue!));

        private static ulong Unsigned(object value) => value switch
        {
            long l => unchecked((ulong)l),
            int i => unchecked((uint)i),
            short s => unchecked((ushort)s),
            sbyte b => unchecked((byte)b),
            _ => Convert.ToUInt64(value, System.Globalization.CultureInfo.InvariantCulture),
        };

        private static void WriteList(StringBuilder text, INamedTypeSymbol type)
        {
            var element = type.TypeArguments[0];
            var elementName = Full(element);
            text.AppendLine($"    private static bool TryRead(ref Utf8JsonReader reader, ReadLimits limits, out {Full(type)} value)");
            text.AppendLine("    {");
            text.AppendLine("        value = default;");
            text.AppendLine("        if (reader.TokenType != JsonTokenType.StartArray || reader.CurrentDepth >= limits.MaxDepth)");
            text.AppendLine("        {");
            text.AppendLine("            return false;");
            text.AppendLine("        }");
            text.AppendLine();
            text.AppendLine($"        var items = new ListBuilder<{elementName}>();");
            text.AppendLine("        try");
            text.AppendLine("        {");
            text.AppendLine("            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)");
            text.AppendLine("            {");
            text.AppendLine($"                if (items.Count >= limits.MaxArrayLength || !TryRead(ref reader, limits, out {elementName}{(element.IsValueType ? string.Empty : "?")} item))");
            text.AppendLine("                {");
            text.AppendLine("                    return false;");
            text.AppendLine("                }");
            text.AppendLine();
            text.AppendLine("                items.Add(item);");
            text.AppendLine("            }");
            text.AppendLine();
            text.AppendLine("            value = items.ToValueList();");
            text.AppendLine("            return reader.TokenType == JsonTokenType.EndArray;");
            text.AppendLine("        }");
            text.AppendLine("        finally");
            text.AppendLine("        {");
            text.AppendLine("            items.Dispose();");
            text.AppendLine("        }");
            text.AppendLine("    }");
            text.AppendLine();
        }

        /// <summary>The type's name for the generated code, without a nullable annotation of a reference type (<c>Nullable&lt;T&gt;</c> stays <c>T?</c>).</summary>
        private static string Full(ITypeSymbol type) =>
            type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);

        private static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);
    }

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
