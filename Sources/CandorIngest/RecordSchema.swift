/// Which response field each wanted value fills, in slot order: texts, id, score, date, segments.
struct FieldLayout: Sendable, Equatable {
    /// Number of text fields.
    var textCount: Int
    /// True when an id field is read.
    var hasID: Bool
    /// True when a score field is read.
    var hasScore: Bool
    /// True when a date field is read.
    var hasDate: Bool
    /// Number of segment fields.
    var segmentCount: Int

    /// The slot of the id value.
    var idSlot: Int? { hasID ? textCount : nil }
    /// The slot of the score value.
    var scoreSlot: Int? { hasScore ? textCount + (hasID ? 1 : 0) : nil }
    /// The slot of the date value.
    var dateSlot: Int? { hasDate ? textCount + (hasID ? 1 : 0) + (hasScore ? 1 : 0) : nil }
    /// The first segment slot.
    var firstSegmentSlot: Int { textCount + (hasID ? 1 : 0) + (hasScore ? 1 : 0) + (hasDate ? 1 : 0) }
    /// Number of slots.
    var slotCount: Int { firstSegmentSlot + segmentCount }
}

/// How one input's records map to response fields, resolved once per input (per file's header
/// or JSON keys) and carried by each of its chunks.
struct RecordSchema: Sendable {
    /// The input's format.
    var format: InputFormat
    /// The CSV/TSV delimiter (unused for other formats).
    var delimiter: UInt8
    /// The number of header fields every CSV/TSV record must have.
    var headerFieldCount: Int
    /// CSV/TSV: the column index of each slot.
    var columns: [Int]
    /// JSONL: the key path of each slot.
    var paths: [[String]]
    /// JSONL: the paths as a tree, for selective parsing.
    var trie: JSONPathTrie
    /// The slots.
    var layout: FieldLayout

    /// A schema for formats without named fields (text lines, notes): the text fills slot 0.
    static func unnamed(_ format: InputFormat, layout: FieldLayout) -> RecordSchema {
        RecordSchema(
            format: format, delimiter: 0, headerFieldCount: 0, columns: [], paths: [],
            trie: JSONPathTrie(paths: []), layout: layout
        )
    }
}
