using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CsCheck;
using PeaceModel.Serialization;

namespace PeaceModel.Tests.Properties;

/// <summary>
/// Whatever the writer accepts, the reader reads back equal: a defect put anywhere in a generated
/// event (null, an undefined enum value, a lone surrogate) is either refused when written, with its
/// JSON path, or it is allowed there and reads back equal.
/// </summary>
public class WriteReadAgreementTests
{
    internal enum Defect
    {
        Null,
        UndefinedEnum,
        LoneSurrogate,
    }

    [Fact]
    public void AnyDefectAnywhere_IsRefusedWithItsPath_OrReadsBackEqual()
    {
        var refused = 0;
        var accepted = 0;
        Gen.Select(Generators.AnyEvent, Gen.Int[0, int.MaxValue], Gen.Enum<Defect>()).Sample((generated, pick, defect) =>
        {
            if (Write(generated) is null)
            {
                return; // generated with a defect of its own (AnyEvent may hold lone surrogates): checked elsewhere
            }

            if (WithDefect(generated, pick, defect) is not { } defective)
            {
                return;
            }

            var (copy, slot) = defective;

            try
            {
                var json = PeaceModelJson.Serialize(copy);
                Assert.Equal(copy, PeaceModelJson.Deserialize(json));
                accepted++;
            }
            catch (JsonException ex)
            {
                Assert.Equal(slot.Path, ex.Path);
                Assert.StartsWith(slot.Path + ": ", ex.Message, StringComparison.Ordinal);
                refused++;
            }
        }, iter: 3_000);

        Assert.True(refused > 0 && accepted > 0, $"refused {refused}, accepted {accepted}: both outcomes must occur");
    }

    [Fact]
    public void Serialize_NullTitle_IsRefusedWithItsPath()
    {
        var ex = Assert.Throws<JsonException>(() => PeaceModelJson.Serialize(Support.TestData.Seed with { Title = null! }));

        Assert.Equal("$.title", ex.Path);
        Assert.StartsWith("$.title: null is not allowed here; expected a string.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_ActorWithoutName_IsRefusedNotDropped()
    {
        var ex = Assert.Throws<JsonException>(() => PeaceModelJson.Serialize(Support.TestData.Seed.Actors[0] with { Name = null! }));

        Assert.Equal("$.name", ex.Path);
    }

    private static string? Write(DiplomaticEvent diplomaticEvent)
    {
        try
        {
            return PeaceModelJson.Serialize(diplomaticEvent);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// A fresh copy of <paramref name="generated"/> (an instance nobody else holds) with <paramref name="defect"/>
    /// put in the slot <paramref name="pick"/> selects among those it fits; <see langword="null"/> when none fits.
    /// </summary>
    internal static (DiplomaticEvent Copy, Slot Slot)? WithDefect(DiplomaticEvent generated, int pick, Defect defect)
    {
        var copy = PeaceModelJson.Deserialize(PeaceModelJson.Serialize(generated));
        var slots = Slots(copy).Where(s => Fits(s, defect)).ToList();
        if (slots.Count == 0)
        {
            return null;
        }

        var slot = slots[pick % slots.Count];
        slot.Member.SetValue(slot.Owner, defect switch
        {
            Defect.Null => null,
            Defect.UndefinedEnum => Enum.ToObject(Nullable.GetUnderlyingType(slot.Member.PropertyType) ?? slot.Member.PropertyType, 99),
            _ => "broken \uD800 text",
        });
        return (copy, slot);
    }

    internal static bool Fits(Slot slot, Defect defect)
    {
        var type = slot.Member.PropertyType;
        return defect switch
        {
            Defect.Null => !type.IsValueType || Nullable.GetUnderlyingType(type) is not null,
            Defect.UndefinedEnum => (Nullable.GetUnderlyingType(type) ?? type).IsEnum,
            _ => type == typeof(string),
        };
    }

    /// <summary>Every settable property of every object in the event, with its JSON path (list elements that are objects included).</summary>
    internal static IEnumerable<Slot> Slots(object owner, string path = "$")
    {
        foreach (var property in PeaceModelJson.Options.GetTypeInfo(owner.GetType()).Properties)
        {
            if (property.AttributeProvider is not PropertyInfo member || !member.CanWrite)
            {
                continue;
            }

            var here = $"{path}.{property.Name}";
            yield return new Slot(owner, member, here);
            var value = member.GetValue(owner);
            if (value is IValueList and System.Collections.IEnumerable items)
            {
                var index = 0;
                foreach (var item in items)
                {
                    if (item is not string && PeaceModelJson.Options.GetTypeInfo(item.GetType()).Kind == JsonTypeInfoKind.Object)
                    {
                        foreach (var slot in Slots(item, $"{here}[{index}]"))
                        {
                            yield return slot;
                        }
                    }

                    index++;
                }
            }
            else if (value is not null && value is not string && PeaceModelJson.Options.GetTypeInfo(value.GetType()).Kind == JsonTypeInfoKind.Object)
            {
                foreach (var slot in Slots(value, here))
                {
                    yield return slot;
                }
            }
        }
    }

    internal sealed record Slot(object Owner, PropertyInfo Member, string Path);
}
