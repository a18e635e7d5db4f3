namespace PeaceModel;

/// <summary>What the serializer needs to know of any <see cref="ValueList{T}"/> without knowing <c>T</c>.</summary>
internal interface IValueList
{
    /// <summary>Gets the number of elements.</summary>
    int Count { get; }
}
