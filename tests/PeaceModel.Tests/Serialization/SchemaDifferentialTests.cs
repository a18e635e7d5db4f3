using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using PeaceModel.Serialization;
using PeaceModel.Tests.Support;
using PeaceModel.Validation;

namespace PeaceModel.Tests.Serialization;

/// <summary>
/// The JSON Schema and the library agree on single documents: third-party validators (JsonSchema.Net in
/// .NET, Ajv in JavaScript in strict mode; draft 2020-12, formats checked) and the library (reader, then
/// validator without the cross-record rules) judge thousands of mutations of every example document of
/// the repository (the seed and the modeled reports: every kind of record), and every disagreement
/// must be one the list below explains.
/// </summary>
public class SchemaDifferentialTests
{
    /// <summary>What JSON Schema cannot state exactly, each with its reason; a disagreement must match one.</summary>
    private static readonly (string Reason, Func<Mutation, bool> Explains)[] Explained =
    [
        ("JSON Schema counts 585.0 as an integer; the reader takes whole numbers written without a fraction only",
            m => m.Kind == "fraction"),
        ("a quotation's length equals the UTF-16 length of its text: a rule between two properties that no keyword states",
            m => m.Path.Contains("quotations", StringComparison.Ordinal) && (m.Path.EndsWith(".length", StringComparison.Ordinal) || m.Path.EndsWith(".text", StringComparison.Ordinal) || m.Kind is "two items with one text" or "two items with one length")),
        ("a range's end is after its value: comparing two dates, which no JSON Schema keyword does",
            m => m.Kind == "end before value"),
        ("an actor's actsForId or a proposal's countersId names another record than itself (an acts-for cycle of one, PM0022; a counter to one's own proposal, PM0021): comparing two values of a record, which no JSON Schema keyword does",
            m => m.Kind is "actsForId names the record itself" or "countersId names the record itself"),
        ("an actor signs an agreement once, a member votes once, and a term's or point's id is unique in its list: uniqueness by one member of the items, where uniqueItems compares whole items",
            m => System.Text.RegularExpressions.Regex.IsMatch(m.Path, @"^\$\.(agreements\[\d+\]\.(signatories|terms)|votes\[\d+\]\.ballots|proposals\[\d+\]\.points)$") && (m.Kind == "repeated element" || m.Kind.StartsWith("two items with one ", StringComparison.Ordinal))),
        ("a vote's reported counts include its named ballots (PM0007): comparing a list with numbers, which no JSON Schema keyword does",
            m => System.Text.RegularExpressions.Regex.IsMatch(m.Path, @"^\$\.votes\[\d+\]\.counts\.(for|against|abstain)$") && m.Kind is "removed" or "zero"),
        ("a threshold is given exactly when the rule's kind is threshold, progress names exactly one of an agreement and a commitment, a statement exactly one of a named and an unnamed speaker, and a plan's point has an id while an agreement's term need not: requirements that depend on another value or on where a shared type stands",
            m => (m.Path.EndsWith(".rule.threshold", StringComparison.Ordinal) || System.Text.RegularExpressions.Regex.IsMatch(m.Path, @"^\$\.(implementations\[\d+\]\.agreementId|statements\[\d+\]\.(speakerId|unnamedSpeaker)|proposals\[\d+\]\.points\[\d+\]\.id)$")) && m.Kind is "removed" or "null"),
        ("a meeting lists an actor once per role: uniqueness by two members of the items, where uniqueItems compares whole items (which differ by their course)",
            m => System.Text.RegularExpressions.Regex.IsMatch(m.Path, @"^\$\.meetings\[\d+\]\.participants$") && m.Kind == "two items with one actorId"),
        ("time zone ids are checked against the bundled TZDB; the schema checks their shape",
            m => m.Kind == "unknown time zone" || (m.Kind == "word" && m.Path.EndsWith(".timeZone", StringComparison.Ordinal))),
        ("a group cannot be its own member: a rule between two properties",
            m => m.Kind == "own member"),
        ("JsonSchema.Net's date-time format accepts an instant followed by a line break; the reader (and Ajv) refuse it",
            m => m.Path.EndsWith(".updatedAt", StringComparison.Ordinal) && m.Kind == "final line break"),
        ("maxLength counts code points; the library's limits count UTF-16 code units, as .NET strings do",
            m => m.Kind == "astral text"),
    ];

