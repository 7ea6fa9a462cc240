import CandorCore

/// The responses, diagnostics and counts parsed from one `RawChunk`.
public struct ParsedChunk: Sendable {
    /// The raw chunk's index; merge in this order.
    public var index: Int
    /// The row of the chunk's first record.
    public var firstRow: Int
    /// The responses in input order, including empty ones (malformed records are absent).
    public var responses: [Response]
    /// Warnings for kept records and `.skipped` entries for skipped ones, in input order.
    public var diagnostics: [Diagnostic]
    /// What happened to the chunk's records.
    public var counts: IngestCounts
    /// The first malformed record when bad rows are not skipped; parsing stopped there.
    public var fatal: IngestError?

    /// Creates a parsed chunk.
    public init(
        index: Int, firstRow: Int, responses: [Response] = [], diagnostics: [Diagnostic] = [],
        counts: IngestCounts = .zero, fatal: IngestError? = nil
    ) {
        self.index = index
        self.firstRow = firstRow
        self.responses = responses
        self.diagnostics = diagnostics
        self.counts = counts
        self.fatal = fatal
    }
}
