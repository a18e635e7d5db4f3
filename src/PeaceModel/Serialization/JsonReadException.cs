using System.Text.Json;

namespace PeaceModel.Serialization;

/// <summary>
/// The <see cref="JsonException"/> that every failure to read a PeaceModel document is: its
/// <see cref="Error"/> says why and where as data, and its message is composed from that data.
/// Anything else thrown while reading is a defect of the library or a fault of the caller, never a
/// verdict on the input.
/// </summary>
public sealed class JsonReadException : JsonException
{
    /// <summary>Creates the exception for a read error.</summary>
    /// <param name="error">Why and where.</param>
    /// <param name="innerException">The exception that revealed the error, or <see langword="null"/>.</param>
    public JsonReadException(ReadError error, Exception? innerException = null)
        : base(ReadErrors.Message(error ?? throw new ArgumentNullException(nameof(error))), error.Path, error.LineNumber, error.BytePositionInLine, innerException)
    {
        Error = error;
    }

    /// <summary>Gets why and where the document could not be read.</summary>
    public ReadError Error { get; }
}
