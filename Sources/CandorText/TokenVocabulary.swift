import CandorCore

/// Numbers the distinct token keys a worker meets, so every later stage indexes arrays by id
/// instead of hashing the key again (one hash per token in all, in the tokenizer).
///
/// One per worker thread. Bounded: when it holds `limit` keys, `startResponse` empties it and
/// bumps `generation`, and caches keyed by id drop their entries.
///
/// The lookup is a hand-written open-addressing table over the keys' `StableHash` (FNV-1a of
/// their UTF-8 bytes), in memory the vocabulary owns: the tokenizer asks it for every token, and with
/// `[String: Int32]` a quarter of tokenizing went to SipHash and the exclusivity checks of the
/// dictionary property (profile of `candor-bench tag-overhead`). Ids are given in the order keys
/// are first met, as before. Keys come from `Normalizer` (NFKC case-folded, NFC), so equal keys
/// have equal bytes: hashing the bytes finds them, and `==` only confirms.
public final class TokenVocabulary {
    /// The number of keys held.
    public private(set) var count = 0
    /// Bumped each time the vocabulary is emptied.
    public private(set) var generation = 0
    /// The most keys held before emptying.
    public let limit: Int

    /// Per slot: the id plus one (0: empty), the key's hash, and the key (initialized where the
    /// slot is used; the only copy of the keys). `mask` is the slot count minus one (a power of
    /// two).
    private var slots: UnsafeMutablePointer<Int32>
    private var hashes: UnsafeMutablePointer<UInt64>
    private var slotKeys: UnsafeMutablePointer<String>
    private var mask: Int

    /// Creates an empty vocabulary.
    public init(limit: Int = 1 << 18) {
        self.limit = limit
        let capacity = 1 << 14
        mask = capacity - 1
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: 0, count: capacity)
        hashes = .allocate(capacity: capacity)
        slotKeys = .allocate(capacity: capacity)
    }

    deinit {
        clearSlots()
        slots.deallocate()
        hashes.deallocate()
        slotKeys.deallocate()
    }

    /// The id of `key`, numbering it when new.
    @inline(__always)
    public func id(_ key: String) -> Int32 {
        let hash = StableHash.of(key)
        var index = Int(truncatingIfNeeded: hash) & mask
        while true {
            let slot = slots[index]
            if slot == 0 { return insert(key, hash: hash, at: index) }
            if hashes[index] == hash, slotKeys[index] == key { return slot - 1 }
            index = (index + 1) & mask
        }
    }

    /// The keys, by id (read from the table: for tests and diagnostics, not a hot path).
    public var keys: [String] {
        var keys = [String](repeating: "", count: count)
        for index in 0...mask where slots[index] != 0 { keys[Int(slots[index] - 1)] = slotKeys[index] }
        return keys
    }

    /// Call between responses: empties a full vocabulary (ids of earlier responses lapse).
    public func startResponse() {
        guard count >= limit else { return }
        clearSlots()
        count = 0
        generation += 1
    }

    /// Numbers `key` in empty slot `index`, growing the table past half full.
    private func insert(_ key: String, hash: UInt64, at index: Int) -> Int32 {
        let id = Int32(count)
        count += 1
        slots[index] = id + 1
        hashes[index] = hash
        (slotKeys + index).initialize(to: key)
        if count * 2 > mask + 1 { grow() }
        return id
    }

    /// Doubles the table, moving every key to its slot in the new one.
    private func grow() {
        let oldCapacity = mask + 1
        let (oldSlots, oldHashes, oldKeys) = (slots, hashes, slotKeys)
        let capacity = oldCapacity * 2
        mask = capacity - 1
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: 0, count: capacity)
        hashes = .allocate(capacity: capacity)
        slotKeys = .allocate(capacity: capacity)
        for old in 0..<oldCapacity where oldSlots[old] != 0 {
            var index = Int(truncatingIfNeeded: oldHashes[old]) & mask
            while slots[index] != 0 { index = (index + 1) & mask }
            slots[index] = oldSlots[old]
            hashes[index] = oldHashes[old]
            (slotKeys + index).moveInitialize(from: oldKeys + old, count: 1)
        }
        oldSlots.deallocate()
        oldHashes.deallocate()
        oldKeys.deallocate()
    }

    /// Empties every slot (the keys' strings are released).
    private func clearSlots() {
        for index in 0...mask where slots[index] != 0 {
            (slotKeys + index).deinitialize(count: 1)
            slots[index] = 0
        }
    }
}
