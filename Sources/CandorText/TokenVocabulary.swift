/// Numbers the distinct token keys a worker meets, so every later stage indexes arrays by id
/// instead of hashing the key again (one hash per token in all, in the tokenizer).
///
/// One per worker thread. Bounded: when it holds `limit` keys, `startResponse` empties it and
/// bumps `generation`, and caches keyed by id drop their entries.
public final class TokenVocabulary {
    private var ids: [String: Int32] = [:]
    /// The keys, by id.
    public private(set) var keys: [String] = []
    /// Bumped each time the vocabulary is emptied.
    public private(set) var generation = 0
    /// The most keys held before emptying.
    public let limit: Int

    /// Creates an empty vocabulary.
    public init(limit: Int = 1 << 18) {
        self.limit = limit
        ids.reserveCapacity(1 << 14)
    }

    /// The id of `key`, numbering it when new.
    @inline(__always)
    public func id(_ key: String) -> Int32 {
        if let known = ids[key] { return known }
        let id = Int32(keys.count)
        ids[key] = id
        keys.append(key)
        return id
    }

    /// The number of keys held.
    public var count: Int { keys.count }

    /// Call between responses: empties a full vocabulary (ids of earlier responses lapse).
    public func startResponse() {
        guard keys.count >= limit else { return }
        ids.removeAll(keepingCapacity: true)
        keys.removeAll(keepingCapacity: true)
        generation += 1
    }
}
