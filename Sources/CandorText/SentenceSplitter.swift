import CICU

/// Finds sentence boundaries with ICU's sentence break iterator.
///
/// Owns its ICU iterator: use one per thread.
public final class SentenceSplitter {
    private let breaker: OpaquePointer
    private var ends: [Int32] = Array(repeating: 0, count: 64)

    /// Opens ICU's sentence break iterator for `locale`.
    /// - Throws: `TextError` `TXT001` when ICU cannot open it.
    public init(locale: String = "") throws(TextError) {
        var status: Int32 = 0
        guard let breaker = cicu_sentences_open(locale, &status) else {
            throw TextError(code: "TXT001", message: "ICU sentence break iterator unavailable (ICU error \(status))")
        }
        self.breaker = breaker
    }

    deinit { cicu_breaker_close(breaker) }

    /// The UTF-16 ranges of the sentences of `utf16`, in order, covering the whole text.
    public func sentences(_ utf16: [UInt16]) -> [Range<Int32>] {
        guard !utf16.isEmpty else { return [] }
        var count: Int32 = 0
        while true {
            let capacity = Int32(ends.count)
            count = utf16.withUnsafeBufferPointer { text in
                ends.withUnsafeMutableBufferPointer { out in
                    cicu_sentence_ends(breaker, text.baseAddress, Int32(text.count), out.baseAddress, capacity)
                }
            }
            if count >= 0 { break }
            ends = Array(repeating: 0, count: Int(-count) + 16)
        }
        var ranges: [Range<Int32>] = []
        ranges.reserveCapacity(Int(count))
        var start: Int32 = 0
        for index in 0..<Int(count) {
            ranges.append(start..<ends[index])
            start = ends[index]
        }
        return ranges
    }
}
