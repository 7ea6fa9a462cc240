import CandorText

/// Runs a `RuleAutomaton` over one text's tokens and reports every pattern match.
///
/// Holds per-thread state (the symbol caches, the thread lists, its own copy of the automaton's
/// tables), so one instance belongs to one worker. The hot loop reads only raw memory the
/// matcher owns (`MatcherTables`, thread lists sized for every state at once, since a state
/// holds at most one thread per step): no array growth, bounds check or exclusivity check per
/// token.
final class AutomatonMatcher {
    /// A match of pattern `pattern` over content tokens `start...end`.
    struct Match: Equatable, Sendable {
        var pattern: Int32
        var start: Int32
        var end: Int32
        /// Bit `i` is set when token `start + i` was consumed by a gap or `_`, not by a pattern word.
        var wildcards: UInt64 = 0

        /// True when token `position` (inside the match) was consumed by a wildcard.
        func isWildcard(_ position: Int32) -> Bool {
            let offset = position - start
            return offset >= 0 && offset < 64 && (wildcards >> UInt64(offset)) & 1 == 1
        }
    }

    let automaton: RuleAutomaton
    let tables: MatcherTables
    let capacity: Int
    /// Per state: the step that last added a thread for it, and that thread's index.
    let mark: UnsafeMutablePointer<UInt32>
    let slot: UnsafeMutablePointer<Int32>
    var generation: UInt32 = 0
    /// Two thread lists (state, start token, wildcard mask), swapped every step.
    let states: (UnsafeMutablePointer<Int32>, UnsafeMutablePointer<Int32>)
    let starts: (UnsafeMutablePointer<Int32>, UnsafeMutablePointer<Int32>)
    let masks: (UnsafeMutablePointer<UInt64>, UnsafeMutablePointer<UInt64>)
    /// Per word id, what the sentence gate reads of it, and the last sentence (`sentenceStamp`)
    /// that held it (no clearing between sentences).
    let gateWords: GateWords
    var sentenceStamp: UInt32 = 0
    /// The sentence gate's scratch: the words of the current sentence that anchor gates.
    let anchors: UnsafeMutablePointer<Int32>
    /// Per distinct set of several words: the sentence (`sentenceStamp`) that last tested it,
    /// and the answer.
    let setStamp: UnsafeMutablePointer<UInt32>
    let setHeld: UnsafeMutablePointer<Bool>
    /// Armed scans' scratch.
    let armedScratch: ArmedScratch

    /// Symbol caches: by token id (from `vocabulary`, when tokens carry ids) and by key; the
    /// prefix ids of cached symbols live in `prefixPool`. All three are dropped together when
    /// they grow past their bound.
    private let vocabulary: TokenVocabulary?
    private var byID = TokenIDTable<MatchSymbol>()
    private var byKey: [String: MatchSymbol] = [:]
    private var prefixPool: [Int32] = []
    private static let cacheLimit = 1 << 17

    /// Sets of more words and prefixes than this, armed in a sentence, are tested on every
    /// token (one bit test) rather than linked under each of their members.
    let linkedSetLimit: Int
    /// The default `linkedSetLimit`. Linking a set costs a link per member once per sentence;
    /// testing it costs a test per token of the sentence, and an armed sentence averages 23
    /// tokens: linking sets of up to 64 members took 7 % off tagging alone, against a limit of 4
    /// (`candor-bench tag-overhead --tag-alone`, three runs each).
    static let defaultLinkedSetLimit = 64

    /// A matcher over `automaton`; with the tokenizer's `vocabulary`, token symbols are cached
    /// by token id.
    init(automaton: RuleAutomaton, vocabulary: TokenVocabulary? = nil, linkedSetLimit: Int = defaultLinkedSetLimit) {
        self.automaton = automaton
        self.linkedSetLimit = linkedSetLimit
        self.vocabulary = vocabulary
        let flat = automaton.flat
        tables = MatcherTables(flat)
        capacity = max(16, automaton.stateCount)
        mark = .allocate(capacity: capacity)
        mark.initialize(repeating: 0, count: capacity)
        slot = .allocate(capacity: capacity)
        slot.initialize(repeating: 0, count: capacity)
        states = (.allocate(capacity: capacity), .allocate(capacity: capacity))
        starts = (.allocate(capacity: capacity), .allocate(capacity: capacity))
        masks = (.allocate(capacity: capacity), .allocate(capacity: capacity))
        gateWords = GateWords(count: flat.wordStride * 64, anchoredOffsets: flat.gate.wordAnchoredOffsets,
                              signatures: flat.gate.signature.words)
        anchors = .allocate(capacity: max(1, flat.wordStride * 64))
        setStamp = .allocate(capacity: max(1, tables.setCount))
        setStamp.initialize(repeating: 0, count: max(1, tables.setCount))
        setHeld = .allocate(capacity: max(1, tables.setCount))
        setHeld.initialize(repeating: false, count: max(1, tables.setCount))
        armedScratch = ArmedScratch(tables)
    }

