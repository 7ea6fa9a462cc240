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
        if state == .fieldStart || state == .unquoted, let terminator = p.firstIndex(of: newline, from: from, to: n) {
            // Outside quotes only a quote can hide a line break: a line without one ends here.
            if p.firstIndex(of: quote, from: from, to: terminator) == nil { return terminator }
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
                // The closing quote and the line breaks before it, skipped to, not read byte
                // by byte.
                let end = p.firstIndex(of: quote, from: i, to: n) ?? n
                var line = i
                while let hit = p.firstIndex(of: newline, from: line, to: end) {
                    newlines += 1
                    line = hit + 1
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
