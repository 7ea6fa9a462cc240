/// Decodes a Swift string's UTF-8 into the UTF-16 units ICU's iterators read.
///
/// Written by hand because it runs on every byte of every text: ICU's `u_strFromUTF8WithSub`
/// validated what a Swift string already guarantees valid, and took 1.7 % of `analyze`'s
/// instructions (callgrind, 18 MB sample, one thread) for the texts past their ASCII opening,
/// most of them French with an accent every few words. Here eight bytes are widened at once
/// (vector instructions) up to the first non-ASCII one, and a multi-byte sequence is decoded
/// without checks beyond bounds. A malformed sequence (which a string's storage never holds)
/// still decodes safely: each of its bytes becomes U+FFFD, and no byte past `count` is read.
enum UTF8Decoding {
    /// Writes to `out` (room for `count` units: UTF-16 never takes more units than UTF-8
    /// takes bytes) the UTF-16 units of the `count` bytes at `bytes`; returns how many it wrote.
    static func decode(_ bytes: UnsafePointer<UInt8>, count: Int, into out: UnsafeMutablePointer<UInt16>) -> Int {
        let raw = UnsafeRawPointer(bytes)
        let rawOut = UnsafeMutableRawPointer(out)
        var index = 0
        var written = 0
        // Offsets below stay within `count` (`written` never passes `index`): wrapping
        // arithmetic, whose overflow checks kept the widening from compiling to vector code.
        while index < count {
            if index &+ 8 <= count {
                // Eight bytes widened at once (room: `written + 8 <= index + 8 <= count`); the
                // units past the first non-ASCII byte are written over below.
                let eight = raw.loadUnaligned(fromByteOffset: index, as: SIMD8<UInt8>.self)
                rawOut.storeBytes(of: SIMD8<UInt16>(truncatingIfNeeded: eight), toByteOffset: written &* 2, as: SIMD8<UInt16>.self)
                let high = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) & 0x8080_8080_8080_8080
                let ascii = high == 0 ? 8 : high.trailingZeroBitCount &>> 3
                index &+= ascii
                written &+= ascii
                if ascii == 8 { continue }
            }
            let lead = UInt32(bytes[index])
            if lead < 0x80 {
                out[written] = UInt16(lead)
                index &+= 1
                written &+= 1
                continue
            }
            let length = lead >= 0xF8 ? 0 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0
            guard length > 0, index &+ length <= count, continuation(bytes, from: index &+ 1, count: length &- 1) else {
                out[written] = 0xFFFD
                index &+= 1
                written &+= 1
                continue
            }
            var scalar = lead & (0x7F &>> UInt32(length))
            for offset in 1..<length { scalar = scalar &<< 6 | UInt32(bytes[index &+ offset] & 0x3F) }
            index &+= length
            if scalar >= 0x10000 {
                let shifted = scalar &- 0x10000
                out[written] = UInt16(truncatingIfNeeded: 0xD800 &+ (shifted &>> 10))
                out[written &+ 1] = UInt16(truncatingIfNeeded: 0xDC00 &+ (shifted & 0x3FF))
                written &+= 2
            } else {
                out[written] = UInt16(truncatingIfNeeded: scalar)
                written &+= 1
            }
        }
        return written
    }

    /// True when the `count` bytes from `start` are all continuation bytes (10xxxxxx).
    @inline(__always)
    private static func continuation(_ bytes: UnsafePointer<UInt8>, from start: Int, count: Int) -> Bool {
        for offset in 0..<count where bytes[start + offset] & 0xC0 != 0x80 { return false }
        return true
    }
}
