using System.Text.Json;

namespace PeaceModel.Serialization;

/// <summary>JSON paths as System.Text.Json writes them (<c>$.actors[0].kind</c>, <c>$['odd.name']</c>), taken apart into segments and followed through the contracts.</summary>
internal static class ContractPaths
{
    /// <summary>Splits a path into property names and array indices; <see langword="null"/> when it is not a path of that form.</summary>
    public static List<Segment>? Parse(string path)
    {
        var segments = new List<Segment>();
        if (!path.StartsWith('$'))
        {
            return null;
        }

        var i = 1;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                segments.Add(new Segment(path[(i + 1)..end], -1));
                i = end;
            }
            else if (path[i] == '[' && i + 1 < path.Length && path[i + 1] == '\'')
            {
                var name = new System.Text.StringBuilder();
                var j = i + 2;
                while (j < path.Length && !(path[j] == '\'' && j + 1 < path.Length && path[j + 1] == ']'))
                {
                    if (path[j] == '\\' && j + 1 < path.Length && path[j + 1] == '\'')
                    {
                        j++;
                    }

                    name.Append(path[j]);
                    j++;
                }

                if (j >= path.Length)
                {
                    return null;
                }

                segments.Add(new Segment(name.ToString(), -1));
                i = j + 2;
            }
            else if (path[i] == '[')
            {
                var close = path.IndexOf(']', i);
                if (close < 0 || !int.TryParse(path.AsSpan(i + 1, close - i - 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index))
                {
                    return null;
                }

                segments.Add(new Segment(null, index));
                i = close + 1;
            }
            else
            {
                return null;
            }
        }

        return segments;
    }

    /// <summary>Follows a path through the contracts to the .NET type expected there, or <see langword="null"/>.</summary>
    public static Type? ResolveType(string path, Type rootType, JsonSerializerOptions options)
    {
        if (Parse(path) is not { } segments)
        {
            return null;
        }

        var type = rootType;
        foreach (var segment in segments)
        {
            var info = options.GetTypeInfo(type);
            if (segment.Name is null)
            {
                if (info.ElementType is null)
                {
                    return null;
                }

                type = info.ElementType;
                continue;
            }

            var property = info.Properties.FirstOrDefault(p => p.Name == segment.Name);
            if (property is null)
            {
                return null;
            }

            type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        }

        return type;
    }

    /// <summary>One step of a path: a property <see cref="Name"/>, or an array <see cref="Index"/> when the name is <see langword="null"/>.</summary>
    public readonly record struct Segment(string? Name, int Index);
}
