import CandorText

/// The content tokens of a text and how punctuation and line breaks cut them into sentences
/// (hard boundaries, which no pattern crosses) and clauses (soft boundaries, which bound the
/// scope of a negation or a hypothetical).
struct ClauseLayout {
    /// The number of content tokens.
    private(set) var count = 0
    /// Indices into `TokenizedText.tokens` of the content tokens, and for each whether a
    /// sentence boundary precedes it: the first `count` items. The storage only grows, from
    /// text to text (shrinking a Swift array and growing it back cost more than the layout).
    private var contentStorage: [Int] = []
    private var hardStorage: [Bool] = []
    /// The content positions (after the first) where a clause starts (any boundary, or a
    /// contrast marker: `openClause`), and where a sentence starts, in order: an entry per
    /// boundary, not per token, and read only for texts with a rule match.
    private var clauseStarts: [Int32] = []
    private var sentenceStarts: [Int32] = []

    init(_ text: TokenizedText) {
        reset(text)
    }

    /// An empty layout (scratch storage to `reset`).
    init() {}

    /// The token indices of the content tokens, in order.
    var content: ArraySlice<Int> { contentStorage[..<count] }

    /// For each content token: a sentence boundary precedes it.
    var hardBoundaryBefore: ArraySlice<Bool> { hardStorage[..<count] }

    /// The token index of content token `position`.
    func tokenIndex(at position: Int32) -> Int { contentStorage[Int(position)] }

    /// True when a sentence boundary precedes content token `position`.
    func isHardBoundary(before position: Int32) -> Bool { hardStorage[Int(position)] }

    /// Runs `body` over the sentence-boundary flags of the content tokens.
    func withHardBoundaries<Result>(_ body: (UnsafeBufferPointer<Bool>) -> Result) -> Result {
        hardStorage.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[..<count])) }
    }

    /// Lays out `text`, reusing this layout's storage: content tokens and their boundaries.
    mutating func reset(_ text: TokenizedText) {
        reset(text) { _, _, _ in }
    }

    /// Lays out `text` as `reset(_:)` does, handing each content token (the tokens, its index
    /// and its content position) to `visit` in order from the same pass: the tagger reads the
    /// token's match symbol there (one walk over the tokens, not two).
    @inline(__always)
    mutating func reset(_ text: TokenizedText, visit: (UnsafeBufferPointer<Token>, Int, Int) -> Void) {
        // The arrays are moved into locals, sized for every token at once and written through
        // buffers, and the tokens and text read through buffers: no uniqueness, bounds or
        // retain traffic per token (this runs on every text; appending checked the uniqueness
        // of both arrays per token, a tenth of tagging's instructions).
        var content = contentStorage, hard = hardStorage
        var clauses = clauseStarts, sentences = sentenceStarts
        contentStorage = []
        hardStorage = []
        clauseStarts = []
        sentenceStarts = []
        content.grow(to: text.tokens.count, filling: 0)
        hard.grow(to: text.tokens.count, filling: false)
        clauses.removeAll(keepingCapacity: true)
        sentences.removeAll(keepingCapacity: true)
        var pendingHard = true
        var pendingSoft = false
        var used = 0
        text.tokens.withUnsafeBufferPointer { tokens in
            content.withUnsafeMutableBufferPointer { contentOut in
                hard.withUnsafeMutableBufferPointer { hardOut in
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
                            if pendingHard || pendingSoft { clauses.append(Int32(used)) }
                            if pendingHard { sentences.append(Int32(used)) }
                        }
                        contentOut[used] = index
                        hardOut[used] = pendingHard
                        visit(tokens, index, used)
                        used += 1
                        pendingHard = false
                        pendingSoft = false
                    }
                }
            }
        }
        count = used
        contentStorage = content
        hardStorage = hard
        clauseStarts = clauses
        sentenceStarts = sentences
    }

    /// The clause number of content token `position` (from 0, increasing).
    func clause(at position: Int32) -> Int32 { Self.count(clauseStarts, through: position) }

    /// The sentence number of content token `position` (from 0, increasing).
    func sentence(at position: Int32) -> Int32 { Self.count(sentenceStarts, through: position) }

    /// Starts a new clause at content token `position` (a contrast marker opens one).
    mutating func openClause(at position: Int) {
        guard position > 0, position < count else { return }
        let start = Int32(position)
        let index = Int(Self.count(clauseStarts, through: start - 1))
        guard index >= clauseStarts.count || clauseStarts[index] != start else { return }
        clauseStarts.insert(start, at: index)
    }

    /// How many of the sorted `starts` are at most `position`.
    private static func count(_ starts: [Int32], through position: Int32) -> Int32 {
        var low = 0
        var high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] <= position { low = middle + 1 } else { high = middle }
        }
        return Int32(low)
    }
}
