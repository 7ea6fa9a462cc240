extension RunSummary {
    /// The readability of a response's texts (`Quote.readability`), each measured when first asked.
    struct Readability {
        let texts: [String]
        /// Measured values by field; most responses have one field, held apart so that no array
        /// is made for it.
        private var first: Double?
        private var others: [Double?] = []

        init(texts: [String]) {
            self.texts = texts
        }

        mutating func of(_ field: Int) -> Double {
            if field == 0, let first { return first }
            if field > 0, field - 1 < others.count, let known = others[field - 1] { return known }
            let value = Quote.readability(texts[field])
            if field == 0 {
                first = value
            } else {
                if others.isEmpty { others = Array(repeating: nil, count: texts.count - 1) }
                others[field - 1] = value
            }
            return value
        }
    }

    /// True when `text` is empty or white space only, as `allSatisfy(\.isWhitespace)` over its
    /// characters judges it. Most texts start with a letter: a byte scan settles ASCII (an ASCII
    /// letter, digit or sign always starts its own character, so it decides); the characters are
    /// walked only from the first non-ASCII byte. Walking every response's characters took 1 %
    /// of the second pass on the 200 MB dump (`perf`).
    static func isBlank(_ text: String) -> Bool {
        var text = text
        let settled: Bool? = text.withUTF8 { bytes in
            for byte in bytes {
                switch byte {
                case 0x09...0x0D, 0x20: continue
                case 0..<0x80: return false
                default: return nil
                }
            }
            return true
        }
        return settled ?? text.allSatisfy(\.isWhitespace)
    }

    /// `raw` without the white space `CharacterSet.whitespaces` trims at either end (space
    /// separators, tab, and U+200B as Foundation counts it), without Foundation's round trip
    /// through `NSString`: it ran for every response and segment field, 2 % of a run with
    /// `--segment`. A value with nothing to trim (nearly all) is returned as it is.
    static func trimmedValue(_ raw: String) -> String {
        let scalars = raw.unicodeScalars
        guard let first = scalars.first, let last = scalars.last, isTrimmed(first) || isTrimmed(last) else { return raw }
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, isTrimmed(scalars[start]) { start = scalars.index(after: start) }
        while end > start, isTrimmed(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return String(scalars[start..<end])
    }

    /// True for the scalars `CharacterSet.whitespaces` holds.
    static func isTrimmed(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value == 0x20 || scalar.value == 0x09 }
        return scalar.value == 0x200B || scalar.properties.generalCategory == .spaceSeparator
    }
}
