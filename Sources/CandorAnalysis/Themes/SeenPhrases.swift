/// The phrases one response has shown so far, by merge key, each with the index of its
/// candidate: scratch storage the phrase extractor reuses from response to response.
///
/// Why not a `PhraseTable`: every phrase a response shows is looked up here, and most are new
/// to it. Inserting into a `PhraseTable` appended to two arrays (each append checked the array's
/// uniqueness and room), and emptying it for the next response cleared its slots: 316 M and
/// 103 M instructions on the 18 MB sample (callgrind, one thread, 3.1 M phrases). Here a slot
/// holds the key, the index and the stamp of the response that wrote it, so a slot with an
/// older stamp is empty and nothing is cleared between responses; and the table is sized for
/// every phrase the response can hold before the walk, so it never grows during it.
struct SeenPhrases {
    /// A key, its candidate's index, and the response (`stamp`) that wrote it.
    struct Slot {
        var key: UInt64
        var value: Int32
        var stamp: UInt32
    }

    /// The slots (none before the first `reset`); the first `mask + 1` are this response's.
    private var slots: [Slot] = []
    private var stamp: UInt32 = 0
    private var mask = 0

    /// An empty table, with no storage until its first `reset`.
    init() {}

    /// Empties the table for a response that can hold up to `phrases` distinct phrases (its
    /// slots stay at most half full, so a probe always ends).
    mutating func reset(room phrases: Int) {
        var size = 16
        while size < 2 * phrases { size *= 2 }
        if slots.count < size {
            slots = Array(repeating: Slot(key: 0, value: 0, stamp: 0), count: size)
            stamp = 0
        }
        stamp &+= 1
        if stamp == 0 {
            // Four billion responses later: the stamps start over.
            for index in slots.indices { slots[index].stamp = 0 }
            stamp = 1
        }
        mask = size - 1
    }

    /// Runs `body` with a probe over this response's slots (good until the next `reset`, which
    /// must come first).
    @inline(__always)
    mutating func withProbe<Result>(_ body: (Probe) -> Result) -> Result {
        let (mask, stamp) = (self.mask, self.stamp)
        return slots.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { preconditionFailure("SeenPhrases.withProbe before reset") }
            return body(Probe(slots: base, mask: mask, stamp: stamp))
        }
    }

    /// Lookups and inserts into one response's slots, through raw memory.
    struct Probe {
        let slots: UnsafeMutablePointer<Slot>
        let mask: Int
        let stamp: UInt32

        /// The value held for `key`, or nil after inserting `value` for it.
        @inline(__always)
        func valueOrInsert(_ key: UInt64, _ value: Int) -> Int? {
            var index = Int(truncatingIfNeeded: key) & mask
            while slots[index].stamp == stamp {
                if slots[index].key == key { return Int(slots[index].value) }
                index = (index + 1) & mask
            }
            slots[index] = Slot(key: key, value: Int32(truncatingIfNeeded: value), stamp: stamp)
            return nil
        }
    }
}
