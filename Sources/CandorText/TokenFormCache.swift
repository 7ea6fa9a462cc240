import CICU
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
    /// The open-addressing table: a slot holds all an entry's facts (one cache line read per
    /// probe; with the facts apart, the slot and the entry were two misses per lookup).
    private var slots: UnsafeMutablePointer<Slot>
    private var mask: Int
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

    /// A stretch's entry: its hash's high half, its units (`unitCount` from `unitStart` in
    /// `pool`), its tokens (`tokenCount` from `tokenStart` in `tokens`) and its tag plus one
    /// (0: an empty slot). Sixteen bytes.
    private struct Slot {
        var hashHigh: UInt32
        var unitStart: Int32
        var tokenStart: Int32
        var unitCount: UInt16
        var tokenCount: UInt8
        var tagPlusOne: UInt8

        static let empty = Slot(hashHigh: 0, unitStart: 0, tokenStart: 0, unitCount: 0, tokenCount: 0, tagPlusOne: 0)
    }

    /// The tag of a piece of text between spaces (segments are tagged with their kind).
    static let pieceTag: UInt8 = 0x80

    /// An empty cache of at most `limit` stretches.
    ///
    /// Why 2^18: the benchmark corpora's texts (29,527 real texts from `../shared/corpora`)
    /// hold about 85,000 distinct pieces, and each piece ICU segments also caches its segments:
    /// the cache needs about 136,000 stretches. At 2^17 it filled and was emptied every ~76,000
    /// rows of the 200 MB dump (ten times in a run), each time forming every piece again through
    /// ICU. Measured with `/usr/bin/time`: 200 MB dump at two threads 9.33-9.90 s against
    /// 8.23-8.95 s (three interleaved pairs); the 7.7 MB dump of every text once, one thread,
    /// 1.87 s against 1.71 s (medians of ten). Peak memory did not move (about 210 MB at two
    /// threads, 100 MB and 1 GB dumps): the pool and tokens are committed only as they fill.
    init(limit: Int = 1 << 18) {
        self.limit = limit
        poolLimit = limit * 16
        tokenLimit = limit * 2
        let capacity = 1 << 12
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: .empty, count: capacity)
        mask = capacity - 1
        tokens = .allocate(capacity: tokenLimit)
        pool = .allocate(capacity: poolLimit)
    }

    deinit {
        removeAll()
        slots.deallocate()
        tokens.deallocate()
        pool.deallocate()
    }

    /// Empties the cache when the vocabulary's `generation` moved (call once per text).
    func follow(generation: Int) {
        guard generation != self.generation else { return }
        removeAll()
        self.generation = generation
    }

    /// Empties the cache (the tokenizer's form store was replaced: the cached tokens name
    /// forms of the old one).
    func removeAll() {
        tokens.deinitialize(count: tokensHeld)
        slots.update(repeating: .empty, count: mask + 1)
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

    /// Asks the processor to fetch the slot a stretch of `hash` is probed at first (a tokenizer
    /// hashes a text's pieces ahead of looking them up, so the fetches overlap).
    @inline(__always)
    func prefetchSlot(hash: UInt64) {
        cicu_prefetch(slots + (Int(truncatingIfNeeded: hash) & mask))
    }

    /// Asks the processor to fetch the units and tokens of the entry in the first slot probed for
    /// `hash`, when that slot holds the same hash's high half.
    @inline(__always)
    func prefetchEntry(hash: UInt64) {
        let slot = slots[Int(truncatingIfNeeded: hash) & mask]
        guard slot.tagPlusOne != 0, slot.hashHigh == UInt32(truncatingIfNeeded: hash >> 32) else { return }
        cicu_prefetch(pool + Int(slot.unitStart))
        cicu_prefetch(tokens + Int(slot.tokenStart))
    }

    /// Appends the tokens cached for a segment of `kind` over `units` starting at `start`;
    /// `found` is false when the segment is not cached (the caller forms it, then calls `store`
    /// with `hash`).
    @inline(__always)
    func append(
        _ kind: TokenKind, _ units: UnsafeBufferPointer<UInt16>, at start: Int, to out: inout TokenSink
    ) -> (found: Bool, hash: UInt64) {
        let hash = Self.hash(kind.rawValue, units)
        return (append(tag: kind.rawValue, units, hash: hash, at: start, to: &out), hash)
    }

    /// Appends the tokens cached for the stretch tagged `tag` over `units` (whose `hash` the
    /// caller computed) starting at `start`; false when it is not cached.
    @inline(__always)
    func append(
        tag: UInt8, _ units: UnsafeBufferPointer<UInt16>, hash: UInt64, at start: Int, to out: inout TokenSink
    ) -> Bool {
        let high = UInt32(truncatingIfNeeded: hash >> 32)
        var index = Int(truncatingIfNeeded: hash) & mask
        while slots[index].tagPlusOne != 0 {
            let slot = slots[index]
            index = (index + 1) & mask
            guard slot.hashHigh == high, slot.tagPlusOne == tag &+ 1, Int(slot.unitCount) == units.count,
                units.isEmpty || memcmp(pool + Int(slot.unitStart), units.baseAddress!, units.count * 2) == 0
            else { continue }
            // Tokens are plain data: copied and moved to the piece's place.
            let first = tokens + Int(slot.tokenStart)
            for offset in 0..<Int(slot.tokenCount) {
                var token = first[offset]
                token.start += Int32(start)
                token.end += Int32(start)
                out.append(token)
            }
            return true
        }
        return false
    }

    /// Caches `formed` (one or two tokens, offsets from the text's start) as the tokens of a
    /// segment of `kind` over `units` at `start`, whose hash `append` returned.
    func store(_ kind: TokenKind, _ units: UnsafeBufferPointer<UInt16>, hash: UInt64, at start: Int, formed: UnsafeBufferPointer<Token>) {
        guard !formed.isEmpty else { return }
        store(tag: kind.rawValue, units, hash: hash, at: start, formed: formed)
    }

    /// Caches `formed` (offsets from the text's start; none is a valid answer) as the tokens of
    /// the stretch tagged `tag` over `units` at `start`, whose hash `append` returned.
    func store(tag: UInt8, _ units: UnsafeBufferPointer<UInt16>, hash: UInt64, at start: Int, formed: UnsafeBufferPointer<Token>) {
        guard tag < 0xFF, units.count <= Int(UInt16.max), formed.count <= Int(UInt8.max) else { return }
        if count >= limit || poolCount + units.count > poolLimit || tokensHeld + formed.count > tokenLimit { removeAll() }
        let slot = Slot(
            hashHigh: UInt32(truncatingIfNeeded: hash >> 32), unitStart: Int32(poolCount), tokenStart: Int32(tokensHeld),
            unitCount: UInt16(units.count), tokenCount: UInt8(formed.count), tagPlusOne: tag &+ 1)
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
        Self.place(slot, hash: hash, in: slots, mask: mask)
        if count * 2 > mask + 1 { grow() }
    }

    /// Puts `slot` in the first empty slot from `hash`'s own.
    private static func place(_ slot: Slot, hash: UInt64, in slots: UnsafeMutablePointer<Slot>, mask: Int) {
        var index = Int(truncatingIfNeeded: hash) & mask
        while slots[index].tagPlusOne != 0 { index = (index + 1) & mask }
        slots[index] = slot
    }

    /// Doubles the slots, placing every entry again (hashed anew from its units: a slot keeps
    /// only the hash's high half).
    private func grow() {
        let capacity = (mask + 1) * 2
        let newSlots = UnsafeMutablePointer<Slot>.allocate(capacity: capacity)
        newSlots.initialize(repeating: .empty, count: capacity)
        for index in 0...mask where slots[index].tagPlusOne != 0 {
            let slot = slots[index]
            let units = UnsafeBufferPointer(start: pool + Int(slot.unitStart), count: Int(slot.unitCount))
            Self.place(slot, hash: Self.hash(slot.tagPlusOne &- 1, units), in: newSlots, mask: capacity - 1)
        }
        slots.deallocate()
        (slots, mask) = (newSlots, capacity - 1)
    }
}
