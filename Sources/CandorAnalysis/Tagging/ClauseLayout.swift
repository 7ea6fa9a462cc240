import CandorText

/// The content tokens of a text and how punctuation and line breaks cut them into sentences
/// (hard boundaries, which no pattern crosses) and clauses (soft boundaries, which bound the
/// scope of a negation or a hypothetical).
///
/// A class owning its per-token storage, reused from text to text by one tagger: as a struct of
/// arrays, the tagger moved the layout out of itself and back for every text, and the layout
/// its four arrays likewise (to write them through nested buffers), about thirty retains and
/// releases per text, a twentieth of tagging's instructions (callgrind, `candor-bench
/// tag-overhead --tag-alone`).
final class ClauseLayout {
    /// The number of content tokens.
    private(set) var count = 0
    /// Indices into `TokenizedText.tokens` of the content tokens: the first `count` items. The
    /// storage only grows, from text to text, and is plain data (never deinitialized).
    private var contentStorage = UnsafeMutableBufferPointer<Int32>.allocate(capacity: 64)
    /// The content positions (after the first) where a clause starts, in order, each as
    /// `position << 1 | 1` when a sentence starts there too: the first `boundaryCount` items.
    /// Any boundary starts a clause, and so does a contrast marker (`openClause`). Each position
    /// starts at most one clause, so a slot per token is room enough.
    ///
    /// One array for both kinds, not a flag per token and a list per kind: the pass over the
    /// tokens (which the tagger's symbol lookup shares) stores a boundary only where one is,
    /// and the matcher reads the sentence starts instead of looking for the next flag (3 % of
    /// tagging's instructions, callgrind). Positions fit in 30 bits: a record is at most
    /// `IngestOptions.maxRecordBytes` (16 MB by default).
    private var boundaries = UnsafeMutableBufferPointer<Int32>.allocate(capacity: 64)
    private var boundaryCount = 0
    /// The content positions (after the first) where a sentence starts, in order: the first
    /// `sentenceCount` items, taken from the boundaries after each `reset`.
    private var sentenceStorage = UnsafeMutableBufferPointer<Int32>.allocate(capacity: 64)
    private(set) var sentenceCount = 0

    convenience init(_ text: TokenizedText) {
        self.init()
        reset(text)
    }

    /// An empty layout (scratch storage to `reset`).
    init() {}

    deinit {
        contentStorage.deallocate()
        boundaries.deallocate()
        sentenceStorage.deallocate()
    }

    /// The token indices of the content tokens, in order.
    var content: [Int] { contentStorage[..<count].map { Int($0) } }

    /// For each content token: a sentence boundary precedes it (the first token included).
    var hardBoundaryBefore: [Bool] { (0..<count).map { isHardBoundary(before: Int32($0)) } }

    /// The content positions (after the first) where a sentence starts, in order (valid until
    /// the next `reset`).
    var sentenceStarts: UnsafeBufferPointer<Int32> { UnsafeBufferPointer(rebasing: sentenceStorage[..<sentenceCount]) }

    /// The token index of content token `position`.
    func tokenIndex(at position: Int32) -> Int { Int(contentStorage[Int(position)]) }

    /// True when a sentence boundary precedes content token `position` (the first one too).
    func isHardBoundary(before position: Int32) -> Bool {
        guard position > 0 else { return true }
        let index = Int(Self.count(sentenceStorage, sentenceCount, through: position - 1))
        return index < sentenceCount && sentenceStorage[index] == position
    }

    /// Lays out `text`, reusing this layout's storage: content tokens and their boundaries.
    func reset(_ text: TokenizedText) {
        reset(text) { _, _, _ in }
    }

    /// Lays out `text` as `reset(_:)` does, handing each content token (the tokens, its index
    /// and its content position) to `visit` in order from the same pass: the tagger reads the
    /// token's match symbol there (one walk over the tokens, not two).
    @inline(__always)
    func reset(_ text: TokenizedText, visit: (UnsafeBufferPointer<Token>, Int, Int) -> Void) {
        // Written through buffers sized for every token at once, the tokens read through a
        // buffer: no uniqueness, bounds or retain traffic per token (this runs on every text;
        // appending checked the uniqueness of both arrays per token, a tenth of tagging's
        // instructions).
        contentStorage.reserveScratch(text.tokens.count)
        boundaries.reserveScratch(text.tokens.count)
        let contentOut = contentStorage, boundariesOut = boundaries
        var found = 0
        // 0: no boundary pending, 2: a clause boundary, 3: a sentence boundary (the low bit of
        // a boundary entry).
        var pending: Int32 = 3
        var used = 0
        text.tokens.withUnsafeBufferPointer { tokens in
            for index in 0..<tokens.count {
                let token = tokens[index]
                if token.kind == .punctuation {
                    switch token.breaks {
                    case .hard: pending = 3
                    case .soft: pending |= 2
                    case .none: break
                    }
                    continue
                }
                // A line break ends a sentence too (the tokenizer marks the tokens after one).
                if token.lineBreakBefore { pending = 3 }
                if pending != 0, used > 0 {
                    boundariesOut[found] = Int32(truncatingIfNeeded: used) << 1 | (pending & 1)
                    found += 1
                }
                contentOut[used] = Int32(truncatingIfNeeded: index)
                visit(tokens, index, used)
                used += 1
                pending = 0
            }
        }
        count = used
        boundaryCount = found
        sentenceStorage.reserveScratch(found)
        sentenceCount = 0
        for entry in boundaries[..<found] where entry & 1 == 1 {
            sentenceStorage[sentenceCount] = entry >> 1
            sentenceCount += 1
        }
    }

    /// The clause number of content token `position` (from 0, increasing).
    func clause(at position: Int32) -> Int32 {
        // Entries sort as their positions do: every entry of a position up to `position` is
        // below the first entry of the next one.
        Self.count(boundaries, boundaryCount, through: (position << 1) | 1)
    }

    /// The sentence number of content token `position` (from 0, increasing).
    func sentence(at position: Int32) -> Int32 { Self.count(sentenceStorage, sentenceCount, through: position) }

    /// Starts a new clause at content token `position` (a contrast marker opens one).
    func openClause(at position: Int) {
        guard position > 0, position < count else { return }
        let start = Int32(position)
        let index = Int(clause(at: start - 1))
        guard index >= boundaryCount || boundaries[index] >> 1 != start else { return }
        // Shifted up by one to make room (fewer boundaries than content tokens: `reset` sized it).
        var at = boundaryCount
        while at > index {
            boundaries[at] = boundaries[at - 1]
            at -= 1
        }
        boundaries[index] = start << 1
        boundaryCount += 1
    }

    /// How many of the first `count` sorted `values` are at most `limit`.
    private static func count(_ values: UnsafeMutableBufferPointer<Int32>, _ count: Int, through limit: Int32) -> Int32 {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if values[middle] <= limit { low = middle + 1 } else { high = middle }
        }
        return Int32(low)
    }
}
