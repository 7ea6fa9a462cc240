/// Values a worker derives from token keys, by token id (`TokenVocabulary`): an array read
/// per occurrence instead of a hash. Follows its vocabulary: when that is emptied (its ids
/// lapse), the table empties too.
public struct TokenIDTable<Value> {
    private var values: [Value?] = []
    private var generation = -1

    /// An empty table.
    public init() {}

    /// Empties the table when the vocabulary's `generation` moved since the last call.
    @inline(__always)
    public mutating func follow(generation: Int) {
        guard generation != self.generation else { return }
        values.removeAll(keepingCapacity: true)
        self.generation = generation
    }

    /// Empties the table (the vocabulary's ids stay valid).
    public mutating func removeAll() {
        values.removeAll(keepingCapacity: true)
    }

    /// The value for token id `id` (nil when unknown or when `id` is -1).
    @inline(__always)
    public subscript(id: Int32) -> Value? {
        get { id >= 0 && Int(id) < values.count ? values[Int(id)] : nil }
        set {
            guard id >= 0 else { return }
            let index = Int(id)
            if index >= values.count { values.append(contentsOf: repeatElement(nil, count: index - values.count + 1)) }
            values[index] = newValue
        }
    }
}
