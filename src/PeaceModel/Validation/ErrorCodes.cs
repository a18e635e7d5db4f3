namespace PeaceModel.Validation;

/// <summary>
/// The stable error codes of the PeaceModel validators, found in <c>ValidationFailure.ErrorCode</c>.
/// A code never changes meaning once released; <c>docs/error-codes.md</c> lists them in one table.
/// </summary>
public static class ErrorCodes
{
    /// <summary>A required value is missing, empty or blank (a name, an id, a statement with neither quotation nor paraphrase, an ultimatum without consequence).</summary>
    public const string Required = "PM0001";

    /// <summary>A text or list is longer than <see cref="ValidationLimits"/> allows.</summary>
    public const string TooLong = "PM0002";

    /// <summary>An id is not of the documented shape: lowercase letters and digits in groups joined by single hyphens, at most 64 characters.</summary>
    public const string InvalidId = "PM0003";

    /// <summary>Two records of one event have the same id (ids are unique across all kinds of record).</summary>
    public const string DuplicateId = "PM0004";

    /// <summary>A country is not an ISO 3166-1 alpha-3 code in upper case.</summary>
    public const string InvalidCountry = "PM0005";

    /// <summary>An external identifier is malformed: Wikidata id, CAMEO actor code, SHA-256, URL or language tag.</summary>
    public const string InvalidExternalId = "PM0006";

    /// <summary>A value is out of its range: an undefined enum value, a negative offset, a duration below 1.</summary>
    public const string InvalidValue = "PM0007";

    /// <summary>The same value appears twice in a list that must not repeat (aliases, id lists).</summary>
    public const string DuplicateValue = "PM0008";

    /// <summary>An id names no record of the event.</summary>
    public const string UnknownReference = "PM0009";

    /// <summary>An id names a record of the wrong kind, such as a proposal where an actor is expected.</summary>
    public const string WrongReferenceKind = "PM0010";

    /// <summary>A date is inconsistent: a month- or year-granular value not on the first day of its period, relative wording without what it was resolved against, a time without day granularity, a zone without a time or not well formed.</summary>
    public const string InvalidDate = "PM0011";

    /// <summary>A proposed date, or a condition's start or deadline, lies before the statement that made it.</summary>
    public const string DateBeforeStatement = "PM0012";

    /// <summary>A reaction is expressed in a statement dated before what it reacts to.</summary>
    public const string ReactionBeforeTarget = "PM0013";

    /// <summary>A quotation's start and length do not lie inside the supplied source text.</summary>
    public const string QuotationOutOfRange = "PM0014";

    /// <summary>A quotation's text differs from the source text at its position, or its length from the length of its text.</summary>
    public const string QuotationMismatch = "PM0015";

    /// <summary>An event code is not valid for its scheme (CAMEO digits, PLOVER type, mode or contexts).</summary>
    public const string InvalidEventCode = "PM0016";

    /// <summary>The event's <c>schemaVersion</c> is not one this library reads (major version 1).</summary>
    public const string UnsupportedSchemaVersion = "PM0017";

    /// <summary>A statement has quotations but names no source document for them.</summary>
    public const string MissingSource = "PM0018";

    /// <summary>A supplied source text does not have the SHA-256 its source document records.</summary>
    public const string SourceTextMismatch = "PM0019";

    /// <summary>Members where they do not belong: on an actor that is not a group or international organization, or an actor that is its own member.</summary>
    public const string InvalidMembership = "PM0020";

    /// <summary>
    /// A role that makes no sense where it stands: a witness or guarantor of an agreement that is also
    /// one of its parties, a withdrawal or "still stands" by someone not on the proposer's side, a
    /// counter-proposal to one's own proposal, a signatory count on an actor that is not a group.
    /// </summary>
    public const string InvalidRole = "PM0021";

    /// <summary>"Acts for" links that go round in a circle (an actor that ends up acting for itself).</summary>
    public const string ActsForCycle = "PM0022";

    /// <summary>A meeting that states no status, and that no proposal proposes and no agreement schedules, so that its status cannot be derived.</summary>
    public const string MissingStatus = "PM0023";

    /// <summary>A reference to a record of another document of the thread (<c>document-id/record-id</c>) that names no record there, or no term of the agreement it names.</summary>
    public const string DanglingReference = "PM0024";

    /// <summary>An actor id that two documents of one thread give to different actors (other names, other Wikidata ids).</summary>
    public const string ActorConflict = "PM0025";

    /// <summary>A reference to a document that belongs to another thread, or to none: references across documents stay within one thread.</summary>
    public const string ThreadMismatch = "PM0026";

    /// <summary>A notice, not an error: a reference to a record of a document that was not checked with this one; it is resolved when the documents are checked together.</summary>
    public const string UnresolvedReference = "PM0027";

    /// <summary>A draft placeholder still in the document: a text starting with <c>TODO:</c> that says what to fill in (written by <c>ReportDrafter</c> of the PeaceModel.Authoring package).</summary>
    public const string DraftPlaceholder = "PM0028";
}