    deinit {
        mark.deallocate()
        slot.deallocate()
        states.0.deallocate()
        states.1.deallocate()
        starts.0.deallocate()
        starts.1.deallocate()
        masks.0.deallocate()
        masks.1.deallocate()
        anchors.deallocate()
        setStamp.deallocate()
        setHeld.deallocate()
    }

    private func dropCaches() {
        byID.removeAll()
        byKey.removeAll(keepingCapacity: true)
        prefixPool.removeAll(keepingCapacity: true)
    }

    /// Runs `body` with a lookup of the symbol of `tokens[index]`, tokens whose forms are in
    /// `forms`: by token id when the tokens carry ids, else by key. For one text: the caches
    /// are dropped between texts only (the symbols of a text point into the prefix pool), and
    /// the id cache is moved into a local for the text, so a lookup pays no exclusivity check.
    @inline(__always)
    func withSymbols<Result>(
        forms: TokenForms, _ body: (_ symbol: (UnsafeBufferPointer<Token>, Int) -> MatchSymbol) -> Result
    ) -> Result {
        if byKey.count >= Self.cacheLimit || prefixPool.count >= Self.cacheLimit * 4 { dropCaches() }
        var known = byID
        byID = TokenIDTable()
        defer { byID = known }
        known.follow(generation: vocabulary?.generation ?? -1)
        return body { tokens, index in
            let id = tokens[index].id
            let isNumber = tokens[index].kind == .number
            if let symbol = known[id], symbol.isDigits == isNumber { return symbol }
            let key = forms.key(tokens[index].form)
            let symbol = id >= 0 ? make(key: key, isNumber: isNumber) : symbols(key: key, isNumber: isNumber)
            if id >= 0 { known[id] = symbol }
            return symbol
        }
    }

    /// The symbols of a token key, cached (feedback vocabulary is small and repetitive).
    func symbols(key: String, isNumber: Bool) -> MatchSymbol {
        if !isNumber, let cached = byKey[key] { return cached }
        let symbol = make(key: key, isNumber: isNumber)
        if !isNumber { byKey[key] = symbol }
        return symbol
    }

    private func make(key: String, isNumber: Bool) -> MatchSymbol {
        let found = automaton.vocabulary.symbols(key: key, isNumber: isNumber)
        var flags: UInt8 = (found.isNumber ? MatchSymbol.number : 0) | (found.isDigits ? MatchSymbol.digits : 0)
        if found.prefixes.contains(where: { MatcherTables.test(tables.anchorPrefixBits.base, $0) }) { flags |= MatchSymbol.anchor }
        let symbol = MatchSymbol(word: found.word, prefixStart: Int32(prefixPool.count), prefixCount: Int32(found.prefixes.count), flags: flags)
        prefixPool.append(contentsOf: found.prefixes)
        return symbol
    }

    /// All matches over `symbols` for patterns of the languages in `languages` (bits); no match
    /// crosses a token whose `hardBoundaryBefore` is set.
    func matches(_ symbols: [MatchSymbol], hardBoundaryBefore: some Collection<Bool>, languages: UInt64 = .max) -> [Match] {
        precondition(symbols.count == hardBoundaryBefore.count, "one boundary flag per symbol")
        let sentenceStarts = hardBoundaryBefore.enumerated().compactMap { $0.offset > 0 && $0.element ? Int32($0.offset) : nil }
        var found: [Match] = []
        symbols.withUnsafeBufferPointer { symbols in
            sentenceStarts.withUnsafeBufferPointer { starts in
                matches(symbols, sentenceStarts: starts, languages: languages, into: &found)
            }
        }
        return found
    }

    /// Appends to `found` the matches `matches(_:hardBoundaryBefore:languages:)` returns, read
    /// from buffers (the tagger's scratch, reused from text to text): `sentenceStarts` are the
    /// positions after the first where a sentence starts, ascending.
    func matches(
        _ symbols: UnsafeBufferPointer<MatchSymbol>, sentenceStarts: UnsafeBufferPointer<Int32>, languages: UInt64,
        into found: inout [Match]
    ) {
        assert(sentenceStarts.allSatisfy { $0 > 0 && Int($0) < symbols.count }, "sentences start inside the text")
        var scan = Scan(matcher: self, languages: languages)
        prefixPool.withUnsafeBufferPointer { pool in
            scan.run(symbols, sentenceStarts, pool, &found)
        }
        generation = scan.generation
        sentenceStamp = scan.sentenceStamp
    }
}
