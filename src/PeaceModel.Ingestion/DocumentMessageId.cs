using System.Security.Cryptography;
using PeaceModel.Serialization;

namespace PeaceModel.Ingestion;

/// <summary>
/// The id a publisher gives a document's message, so that the transport can drop a resend (JetStream's <c>Nats-Msg-Id</c>,
/// a Kafka key): the document's id and the SHA-256 of its canonical JSON. The same document sent again, whatever its key
/// order and whitespace, has the same id; a changed document (a new version) has another.
/// </summary>
public static class DocumentMessageId
{
    /// <summary>Computes the message id of a document's bytes.</summary>
    /// <param name="utf8Json">The document as it will be published.</param>
    /// <returns>
    /// <c>document-id@sha256-hex</c> (the first 32 hexadecimal digits of the canonical JSON's SHA-256) for a document that can be
    /// read; <c>unreadable@sha256-hex</c> of the bytes themselves for one that cannot (it is published all the same, and refused
    /// as invalid by the ingestion).
    /// </returns>
    public static string Compute(ReadOnlySpan<byte> utf8Json)
    {
        if (PeaceModelJson.TryDeserialize(utf8Json, out var document, out _) && document.Id is { Length: > 0 } id)
        {
            return $"{id}@{Hash(PeaceModelJson.SerializeToUtf8Bytes(document))}";
        }

        return $"unreadable@{Hash(utf8Json)}";
    }

    private static string Hash(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..32];
}
