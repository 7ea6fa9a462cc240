import CPrefetch

/// A hash table from 64-bit phrase keys to values: open addressing with linear probing over
/// small slots that point into dense arrays of keys and values.
///
/// Written by hand because phrase counting does several lookups per word of input, and
/// `Dictionary` runs SipHash on every one; phrase keys are already well-mixed 64-bit hashes
/// (`PhraseKey`), so their low bits can index the table directly. The slots hold 8 bytes (an
/// entry index and the key's high half, so a probe rarely reads the key itself), so the empty
/// room open addressing needs costs little memory however large the values are (a phrase entry
/// is over 100 bytes). Iteration follows insertion order, which
/// depends on how the input was chunked, so nothing that reaches output may depend on it:
/// callers sort.
public struct PhraseTable<Value>: Sequence {
    /// Per slot: 0 when empty, else the key's high 32 bits and, below them, 1 + the index of
    /// its entry in the dense arrays.
    ///
    /// Only the first `mask + 1` slots are in use (`removeAll(reserving:)` narrows a scratch
    /// table to its next use); the others are all 0.
    private var slots: [UInt64]
    private var keys: [UInt64] = []
    private var values: [Value] = []
    private var mask: Int

    /// The slots in use.
    private var size: Int { mask + 1 }

    /// The number of entries.
    public var count: Int { keys.count }

    /// Creates an empty table with room for about `capacity` entries before growing.
    public init(capacity: Int = 16) {
        let size = Self.slotCount(for: capacity, from: 16)
        slots = Array(repeating: 0, count: size)
        mask = size - 1
    }

    /// The fewest slots, doubling from `size`, that hold `count` entries at most 70 % full.
    private static func slotCount(for count: Int, from size: Int) -> Int {
        var size = size
        while size * 7 / 10 < count { size *= 2 }
        return size
    }

    @inline(__always)
    private static func tag(_ key: UInt64) -> UInt64 { key & 0xFFFF_FFFF_0000_0000 }

    /// The first slot probed for `key`.
    @inline(__always)
    private func home(_ key: UInt64) -> Int { Int(truncatingIfNeeded: key ^ (key >> 29)) & mask }

    /// The slot for `key`, and the entry it holds if the key is present.
    @inline(__always)
    private func slot(of key: UInt64) -> (index: Int, entry: Int) {
        var index = home(key)
        let tag = Self.tag(key)
        while true {
            let slot = slots[index]
            if slot == 0 { return (index, -1) }
            if slot & 0xFFFF_FFFF_0000_0000 == tag {
                let entry = Int(slot & 0xFFFF_FFFF) - 1
                if keys[entry] == key { return (index, entry) }
            }
            index = (index + 1) & mask
        }
    }

    /// Asks the processor for what a lookup of `key` reads (a hint: nothing changes): its home
    /// slot; or, `entry`, the key and value that slot points to when it holds the key's tag
    /// (the slot should have been asked for a few lookups before). For a table larger than
    /// the caches, where each of those reads is a miss to memory: see `PhraseStatistics.absorb`.
    @inline(__always)
    func prefetch(_ key: UInt64, entry: Bool) {
        slots.withUnsafeBufferPointer { slots in
            guard let base = slots.baseAddress else { return }
            let index = home(key)
            guard entry else { return cprefetch_read(base + index) }
            let slot = base[index]
            guard slot != 0, slot & 0xFFFF_FFFF_0000_0000 == Self.tag(key) else { return }
            let found = Int(slot & 0xFFFF_FFFF) - 1
            keys.withUnsafeBufferPointer { if let keys = $0.baseAddress { cprefetch_read(keys + found) } }
            values.withUnsafeBufferPointer { buffer in
                guard let values = buffer.baseAddress else { return }
                let start = UnsafeRawPointer(values + found)
                for offset in stride(from: 0, to: MemoryLayout<Value>.stride, by: Int(CPREFETCH_LINE_BYTES)) { cprefetch_read(start + offset) }
            }
        }
    }

