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
    /// Per slot: 1 + the entry's index (0: empty), and the entry's hash.
    private var slots: UnsafeMutablePointer<Int32>
    private var hashes: UnsafeMutablePointer<UInt64>
    private var mask: Int
    /// Per entry: its units (`unitCount` from `unitStart` in `pool`), its tag, and its tokens
    /// (`tokenCount` from `tokenStart` in `tokens`) with offsets from the stretch's start.
    private let unitStart: UnsafeMutablePointer<Int32>
    private let unitCount: UnsafeMutablePointer<Int32>
    private let tags: UnsafeMutablePointer<UInt8>
    private let tokenStart: UnsafeMutablePointer<Int32>
    private let tokenCount: UnsafeMutablePointer<UInt16>
    private let tokens: UnsafeMutablePointer<Token>
    private let pool: UnsafeMutablePointer<UInt16>
    private var count = 0
    private var poolCount = 0
    private var tokensHeld = 0
    private var generation = -1
    private let limit: Int
    private let poolLimit: Int
    private let tokenLimit: Int

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
        hashes = .allocate(capacity: capacity)
        mask = capacity - 1
        unitStart = .allocate(capacity: limit)
        unitCount = .allocate(capacity: limit)
        tags = .allocate(capacity: limit)
        tokenStart = .allocate(capacity: limit)
        tokenCount = .allocate(capacity: limit)
        tokens = .allocate(capacity: tokenLimit)
        pool = .allocate(capacity: poolLimit)
    }

    deinit {
        removeAll()
        slots.deallocate()
        hashes.deallocate()
        unitStart.deallocate()
        unitCount.deallocate()
        tags.deallocate()
        tokenStart.deallocate()
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
        tokens.deinitialize(count: tokensHeld)
        slots.update(repeating: 0, count: mask + 1)
        count = 0
        poolCount = 0
        tokensHeld = 0
    }

    @inline(__always)
    private static func hash(_ tag: UInt8, _ units: UnsafeBufferPointer<UInt16>) -> UInt64 {
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
        var index = Int(truncatingIfNeeded: hash) & mask
        while slots[index] != 0 {
            let entry = Int(slots[index]) - 1
            if hashes[index] == hash, tags[entry] == tag, Int(unitCount[entry]) == units.count,
                same(units, entry)
            {
                // Built field by field from the cached token: one retain per string, no copy
                // of the token to adjust.
                let first = tokens + Int(tokenStart[entry])
                for offset in 0..<Int(tokenCount[entry]) {
                    let cached = first + offset
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
        guard !formed.isEmpty else { return }
        store(tag: kind.rawValue, units, hash: hash, at: start, formed: formed)
    }

    /// Caches `formed` (offsets from the text's start; none is a valid answer) as the tokens of
    /// the stretch tagged `tag` over `units` at `start`, whose hash `append` returned.
    func store(tag: UInt8, _ units: UnsafeBufferPointer<UInt16>, hash: UInt64, at start: Int, formed: ArraySlice<Token>) {
        guard units.count <= poolLimit, formed.count <= Int(UInt16.max), formed.count <= tokenLimit else { return }
        if count >= limit || poolCount + units.count > poolLimit || tokensHeld + formed.count > tokenLimit { removeAll() }
        let entry = count
        count += 1
        unitStart[entry] = Int32(poolCount)
        unitCount[entry] = Int32(units.count)
        if let base = units.baseAddress { (pool + poolCount).update(from: base, count: units.count) }
        poolCount += units.count
        tags[entry] = tag
        tokenStart[entry] = Int32(tokensHeld)
        tokenCount[entry] = UInt16(formed.count)
        for token in formed {
            var relative = token
            relative.start -= Int32(start)
            relative.end -= Int32(start)
            (tokens + tokensHeld).initialize(to: relative)
            tokensHeld += 1
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
