import CandorCore
import CICU

/// Turns a slice of UTF-16 text into its normalized forms: NFKC + case folding (`norm`) and
/// the same without accents (`key`).
///
/// Holds scratch buffers, so one instance belongs to one thread. ASCII is folded inline (no ICU
/// call): it is most of the tokens in English and French text and the tokenizer's hot path.
public final class Normalizer {
    private var folded: [UInt16] = Array(repeating: 0, count: 256)
    private var stripped: [UInt16] = Array(repeating: 0, count: 256)
    /// Forms of non-ASCII words already normalized, by a hash of their UTF-16 units: French
    /// text repeats a small vocabulary of accented words, and each ICU round trip (fold, then
    /// strip accents, then two strings) costs far more than a lookup.
    private var cache: [UInt64: (units: [UInt16], norm: String, key: String)] = [:]
    private static let cacheLimit = 1 << 16

    /// Creates a normalizer.
    public init() {}

    /// The normalized forms of `units`.
    public func normalize(_ units: UnsafeBufferPointer<UInt16>) -> (norm: String, key: String) {
        if let ascii = Normalizer.asciiLowercased(units) { return (ascii, ascii) }
        var hash = StableHash.offsetBasis
        for unit in units { hash = StableHash.step(hash, UInt64(unit)) }
        if let known = cache[hash], known.units.elementsEqual(units) { return (known.norm, known.key) }
        let norm = fold(units)
        let key = stripAccents(norm)
        if cache.count >= Self.cacheLimit { cache.removeAll(keepingCapacity: true) }
        cache[hash] = (Array(units), norm, key)
        return (norm, key)
    }

    /// Normalizes a whole string (used for pattern words and stopword lists).
    public func normalize(_ text: String) -> (norm: String, key: String) {
        let units = Array(text.utf16)
        return units.withUnsafeBufferPointer { normalize($0) }
    }

    /// ASCII fast path: lowercases, or nil when any unit is not ASCII.
    static func asciiLowercased(_ units: UnsafeBufferPointer<UInt16>) -> String? {
        for unit in units where unit >= 0x80 { return nil }
        return String(unsafeUninitializedCapacity: units.count) { out in
            for (index, unit) in units.enumerated() {
                let byte = UInt8(truncatingIfNeeded: unit)
                out[index] = (byte >= 0x41 && byte <= 0x5A) ? byte | 0x20 : byte
            }
            return units.count
        }
    }

    private func fold(_ units: UnsafeBufferPointer<UInt16>) -> String {
        var length = callICU(into: &folded) { cicu_fold_case(units.baseAddress, Int32(units.count), $0, $1) }
        if length < 0 { return String(decoding: units, as: UTF16.self) }
        // Typographic apostrophes become ASCII so "l’avion" and "l'avion" match.
        for index in 0..<length where Normalizer.isApostrophe(folded[index]) { folded[index] = 0x27 }
        length = max(0, length)
        return folded.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[0..<length]), as: UTF16.self) }
    }

    private func stripAccents(_ norm: String) -> String {
        let units = Array(norm.utf16)
        let length = units.withUnsafeBufferPointer { source in
            callICU(into: &stripped) { cicu_strip_accents(source.baseAddress, Int32(source.count), $0, $1) }
        }
        if length < 0 { return norm }
        var out: [UInt16] = []
        out.reserveCapacity(length + 2)
        for index in 0..<length {
            // Ligatures that NFD keeps whole but French writes both ways (cœur / coeur).
            switch stripped[index] {
            case 0x0153: out.append(contentsOf: [0x6F, 0x65])  // œ
            case 0x00E6: out.append(contentsOf: [0x61, 0x65])  // æ
            default: out.append(stripped[index])
            }
        }
        return String(decoding: out, as: UTF16.self)
    }

    /// Calls an ICU function that writes into `buffer`, growing it once when it is too small.
    /// Returns the length written, or -1 on an ICU error.
    private func callICU(
        into buffer: inout [UInt16], _ call: (UnsafeMutablePointer<UInt16>?, Int32) -> Int32
    ) -> Int {
        var result = buffer.withUnsafeMutableBufferPointer { call($0.baseAddress, Int32($0.count)) }
        if result < 0, result != Int32.min {
            buffer = Array(repeating: 0, count: Int(-result) + 16)
            result = buffer.withUnsafeMutableBufferPointer { call($0.baseAddress, Int32($0.count)) }
        }
        return result < 0 ? -1 : Int(result)
    }

    /// True for the apostrophes customers type: ' ’ ‘ ʼ ＇.
    public static func isApostrophe(_ unit: UInt16) -> Bool {
        unit == 0x27 || unit == 0x2019 || unit == 0x2018 || unit == 0x02BC || unit == 0xFF07
    }
}