    /// The value for `key`, if any.
    public subscript(key: UInt64) -> Value? {
        let found = slot(of: key)
        return found.entry >= 0 ? values[found.entry] : nil
    }

    /// True when the table holds `key` (no copy of the value).
    public func contains(_ key: UInt64) -> Bool { slot(of: key).entry >= 0 }

    /// `body` applied to the value for `key` where it lies (no copy: reading an array value
    /// through the subscript retained and released it), or nil when the key is absent.
    @inline(__always)
    public func withValue<R>(_ key: UInt64, _ body: (borrowing Value) -> R) -> R? {
        let found = slot(of: key)
        guard found.entry >= 0 else { return nil }
        return body(values[found.entry])
    }

    /// Updates the value for `key` in place, inserting `make()` first when it is missing.
    @inline(__always)
    public mutating func update(_ key: UInt64, default make: () -> Value, _ change: (inout Value) -> Void) {
        var found = slot(of: key)
        if found.entry < 0 { found.entry = append(key, make(), at: found.index) }
        // Changed in place through the array's modify access: no copy of the value.
        change(&values[found.entry])
    }

    /// Inserts `value` for `key` when it is missing (the value moves in, no copy), else merges
    /// it into the present value.
    public mutating func insert(_ key: UInt64, _ value: consuming Value, orMerge merge: (inout Value, Value) -> Void) {
        let found = slot(of: key)
        guard found.entry >= 0 else {
            append(key, consume value, at: found.index)
            return
        }
        merge(&values[found.entry], value)
    }

    /// Appends an entry for `key` (absent; `index` is the empty slot its probe ended on),
    /// growing the slots first when they are 70 % full; returns the entry's index.
    @discardableResult
    private mutating func append(_ key: UInt64, _ value: consuming Value, at index: Int) -> Int {
        var index = index
        if (count + 1) * 10 > size * 7 {
            rehash(size: size * 2)
            index = slot(of: key).index
        }
        slots[index] = Self.tag(key) | UInt64(count + 1)
        keys.append(key)
        values.append(consume value)
        return count - 1
    }

    /// The value held for `key`, or nil after adding `value` for it: one probe where a lookup
    /// and then `set` made two (the phrase extractor asks this of every span it reads).
    @inline(__always)
    public mutating func valueOrInsert(_ key: UInt64, _ value: Value) -> Value? {
        let found = slot(of: key)
        if found.entry >= 0 { return values[found.entry] }
        append(key, value, at: found.index)
        return nil
    }

    /// Sets the value for `key`.
    public mutating func set(_ key: UInt64, _ value: Value) {
        update(key, default: { value }) { $0 = value }
    }

    /// Rebuilds the slots, `size` of them, from the dense arrays.
    private mutating func rehash(size: Int) {
        if size <= slots.count {
            // Slots past both the old and the new size are 0 already.
            let used = Swift.max(self.size, size)
            slots.withUnsafeMutableBufferPointer { $0[..<used].update(repeating: 0) }
        } else {
            slots = Array(repeating: 0, count: size)
        }
        mask = size - 1
        for (entry, key) in keys.enumerated() {
            var index = home(key)
            while slots[index] != 0 { index = (index + 1) & mask }
            slots[index] = Self.tag(key) | UInt64(entry + 1)
        }
    }