    private static readonly Lazy<List<Mutation>> AllMutations = new(() => Mutations().ToList());

    [Fact]
    public void JsonSchemaNet_AndTheLibrary_AgreeOnEveryMutation_OrTheDisagreementIsExplained()
    {
        AssertAgreement("JsonSchema.Net", mutations => [.. mutations.Select(m =>
        {
            using var document = JsonDocument.Parse(m.Json);
            return TestData.Schema.Evaluate(document.RootElement, new EvaluationOptions { RequireFormatValidation = true }).IsValid;
        })]);
    }

    /// <summary>The same with Ajv, a JavaScript validator whose patterns are ECMA-262 regular expressions, as the schema's are.</summary>
    [SkippableFact]
    public void Ajv_AndTheLibrary_AgreeOnEveryMutation_OrTheDisagreementIsExplained()
    {
        SchemaJs.RequireInstalled();

        AssertAgreement("Ajv", mutations =>
        {
            var run = SchemaJs.Run("verdicts.mjs", [RepositoryFiles.SchemaPath], mutations.Select(m => m.Json));
            Assert.True(run.ExitCode == 0, run.Error);
            return [.. run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(v => v == "1")];
        });
    }

    private static void AssertAgreement(string validator, Func<IReadOnlyList<Mutation>, bool[]> schemaAccepts)
    {
        var mutations = AllMutations.Value;
        var verdicts = schemaAccepts(mutations);
        Assert.Equal(mutations.Count, verdicts.Length);
        var unexplained = new List<string>();
        var agreed = 0;
        var explained = 0;
        var used = new HashSet<string>();
        for (var i = 0; i < mutations.Count; i++)
        {
            var (mutation, schema) = (mutations[i], verdicts[i]);
            var library = LibraryAccepts(mutation.Json);
            if (library == schema)
            {
                agreed++;
            }
            else if (Explained.FirstOrDefault(e => e.Explains(mutation)) is { Reason: { } reason })
            {
                explained++;
                used.Add(reason);
            }
            else
            {
                unexplained.Add($"{mutation.Document}: {mutation.Path} ({mutation.Kind}): library {(library ? "accepts" : "refuses")}, {validator} {(schema ? "accepts" : "refuses")}");
            }
        }

        Assert.True(mutations.Count >= 3000, $"only {mutations.Count} mutations");
        Assert.Equal(RepositoryFiles.ExampleDocumentPaths.Select(Path.GetFileNameWithoutExtension), mutations.Select(m => m.Document).Distinct());
        // An explanation nothing needs is stale; one that names the other validator is about that validator only.
        var other = validator == "Ajv" ? "JsonSchema.Net" : "Ajv";
        Assert.Empty(Explained.Select(e => e.Reason).Where(r => !r.StartsWith(other, StringComparison.Ordinal)).Except(used));
        Assert.True(unexplained.Count == 0, $"{unexplained.Count} unexplained of {mutations.Count} ({agreed} agreed, {explained} explained):\n" + string.Join("\n", unexplained.Take(40)));
    }

    private static bool LibraryAccepts(string json)
    {
        DiplomaticEvent diplomaticEvent;
        try
        {
            diplomaticEvent = PeaceModelJson.Deserialize(json);
        }
        catch (JsonReadException)
        {
            return false;
        }

        // Rules between records (ids, references, dates of other records) are beyond a schema of one document's shape.
        return TestData.Validator.Validate(diplomaticEvent).Errors.All(f => f.CustomState == CrossRecordRules.FailureState);
    }

