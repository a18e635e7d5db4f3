namespace PeaceModel;

/// <summary>
/// Creates <see cref="ValueList{T}"/> instances. C# collection expressions use it too:
/// <c>Aliases = ["Zelenskiy"]</c> builds a <see cref="ValueList{T}"/>.
/// </summary>
public static class ValueList
{
    /// <summary>Creates a list holding a copy of <paramref name="items"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements, in order. None may be <see langword="null"/>.</param>
    /// <returns>A new list, or <see cref="ValueList{T}.Empty"/> when <paramref name="items"/> is empty.</returns>
    /// <exception cref="ArgumentException">An element is <see langword="null"/>.</exception>
    public static ValueList<T> Create<T>(ReadOnlySpan<T> items) =>
        items.IsEmpty ? ValueList<T>.Empty : ValueList<T>.FromOwnedArray(items.ToArray());

    /// <summary>Creates a list holding the elements of <paramref name="items"/>, in order.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements. Neither the sequence nor any element may be <see langword="null"/>.</param>
    /// <returns>A new list, or <see cref="ValueList{T}.Empty"/> when <paramref name="items"/> is empty.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An element is <see langword="null"/>.</exception>
    public static ValueList<T> CreateRange<T>(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items is ValueList<T> list ? list : ValueList<T>.FromOwnedArray([.. items]);
    }

    /// <summary>Copies a sequence into a <see cref="ValueList{T}"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements. Neither the sequence nor any element may be <see langword="null"/>.</param>
    /// <returns>The new list.</returns>
    public static ValueList<T> ToValueList<T>(this IEnumerable<T> items) => CreateRange(items);
}
