using System.Collections;
using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace PeaceModel;

/// <summary>
/// An immutable list with value semantics: two lists are equal when they hold equal elements in
/// the same order, and equal lists have equal hash codes. Every collection in the PeaceModel
/// records is a <see cref="ValueList{T}"/>, so record equality is structural all the way down.
/// </summary>
/// <remarks>
/// The list cannot be modified, not even through a cast: it implements only read-only interfaces.
/// It never holds <see langword="null"/> elements. It is a small struct over an array; its default
/// value is the empty list, so a list that is left out is simply empty. Create one with a collection expression
/// (<c>["a", "b"]</c>), <see cref="ValueList.Create{T}(ReadOnlySpan{T})"/> or
/// <see cref="ValueList.ToValueList{T}(IEnumerable{T})"/>.
/// </remarks>
/// <typeparam name="T">The element type; it should itself be immutable.</typeparam>
[CollectionBuilder(typeof(ValueList), nameof(ValueList.Create))]
[DebuggerDisplay("Count = {Count}")]
public readonly struct ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>, IValueList
{
    private readonly T[]? items;

    private ValueList(T[] items) => this.items = items;

    /// <summary>Gets the empty list, which is also the default value of the type.</summary>
    public static ValueList<T> Empty => default;

    /// <summary>Gets the number of elements.</summary>
    public int Count => items?.Length ?? 0;

    /// <summary>Gets the element at <paramref name="index"/>.</summary>
    /// <param name="index">The zero-based position.</param>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is outside the list.</exception>
    public T this[int index] => (items ?? [])[index];

    /// <summary>Compares two lists element by element.</summary>
    /// <param name="left">The first list.</param>
    /// <param name="right">The second list.</param>
    /// <returns><see langword="true"/> when both hold equal elements in the same order.</returns>
    public static bool operator ==(ValueList<T> left, ValueList<T> right) => left.Equals(right);

    /// <summary>Compares two lists element by element.</summary>
    /// <param name="left">The first list.</param>
    /// <param name="right">The second list.</param>
    /// <returns><see langword="true"/> when the lists differ.</returns>
    public static bool operator !=(ValueList<T> left, ValueList<T> right) => !left.Equals(right);

    /// <summary>Gets the elements as a read-only span, without copying.</summary>
    /// <returns>A span over the elements.</returns>
    public ReadOnlySpan<T> AsSpan() => items;

    /// <summary>Returns an enumerator that does not allocate.</summary>
    /// <returns>An enumerator over the elements, in order.</returns>
    public ReadOnlySpan<T>.Enumerator GetEnumerator() => new ReadOnlySpan<T>(items).GetEnumerator();

    /// <inheritdoc/>
    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)(items ?? [])).GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => (items ?? []).GetEnumerator();

    /// <summary>Tells whether <paramref name="other"/> holds equal elements in the same order.</summary>
    /// <param name="other">The list to compare with.</param>
    /// <returns><see langword="true"/> when the lists are equal.</returns>
    public bool Equals(ValueList<T> other) =>
        ReferenceEquals(items, other.items) || AsSpan().SequenceEqual(other.AsSpan());

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Count);
        foreach (var item in AsSpan())
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns a copy of the list with the element at <paramref name="index"/> replaced.</summary>
    /// <param name="index">The zero-based position of the element to replace.</param>
    /// <param name="value">The new element; not <see langword="null"/>.</param>
    /// <returns>The new list; this list is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the list.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public ValueList<T> SetItem(int index, T value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        ThrowIfNull(value);
        var copy = AsSpan().ToArray();
        copy[index] = value;
        return new ValueList<T>(copy);
    }

    /// <summary>Returns a copy of the list with <paramref name="value"/> added at the end.</summary>
    /// <param name="value">The element to add; not <see langword="null"/>.</param>
    /// <returns>The new list; this list is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public ValueList<T> Add(T value)
    {
        ThrowIfNull(value);
        var copy = new T[Count + 1];
        AsSpan().CopyTo(copy);
        copy[^1] = value;
        return new ValueList<T>(copy);
    }

    /// <summary>Returns a copy of the list without the first element equal to <paramref name="value"/>.</summary>
    /// <param name="value">The element to remove.</param>
    /// <returns>The new list, or this list when no element equals <paramref name="value"/>.</returns>
    public ValueList<T> Remove(T value)
    {
        var index = IndexOf(value);
        if (index < 0)
        {
            return this;
        }

        var copy = new T[Count - 1];
        AsSpan()[..index].CopyTo(copy);
        AsSpan()[(index + 1)..].CopyTo(copy.AsSpan(index));
        return copy.Length == 0 ? Empty : new ValueList<T>(copy);
    }

    /// <summary>Returns a copy of the list with the first element equal to <paramref name="oldValue"/> replaced by <paramref name="newValue"/>.</summary>
    /// <param name="oldValue">The element to replace.</param>
    /// <param name="newValue">The element to put in its place; not <see langword="null"/>.</param>
    /// <returns>The new list; this list is unchanged.</returns>
    /// <exception cref="ArgumentException">No element equals <paramref name="oldValue"/>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="newValue"/> is <see langword="null"/>.</exception>
    public ValueList<T> Replace(T oldValue, T newValue)
    {
        var index = IndexOf(oldValue);
        if (index < 0)
        {
            throw new ArgumentException("No element of the list equals the value to replace.", nameof(oldValue));
        }

        return SetItem(index, newValue);
    }

    /// <summary>Finds the first element equal to <paramref name="value"/> (by <see cref="EqualityComparer{T}.Default"/>).</summary>
    /// <param name="value">The element to look for.</param>
    /// <returns>Its zero-based position, or -1.</returns>
    public int IndexOf(T value)
    {
        var span = AsSpan();
        for (var i = 0; i < span.Length; i++)
        {
            if (EqualityComparer<T>.Default.Equals(span[i], value))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Returns the elements as text, such as <c>[a, b]</c>.</summary>
    /// <returns>The elements, comma-separated, in brackets.</returns>
    public override string ToString() => "[" + string.Join(", ", items ?? []) + "]";

    /// <summary>Wraps an array that nobody else holds. Rejects null elements.</summary>
    internal static ValueList<T> FromOwnedArray(T[] array)
    {
        if (array.Length == 0)
        {
            return Empty;
        }

        var nullIndex = IndexOfNull(array);
        if (nullIndex >= 0)
        {
            throw new ArgumentException($"Element {nullIndex} is null; a ValueList holds no null elements.", "items");
        }

        return new ValueList<T>(array);
    }

    private static void ThrowIfNull(T value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value is null)
        {
            throw new ArgumentNullException(name, "A ValueList holds no null elements.");
        }
    }

    /// <summary>Finds the first null element, or returns -1.</summary>
    internal static int IndexOfNull(T[] array)
    {
        if (!typeof(T).IsValueType)
        {
            for (var i = 0; i < array.Length; i++)
            {
                if (array[i] is null)
                {
                    return i;
                }
            }
        }

        return -1;
    }
}