    /// <summary>
    /// Damage at every place of every example document, each kind of damage once per place of the format
    /// (the same path with any indices, in a record of the same sort: its kind, attribution, status,
    /// basis, granularity, scheme), so that what one example lacks another brings.
    /// </summary>
    internal static IEnumerable<Mutation> Mutations()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in RepositoryFiles.ExampleDocumentPaths)
        {
            var document = JsonNode.Parse(File.ReadAllText(path))!;
            var name = Path.GetFileNameWithoutExtension(path);
            foreach (var (at, kind, change) in MutationsOf(document, name))
            {
                var place = Place(at);
                if (seen.Add(place + "\n" + kind))
                {
                    yield return new Mutation(name, at.GetPath(), place, kind, JsonDamage.Change(document, at.GetPath(), change));
                }
            }
        }
    }

    /// <summary>Each property removed, nulled, given other values of other kinds; each list emptied, repeated, given a null; values that break a rule within a record.</summary>
    private static IEnumerable<(JsonNode At, string Kind, Action<JsonNode> Change)> MutationsOf(JsonNode seed, string name)
    {
        JsonNode? node = null;
        (JsonNode, string, Action<JsonNode>) Mutate(string path, string kind, Action<JsonNode> change) =>
            (node is not null && path == node.GetPath() ? node : JsonDamage.Walk(seed).First(n => n.GetPath() == path), kind, change);

        foreach (var current in JsonDamage.Walk(seed))
        {
            node = current;
            var path = node.GetPath();
            if (node is JsonObject obj)
            {
                yield return Mutate(path, "unknown property", n => n.AsObject()["unknownProperty"] = 1);

                // Rules within a record: references that name the record itself, dates out of order or incomplete.
                if (obj["id"] is JsonValue ownId && ownId.GetValueKind() == JsonValueKind.String)
                {
                    foreach (var reference in obj.Where(p => p.Key.EndsWith("Id", StringComparison.Ordinal) && p.Value is JsonValue).Select(p => p.Key).ToList())
                    {
                        yield return Mutate(path, $"{reference} names the record itself", n => n.AsObject()[reference] = ownId.GetValue<string>());
                    }
                }

                if (obj["value"] is JsonValue dateValue && DateOnly.TryParseExact(dateValue.ToString(), "yyyy-MM-dd", out var day))
                {
                    yield return Mutate(path, "end before value", n => n.AsObject()["end"] = day.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                    yield return Mutate(path, "time zone basis without time zone", n => { n.AsObject()["timeZoneBasis"] = "inferred"; n.AsObject().Remove("timeZone"); });
                    yield return Mutate(path, "relative time zone basis", n => n.AsObject()["timeZoneBasis"] = "relative");
                    yield return Mutate(path, "offset without anchor", n => { n.AsObject()["offset"] = new JsonObject { ["value"] = 2, ["unit"] = "day" }; n.AsObject().Remove("resolvedAgainst"); n.AsObject()["basis"] = "stated"; });
                    yield return Mutate(path, "end of day with a time", n => { n.AsObject()["endOfDay"] = true; n.AsObject()["time"] = "12:00:00"; });
                    yield return Mutate(path, "part of day with a time", n => { n.AsObject()["partOfDay"] = "evening"; n.AsObject()["time"] = "12:00:00"; });
                    yield return Mutate(path, "range with a time", n => { n.AsObject()["end"] = day.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture); n.AsObject()["time"] = "12:00:00"; });
                }

                if (obj.ContainsKey("participants"))
                {
                    yield return Mutate(path, "previous date without status", n => { n.AsObject()["previousDate"] = n["date"]?.DeepClone() ?? new JsonObject { ["value"] = "2026-01-01" }; n.AsObject().Remove("status"); });
                }
            }

            if (path == "$")
            {
                continue;
            }

            yield return Mutate(path, "removed", JsonDamage.Remove);
            yield return Mutate(path, "null", n => Replace(n, null));
            switch (node)
            {
                case JsonArray array:
                    yield return Mutate(path, "empty list", n => n.AsArray().Clear());
                    if (array.Count > 0)
                    {
                        yield return Mutate(path, "repeated element", n => n.AsArray().Add(n.AsArray()[0]!.DeepClone()));
                        yield return Mutate(path, "null element", n => n.AsArray().Add(null));
                    }

                    if (array.Count > 1 && array[0] is JsonObject first && array[1] is JsonObject second)
                    {
                        // Two items that share one member: a uniqueness by that member.
                        foreach (var member in second.Where(p => p.Value is JsonValue && first[p.Key] is JsonValue).Select(p => p.Key).ToList())
                        {
                            yield return Mutate(path, $"two items with one {member}", n => n.AsArray()[1]![member] = n.AsArray()[0]![member]!.DeepClone());
                        }
                    }

                    yield return Mutate(path, "object for a list", n => Replace(n, new JsonObject()));
                    break;
                case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                    var text = value.GetValue<string>();
                    yield return Mutate(path, "empty", n => Replace(n, ""));
                    yield return Mutate(path, "blank", n => Replace(n, "   "));
                    yield return Mutate(path, "final line break", n => Replace(n, text + "\n"));
                    yield return Mutate(path, "upper case", n => Replace(n, text.ToUpperInvariant()));
                    yield return Mutate(path, "long", n => Replace(n, new string('x', 10_001)));
                    yield return Mutate(path, "number for a string", n => Replace(n, 7));
                    yield return Mutate(path, "word", n => Replace(n, "word"));
                    break;
                case JsonValue value when value.GetValueKind() == JsonValueKind.Number:
                    yield return Mutate(path, "negative", n => Replace(n, -1));
                    yield return Mutate(path, "zero", n => Replace(n, 0));
                    yield return Mutate(path, "fraction", n => Replace(n, JsonNode.Parse(value.ToJsonString() + ".0")));
                    yield return Mutate(path, "beyond 32 bits", n => Replace(n, 2147483648L));
                    yield return Mutate(path, "string for a number", n => Replace(n, value.ToJsonString()));
                    break;
                case JsonObject:
                    yield return Mutate(path, "string for an object", n => Replace(n, "x"));
                    break;
            }
        }

        node = null;
        if (name != RepositoryFiles.SeedName)
        {
            yield break;
        }

        // Values that need a place of their own.
        yield return Mutate("$.date.value", "impossible date", n => Replace(n, "2025-02-30"));
        yield return Mutate("$.date", "time", n => n.AsObject()["time"] = "21:30:00");
        yield return Mutate("$.date", "short time", n => n.AsObject()["time"] = "21:30");
        yield return Mutate("$.date", "zone without time", n => n.AsObject()["timeZone"] = "Europe/Moscow");
        yield return Mutate("$.date", "time and zone", n => { n.AsObject()["time"] = "21:30:00"; n.AsObject()["timeZone"] = "Europe/Moscow"; });
        yield return Mutate("$.date", "unknown time zone", n => { n.AsObject()["time"] = "21:30:00"; n.AsObject()["timeZone"] = "Europe/Geneva"; });
        yield return Mutate("$.date", "month not on the first", n => n.AsObject()["granularity"] = "month");
        yield return Mutate("$.date", "month on the first", n => { n.AsObject()["granularity"] = "month"; n.AsObject()["value"] = "2025-05-01"; });
        yield return Mutate("$.actors[0]", "unassigned country", n => n.AsObject()["country"] = "XVL");
        yield return Mutate("$.actors[0]", "members of a person", n => n.AsObject()["memberIds"] = new JsonArray("zelensky"));
        yield return Mutate("$.schemaVersion", "next major version", n => Replace(n, "2.0"));
        yield return Mutate("$.title", "astral text", n => Replace(n, string.Concat(Enumerable.Repeat("\U0001F54A", 150))));
        var group = seed["actors"]!.AsArray().Select((a, i) => (a, i)).First(x => x.a!["kind"]!.GetValue<string>() == "group");
        yield return Mutate($"$.actors[{group.i}]", "own member", n => n.AsObject()["memberIds"] = new JsonArray(group.a!["id"]!.GetValue<string>()));
        yield return Mutate($"$.actors[{group.i}]", "members", n => n.AsObject()["memberIds"] = new JsonArray("putin"));
        yield return Mutate("$.sources[0]", "address", n => n.AsObject()["url"] = "https://example.org/report");
        yield return Mutate("$.sources[0]", "relative address", n => n.AsObject()["url"] = "/report");
        yield return Mutate("$.sources[0]", "other scheme", n => n.AsObject()["url"] = "ftp://example.org/report");
    }

    /// <summary>
    /// The place of a path in the format: its indices left out, with the sort of each record on the way
    /// (the values that switch rules within a record on and off).
    /// </summary>
    private static string Place(JsonNode node)
    {
        var place = new System.Text.StringBuilder(System.Text.RegularExpressions.Regex.Replace(node.GetPath(), @"\[\d+\]", "[]"));
        for (var at = node; at is not null; at = at.Parent)
        {
            if (at is JsonObject record)
            {
                foreach (var key in Switches)
                {
                    if (record[key] is JsonValue sort)
                    {
                        place.Append(' ').Append(key).Append('=').Append(sort.ToJsonString());
                    }
                }

                place.Append(" |");
            }
        }

        return place.ToString();
    }

    private static readonly string[] Switches = ["kind", "attribution", "status", "basis", "granularity", "scheme", "act", "stance", "role", "endOfDay", "partOfDay"];

    private static void Replace(JsonNode node, JsonNode? value) => JsonDamage.Replace(node, value);

    internal sealed record Mutation(string Document, string Path, string Place, string Kind, string Json);
}
