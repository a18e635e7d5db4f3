using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace PeaceModel.Serialization;

/// <summary>
/// How <see cref="PeaceModelJson"/> reads: the generated reader first (<see cref="RecordReader"/>: one pass that
/// builds the records and checks the limits); a document it does not accept is read again the way it always
/// was (limits first, in one pass that builds nothing, then the serializer), so that every failure becomes the
/// same <see cref="ReadError"/>, thrown or returned.
/// </summary>
internal static class EventReader
{
    /// <summary>Whether some values are read by the serializer inside the generated reader, so that the limits need their own pass first.</summary>
    private static readonly bool ScanLimitsFirst = !RecordReader.ChecksAllLimits;

    /// <summary>Every read ends here: the generated reader, and for a document it does not accept, <see cref="ReadWithSerializer{T}"/>.</summary>
    public static T Read<T>(ReadOnlySpan<byte> utf8Json, ReadLimits limits, JsonSerializerOptions options)
        where T : class, IDiplomaticRecord
    {
        LimitScanner.CheckLength(utf8Json.Length, limits);
        if (ScanLimitsFirst && LimitScanner.CouldBreak(utf8Json.Length, limits))
        {
            LimitScanner.Check(utf8Json, limits);
        }

        return RecordReader.TryReadDocument<T>(utf8Json, limits, out var value)
            ? value is DiplomaticEvent diplomaticEvent ? (T)(object)FormatVersion.CheckRead(utf8Json, diplomaticEvent) : value
            : ReadWithSerializer<T>(utf8Json, limits, options);
    }

    /// <summary>The read of the serializer: limits first, in one pass that builds nothing, then the serializer; every failure explained.</summary>
    public static T ReadWithSerializer<T>(ReadOnlySpan<byte> utf8Json, ReadLimits limits, JsonSerializerOptions options)
        where T : class, IDiplomaticRecord
    {
        try
        {
            LimitScanner.CheckLength(utf8Json.Length, limits);
            if (LimitScanner.CouldBreak(utf8Json.Length, limits))
            {
                LimitScanner.Check(utf8Json, limits);
            }

            var value = JsonSerializer.Deserialize(utf8Json, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)))
                ?? throw new JsonReadException(new ReadError { Reason = ReadErrorReason.NullNotAllowed, Path = "$", LineNumber = 0, BytePositionInLine = 0, ExpectedType = typeof(T) });
            return value is DiplomaticEvent diplomaticEvent ? (T)(object)FormatVersion.CheckRead(utf8Json, diplomaticEvent) : value;
        }
        catch (JsonException ex) when (ex is not JsonReadException)
        {
            // Only the input's faults arrive here as JsonException; a defect of the library is another exception and is not dressed up as one.
            // A newer format's unknown properties and values are reported as what they are: a newer format.
            throw (typeof(T) == typeof(DiplomaticEvent) ? FormatVersion.Refused(utf8Json) : null)
                ?? ReadErrors.FromSerializer(ex, utf8Json, typeof(T), options);
        }
    }

    /// <summary>
    /// Reads like <see cref="Read{T}"/>, but a failure is returned, not thrown: the same checks, the
    /// same <see cref="ReadError"/> (reason, path, position), no exception reaching the caller.
    /// </summary>
    public static bool TryRead<T>(ReadOnlySpan<byte> utf8Json, ReadLimits limits, JsonSerializerOptions options, [NotNullWhen(true)] out T? value, [NotNullWhen(false)] out ReadError? error)
        where T : class, IDiplomaticRecord
    {
        try
        {
            LimitScanner.CheckLength(utf8Json.Length, limits);
            if (ScanLimitsFirst && LimitScanner.CouldBreak(utf8Json.Length, limits))
            {
                LimitScanner.Check(utf8Json, limits);
            }

            if (RecordReader.TryReadDocument<T>(utf8Json, limits, out var fast))
            {
                value = fast is DiplomaticEvent fastEvent ? (T)(object)FormatVersion.CheckRead(utf8Json, fastEvent) : fast;
                error = null;
                return true;
            }
        }
        catch (JsonReadException ex)
        {
            value = null;
            error = ex.Error;
            return false;
        }

        return TryReadWithSerializer(utf8Json, limits, options, out value, out error);
    }

    /// <summary>The non-throwing read of the serializer: <see cref="ReadWithSerializer{T}"/>, with the failure returned.</summary>
    public static bool TryReadWithSerializer<T>(ReadOnlySpan<byte> utf8Json, ReadLimits limits, JsonSerializerOptions options, [NotNullWhen(true)] out T? value, [NotNullWhen(false)] out ReadError? error)
        where T : class, IDiplomaticRecord
    {
        try
        {
            LimitScanner.CheckLength(utf8Json.Length, limits);
            if (LimitScanner.CouldBreak(utf8Json.Length, limits))
            {
                LimitScanner.Check(utf8Json, limits);
            }

            var read = JsonSerializer.Deserialize(utf8Json, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
            if (read is null)
            {
                value = null;
                error = new ReadError { Reason = ReadErrorReason.NullNotAllowed, Path = "$", LineNumber = 0, BytePositionInLine = 0, ExpectedType = typeof(T) };
                return false;
            }

            value = read is DiplomaticEvent diplomaticEvent ? (T)(object)FormatVersion.CheckRead(utf8Json, diplomaticEvent) : read;
            error = null;
            return true;
        }
        catch (JsonReadException ex)
        {
            value = null;
            error = ex.Error;
            return false;
        }
        catch (JsonException ex)
        {
            value = null;
            error = (typeof(T) == typeof(DiplomaticEvent) ? FormatVersion.Refused(utf8Json)?.Error : null)
                ?? ReadErrors.ErrorOf(ex, utf8Json, typeof(T), options);
            return false;
        }
    }
}
