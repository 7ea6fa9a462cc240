import CandorCore

/// Where a tokenizer writes one text's tokens: memory the tokenizer owns, reset for each text
/// with room for one token per UTF-16 unit (the most a text forms: an elision splits a segment
/// of three or more units in two; it grows if that ever fails), copied into the text's array
/// once the text is done.
///
/// Why not append to the array: tokens are plain data, and an append checked the array's
/// uniqueness and capacity per token (callgrind, 18 MB sample: 6.4 M calls to
/// `swift_isUniquelyReferenced` from copying cached tokens alone).
struct TokenSink {
    /// The first token's place: a raw pointer, not a buffer, which the append below would
    /// unwrap for every token (`tokenize` took 20 M more instructions on the 18 MB sample).
    private var base: UnsafeMutablePointer<Token>
    /// The room, in tokens.
    private(set) var capacity: Int
    /// The tokens written.
    private(set) var count = 0

    /// An empty sink with room for `capacity` tokens (free it with `deallocate`).
    init(capacity: Int) {
        self.capacity = max(1, capacity)
        base = .allocate(capacity: self.capacity)
    }

    /// Frees the sink's memory.
    func deallocate() {
        base.deallocate()
    }

    /// Empties the sink, with room for at least `room` tokens (a scratch buffer:
    /// `reserveScratch`).
    mutating func reset(room: Int) {
        count = 0
        var storage = UnsafeMutableBufferPointer(start: base, count: capacity)
        storage.reserveScratch(room)
        if let start = storage.baseAddress { (base, capacity) = (start, storage.count) }
    }

    /// Writes `token` after the others.
    @inline(__always)
    mutating func append(_ token: Token) {
        if count == capacity { grow() }
        (base + count).initialize(to: token)
        count += 1
    }

    /// The tokens written from `start` on.
    @inline(__always)
    func written(from start: Int) -> UnsafeBufferPointer<Token> {
        UnsafeBufferPointer(start: base + start, count: count - start)
    }

    /// Doubles the room, keeping the tokens written (`reserveScratch` drops them).
    private mutating func grow() {
        let larger = UnsafeMutablePointer<Token>.allocate(capacity: 2 * capacity)
        larger.initialize(from: base, count: count)
        base.deallocate()
        base = larger
        capacity *= 2
    }
}
