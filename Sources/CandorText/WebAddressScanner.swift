/// Finds web addresses and e-mail addresses in UTF-16 text, which ICU's word rules would cut
/// into pieces ("https", ":", "//", ...), so the tokenizer can keep each as one token.
enum WebAddressScanner {
    /// A span found in the text.
    struct Span: Equatable {
        var start: Int
        var end: Int
        var kind: TokenKind
    }

    /// All URL and e-mail spans in text order, non-overlapping.
    static func spans(in text: UnsafeBufferPointer<UInt16>) -> [Span] {
        var spans: [Span] = []
        var index = 0
        let count = text.count
        while index < count {
            let unit = text[index]
            if (unit == 0x68 || unit == 0x48 || unit == 0x77 || unit == 0x57), isWordStart(text, index),
                let end = urlEnd(text, from: index)
            {
                spans.append(Span(start: index, end: end, kind: .url))
                index = end
                continue
            }
            if unit == 0x40, let span = email(text, at: index) {
                if let last = spans.last, last.end > span.start { spans.removeLast() }
                spans.append(span)
                index = span.end
                continue
            }
            index += 1
        }
        return spans
    }

    private static func isWordStart(_ text: UnsafeBufferPointer<UInt16>, _ index: Int) -> Bool {
        index == 0 || !isAddressUnit(text[index - 1])
    }

    private static func hasPrefix(_ text: UnsafeBufferPointer<UInt16>, _ index: Int, _ prefix: String) -> Bool {
        var position = index
        for unit in prefix.utf16 {
            guard position < text.count else { return false }
            var candidate = text[position]
            if candidate >= 0x41 && candidate <= 0x5A { candidate |= 0x20 }
            if candidate != unit { return false }
            position += 1
        }
        return true
    }

    private static func urlEnd(_ text: UnsafeBufferPointer<UInt16>, from index: Int) -> Int? {
        let bodyStart: Int
        if hasPrefix(text, index, "https://") {
            bodyStart = index + 8
        } else if hasPrefix(text, index, "http://") {
            bodyStart = index + 7
        } else if hasPrefix(text, index, "www.") {
            bodyStart = index + 4
        } else {
            return nil
        }
        var end = bodyStart
        while end < text.count, !isURLTerminator(text[end]) { end += 1 }
        // Trailing punctuation belongs to the sentence, not the address.
        while end > bodyStart, isTrailingPunctuation(text[end - 1]) { end -= 1 }
        return end > bodyStart ? end : nil
    }

    private static func email(_ text: UnsafeBufferPointer<UInt16>, at: Int) -> Span? {
        var start = at
        while start > 0, isLocalPartUnit(text[start - 1]) { start -= 1 }
        while start < at, text[start] == 0x2E { start += 1 }
        guard start < at else { return nil }
        var end = at + 1
        var lastDot = -1
        while end < text.count, isDomainUnit(text[end]) {
            if text[end] == 0x2E { lastDot = end }
            end += 1
        }
        while end > at + 1, text[end - 1] == 0x2E || text[end - 1] == 0x2D { end -= 1 }
        guard lastDot > at + 1, lastDot < end - 2 else { return nil }
        for position in (lastDot + 1)..<end where !isASCIILetter(text[position]) { return nil }
        return Span(start: start, end: end, kind: .email)
    }

    private static func isASCIILetter(_ unit: UInt16) -> Bool {
        (unit >= 0x41 && unit <= 0x5A) || (unit >= 0x61 && unit <= 0x7A)
    }

    private static func isASCIIAlnum(_ unit: UInt16) -> Bool {
        isASCIILetter(unit) || (unit >= 0x30 && unit <= 0x39)
    }

    private static func isAddressUnit(_ unit: UInt16) -> Bool {
        isASCIIAlnum(unit) || unit == 0x2E || unit == 0x2D || unit == 0x5F || unit == 0x2F
    }

    private static func isLocalPartUnit(_ unit: UInt16) -> Bool {
        isASCIIAlnum(unit) || unit == 0x2E || unit == 0x5F || unit == 0x25 || unit == 0x2B || unit == 0x2D
    }

    private static func isDomainUnit(_ unit: UInt16) -> Bool {
        isASCIIAlnum(unit) || unit == 0x2E || unit == 0x2D
    }

    private static func isURLTerminator(_ unit: UInt16) -> Bool {
        unit <= 0x20 || unit == 0x22 || unit == 0x3C || unit == 0x3E || unit == 0x60 || unit == 0x7B
            || unit == 0x7D || unit == 0x7C || unit == 0x5C || unit == 0x5E || unit == 0xA0 || unit == 0x2028
            || unit == 0x3000 || unit == 0x00AB || unit == 0x00BB || unit == 0x201C || unit == 0x201D
    }

    private static func isTrailingPunctuation(_ unit: UInt16) -> Bool {
        unit == 0x2E || unit == 0x2C || unit == 0x3B || unit == 0x3A || unit == 0x21 || unit == 0x3F
            || unit == 0x29 || unit == 0x5D || unit == 0x27 || unit == 0x2019
    }
}
