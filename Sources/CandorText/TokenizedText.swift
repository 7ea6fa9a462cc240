import CICU

/// A text with its tokens, language guess, and offset conversions.
public struct TokenizedText: Sendable {
    /// The original text as UTF-16 code units (token offsets index into it).
    public var utf16: [UInt16]
    /// Tokens in text order, white space excluded.
    public var tokens: [Token]
    /// The written forms of the tokens (`Token.form` numbers them).
    public internal(set) var forms: TokenForms

    /// Creates a tokenized text whose tokens' forms are in `forms`.
    public init(utf16: [UInt16], tokens: [Token], forms: TokenForms) {
        self.utf16 = utf16
        self.tokens = tokens
        self.forms = forms
    }

    /// The normalized form of `token` (NFKC, case-folded, accents kept: `téléphone`).
    @inlinable @inline(__always)
    public func norm(of token: Token) -> String { forms.norm(token.form) }

    /// The key of `token` (its norm without accents: `telephone`).
    @inlinable @inline(__always)
    public func key(of token: Token) -> String { forms.key(token.form) }

    /// The norms of the tokens, in order.
    public var norms: [String] { tokens.map { forms.norm($0.form) } }

    /// The keys of the tokens, in order.
    public var keys: [String] { tokens.map { forms.key($0.form) } }

    /// The original text between two UTF-16 offsets.
    public func text(from start: Int32, to end: Int32) -> String {
        let lo = max(0, min(Int(start), utf16.count))
        let hi = max(lo, min(Int(end), utf16.count))
        return utf16.withUnsafeBufferPointer { buffer in
            Self.string(UnsafeBufferPointer(rebasing: buffer[lo..<hi]))
        }
    }

    /// The string of UTF-16 code units, transcoded by ICU (as `Tokenizer.utf16` does the other
    /// way): `String(decoding:as:)` takes the standard library's slow path for any unit past
    /// ASCII (1,700 instructions per evidence span, most of building a tag's evidence in
    /// French). A lone surrogate becomes U+FFFD, as there.
    static func string(_ units: UnsafeBufferPointer<UInt16>) -> String {
        guard let source = units.baseAddress else { return "" }
        // Three UTF-8 bytes at most per UTF-16 unit (a surrogate pair makes four from two).
        let capacity = units.count * 3
        return String(unsafeUninitializedCapacity: capacity) { bytes in
            let written = bytes.withMemoryRebound(to: CChar.self) { out in
                cicu_utf16_to_utf8(source, Int32(units.count), out.baseAddress, Int32(capacity))
            }
            return written >= 0 ? Int(written) : 0
        }
    }

    /// True when the text holds a surrogate (a scalar outside the Basic Multilingual Plane):
    /// only then do UTF-16 and scalar offsets differ.
    public var hasSurrogates: Bool {
        // A branch-free pass the compiler vectorizes: the tagger asks this of every text with
        // a rule match, and the closure form of `contains` tested one unit per iteration.
        utf16.withUnsafeBufferPointer { units in
            var found: UInt16 = 0
            for unit in units { found |= (unit & 0xF800) == 0xD800 ? 1 : 0 }
            return found != 0
        }
    }

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
