using System.Text.Json.Nodes;

namespace PeaceModel.Tests.Support;

/// <summary>Damaging copies of a JSON document, place by place: every node with its path, a change applied to a copy.</summary>
internal static class JsonDamage
{
    /// <summary>The node and every node below it, in document order.</summary>
    public static IEnumerable<JsonNode> Walk(JsonNode node)
    {
        yield return node;
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject obj => obj.Select(p => p.Value),
            JsonArray array => array,
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            foreach (var descendant in Walk(child))
            {
                yield return descendant;
            }
        }
    }

    /// <summary>A copy of <paramref name="root"/> with <paramref name="change"/> applied to the node at <paramref name="path"/> (as <c>JsonNode.GetPath()</c> writes it), as JSON text.</summary>
    public static string Change(JsonNode root, string path, Action<JsonNode> change)
    {
        var copy = root.DeepClone();
        change(Walk(copy).First(n => n.GetPath() == path));
        return copy.ToJsonString();
    }

    /// <summary>Puts <paramref name="replacement"/> where <paramref name="node"/> stands.</summary>
    public static void Replace(JsonNode node, JsonNode? replacement)
    {
        switch (node.Parent)
        {
            case JsonObject parent:
                parent[node.GetPropertyName()] = replacement;
                break;
            case JsonArray array:
                array[node.GetElementIndex()] = replacement;
                break;
        }
    }

    /// <summary>Takes <paramref name="node"/> out of its object or array.</summary>
    public static void Remove(JsonNode node)
    {
        switch (node.Parent)
        {
            case JsonObject parent:
                parent.Remove(node.GetPropertyName());
                break;
            case JsonArray array:
                array.RemoveAt(node.GetElementIndex());
                break;
        }
    }
}
