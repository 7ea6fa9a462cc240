import Foundation

/// Finds where CSV/TSV records end, across buffer refills: a line break inside quotes is not
/// a boundary.
///
/// It runs the same state machine as `CSVRecordParser` (a quote opens a quoted field only at
/// the start of a field; inside a quoted field `""` is a quote), so a record it cuts always
/// parses alone. Malformed text after a closing quote continues as an unquoted field here and
/// is reported by the parser.
struct CSVBoundaryScanner {
    private enum State {
        case fieldStart, unquoted, quoted, afterQuote
    }

    /// The field delimiter.
    let delimiter: UInt8
    private var state = State.fieldStart
    /// Line breaks seen inside quoted fields of the current record.
    private(set) var innerNewlines = 0

    /// Creates a scanner at the start of a record.
    init(delimiter: UInt8) { self.delimiter = delimiter }

    /// True when the record so far ends inside a quoted field.
    var isInsideQuotes: Bool { state == .quoted }

    /// Prepares for the next record.
    mutating func reset() {
        state = .fieldStart
        innerNewlines = 0
    }

    /// Scans `p[from..<p.count]` and returns the index of the line break that ends the current
    /// record, or nil when the bytes end first (the state is kept for the next call).
    mutating func scan(_ p: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        let quote = UInt8(ascii: "\"")
        let newline: UInt8 = 0x0A
        let delimiter = self.delimiter
        let n = p.count
        if state == .fieldStart || state == .unquoted, let base = p.baseAddress, from < n,
            let hit = memchr(base + from, Int32(newline), n - from)
        {
            // Outside quotes only a quote can hide a line break: a line without one ends here.
            let terminator = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
            if memchr(base + from, Int32(quote), terminator - from) == nil { return terminator }
        }
        var i = from
        var s = state
        var newlines = innerNewlines
        defer {
            state = s
            innerNewlines = newlines
        }
        while i < n {
            switch s {
            case .fieldStart:
                let b = p[i]
                if b == quote {
                    s = .quoted
                } else if b == newline {
                    return i
                } else if b != delimiter {
                    s = .unquoted
                }
                i += 1
            case .unquoted:
                while i < n {
                    let b = p[i]
                    if b == delimiter {
                        s = .fieldStart
                        i += 1
                        break
                    }
                    if b == newline { return i }
                    i += 1
                }
            case .quoted:
                // The closing quote found by `memchr`, and the line breaks before it counted
                // the same way: byte by byte, quoted fields (most feedback texts are quoted) were
                // most of the reader thread's time, which at one worker takes part of the
                // second core and at two takes it from the workers.
                guard let base = p.baseAddress else { return nil }
                let end = memchr(base + i, Int32(quote), n - i).map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? n
                var line = i
                while line < end, let hit = memchr(base + line, Int32(newline), end - line) {
                    newlines += 1
                    line = UnsafeRawPointer(hit) - UnsafeRawPointer(base) + 1
                }
                if end < n { s = .afterQuote }
                i = min(end + 1, n)
            case .afterQuote:
                let b = p[i]
                if b == quote {
                    s = .quoted
                } else if b == delimiter {
                    s = .fieldStart
                } else if b == newline {
                    return i
                } else {
                    s = .unquoted
                }
                i += 1
            }
        }
        return nil
    }
}
