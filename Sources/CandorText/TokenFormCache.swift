import CandorCore
import Foundation

/// The tokens a tokenizer formed from a stretch of text, by that text: its next occurrence is
/// copied instead of segmented, normalized, split and numbered again.
///
/// Two kinds of stretch share the table, told apart by a tag in the key: an ICU segment (tag:
/// its `TokenKind`), and a piece of text between spaces (`pieceTag`), whose tokens are what ICU
/// and the forming gave for it. Feedback repeats a small vocabulary: forming a token (case
/// folding, accent stripping, elision, hashing the key into the vocabulary) was 14 % of
/// `analyze`'s instructions (callgrind on a 2 MB sample), and ICU's word iterator about a tenth of
/// `analyze`'s time, against a hash and a compare of the units here. Written by hand as open
/// addressing over the units' FNV-1a hash, in memory the cache owns, for the same reason as
/// `TokenVocabulary` (no exclusivity check or copy of an entry per lookup). Bounded: emptied
/// when it holds `limit` stretches, `limit × 16` units or `limit × 2` tokens, and whenever the
/// vocabulary renumbers (the cached ids lapse).
final class TokenFormCache {
    /// Per slot: the hash's high half, and 1 + the entry's index (0: empty), in one word: a
    /// probe reads one slot, and an entry's facts lie together (one cache line, not five).
    private var slots: UnsafeMutablePointer<UInt64>
    private var mask: Int
    /// Per entry: where its units, tokens and tag lie.
    private let entries: UnsafeMutablePointer<Entry>
    /// The tokens of every entry, with offsets from the stretch's start.
    private let tokens: UnsafeMutablePointer<Token>
    /// The units of every entry.
    private let pool: UnsafeMutablePointer<UInt16>
    private var count = 0
    private var poolCount = 0
    private var tokensHeld = 0
    private var generation = -1
    private let limit: Int
    private let poolLimit: Int
    private let tokenLimit: Int

    /// An entry: its units (`unitCount` from `unitStart` in `pool`), its tag, and its tokens
    /// (`tokenCount` from `tokenStart` in `tokens`).
    private struct Entry {
        var unitStart: Int32
        var tokenStart: Int32
        var unitCount: UInt16
        var tokenCount: UInt16
        var tag: UInt8
    }

    /// The tag of a piece of text between spaces (segments are tagged with their kind).
    static let pieceTag: UInt8 = 0xFF

