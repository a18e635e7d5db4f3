namespace PeaceModel.Serialization;

/// <summary>Why a document could not be read: the part of a <see cref="ReadError"/> that code can switch on.</summary>
public enum ReadErrorReason
{
    /// <summary>The text is not well-formed JSON (a missing comma, a comment, single quotes, a truncated document).</summary>
    InvalidJson,

    /// <summary>The document goes on after its one JSON value (JSON Lines hold one value per line).</summary>
    TrailingContent,

    /// <summary>A property that the record does not have; <see cref="ReadError.Name"/> names it, <see cref="ReadError.Names"/> lists the known ones.</summary>
    UnknownProperty,

    /// <summary>A property given twice in one object; <see cref="ReadError.Name"/> names it.</summary>
    DuplicateProperty,

    /// <summary>Required properties that are missing; <see cref="ReadError.Names"/> lists them.</summary>
    MissingProperty,

    /// <summary><c>null</c> where a value is required.</summary>
    NullNotAllowed,

    /// <summary><c>null</c> as an element of a list.</summary>
    NullElement,

    /// <summary>A value of the wrong JSON kind (a number for a text, an object for a list); <see cref="ReadError.ExpectedType"/> says what is expected.</summary>
    WrongType,

    /// <summary>A value of the right kind that is not valid (a date that does not exist, a time in another format).</summary>
    InvalidValue,

    /// <summary>A name that is not one of the allowed values of a closed list; <see cref="ReadError.Names"/> lists them.</summary>
    UnknownName,

    /// <summary>Text that is not valid Unicode: invalid UTF-8, or an escaped lone surrogate.</summary>
    InvalidText,

    /// <summary>A <see cref="ReadLimits"/> bound is broken; <see cref="ReadError.Limit"/> names it.</summary>
    LimitExceeded,

    /// <summary>The event is written in a newer version of the format than this library reads (a newer major, or a newer minor of the current major), or an older one than any it reads; <see cref="ReadError.Found"/> is that version.</summary>
    UnsupportedVersion,

    /// <summary>
    /// The format version is not <c>MAJOR.MINOR</c> in digits without leading zeros (<c>"1.foo"</c>,
    /// <c>"1.0.0"</c>, <c>"01.0"</c>, <c>"1.0\n"</c>); <see cref="ReadError.Found"/> is the value. It is refused, never guessed at or rewritten.
    /// </summary>
    MalformedVersion,
}
