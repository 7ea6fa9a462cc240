/// Splits one CSV/TSV record (without its line terminator) into fields, per RFC 4180.
///
/// Quoted fields may hold delimiters, doubled quotes and line breaks. A quote inside an
/// unquoted field is kept as a literal character (common in exports, harmless). Malformed:
/// a quoted field that never closes, and text after a closing quote.
enum CSVRecordParser {
    /// One field's place in the record bytes.
    struct Field {
        /// First byte of the field (its opening quote, if quoted).
        var origin: Int
        /// First content byte (after an opening quote).
        var start: Int
        /// End of content (before a closing quote).
        var end: Int
        /// True when the content holds doubled quotes to collapse.
        var hasEscapedQuotes: Bool
    }

    /// Why a record is malformed, and the byte offset where it shows.
    struct Failure: Error {
        /// Offset in the record bytes.
        var offset: Int
        /// What is wrong, in one phrase.
        var reason: String
    }

    /// Fills `fields` with the record's fields.
    ///
    /// - Throws: `Failure` for an unterminated quoted field or text after a closing quote.
    static func split(
        _ p: UnsafeBufferPointer<UInt8>, delimiter: UInt8, into fields: inout [Field]
    ) throws(Failure) {
        let quote = UInt8(ascii: "\"")
        let n = p.count
        fields.removeAll(keepingCapacity: true)
        var i = 0
        while true {
            if i < n, p[i] == quote {
                let open = i
                i += 1
                let start = i
                var escaped = false
                while true {
                    // Skipped to the next quote, not read byte by byte.
                    guard let next = p.firstIndex(of: quote, from: i, to: n) else {
                        throw Failure(offset: open, reason: "unterminated quoted field")
                    }
                    i = next
                    if i + 1 < n, p[i + 1] == quote {
                        escaped = true
                        i += 2
                        continue
                    }
                    break
                }
                fields.append(Field(origin: open, start: start, end: i, hasEscapedQuotes: escaped))
                i += 1
                if i == n { return }
                if p[i] != delimiter {
                    throw Failure(offset: i, reason: "text after the closing quote of a field")
                }
                i += 1
            } else {
                let start = i
                while i < n, p[i] != delimiter { i += 1 }
                fields.append(Field(origin: start, start: start, end: i, hasEscapedQuotes: false))
                if i == n { return }
                i += 1
            }
        }
    }

    /// The text of a field, with doubled quotes collapsed.
    static func text(of field: Field, in p: UnsafeBufferPointer<UInt8>) -> String {
        let slice = UnsafeBufferPointer(rebasing: p[field.start..<field.end])
        guard field.hasEscapedQuotes else { return String(decoding: slice, as: UTF8.self) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(slice.count)
        var i = 0
        while i < slice.count {
            bytes.append(slice[i])
            i += slice[i] == UInt8(ascii: "\"") ? 2 : 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// All fields of a record as text, or nil when it is malformed (used for headers and samples).
    static func texts(_ p: UnsafeBufferPointer<UInt8>, delimiter: UInt8) -> [String]? {
        var fields: [Field] = []
        do {
            try split(p, delimiter: delimiter, into: &fields)
        } catch {
            return nil
        }
        return fields.map { text(of: $0, in: p) }
    }
}
