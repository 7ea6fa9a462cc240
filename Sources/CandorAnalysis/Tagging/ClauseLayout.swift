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
    /// Indices into `TokenizedText.tokens` of the content tokens, and for each whether a
    /// sentence boundary precedes it: the first `count` items. The storage only grows, from
    /// text to text, and is plain data (never deinitialized).
    private var contentStorage = UnsafeMutableBufferPointer<Int>.allocate(capacity: 64)
    private var hardStorage = UnsafeMutableBufferPointer<Bool>.allocate(capacity: 64)
    /// The content positions (after the first) where a clause starts (any boundary, or a
    /// contrast marker: `openClause`), and where a sentence starts, in order: the first
    /// `clauseCount` and `sentenceCount` items, an entry per boundary, read only for texts with a
    /// rule match. Each position starts at most one clause, so a slot per token is room enough.
    private var clauseStarts = UnsafeMutableBufferPointer<Int32>.allocate(capacity: 64)
    private var sentenceStarts = UnsafeMutableBufferPointer<Int32>.allocate(capacity: 64)
    private var clauseCount = 0
    private var sentenceCount = 0

    convenience init(_ text: TokenizedText) {
        self.init()
        reset(text)
    }

    /// An empty layout (scratch storage to `reset`).
    init() {}

    deinit {
        contentStorage.deallocate()
        hardStorage.deallocate()
        clauseStarts.deallocate()
        sentenceStarts.deallocate()
    }

    /// The token indices of the content tokens, in order.
    var content: [Int] { Array(UnsafeBufferPointer(rebasing: contentStorage[..<count])) }

    /// For each content token: a sentence boundary precedes it.
    var hardBoundaryBefore: [Bool] { Array(UnsafeBufferPointer(rebasing: hardStorage[..<count])) }

    /// The token index of content token `position`.
    func tokenIndex(at position: Int32) -> Int { contentStorage[Int(position)] }

    /// True when a sentence boundary precedes content token `position`.
    func isHardBoundary(before position: Int32) -> Bool { hardStorage[Int(position)] }

    /// The sentence-boundary flags of the content tokens (valid until the next `reset`).
    var hardBoundaries: UnsafeBufferPointer<Bool> { UnsafeBufferPointer(rebasing: hardStorage[..<count]) }

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
        hardStorage.reserveScratch(text.tokens.count)
        clauseStarts.reserveScratch(text.tokens.count)
        sentenceStarts.reserveScratch(text.tokens.count)
        let contentOut = contentStorage, hardOut = hardStorage
        let clausesOut = clauseStarts, sentencesOut = sentenceStarts
        var clauses = 0
        var sentences = 0
        var pendingHard = true
        var pendingSoft = false
        var used = 0
        text.tokens.withUnsafeBufferPointer { tokens in
            for index in 0..<tokens.count {
                if tokens[index].kind == .punctuation {
                    switch tokens[index].breaks {
                    case .hard: pendingHard = true
                    case .soft: pendingSoft = true
                    case .none: break
                    }
                    continue
                }
                // A line break ends a sentence too (the tokenizer marks the tokens after one).
                if tokens[index].lineBreakBefore { pendingHard = true }
                if used > 0 {
                    if pendingHard || pendingSoft {
                        clausesOut[clauses] = Int32(used)
                        clauses += 1
                    }
                    if pendingHard {
                        sentencesOut[sentences] = Int32(used)
                        sentences += 1
                    }
                }
                contentOut[used] = index
                hardOut[used] = pendingHard
                visit(tokens, index, used)
                used += 1
                pendingHard = false
                pendingSoft = false
            }
        }
        count = used
        clauseCount = clauses
        sentenceCount = sentences
    }

    /// The clause number of content token `position` (from 0, increasing).
    func clause(at position: Int32) -> Int32 { Self.count(clauseStarts, clauseCount, through: position) }

    /// The sentence number of content token `position` (from 0, increasing).
    func sentence(at position: Int32) -> Int32 { Self.count(sentenceStarts, sentenceCount, through: position) }

    /// Starts a new clause at content token `position` (a contrast marker opens one).
    func openClause(at position: Int) {
        guard position > 0, position < count else { return }
        let start = Int32(position)
        let index = Int(Self.count(clauseStarts, clauseCount, through: start - 1))
        guard index >= clauseCount || clauseStarts[index] != start else { return }
        // Shifted up by one to make room (fewer starts than content tokens: `reset` sized it).
        var at = clauseCount
        while at > index {
            clauseStarts[at] = clauseStarts[at - 1]
            at -= 1
        }
        clauseStarts[index] = start
        clauseCount += 1
    }

    /// How many of the first `count` sorted `starts` are at most `position`.
    private static func count(_ starts: UnsafeMutableBufferPointer<Int32>, _ count: Int, through position: Int32) -> Int32 {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] <= position { low = middle + 1 } else { high = middle }
        }
        return Int32(low)
    }
}
