/// How many records an ingest run saw, and what happened to them: nothing is dropped silently.
///
/// Invariant: `read == responses.count + skipped`; `empty` and `replacedUTF8` count responses.
public struct IngestCounts: Sendable, Codable, Equatable, CustomStringConvertible {
    /// Records read (blank lines and headers are not records).
    public var read: Int
    /// Malformed records skipped (with `skipBadRows`), each listed as a `.skipped` diagnostic.
    public var skipped: Int
    /// Responses whose texts are all blank (kept, but counted).
    public var empty: Int
    /// Responses in which invalid UTF-8 was replaced by U+FFFD.
    public var replacedUTF8: Int

    /// Creates counts (all zero by default).
    public init(read: Int = 0, skipped: Int = 0, empty: Int = 0, replacedUTF8: Int = 0) {
        self.read = read
        self.skipped = skipped
        self.empty = empty
        self.replacedUTF8 = replacedUTF8
    }

    /// All zero.
    public static let zero = IngestCounts()

    /// The sum of two counts (merging chunks or shards).
    public static func + (lhs: IngestCounts, rhs: IngestCounts) -> IngestCounts {
        IngestCounts(
            read: lhs.read + rhs.read, skipped: lhs.skipped + rhs.skipped,
            empty: lhs.empty + rhs.empty, replacedUTF8: lhs.replacedUTF8 + rhs.replacedUTF8
        )
    }

    /// Adds `rhs` into `lhs`.
    public static func += (lhs: inout IngestCounts, rhs: IngestCounts) { lhs = lhs + rhs }

    /// `read N, skipped N, empty N, replaced UTF-8 in N`.
    public var description: String {
        "read \(read), skipped \(skipped), empty \(empty), replaced UTF-8 in \(replacedUTF8)"
    }
}
