using System.Text;
using System.Text.Json;

namespace PeaceModel.Cli.Input;

/// <summary>
/// Finds the line of a validation path (<c>statements[2].speakerId</c>) in the JSON text of one
/// event, so that a problem can be reported as <c>file:line</c>. A path to a value that is absent
/// (a missing property) is placed on the line of the nearest enclosing value that is present.
/// </summary>
internal sealed class JsonLineLocator
{
    private readonly Dictionary<string, int> lines = new(StringComparer.Ordinal);

    /// <summary>Indexes every value of <paramref name="utf8Json"/>, which must be well-formed JSON.</summary>
    public JsonLineLocator(ReadOnlySpan<byte> utf8Json, int firstLine = 1)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = 256 });
        var path = new List<Segment>();
        var line = firstLine;
        var counted = 0;
        string? pendingName = null;

        while (reader.Read())
        {
            var position = (int)reader.TokenStartIndex;
            line += utf8Json[counted..position].Count((byte)'\n');
            counted = position;

            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                pendingName = reader.GetString();
                continue;
            }

            if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                path.RemoveAt(path.Count - 1);
                continue;
            }

            // A value: name it by the property it belongs to, or by its index in the enclosing array.
            if (pendingName is not null)
            {
                path.Add(new Segment(pendingName, -1));
                pendingName = null;
            }
            else if (path.Count > 0 && path[^1].IsArray)
            {
                path[^1] = path[^1] with { NextIndex = path[^1].NextIndex + 1 };
                path.Add(new Segment(null, -1));
            }
            else
            {
                path.Add(new Segment(null, -1));
            }

            lines.TryAdd(Render(path), line);
            if (reader.TokenType == JsonTokenType.StartArray)
            {
                path[^1] = path[^1] with { IsArray = true };
            }
            else if (reader.TokenType != JsonTokenType.StartObject)
            {
                path.RemoveAt(path.Count - 1);
            }
        }
    }

    /// <summary>Gets the line of the value at <paramref name="path"/>, or of its nearest present ancestor.</summary>
    public int LineOf(string path)
    {
        while (true)
        {
            if (lines.TryGetValue(path, out var line))
            {
                return line;
            }

            var cut = path.LastIndexOfAny(['.', '[']);
            if (cut <= 0)
            {
                return lines.GetValueOrDefault(string.Empty, 1);
            }

            path = path[..cut];
        }
    }

    private static string Render(List<Segment> path)
    {
        var text = new StringBuilder();
        for (var i = 1; i < path.Count; i++)
        {
            var parent = path[i - 1];
            if (parent.IsArray)
            {
                text.Append('[').Append(parent.NextIndex).Append(']');
            }
            else
            {
                if (text.Length > 0)
                {
                    text.Append('.');
                }

                text.Append(path[i].Name);
            }
        }

        return text.ToString();
    }

    private readonly record struct Segment(string? Name, int NextIndex, bool IsArray = false);
}