    /// Calls `body` with a pointer to each value, in insertion order, where it lies: reading a
    /// field through it copies nothing (handing the value itself to a closure copied it, a
    /// retain of each of a phrase entry's arrays).
    func forEachValue(_ body: (UnsafePointer<Value>) -> Void) {
        values.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for index in buffer.indices { body(base + index) }
        }
    }

    /// Changes in place the value for `key`, if there is one.
    public mutating func updateIfPresent(_ key: UInt64, _ change: (inout Value) -> Void) {
        let found = slot(of: key)
        if found.entry >= 0 { change(&values[found.entry]) }
    }

    /// Keeps only the entries `keep` accepts, in place: the kept values move down the dense
    /// arrays (never copied: a copy of a phrase entry retains each of its arrays) and the
    /// slots are rebuilt.
    public mutating func filter(_ keep: (UInt64, Value) -> Bool) {
        var write = 0
        let kept = values.withUnsafeBufferPointer { buffer in buffer.indices.map { keep(keys[$0], buffer[$0]) } }
        // Swapped through a buffer, which moves the values: `Array.swapAt` copied both (a retain
        // of each of an entry's arrays), and prunes move most of a table.
        values.withUnsafeMutableBufferPointer { buffer in
            for read in buffer.indices where kept[read] {
                if write != read {
                    keys[write] = keys[read]
                    buffer.swapAt(write, read)
                }
                write += 1
            }
        }
        keys.removeLast(keys.count - write)
        values.removeLast(values.count - write)
        rehash(size: size)
    }

    /// Empties the table, handing over its keys and values in insertion order (moved out, not
    /// copied).
    public mutating func removeAllEntries() -> (keys: [UInt64], values: [Value]) {
        let entries = (keys, values)
        self = PhraseTable()
        return entries
    }

    /// Makes room for `count` entries without growing (slots at most 70 % full), for a table
    /// whose size is known: grown from empty, its arrays were reallocated several times per
    /// response.
    public mutating func reserve(_ count: Int) {
        let wanted = Self.slotCount(for: count, from: size)
        if wanted > size { rehash(size: wanted) }
        keys.reserveCapacity(count)
        values.reserveCapacity(count)
    }

    /// Empties the table, keeping its memory for the next use (a scratch table reused from
    /// response to response): the slots in use are cleared one by one when they are few, else
    /// all at once.
    public mutating func removeAll() {
        if keys.count * 8 < size {
            // Each entry's slot lies on its key's probe from home (slots cleared before it
            // are skipped over: they held other entries).
            for (entry, key) in keys.enumerated() {
                var index = home(key)
                while slots[index] & 0xFFFF_FFFF != UInt64(entry + 1) { index = (index + 1) & mask }
                slots[index] = 0
            }
        } else {
            let used = size
            slots.withUnsafeMutableBufferPointer { $0[..<used].update(repeating: 0) }
        }
        keys.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
    }

    /// Empties the table as `removeAll()` does, then makes room for `count` entries in the
    /// fewest slots that hold them (from 16), within the memory already held when it suffices:
    /// a scratch table keeps its largest size, and probing a small response's keys across the
    /// slots of the largest one ever met missed the cache on most lookups.
    public mutating func removeAll(reserving count: Int) {
        removeAll()
        let wanted = Self.slotCount(for: count, from: 16)
        if wanted <= slots.count {
            // Every slot is 0 once emptied: any first `wanted` of them are a valid empty table.
            mask = wanted - 1
        } else {
            rehash(size: wanted)
        }
        keys.reserveCapacity(count)
        values.reserveCapacity(count)
    }

    /// The entries, in insertion order.
    public func makeIterator() -> Iterator { Iterator(table: self) }

    /// Walks the entries.
    public struct Iterator: IteratorProtocol {
        let table: PhraseTable
        var index = 0

        public mutating func next() -> (key: UInt64, value: Value)? {
            guard index < table.keys.count else { return nil }
            defer { index += 1 }
            return (table.keys[index], table.values[index])
        }
    }
}

extension PhraseTable: Sendable where Value: Sendable {}

extension PhraseTable: Equatable where Value: Equatable {
    /// Same keys with equal values, whatever the layout.
    public static func == (lhs: PhraseTable, rhs: PhraseTable) -> Bool {
        guard lhs.count == rhs.count else { return false }
        for (key, value) in lhs where rhs[key] != value { return false }
        return true
    }
}
