/// The written forms (`norm` and `key`) of the tokens a tokenizer formed, each stored once and
/// named by its number: a `Token` holds that number, not the two strings.
///
/// Why: with two strings in it, a token was not plain data. Every copy retained both (the
/// tokenizer copies each token out of its cache), and every token array's release walked its
/// tokens to release them: destroying a response's tokens was 3 % of the second pass's
/// instructions (callgrind on a 3 MB sample of the benchmark corpus), copying them more. A
/// store per tokenizer, shared by the texts it tokenized, costs one retain per text instead.
///
/// Append-only and never moved: a form, once stored, stays where it is until the store is
/// freed, and a text keeps its store alive. Only the tokenizer that owns a store appends to
/// it, and only past the forms it already handed out, so a text can be read on any thread
/// while its tokenizer goes on (hence `@unchecked Sendable`). When full, the tokenizer starts a
/// new store (`TokenForms.capacity`), so memory stays bounded.
public final class TokenForms: @unchecked Sendable {
    /// The most forms held.
    public let capacity: Int
    /// The number of forms held.
    public private(set) var count = 0
    /// Inlinable reads (`norm`, `key`): the theme stage reads forms from another module, where
    /// a call per read showed in profiles.
    @usableFromInline let norms: UnsafeMutablePointer<String>
    @usableFromInline let keys: UnsafeMutablePointer<String>

    /// An empty store of room for `capacity` forms (memory the system commits as it is used).
    public init(capacity: Int) {
        self.capacity = max(0, capacity)
        norms = .allocate(capacity: max(1, capacity))
        keys = .allocate(capacity: max(1, capacity))
    }

    deinit {
        norms.deinitialize(count: count)
        keys.deinitialize(count: count)
        norms.deallocate()
        keys.deallocate()
    }

    /// The room left.
    public var remaining: Int { capacity - count }

    /// Stores a form; returns its number.
    /// - Precondition: `remaining > 0` (the tokenizer makes room before each text).
    public func append(norm: String, key: String) -> Int32 {
        precondition(count < capacity, "TokenForms is full")
        (norms + count).initialize(to: norm)
        (keys + count).initialize(to: key)
        count += 1
        return Int32(count - 1)
    }

    /// The `norm` of form `form`.
    @inlinable @inline(__always)
    public func norm(_ form: Int32) -> String {
        // Checked against the capacity, which never changes: `count` is the owner's to write.
        precondition(form >= 0 && Int(form) < capacity, "no such form")
        return norms[Int(form)]
    }

    /// The `key` of form `form`.
    @inlinable @inline(__always)
    public func key(_ form: Int32) -> String {
        precondition(form >= 0 && Int(form) < capacity, "no such form")
        return keys[Int(form)]
    }
}
