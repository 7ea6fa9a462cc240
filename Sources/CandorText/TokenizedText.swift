/// A text with its tokens, language guess, and offset conversions.
public struct TokenizedText: Sendable {
    /// The original text as UTF-16 code units (token offsets index into it).
    public var utf16: [UInt16]
    /// Tokens in text order, white space excluded.
    public var tokens: [Token]

    /// Creates a tokenized text.
    public init(utf16: [UInt16], tokens: [Token]) {
        self.utf16 = utf16
        self.tokens = tokens
    }

    /// The original text between two UTF-16 offsets.
    public func text(from start: Int32, to end: Int32) -> String {
        let lo = max(0, min(Int(start), utf16.count))
        let hi = max(lo, min(Int(end), utf16.count))
        return utf16.withUnsafeBufferPointer { buffer in
            let units = UnsafeBufferPointer(rebasing: buffer[lo..<hi])
            // ASCII spans (most evidence) are copied byte for byte: decoding UTF-16 with repair
            // takes the standard library's slow path.
            guard units.allSatisfy({ $0 < 0x80 }) else { return String(decoding: units, as: UTF16.self) }
            return String(unsafeUninitializedCapacity: units.count) { bytes in
                for (index, unit) in units.enumerated() { bytes[index] = UInt8(truncatingIfNeeded: unit) }
                return units.count
            }
        }
    }

    /// True when the text holds a surrogate (a scalar outside the Basic Multilingual Plane):
    /// only then do UTF-16 and scalar offsets differ.
    public var hasSurrogates: Bool { utf16.contains { $0 & 0xF800 == 0xD800 } }

    /// Converts a UTF-16 offset into a Unicode scalar offset (surrogate pairs count once).
    public func scalarOffset(_ utf16Offset: Int32) -> Int {
        let limit = max(0, min(Int(utf16Offset), utf16.count))
        return utf16.withUnsafeBufferPointer { units in
            var trailing = 0
            var index = 1
            while index < limit {
                // A surrogate pair's second unit is in 0xDC00...0xDFFF, its first in 0xD800...0xDBFF.
                if units[index] & 0xFC00 == 0xDC00, units[index - 1] & 0xFC00 == 0xD800 { trailing += 1 }
                index += 1
            }
            return limit - trailing
        }
    }

    /// The tokens that carry meaning (no punctuation).
    public var contentTokens: [Token] { tokens.filter { $0.kind.isContent } }
}
