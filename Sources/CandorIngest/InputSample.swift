import Foundation

/// The first records of an input, cut loosely from a lookahead window: used to sniff the
/// delimiter, pick the text column and check JSON keys before any chunk is cut.
enum InputSample {
    /// How many records a sample holds at most.
    static let maxRecords = 500
    /// How many bytes a sample spans at most (independent of block and chunk sizes).
    static let maxBytes = 4 << 20
    /// How many bytes delimiter sniffing looks at.
    static let sniffBytes = 64 << 10

    /// The non-blank records in `p`, as ranges without terminators.
    ///
    /// - Parameters:
    ///   - delimiter: cut quote-aware with this delimiter; nil cuts at every line break.
    ///   - reachesEnd: true when `p` ends where the input ends (its last record is whole).
    ///   - limit: the most records to return.
    static func records(
        in p: UnsafeBufferPointer<UInt8>, delimiter: UInt8?, reachesEnd: Bool, limit: Int
    ) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var scanner = delimiter.map { CSVBoundaryScanner(delimiter: $0) }
        var first = 0
        while ranges.count < limit, first < p.count {
            var terminator: Int?
            if scanner == nil {
                terminator = p[first...].firstIndex(of: 0x0A)
            } else {
                terminator = scanner?.scan(p, from: first)
                scanner?.reset()
            }
            guard let last = terminator ?? (reachesEnd ? p.count : nil) else { break }
            var end = last
            if end > first, p[end - 1] == 0x0D { end -= 1 }
            if end > first { ranges.append(first..<end) }
            first = last + 1
        }
        return ranges
    }

    /// Calls `body` with each sampled record as valid UTF-8 (invalid bytes replaced).
    static func forEachRecord(
        in p: UnsafeBufferPointer<UInt8>, delimiter: UInt8?, reachesEnd: Bool,
        _ body: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        for range in records(in: p, delimiter: delimiter, reachesEnd: reachesEnd, limit: maxRecords) {
            _ = UTF8Repair.withValidUTF8(UnsafeBufferPointer(rebasing: p[range]), body)
        }
    }

    /// True when the first byte that is not white space is `{` (JSONL rather than CSV).
    static func looksLikeJSON(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        p.first(where: { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D) }) == UInt8(ascii: "{")
    }
}
