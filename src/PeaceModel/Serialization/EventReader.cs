using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace PeaceModel.Serialization;

/// <summary>How <see cref="PeaceModelJson"/> reads: limits first, in one pass that builds nothing, then the serializer; a failure becomes a <see cref="ReadError"/>, thrown or returned.</summary>
internal static class EventReader
{
    /// <summary>Every read ends here: limits first, in one pass that builds nothing, then the serializer.</summary>
    public static T Read<T>(ReadOnlySpan<byte> utf8Json, ReadLimits limits, JsonSerializerOptions options)
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
