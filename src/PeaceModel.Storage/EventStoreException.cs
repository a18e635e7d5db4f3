namespace PeaceModel.Storage;

/// <summary>
/// A store that cannot be used: it cannot be opened or read, its schema is newer than this library knows (the
/// message names the migration), or it is older and migrations are not to be applied. Invalid documents and
/// conflicts are never exceptions: they are <see cref="WriteResult"/>s.
/// </summary>
public sealed class EventStoreException : Exception
{
    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">What is wrong with the store and what would help.</param>
    public EventStoreException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message and the exception that caused it.</summary>
    /// <param name="message">What is wrong with the store and what would help.</param>
    /// <param name="innerException">The cause.</param>
    public EventStoreException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance.</summary>
    public EventStoreException()
    {
    }
}
