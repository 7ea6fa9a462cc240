/// Values a worker derives from token keys, by token id (`TokenVocabulary`): an array read
/// per occurrence instead of a hash. Follows its vocabulary: when that is emptied (its ids
/// lapse), the table empties too.
///
/// Inlinable, so each module that uses it specializes it for its value type: the generic
/// version looked up type metadata at run time on every call (3 % of `analyze`'s instructions
/// went to growing tables through it, one new id at a time).
public struct TokenIDTable<Value> {
    @usableFromInline var values: [Value?] = []
    @usableFromInline var generation = -1

    /// An empty table.
    @inlinable public init() {}

    /// Empties the table when the vocabulary's `generation` moved since the last call.
    @inlinable @inline(__always)
    public mutating func follow(generation: Int) {
        guard generation != self.generation else { return }
        values.removeAll(keepingCapacity: true)
        self.generation = generation
    }

    /// Empties the table (the vocabulary's ids stay valid).
    @inlinable
    public mutating func removeAll() {
        values.removeAll(keepingCapacity: true)
    }

    /// The value for token id `id` (nil when unknown or when `id` is -1).
    @inlinable @inline(__always)
    public subscript(id: Int32) -> Value? {
        get { id >= 0 && Int(id) < values.count ? values[Int(id)] : nil }
        set {
            guard id >= 0 else { return }
            let index = Int(id)
            if index >= values.count { grow(past: index) }
            values[index] = newValue
        }
    }

    /// Makes room for `index`, at least doubling: ids arrive one by one as the vocabulary grows.
    @inlinable
    mutating func grow(past index: Int) {
        let count = max(index + 1, values.count * 2, 256)
        values.append(contentsOf: [Value?](repeating: nil, count: count - values.count))
    }
}
