import CandorCore

/// How a tokenizer cuts a text into pieces between spaces, each hashed for the cache of their
/// tokens (`TokenFormCache`): a piece met before is copied, not segmented again.
extension Tokenizer {
    /// Fills `pieces` with the text's pieces (`pieceEnd`) and the hashes of those short enough
    /// to cache (0 for the others), prefetching their slots; returns their number.
    ///
    /// Each piece is hashed as its end is sought, in the same pass over its units
    /// (`TokenFormCache.hash`, step by step): a second pass over the units to hash them was a
    /// third of this function's instructions.
    func findPieces(_ units: UnsafeBufferPointer<UInt16>) -> Int {
        let total = units.count
        let seed = StableHash.step(StableHash.offsetBasis, UInt64(TokenFormCache.pieceTag))
        var count = 0
        var start = 0
        while start < total {
            var hash = seed
            let end = Self.pieceEnd(units, from: start) { hash = StableHash.step(hash, UInt64($0)) }
            if end > start {
                if count == pieceCapacity { growPieces() }
                if end - start <= Self.longestCachedPiece {
                    formCache.prefetchSlot(hash: hash)
                } else {
                    hash = 0
                }
                pieces[count] = (Int32(start), Int32(end), hash)
                count += 1
            }
            start = Self.pieceStart(units, from: end)
        }
        return count
    }

    /// The pieces `findPieces` finds in `units`, with their hashes (for tests: they compare
    /// them with `pieceEnd` and `TokenFormCache.hash`).
    func pieceList(_ units: [UInt16]) -> [(start: Int32, end: Int32, hash: UInt64)] {
        let count = units.withUnsafeBufferPointer { findPieces($0) }
        return (0..<count).map { pieces[$0] }
    }

    func growPieces() {
        let grown = UnsafeMutablePointer<(start: Int32, end: Int32, hash: UInt64)>.allocate(capacity: pieceCapacity * 2)
        grown.initialize(from: pieces, count: pieceCapacity)
        pieces.deallocate()
        pieces = grown
        pieceCapacity *= 2
    }

    /// The longest piece whose tokens are cached (longer ones are rare: runs of unspaced script
    /// such as Chinese or Thai, long numbers, glued punctuation).
    static let longestCachedPiece = 48

    /// Where the piece starting at `start` ends: at the first space (U+0020) after which ICU's
    /// word rules surely break, or at the end of the text.
    ///
    /// A space always ends the word before it (UAX #29 joins a space only to another space,
    /// WB3d), and a run of spaces always breaks before the next character unless that one is an
    /// Extend, Format or ZWJ character, which attaches to the space (WB4). Below U+0300 the only
    /// such character is U+00AD (soft hyphen, Format). So a run of spaces followed by a unit
    /// under U+0300 other than U+00AD, or by the text's end, is a word boundary on both sides,
    /// whatever comes before or after: ICU segments the piece alone exactly as within the text
    /// (`TokenPieceTests` check it against the whole text, on every corpus they find too).
    @inline(__always)
    static func pieceEnd(_ units: UnsafeBufferPointer<UInt16>, from start: Int) -> Int {
        pieceEnd(units, from: start) { _ in }
    }

    /// `pieceEnd(_:from:)`, handing each unit of the piece to `visit` in order (spaces that stay
    /// in it too): `findPieces` hashes the piece in the same pass.
    @inline(__always)
    static func pieceEnd(_ units: UnsafeBufferPointer<UInt16>, from start: Int, visiting visit: (UInt16) -> Void) -> Int {
        var index = start
        while index < units.count {
            if units[index] == 0x20 {
                var after = index + 1
                while after < units.count, units[after] == 0x20 { after += 1 }
                if after == units.count || (units[after] < 0x300 && units[after] != 0xAD) { return index }
                while index < after {
                    visit(0x20)
                    index += 1
                }
                continue
            }
            visit(units[index])
            index += 1
        }
        return units.count
    }

    /// Where the next piece starts: after the spaces from `end`.
    @inline(__always)
    static func pieceStart(_ units: UnsafeBufferPointer<UInt16>, from end: Int) -> Int {
        var index = end
        while index < units.count, units[index] == 0x20 { index += 1 }
        return index
    }
}
