using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace PeaceModel.Tests.Support;

/// <summary>Rewrites JSON text in ways that must not change what it means.</summary>
internal static class JsonText
{
    /// <summary>Reverses the order of the properties of every object, as a store like PostgreSQL's jsonb may reorder them.</summary>
    public static string ReverseKeys(string json) => Reverse(JsonNode.Parse(json))!.ToJsonString();

    public static string Minify(string json) => JsonNode.Parse(json)!.ToJsonString();

    /// <summary>Writes every character inside every string (property names too) as a <c>\uXXXX</c> escape.</summary>
    public static string EscapeAllStrings(string json)
    {
        var result = new StringBuilder(json.Length * 6);
        var inString = false;
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (!inString)
            {
                inString = c == '"';
                result.Append(c);
            }
            else if (c == '\\')
            {
                result.Append(c).Append(json[++i]);
            }
            else if (c == '"')
            {
                inString = false;
                result.Append(c);
            }
            else
            {
                result.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        return result.ToString();
    }

    private static JsonNode? Reverse(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                var properties = obj.ToList();
                obj.Clear();
                var reversed = new JsonObject();
                for (var i = properties.Count - 1; i >= 0; i--)
                {
                    reversed[properties[i].Key] = Reverse(properties[i].Value);
                }

                return reversed;
            case JsonArray array:
                var items = array.ToList();
                array.Clear();
                return new JsonArray([.. items.Select(Reverse)]);
            default:
                return node;
        }
    }
}
