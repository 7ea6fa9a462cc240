/// Strings, numbers and literals for `JSONLineParser`.
extension JSONLineParser {
    /// Where a string's content lies in the line.
    struct StringSpan {
        /// First content byte (after the opening quote).
        var start: Int
        /// End of content (at the closing quote).
        var end: Int
        /// True when the content holds backslash escapes.
        var hasEscapes: Bool
    }

    /// Validates the string at the cursor (which is on its opening quote) and moves past it.
    mutating func scanString() throws(Failure) -> StringSpan {
        let open = i
        i += 1
        let start = i
        var escapes = false
        while i < p.count {
            let b = p[i]
            if b == UInt8(ascii: "\"") {
                let span = StringSpan(start: start, end: i, hasEscapes: escapes)
                i += 1
                return span
            }
            if b == UInt8(ascii: "\\") {
                escapes = true
                i += 1
                guard i < p.count else { break }
                switch p[i] {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
                    UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    i += 1
                case UInt8(ascii: "u"):
                    guard i + 4 < p.count, (1...4).allSatisfy({ Self.hexValue(p[i + $0]) != nil }) else {
                        throw fail("invalid \\u escape in a string")
                    }
                    i += 5
                default:
                    throw fail("invalid escape in a string")
                }
                continue
            }
            i += 1
        }
        throw Failure(offset: open, reason: "unterminated string")
    }

    /// The text of a scanned string, escapes decoded (a lone surrogate becomes U+FFFD).
    func decode(_ span: StringSpan) -> String {
        let raw = UnsafeBufferPointer(rebasing: p[span.start..<span.end])
        guard span.hasEscapes else { return String(decoding: raw, as: UTF8.self) }
        var scalars = String.UnicodeScalarView()
        var bytes: [UInt8] = []
        var k = 0
        func flush() {
            scalars.append(contentsOf: String(decoding: bytes, as: UTF8.self).unicodeScalars)
            bytes.removeAll(keepingCapacity: true)
        }
        while k < raw.count {
            guard raw[k] == UInt8(ascii: "\\"), k + 1 < raw.count else {
                bytes.append(raw[k])
                k += 1
                continue
            }
            let escape = raw[k + 1]
            k += 2
            switch escape {
            case UInt8(ascii: "b"): bytes.append(0x08)
            case UInt8(ascii: "f"): bytes.append(0x0C)
            case UInt8(ascii: "n"): bytes.append(0x0A)
            case UInt8(ascii: "r"): bytes.append(0x0D)
            case UInt8(ascii: "t"): bytes.append(0x09)
            case UInt8(ascii: "u"):
                var code = Self.hex4(raw, at: k)
                k += 4
                if (0xD800...0xDBFF).contains(code), k + 5 < raw.count, raw[k] == UInt8(ascii: "\\"),
                    raw[k + 1] == UInt8(ascii: "u")
                {
                    let low = Self.hex4(raw, at: k + 2)
                    if (0xDC00...0xDFFF).contains(low) {
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        k += 6
                    }
                }
                flush()
                scalars.append(Unicode.Scalar(code) ?? "\u{FFFD}")
            default: bytes.append(escape)
            }
        }
        flush()
        return String(scalars)
    }

    /// A number, `true`, `false` or `null` at the cursor.
    mutating func parseScalar() throws(Failure) -> JSONValue {
        switch byte {
        case UInt8(ascii: "t"): return try literal(Self.trueBytes, .bool(true))
        case UInt8(ascii: "f"): return try literal(Self.falseBytes, .bool(false))
        case UInt8(ascii: "n"): return try literal(Self.nullBytes, .null)
        default: break
        }
        let start = i
        if byte == UInt8(ascii: "-") { i += 1 }
        guard isDigit(byte) else { throw Failure(offset: start, reason: "expected a JSON value") }
        if byte == UInt8(ascii: "0") { i += 1 } else { skipDigits() }
        if byte == UInt8(ascii: ".") {
            i += 1
            guard isDigit(byte) else { throw fail("expected a digit after '.'") }
            skipDigits()
        }
        if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
            i += 1
            if byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") { i += 1 }
            guard isDigit(byte) else { throw fail("expected a digit in an exponent") }
            skipDigits()
        }
        return .number(String(decoding: UnsafeBufferPointer(rebasing: p[start..<i]), as: UTF8.self))
    }

    /// The wanted child of `node` for a scanned key, compared without decoding when possible.
    func child(of node: JSONPathTrie.Node, key: StringSpan) -> JSONPathTrie.Node? {
        if node.children.isEmpty { return nil }
        if !key.hasEscapes { return node.child(rawKey: UnsafeBufferPointer(rebasing: p[key.start..<key.end])) }
        let decoded = Array(decode(key).utf8)
        return decoded.withUnsafeBufferPointer { node.child(rawKey: $0) }
    }

    private static let trueBytes = Array("true".utf8)
    private static let falseBytes = Array("false".utf8)
    private static let nullBytes = Array("null".utf8)

    private mutating func literal(_ word: [UInt8], _ value: JSONValue) throws(Failure) -> JSONValue {
        guard i + word.count <= p.count, word.indices.allSatisfy({ p[i + $0] == word[$0] }) else {
            throw fail("invalid literal")
        }
        i += word.count
        return value
    }

    private func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    private mutating func skipDigits() {
        while i < p.count, isDigit(p[i]) { i += 1 }
    }

    private static func hexValue(_ b: UInt8) -> UInt32? {
        switch b {
        case 0x30...0x39: return UInt32(b - 0x30)
        case 0x41...0x46: return UInt32(b - 0x41 + 10)
        case 0x61...0x66: return UInt32(b - 0x61 + 10)
        default: return nil
        }
    }

    private static func hex4(_ raw: UnsafeBufferPointer<UInt8>, at k: Int) -> UInt32 {
        var value: UInt32 = 0
        for offset in 0..<4 where k + offset < raw.count {
            value = value << 4 | (hexValue(raw[k + offset]) ?? 0)
        }
        return value
    }
}
