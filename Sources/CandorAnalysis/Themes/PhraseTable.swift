/// A hash table from 64-bit phrase keys to values: open addressing with linear probing.
///
/// Written by hand because phrase counting does several lookups per word of input, and
/// `Dictionary` runs SipHash on every one; phrase keys are already well-mixed 64-bit hashes
/// (`PhraseKey`), so their low bits can index the table directly. Iteration order depends on
/// insertion history, so nothing that reaches output may depend on it: callers sort.
public struct PhraseTable<Value>: Sequence {
    private var keys: [UInt64]
    private var values: [Value?]
    private var mask: Int
    /// The number of entries.
    public private(set) var count = 0

    /// The key stored for key 0 (0 marks an empty slot).
    private static var zeroKey: UInt64 { 0x9E37_79B9_7F4A_7C15 }

    /// Creates an empty table with room for about `capacity` entries before growing.
    public init(capacity: Int = 16) {
        var size = 16
        while size * 7 / 10 < capacity { size *= 2 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: nil, count: size)
        mask = size - 1
    }

    @inline(__always)
    private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? zeroKey : key }

    @inline(__always)
    private func slot(of key: UInt64) -> (index: Int, found: Bool) {
        var index = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while true {
            let present = keys[index]
            if present == key { return (index, true) }
            if present == 0 { return (index, false) }
            index = (index + 1) & mask
        }
    }

    /// The value for `key`, if any.
    public subscript(key: UInt64) -> Value? {
        let stored = Self.stored(key)
        let found = slot(of: stored)
        return found.found ? values[found.index] : nil
    }

    /// Updates the value for `key` in place, inserting `make()` first when it is missing.
    @inline(__always)
    public mutating func update(_ key: UInt64, default make: () -> Value, _ change: (inout Value) -> Void) {
        let stored = Self.stored(key)
        var found = slot(of: stored)
        if !found.found {
            if (count + 1) * 10 > keys.count * 7 {
                grow()
                found = slot(of: stored)
            }
            keys[found.index] = stored
            values[found.index] = make()
            count += 1
        }
        // Move the value out while changing it, so the change does not copy it.
        guard var value = values[found.index].take() else { return }
        change(&value)
        values[found.index] = value
    }

    /// Sets the value for `key`.
    public mutating func set(_ key: UInt64, _ value: Value) {
        update(key, default: { value }) { $0 = value }
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        values = Array(repeating: nil, count: oldKeys.count * 2)
        mask = keys.count - 1
        for (index, key) in oldKeys.enumerated() where key != 0 {
            let found = slot(of: key)
            keys[found.index] = key
            values[found.index] = oldValues[index]
        }
    }

    /// Changes every value in place (no rehashing, no copy of the values).
    public mutating func updateAll(_ change: (inout Value) -> Void) {
        for index in keys.indices where keys[index] != 0 {
            guard var value = values[index].take() else { continue }
            change(&value)
            values[index] = value
        }
    }

    /// Keeps only the entries `keep` accepts (values are moved, not copied).
    public mutating func filter(_ keep: (UInt64, Value) -> Bool) {
        var kept = PhraseTable(capacity: count)
        drain { key, value in
            if keep(key, value) { kept.insertNew(key, value) }
        }
        self = kept
    }

    /// Hands every entry to `body`, moving the values out, and leaves the table empty.
    public mutating func drain(_ body: (UInt64, consuming Value) -> Void) {
        for index in keys.indices where keys[index] != 0 {
            guard let value = values[index].take() else { continue }
            body(keys[index] == Self.zeroKey ? 0 : keys[index], value)
        }
        self = PhraseTable()
    }

    /// Inserts `value` for `key`, known to be absent.
    private mutating func insertNew(_ key: UInt64, _ value: consuming Value) {
        let stored = Self.stored(key)
        if (count + 1) * 10 > keys.count * 7 { grow() }
        let found = slot(of: stored)
        keys[found.index] = stored
        values[found.index] = value
        count += 1
    }

    /// True when the table holds `key` (no copy of the value).
    public func contains(_ key: UInt64) -> Bool { slot(of: Self.stored(key)).found }

    /// The entries, in no particular order.
    public func makeIterator() -> Iterator { Iterator(table: self) }

    /// Walks the occupied slots.
    public struct Iterator: IteratorProtocol {
        let table: PhraseTable
        var index = 0

        public mutating func next() -> (key: UInt64, value: Value)? {
            while index < table.keys.count {
                let slot = index
                index += 1
                let key = table.keys[slot]
                if key != 0, let value = table.values[slot] { return (key == PhraseTable.zeroKey ? 0 : key, value) }
            }
            return nil
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
