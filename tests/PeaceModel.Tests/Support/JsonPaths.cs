using System.Text.Json.Nodes;

namespace PeaceModel.Tests.Support;

/// <summary>Follows a validation path such as <c>statements[2].speakerId</c> through a JSON document.</summary>
internal static class JsonPaths
{
    /// <summary>True when the path names a node, or a property of an existing object (a value left out because it is missing).</summary>
    public static bool Resolves(JsonNode root, string path)
    {
        JsonNode? node = root;
        var parts = path.Split('.');
        for (var p = 0; p < parts.Length; p++)
        {
            var part = parts[p];
            var bracket = part.IndexOf('[');
            var name = bracket < 0 ? part : part[..bracket];
            if (node is not JsonObject obj)
            {
                return false;
            }

            if (!obj.TryGetPropertyValue(name, out var child))
            {
                return p == parts.Length - 1 && bracket < 0;
            }

            node = child;
            while (bracket >= 0)
            {
                var close = part.IndexOf(']', bracket);
                var index = int.Parse(part[(bracket + 1)..close], System.Globalization.CultureInfo.InvariantCulture);
                if (node is not JsonArray array || index >= array.Count)
                {
                    return false;
                }

                node = array[index];
                bracket = part.IndexOf('[', close);
            }
        }

        return true;
    }
}
