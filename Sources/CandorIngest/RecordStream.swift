import CandorCore
import Foundation

/// Cuts one input's bytes into records, across block reads: by line, or quote-aware for
/// CSV/TSV. Holds only the current chunk, one block and the record being cut; a record over
/// `maxRecordBytes` is reported as oversized and its bytes are dropped as they are scanned.
///
/// Positions are indices into `storage`: `[start, recordStart)` holds records already cut and
/// not yet taken, `[recordStart, end)` the record being cut; `pos` is how far it was scanned.
final class RecordStream {
    /// What `nextRecord()` found.
    enum Event {
        /// A record's bytes `storage[start..<end]` (terminator excluded), starting at `line`.
        case record(start: Int, end: Int, line: Int)
        /// A record over the size limit, starting at `line`; its bytes are gone.
        case oversized(line: Int)
        /// The end of the input.
        case end
    }

    /// The input's name.
    var name: String { stream.name }
    private let stream: ByteStream
    private let blockBytes: Int
    private let maxRecordBytes: Int
    private(set) var storage: [UInt8] = []
    private(set) var start = 0
    private(set) var recordStart = 0
    private var pos = 0
    private(set) var end = 0
    /// True once the input reported its end.
    private(set) var isAtEnd = false
    private var line = 1
    private var csv: CSVBoundaryScanner?
    private var whitespaceLinesAreBlank = false
    private var discarding = false

    /// Creates a stream over an opened input.
    init(_ stream: ByteStream, blockBytes: Int, maxRecordBytes: Int) {
        self.stream = stream
        self.blockBytes = blockBytes
        self.maxRecordBytes = maxRecordBytes
    }

    /// Cuts records quote-aware with `delimiter` (CSV/TSV) instead of at every line break.
    func cutDelimited(by delimiter: UInt8) { csv = CSVBoundaryScanner(delimiter: delimiter) }

    /// Treats lines of JSON white space as blank (JSONL).
    func treatWhitespaceLinesAsBlank() { whitespaceLinesAreBlank = true }

    /// Buffers at least `count` bytes from `recordStart`, unless the input ends first.
    func prefetch(_ count: Int) throws(IngestError) {
        while end - recordStart < count, !isAtEnd { try fill() }
    }

    /// Skips a UTF-8 byte order mark at the start of the input.
    ///
    /// - Throws: `ING003` for a UTF-16 byte order mark (Excel's "Unicode text"), which would
    ///   otherwise read as garbage; `ING004` when reading fails.
    func skipByteOrderMark() throws(IngestError) {
        try prefetch(3)
        if end - start >= 2, (storage[start], storage[start + 1]) == (0xFF, 0xFE) || (storage[start], storage[start + 1]) == (0xFE, 0xFF) {
            throw IngestError(
                .malformedRow, "the input is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8",
                at: SourceLocation(file: name, line: 1, column: 1)
            )
        }
        if end - start >= 3, storage[start] == 0xEF, storage[start + 1] == 0xBB, storage[start + 2] == 0xBF {
            start += 3
            recordStart = start
            pos = start
        }
    }

    /// Calls `body` with up to `limit` buffered bytes from `recordStart`, and whether they
    /// reach the end of the input. Call `prefetch(limit)` first.
    func withLookahead<R>(limit: Int, _ body: (UnsafeBufferPointer<UInt8>, Bool) -> R) -> R {
        let count = min(limit, end - recordStart)
        let reachesEnd = isAtEnd && count == end - recordStart
        return storage.withUnsafeBufferPointer { all in
            body(UnsafeBufferPointer(rebasing: all[recordStart..<(recordStart + count)]), reachesEnd)
        }
    }

    /// Forgets the records cut so far (a header).
    func dropCut() { start = recordStart }

    /// Takes the records cut so far, as bytes that `.record` offsets minus `start` index.
    func takeCut() -> [UInt8] {
        let bytes = Array(storage[start..<recordStart])
        start = recordStart
        return bytes
    }

    /// The number of bytes cut and not yet taken.
    var cutByteCount: Int { recordStart - start }

    /// Finds the next non-blank record.
    ///
    /// - Throws: `ING004` when reading fails.
    func nextRecord() throws(IngestError) -> Event {
        while true {
            if pos == end {
                if !isAtEnd {
                    try fill()
                    continue
                }
                if discarding {
                    discarding = false
                    recordStart = end
                    return .oversized(line: line)
                }
                guard recordStart < end else { return .end }
                let first = recordStart
                recordStart = end
                if let event = classify(first, stripCR(first, end), line: line) { return event }
                continue
            }
            if let terminator = findTerminator() {
                let recordLine = line
                line += (csv?.innerNewlines ?? 0) + 1
                csv?.reset()
                pos = terminator + 1
                let first = recordStart
                recordStart = pos
                if discarding {
                    discarding = false
                    return .oversized(line: recordLine)
                }
                if let event = classify(first, stripCR(first, terminator), line: recordLine) { return event }
                continue
            }
            pos = end
            if discarding || end - recordStart > maxRecordBytes + 1 {
                discarding = true
                end = recordStart
                pos = recordStart
            }
        }
    }

    private func stripCR(_ first: Int, _ last: Int) -> Int {
        last > first && storage[last - 1] == 0x0D ? last - 1 : last
    }

    private func classify(_ first: Int, _ last: Int, line: Int) -> Event? {
        if first == last { return nil }
        if last - first > maxRecordBytes { return .oversized(line: line) }
        if whitespaceLinesAreBlank {
            let blank = storage[first..<last].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
            if blank { return nil }
        }
        return .record(start: first, end: last, line: line)
    }

    private func findTerminator() -> Int? {
        let from = pos
        let limit = end
        return storage.withUnsafeBufferPointer { all -> Int? in
            guard all.baseAddress != nil else { return nil }
            if csv == nil { return all.firstIndex(of: 0x0A, from: from, to: limit) }
            return csv?.scan(UnsafeBufferPointer(rebasing: all[0..<limit]), from: from)
        }
    }

    /// Reads one block, compacting or growing the storage first.
    private func fill() throws(IngestError) {
        guard !isAtEnd else { return }
        if storage.count - end < blockBytes {
            if start > 0 { compact() }
            if storage.count - end < blockBytes {
                let grown = max(end + blockBytes, storage.count * 2)
                storage += [UInt8](repeating: 0, count: grown - storage.count)
            }
        }
        var failure: IngestError?
        let offset = end
        let want = blockBytes
        let stream = self.stream
        let n = storage.withUnsafeMutableBufferPointer { all -> Int in
            guard let base = all.baseAddress else { return 0 }
            do throws(IngestError) {
                return try stream.read(into: base + offset, count: want)
            } catch {
                failure = error
                return 0
            }
        }
        if let failure { throw failure }
        if n == 0 { isAtEnd = true }
        end += n
    }

    private func compact() {
        let shift = start
        let count = end - start
        storage.withUnsafeMutableBufferPointer { all in
            guard let base = all.baseAddress else { return }
            memmove(base, base + shift, count)
        }
        start = 0
        recordStart -= shift
        pos -= shift
        end -= shift
    }
}
