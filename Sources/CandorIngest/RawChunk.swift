/// A run of whole records cut from one input: the unit of parallel parsing.
///
/// Cut by `ChunkReader` on record boundaries only, so it parses alone (`ChunkParser`). It
/// carries its input's resolved schema and knows its first row, so results do not depend on
/// where chunks are cut.
public struct RawChunk: Sendable {
    /// The chunk's position in the stream: 0, 1, 2…; merge parsed chunks in this order.
    public var index: Int
    /// The row number of its first record (rows count records from 1 across all inputs).
    public var firstRow: Int
    /// The index of the input it comes from, in the order inputs were given.
    public var inputIndex: Int
    /// The input's name as given ("-" for stdin; the folder for notes).
    public var file: String
    /// The records' bytes.
    var bytes: [UInt8]
    /// Where each record lies in `bytes`.
    var records: [RawRecord]
    /// How records map to response fields.
    var schema: RecordSchema

    /// The number of records (including ones that will turn out malformed).
    public var recordCount: Int { records.count }
    /// The number of bytes held.
    public var byteCount: Int { bytes.count }
}

/// One record's place in a chunk's bytes.
struct RawRecord: Sendable {
    /// Offset of the first byte in the chunk.
    var start: Int
    /// End offset (exclusive), before any line terminator.
    var end: Int
    /// The line where the record starts.
    var line: Int
    /// True when the record exceeded `maxRecordBytes`; its bytes were dropped.
    var isOversized: Bool
    /// For notes: the file's path relative to the folder (its id).
    var name: String?
}
