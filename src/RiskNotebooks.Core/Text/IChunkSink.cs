namespace RiskNotebooks.Text;

/// <summary>Receives a document chunk by chunk with its findings (used by redaction to stream its output).</summary>
internal interface IChunkSink
{
    /// <summary>The document starts; its language is known.</summary>
    void Begin(TextLanguage language);

    /// <summary>A chunk: the window of text (starting at <paramref name="windowStart"/>), the end of the part it owns, and the findings that start in that part, in order.</summary>
    void Chunk(ReadOnlySpan<char> window, long windowStart, long ownedEnd, IReadOnlyList<Finding> findings);

    /// <summary>The document ends at <paramref name="length"/>.</summary>
    void End(long length);
}
