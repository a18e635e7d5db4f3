using System.Reflection;
using System.Text.RegularExpressions;
using PeaceModel.Serialization;
using PeaceModel.Tests.Support;
using PeaceModel.Validation;

namespace PeaceModel.Tests.Validation;

/// <summary>Holes found by outside test suites: each test here failed before its fix.</summary>
public class HardeningTests
{
    /// <summary>A value each pattern accepts; the test fails when a pattern has none here.</summary>
    private static readonly Dictionary<string, string> Valid = new()
    {
        [nameof(Patterns.Id)] = "putin",
        [nameof(Patterns.Reference)] = "port-amrel-ceasefire-2026-04-14/port-amrel-ceasefire",
        [nameof(Patterns.WikidataId)] = "Q7747",
        [nameof(Patterns.CameoActorCode)] = "RUSGOV",
        [nameof(Patterns.CameoEventCode)] = "036",
        [nameof(Patterns.LowerWord)] = "yield",
        [nameof(Patterns.Sha256)] = new string('a', 64),
        [nameof(Patterns.LanguageTag)] = "en",
        [nameof(Patterns.SchemaVersion)] = "2.0",
        [nameof(Patterns.TimeZone)] = "Europe/Moscow",
        [nameof(Patterns.CountryShape)] = "RUS",
        [nameof(Patterns.Time)] = "21:30:00",
    };

    public static TheoryData<string> PatternNames =>
        [.. typeof(Patterns).GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.ReturnType == typeof(Regex)).Select(m => m.Name)];

    [Theory]
    [MemberData(nameof(PatternNames))]
    public void EveryPattern_EndsAtTheEndOfTheText_NotBeforeAFinalLineBreak(string name)
    {
        var regex = (Regex)typeof(Patterns).GetMethod(name)!.Invoke(null, null)!;
        Assert.True(Valid.TryGetValue(name, out var value), $"no valid sample for Patterns.{name}");

        Assert.Matches(regex, value);
        Assert.DoesNotMatch(regex, value + "\n");
    }

    [Fact]
    public void IdWithATrailingLineBreak_IsRefusedEvenWhenEveryReferenceAgrees()
    {
        var seed = TestData.Seed;
        var json = PeaceModelJson.Serialize(seed).Replace("\"putin\"", "\"putin\\n\"", StringComparison.Ordinal);

        var result = TestData.Validator.Validate(PeaceModelJson.Deserialize(json));

        Assert.Contains(result.Errors, f => f.ErrorCode == ErrorCodes.InvalidId && f.PropertyName == "actors[0].id");
    }

    [Theory]
    [InlineData("21:30")]
    [InlineData("9:30:00")]
    [InlineData("21:30:00.1234567")]
    [InlineData("24:00:00")]
    [InlineData("21:30:00Z")]
    public void Time_NotWrittenHHmmss_IsRefusedWhenRead(string time)
    {
        var json = PeaceModelJson.Serialize(WithTime(new TimeOnly(21, 30))).Replace("\"21:30:00\"", $"\"{time}\"", StringComparison.Ordinal);

        var ex = Assert.Throws<JsonReadException>(() => PeaceModelJson.Deserialize(json));

        Assert.Equal(ReadErrorReason.InvalidValue, ex.Error.Reason);
        Assert.EndsWith(".time", ex.Error.Path, StringComparison.Ordinal);
        Assert.Contains("expected a time written HH:mm:ss", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Time_WithAFractionOfASecond_IsRefusedWhenWritten()
    {
        var ex = Assert.Throws<System.Text.Json.JsonException>(() => PeaceModelJson.Serialize(WithTime(new TimeOnly(21, 30, 0, 5))));

        Assert.Equal("$.date.time", ex.Path);
        Assert.Equal(WithTime(new TimeOnly(21, 30, 5)), PeaceModelJson.Deserialize(PeaceModelJson.Serialize(WithTime(new TimeOnly(21, 30, 5)))));
    }

    [Theory]
    [InlineData("Europe/Geneva", false)]
    [InlineData("Mars/Olympus_Mons", false)]
    [InlineData("Europe/Zurich", true)]
    [InlineData("Europe/Kiev", true)]
    [InlineData("Europe/Kyiv", true)]
    [InlineData("UTC", true)]
    [InlineData("+03:00", true)]
    [InlineData("Z", true)]
    public void TimeZone_IsCheckedAgainstTheBundledTzdb(string zone, bool known)
    {
        var date = EventDate.Stated(new DateOnly(2025, 5, 11)) with { Time = new TimeOnly(21, 30), TimeZone = zone };

        var result = new EventDateValidator().Validate(date);

        Assert.Equal(known, result.IsValid);
        if (!known)
        {
            Assert.Contains("IANA time zone database (TZDB 20", Assert.Single(result.Errors).ErrorMessage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TzdbRelease_IsTheOneTheDocsName()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "error-codes.md"));

        Assert.Contains($"{TimeZones.TzdbVersion} in NodaTime", docs, StringComparison.Ordinal);
    }

    [Fact]
    public void CountryCodeOfTheRightShapeButUnassigned_SaysSoAndHowToModelIt()
    {
        var result = TestData.Validator.Validate(TestData.Seed with { Actors = TestData.Seed.Actors.SetItem(0, TestData.Seed.Actors[0] with { Country = "XVL" }) });

        var failure = Assert.Single(result.Errors);
        Assert.Equal((ErrorCodes.InvalidCountry, "actors[0].country"), (failure.ErrorCode, failure.PropertyName));
        Assert.Contains("not an assigned one", failure.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("Wikidata", failure.ErrorMessage, StringComparison.Ordinal);
    }

    private static DiplomaticEvent WithTime(TimeOnly time) =>
        TestData.Seed with { Date = TestData.Seed.Date with { Time = time } };
}
