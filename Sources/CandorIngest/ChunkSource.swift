/// The records of one chunk, before the reader numbers it.
struct ChunkPayload {
    /// The records' bytes.
    var bytes: [UInt8]
    /// Where each record lies in `bytes`.
    var records: [RawRecord]
}

/// One opened input that hands out whole records, a chunk at a time.
protocol ChunkSource: AnyObject {
    /// How its records map to response fields.
    var schema: RecordSchema { get }

    /// The next chunk's records, or nil at the end of the input.
    ///
    /// A chunk holds at least one record, and is cut once it holds `maxRecords` records or
    /// `maxBytes` bytes. A read error is thrown after the whole records before it are handed out.
    func nextPayload(maxRecords: Int, maxBytes: Int) throws(IngestError) -> ChunkPayload?
}

/// A CSV, TSV, JSONL or text input, cut into records by a `RecordStream`.
final class RecordInput: ChunkSource {
    let schema: RecordSchema
    private let stream: RecordStream
    private var pendingError: IngestError?
    private var finished = false

    /// Creates an input whose header (if any) has been consumed.
    init(stream: RecordStream, schema: RecordSchema) {
        self.stream = stream
        self.schema = schema
    }

    /// The capacity of the stream's buffer.
    var bufferCapacity: Int { stream.storage.count }

    func nextPayload(maxRecords: Int, maxBytes: Int) throws(IngestError) -> ChunkPayload? {
        if let pendingError {
            self.pendingError = nil
            finished = true
            throw pendingError
        }
        if finished { return nil }
        var records: [RawRecord] = []
        cutting: while records.isEmpty || (records.count < maxRecords && stream.cutByteCount < maxBytes) {
            let event: RecordStream.Event
            do {
                event = try stream.nextRecord()
            } catch {
                finished = true
                if records.isEmpty { throw error }
                pendingError = error
                break cutting
            }
            switch event {
            case .end:
                finished = true
                break cutting
            case .record(let first, let last, let line):
                let base = stream.start
                records.append(RawRecord(start: first - base, end: last - base, line: line, isOversized: false))
            case .oversized(let line):
                records.append(RawRecord(start: 0, end: 0, line: line, isOversized: true))
            }
        }
        if records.isEmpty { return nil }
        return ChunkPayload(bytes: stream.takeCut(), records: records)
    }
}
