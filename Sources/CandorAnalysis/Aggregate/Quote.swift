/// A customer's words kept as an example for a flaw or a theme.
public struct Quote: Sendable, Equatable {
    /// The response's record number (ties break on it).
    public var row: Int
    /// The response's id.
    public var id: String
    /// The text field index.
    public var field: Int
    /// The text, as written (reports redact and escape it when rendering).
    public var text: String
    /// The span to highlight within `text`, in Unicode scalars, when there is one.
    public var highlight: Range<Int>?
    /// How good an example it is (higher is better).
    public var quality: Double

    /// Creates a quote.
    public init(row: Int, id: String, field: Int, text: String, highlight: Range<Int>? = nil, quality: Double) {
        self.row = row
        self.id = id
        self.field = field
        self.text = text
        self.highlight = highlight
        self.quality = quality
    }

    /// The order of quotes: better first, then earlier rows.
    @Sendable public static func ranksBefore(_ lhs: Quote, _ rhs: Quote) -> Bool {
        if lhs.quality != rhs.quality { return lhs.quality > rhs.quality }
        if lhs.row != rhs.row { return lhs.row < rhs.row }
        return lhs.field < rhs.field
    }

    /// A quality bonus for texts of a readable length (about a tweet), in [0, 1].
    public static func readability(_ text: String) -> Double {
        // Every length from 410 scalars on scores 0: counting stops there (long complaints run
        // to thousands of bytes, and every response's texts are measured).
        let length = Double(scalarCount(text, upTo: 410))
        if length < 15 { return 0.1 }
        return max(0, 1 - abs(length - 110) / 300)
    }

    /// The number of Unicode scalars in `text`, counted off its UTF-8 bytes (those that start a
    /// scalar): `unicodeScalars.count` decodes every scalar, once per quote offered. Eight bytes
    /// at a time: a continuation byte is `10xxxxxx`, so its top bit is set and the next one is
    /// clear (every response's texts are measured here, byte by byte it took 1 % of `analyze`).
    /// With `limit`, the count stops once it reaches `limit` scalars: the result is then `limit`.
    static func scalarCount(_ text: String, upTo limit: Int = .max) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return 0 }
            let raw = UnsafeRawPointer(base)
            var continuations = 0
            var index = 0
            while index + 8 <= bytes.count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                continuations += (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
                index += 8
                // The scalars that start in the bytes read so far.
                if index - continuations >= limit { return limit }
            }
            while index < bytes.count {
                if bytes[index] & 0xC0 == 0x80 { continuations += 1 }
                index += 1
            }
            return min(bytes.count - continuations, limit)
        }
    }
}