    /// An empty cache of at most `limit` stretches.
    init(limit: Int = 1 << 17) {
        self.limit = limit
        poolLimit = limit * 16
        tokenLimit = limit * 2
        let capacity = 1 << 12
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: 0, count: capacity)
        mask = capacity - 1
        entries = .allocate(capacity: limit)
        tokens = .allocate(capacity: tokenLimit)
        pool = .allocate(capacity: poolLimit)
    }

    deinit {
        removeAll()
        slots.deallocate()
        entries.deallocate()
        tokens.deallocate()
        pool.deallocate()
    }

    /// Empties the cache when the vocabulary's `generation` moved (call once per text).
    func follow(generation: Int) {
        guard generation != self.generation else { return }
        removeAll()
        self.generation = generation
    }

    private func removeAll() {
        tokens.deinitialize(count: tokensHeld)
        slots.update(repeating: 0, count: mask + 1)
        count = 0
        poolCount = 0
        tokensHeld = 0
    }

    /// The FNV-1a hash of a stretch's tag and units (keys are a few units long: a word-at-a-time
    /// hash with a finalizer took more instructions, measured).
    @inline(__always)
    static func hash(_ tag: UInt8, _ units: UnsafeBufferPointer<UInt16>) -> UInt64 {
        var hash = StableHash.step(StableHash.offsetBasis, UInt64(tag))
        for unit in units { hash = StableHash.step(hash, UInt64(unit)) }
        return hash
    }

    /// Appends the tokens cached for a segment of `kind` over `units` starting at `start`;
    /// `found` is false when the segment is not cached (the caller forms it, then calls `store`
    /// with `hash`).
    @inline(__always)
    func append(
        _ kind: TokenKind, _ units: UnsafeBufferPointer<UInt16>, at start: Int, to out: inout [Token]
    ) -> (found: Bool, hash: UInt64) {
        append(tag: kind.rawValue, units, at: start, to: &out)
    }

    /// Appends the tokens cached for the stretch tagged `tag` over `units` starting at `start`
    /// (see `append(_:_:at:to:)`).
    @inline(__always)
    func append(
        tag: UInt8, _ units: UnsafeBufferPointer<UInt16>, at start: Int, to out: inout [Token]
    ) -> (found: Bool, hash: UInt64) {
        let hash = Self.hash(tag, units)
        let high = hash >> 32
        var index = Int(truncatingIfNeeded: hash) & mask
        while slots[index] != 0 {
            let slot = slots[index]
            index = (index + 1) & mask
            guard slot >> 32 == high else { continue }
            let entry = entries[Int(slot & 0xFFFF_FFFF) - 1]
            guard entry.tag == tag, Int(entry.unitCount) == units.count,
                units.isEmpty || memcmp(pool + Int(entry.unitStart), units.baseAddress!, units.count * 2) == 0
            else { continue }
            // Built field by field from the cached token: one retain per string, no copy of the
            // token to adjust.
            let first = tokens + Int(entry.tokenStart)
            for offset in 0..<Int(entry.tokenCount) {
                let cached = first + offset
                out.append(Token(
                    kind: cached.pointee.kind, start: cached.pointee.start + Int32(start), end: cached.pointee.end + Int32(start),
                    norm: cached.pointee.norm, key: cached.pointee.key, id: cached.pointee.id))
            }
            return (true, hash)
        }
        return (false, hash)
    }

    /// Caches `formed` (one or two tokens, offsets from the text's start) as the tokens of a
    /// segment of `kind` over `units` at `start`, whose hash `append` returned.
    func store(_ kind: TokenKind, _ units: UnsafeBufferPointer<UInt16>, hash: UInt64, at start: Int, formed: ArraySlice<Token>) {
        guard !formed.isEmpty else { return }
        store(tag: kind.rawValue, units, hash: hash, at: start, formed: formed)
    }

    /// Caches `formed` (offsets from the text's start; none is a valid answer) as the tokens of
    /// the stretch tagged `tag` over `units` at `start`, whose hash `append` returned.
    func store(tag: UInt8, _ units: UnsafeBufferPointer<UInt16>, hash: UInt64, at start: Int, formed: ArraySlice<Token>) {
        guard units.count <= Int(UInt16.max), formed.count <= Int(UInt16.max) else { return }
        if count >= limit || poolCount + units.count > poolLimit || tokensHeld + formed.count > tokenLimit { removeAll() }
        entries[count] = Entry(unitStart: Int32(poolCount), tokenStart: Int32(tokensHeld), unitCount: UInt16(units.count),
                               tokenCount: UInt16(formed.count), tag: tag)
        count += 1
        if let base = units.baseAddress { (pool + poolCount).update(from: base, count: units.count) }
        poolCount += units.count
        for token in formed {
            var relative = token
            relative.start -= Int32(start)
            relative.end -= Int32(start)
            (tokens + tokensHeld).initialize(to: relative)
            tokensHeld += 1
        }
        place(UInt64(count), hash: hash, slots: slots, mask: mask)
        if count * 2 > mask + 1 { grow() }
    }

    /// Puts `value` (1 + an entry's index) with `hash`'s high half in the first free slot from
    /// the hash's own.
    private func place(_ value: UInt64, hash: UInt64, slots: UnsafeMutablePointer<UInt64>, mask: Int) {
        var index = Int(truncatingIfNeeded: hash) & mask
        while slots[index] != 0 { index = (index + 1) & mask }
        slots[index] = (hash >> 32) << 32 | value
    }

    /// Doubles the slots, placing every entry again (hashed anew from its units: the slots
    /// keep only the hash's high half).
    private func grow() {
        let capacity = (mask + 1) * 2
        let newSlots = UnsafeMutablePointer<UInt64>.allocate(capacity: capacity)
        newSlots.initialize(repeating: 0, count: capacity)
        for entry in 0..<count {
            let info = entries[entry]
            let units = UnsafeBufferPointer(start: pool + Int(info.unitStart), count: Int(info.unitCount))
            place(UInt64(entry + 1), hash: Self.hash(info.tag, units), slots: newSlots, mask: capacity - 1)
        }
        slots.deallocate()
        (slots, mask) = (newSlots, capacity - 1)
    }
}
