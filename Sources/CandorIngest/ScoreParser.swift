/// Reads a score (NPS 0–10, CSAT 1–5) from how people and tools write it.
///
/// Accepts `9`, `8.5`, the decimal comma `8,5`, a whole value in exponent form as JSON may
/// write it (`1e1`), and a number inside text such as `Avec une note de 9,0` or `9/10` (the
/// first number wins). A minus sign counts only when it starts the value.
enum ScoreParser {
    /// The outcome of reading a score field.
    enum Outcome: Equatable {
        /// Blank: no score, no warning.
        case empty
        /// A number.
        case value(Double)
        /// Non-empty but no number in it: no score, and a warning.
        case invalid
    }

    /// Parses a score field's text.
    static func parse(_ text: String) -> Outcome {
        if let outcome = text.utf8.withContiguousStorageIfAvailable({ parse($0) }) { return outcome }
        return Array(text.utf8).withUnsafeBufferPointer { parse($0) }
    }

    /// Parses a score from UTF-8 bytes.
    static func parse(_ p: UnsafeBufferPointer<UInt8>) -> Outcome {
        var first = 0
        var last = p.count
        while first < last, isSpace(p[first]) { first += 1 }
        while last > first, isSpace(p[last - 1]) { last -= 1 }
        if first == last { return .empty }
        // Most scores are a few plain digits: read them without building the literal (an array
        // per row). The general path below gives the same value for them.
        if last - first <= 15 {
            var whole = 0
            var k = first
            while k < last, isDigit(p[k]) {
                whole = whole * 10 + Int(p[k] - 0x30)
                k += 1
            }
            if k == last { return .value(Double(whole)) }
        }
        var i = first
        while i < last, !isDigit(p[i]) { i += 1 }
        guard i < last else { return .invalid }
        let negative = i == first + 1 && p[first] == UInt8(ascii: "-")
        let wholeValue = i == first || negative
        var literal: [UInt8] = negative ? [UInt8(ascii: "-")] : []
        while i < last, isDigit(p[i]) {
            literal.append(p[i])
            i += 1
        }
        if i + 1 < last, p[i] == UInt8(ascii: ".") || p[i] == UInt8(ascii: ","), isDigit(p[i + 1]) {
            literal.append(UInt8(ascii: "."))
            i += 1
            while i < last, isDigit(p[i]) {
                literal.append(p[i])
                i += 1
            }
        }
        if wholeValue, i < last, p[i] == UInt8(ascii: "e") || p[i] == UInt8(ascii: "E") {
            var k = i + 1
            if k < last, p[k] == UInt8(ascii: "+") || p[k] == UInt8(ascii: "-") { k += 1 }
            let digits = k
            while k < last, isDigit(p[k]) { k += 1 }
            if k == last, k > digits { literal.append(contentsOf: UnsafeBufferPointer(rebasing: p[i..<k])) }
        }
        if literal.count <= 15, literal.allSatisfy(isDigit) {
            return .value(Double(literal.reduce(0) { $0 * 10 + Int($1 - 0x30) }))
        }
        guard let value = Double(String(decoding: literal, as: UTF8.self)), value.isFinite else {
            return .invalid
        }
        return .value(value)
    }

    @inline(__always)
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    @inline(__always)
    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
}
