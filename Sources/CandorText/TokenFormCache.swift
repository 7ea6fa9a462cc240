import CandorCore
import Foundation

/// The tokens a tokenizer formed from a segment's text, by that text: its next occurrence is
/// copied instead of normalized, split and numbered again.
///
/// Feedback repeats a small vocabulary, and forming a token (case folding, accent stripping,
/// elision, hashing the key into the vocabulary) was 14 % of `analyze`'s instructions
/// (callgrind on a 2 MB sample) against a hash and a compare of the units here. Written by hand
/// as open addressing over the units' FNV-1a hash, in memory the cache owns, for the same
/// reason as `TokenVocabulary` (no exclusivity check or copy of an entry per lookup). Bounded:
/// emptied when it holds `limit` segments or `limit × 16` units, and whenever the vocabulary
/// renumbers (the cached ids lapse).
final class TokenFormCache {
    /// Per slot: 1 + the entry's index (0: empty), and the entry's hash.
    private var slots: UnsafeMutablePointer<Int32>
    private var hashes: UnsafeMutablePointer<UInt64>
    private var mask: Int
    /// Per entry: its units (`unitCount` from `unitStart` in `pool`), its kind, and its tokens
    /// (`tokenCount`, one or two for an elision, from `2 × entry` in `tokens`) with offsets from
    /// the segment's start.
    private let unitStart: UnsafeMutablePointer<Int32>
    private let unitCount: UnsafeMutablePointer<Int32>
    private let kinds: UnsafeMutablePointer<TokenKind>
    private let tokenCount: UnsafeMutablePointer<UInt8>
    private let tokens: UnsafeMutablePointer<Token>
    private let pool: UnsafeMutablePointer<UInt16>
    private var count = 0
    private var poolCount = 0
    private var generation = -1
    private let limit: Int
    private let poolLimit: Int

    /// An empty cache of at most `limit` segments.
    init(limit: Int = 1 << 15) {
        self.limit = limit
        poolLimit = limit * 16
        let capacity = 1 << 12
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: 0, count: capacity)
        hashes = .allocate(capacity: capacity)
        mask = capacity - 1
        unitStart = .allocate(capacity: limit)
        unitCount = .allocate(capacity: limit)
        kinds = .allocate(capacity: limit)
        tokenCount = .allocate(capacity: limit)
        tokens = .allocate(capacity: limit * 2)
        pool = .allocate(capacity: poolLimit)
    }

    deinit {
        removeAll()
        slots.deallocate()
        hashes.deallocate()
        unitStart.deallocate()
        unitCount.deallocate()
        kinds.deallocate()
        tokenCount.deallocate()
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
        for entry in 0..<count { (tokens + 2 * entry).deinitialize(count: Int(tokenCount[entry])) }
        slots.update(repeating: 0, count: mask + 1)
        count = 0
        poolCount = 0
    }

    @inline(__always)
    private static func hash(_ kind: TokenKind, _ units: UnsafeBufferPointer<UInt16>) -> UInt64 {
        var hash = StableHash.step(StableHash.offsetBasis, UInt64(kind.rawValue))
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
        let hash = Self.hash(kind, units)
        var index = Int(truncatingIfNeeded: hash) & mask
        while slots[index] != 0 {
            let entry = Int(slots[index]) - 1
            if hashes[index] == hash, kinds[entry] == kind, Int(unitCount[entry]) == units.count,
                same(units, entry)
            {
                // Built field by field from the cached token: one retain per string, no copy
                // of the token to adjust.
                for offset in 0..<Int(tokenCount[entry]) {
                    let cached = tokens + 2 * entry + offset
                    out.append(Token(
                        kind: cached.pointee.kind, start: cached.pointee.start + Int32(start), end: cached.pointee.end + Int32(start),
                        norm: cached.pointee.norm, key: cached.pointee.key, id: cached.pointee.id))
                }
                return (true, hash)
            }
            index = (index + 1) & mask
        }
        return (false, hash)
    }

    /// True when `units` are the units of entry `entry` (of the same count).
    @inline(__always)
    private func same(_ units: UnsafeBufferPointer<UInt16>, _ entry: Int) -> Bool {
        guard let base = units.baseAddress else { return true }
        return memcmp(pool + Int(unitStart[entry]), base, units.count * 2) == 0
    }

    /// Caches `formed` (one or two tokens, offsets from the text's start) as the tokens of a
    /// segment of `kind` over `units` at `start`, whose hash `append` returned.
    func store(_ kind: TokenKind, _ units: UnsafeBufferPointer<UInt16>, hash: UInt64, at start: Int, formed: ArraySlice<Token>) {
        guard !formed.isEmpty, formed.count <= 2, units.count <= poolLimit else { return }
        if count >= limit || poolCount + units.count > poolLimit { removeAll() }
        let entry = count
        count += 1
        unitStart[entry] = Int32(poolCount)
        unitCount[entry] = Int32(units.count)
        if let base = units.baseAddress { (pool + poolCount).update(from: base, count: units.count) }
        poolCount += units.count
        kinds[entry] = kind
        tokenCount[entry] = UInt8(formed.count)
        for (offset, token) in formed.enumerated() {
            var relative = token
            relative.start -= Int32(start)
            relative.end -= Int32(start)
            (tokens + 2 * entry + offset).initialize(to: relative)
        }
        var index = Int(truncatingIfNeeded: hash) & mask
        while slots[index] != 0 { index = (index + 1) & mask }
        slots[index] = Int32(count)
        hashes[index] = hash
        if count * 2 > mask + 1 { grow() }
    }

    /// Doubles the slots, placing every entry again.
    private func grow() {
        let capacity = (mask + 1) * 2
        let newSlots = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
        newSlots.initialize(repeating: 0, count: capacity)
        let newHashes = UnsafeMutablePointer<UInt64>.allocate(capacity: capacity)
        let newMask = capacity - 1
        for old in 0...mask where slots[old] != 0 {
            var index = Int(truncatingIfNeeded: hashes[old]) & newMask
            while newSlots[index] != 0 { index = (index + 1) & newMask }
            newSlots[index] = slots[old]
            newHashes[index] = hashes[old]
        }
        slots.deallocate()
        hashes.deallocate()
        (slots, hashes, mask) = (newSlots, newHashes, newMask)
    }
}
