/// Finds and replaces invalid UTF-8, one U+FFFD per maximal invalid subpart.
///
/// The replacement follows Unicode's "substitution of maximal subparts" practice, the one
/// `String(decoding:as:)` follows, so a repaired buffer decodes to the same text; repairing
/// first makes the count exact and every later offset refer to valid text.
enum UTF8Repair {
    /// The index of the first byte that is not ASCII, or `count` (checked eight bytes at a time).
    static func firstNonASCII(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        var i = start
        while i + 8 <= count {
            if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { break }
            i += 8
        }
        while i < count, base[i] < 0x80 { i += 1 }
        return i
    }

    /// True when every byte is ASCII.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { firstNonASCII(bytes) == bytes.count }

    /// The length of the well-formed sequence at `i`, or the negated length of the maximal
    /// invalid subpart there (at least 1).
    @inline(__always)
    static func sequenceLength(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let lead = p[i]
        if lead < 0x80 { return 1 }
        let need: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: need = 1
        case 0xE0: need = 2; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: need = 2
        case 0xED: need = 2; high = 0x9F
        case 0xF0: need = 3; low = 0x90
        case 0xF1...0xF3: need = 3
        case 0xF4: need = 3; high = 0x8F
        default: return -1
        }
        var k = 1
        while k <= need {
            guard i + k < p.count else { return -k }
            let byte = p[i + k]
            if byte < low || byte > high { return -k }
            low = 0x80
            high = 0xBF
            k += 1
        }
        return need + 1
    }

    /// The number of invalid subparts (replacements `String(decoding:)` would make).
    static func invalidCount(_ p: UnsafeBufferPointer<UInt8>) -> Int {
        var i = firstNonASCII(p)
        var invalid = 0
        while i < p.count {
            if p[i] < 0x80 {
                i = firstNonASCII(p, from: i)
                continue
            }
            let length = sequenceLength(p, at: i)
            if length < 0 {
                invalid += 1
                i -= length
            } else {
                i += length
            }
        }
        return invalid
    }

    /// A copy with each invalid subpart replaced by U+FFFD (EF BF BD).
    static func repaired(_ p: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(p.count + 16)
        var i = 0
        while i < p.count {
            if p[i] < 0x80 {
                out.append(p[i])
                i += 1
                continue
            }
            let length = sequenceLength(p, at: i)
            if length < 0 {
                out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                i -= length
            } else {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: p[i..<(i + length)]))
                i += length
            }
        }
        return out
    }

    /// Calls `body` with valid UTF-8: the bytes themselves, or a repaired copy.
    ///
    /// - Returns: `body`'s result and the number of replacements made.
    static func withValidUTF8<R>(
        _ p: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> R
    ) -> (result: R, replaced: Int) {
        let invalid = invalidCount(p)
        if invalid == 0 { return (body(p), 0) }
        let fixed = repaired(p)
        return (fixed.withUnsafeBufferPointer(body), invalid)
    }
}
