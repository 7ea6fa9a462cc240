/// What the sentence gate reads of a pattern word when a sentence holds it, one 64-byte record
/// (one cache line) per word id, owned by one matcher: the sentence that last held the word,
/// the word's anchored gates (`SentenceGate`) and its unit signature (`UnitSignature`).
///
/// Why: `notes` stamps each word a sentence holds, ORs its signature into the sentence's and
/// looks up its anchored gates. Kept in three tables, that was up to three cache misses per
/// word: 3.0 M, 2.4 M and 2.3 M first-level misses for 4.2 M words noted (callgrind's cache
/// simulation, `candor-bench tag-overhead --tag-alone --repeat 1`).
struct GateWord {
    /// The sentence stamp (`AutomatonMatcher.sentenceStamp`) of the last sentence holding it.
    var stamp: UInt32 = 0
    /// Its anchored gates: items `anchoredStart..<anchoredEnd` of `wordAnchoredItems`.
    var anchoredStart: Int32 = 0
    var anchoredEnd: Int32 = 0
    private var spare: UInt32 = 0
    /// Its unit signature, one lane each.
    var signature: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    private var padding: (UInt64, UInt64) = (0, 0)
}

/// The `GateWord` records of every word id of a matcher, aligned on cache lines.
final class GateWords {
    /// The records, by word id.
    let base: UnsafeMutablePointer<GateWord>
    /// The number of records.
    let count: Int
    private static let alignment = 64

    /// Records for `count` word ids, from the gate's anchored rows and the words' signatures
    /// (`lanes` words each); ids past either table get none.
    init(count: Int, anchoredOffsets: [Int32], signatures: [UInt64]) {
        self.count = max(1, count)
        let raw = UnsafeMutableRawPointer.allocate(byteCount: MemoryLayout<GateWord>.stride * self.count, alignment: Self.alignment)
        base = raw.bindMemory(to: GateWord.self, capacity: self.count)
        let lanes = UnitSignature.lanes
        for word in 0..<self.count {
            var record = GateWord()
            if word + 1 < anchoredOffsets.count {
                record.anchoredStart = anchoredOffsets[word]
                record.anchoredEnd = anchoredOffsets[word + 1]
            }
            if (word + 1) * lanes <= signatures.count {
                let at = word * lanes
                record.signature = (signatures[at], signatures[at + 1], signatures[at + 2], signatures[at + 3])
            }
            (base + word).initialize(to: record)
        }
    }

    deinit { UnsafeMutableRawPointer(base).deallocate() }

    /// Sets every record's stamp to 0 (when the matcher's stamps wrap around).
    func clearStamps() {
        for word in 0..<count { base[word].stamp = 0 }
    }
}
