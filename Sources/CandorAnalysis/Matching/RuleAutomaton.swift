/// Every pattern of a taxonomy (and the scope markers) compiled into one automaton over token
/// symbols: a Thompson NFA simulated Pike-style, with the first token of each pattern indexed
/// so a response's tokens only wake the patterns that can start there.
///
/// Built once per run and shared read-only by all workers.
public struct RuleAutomaton: Sendable {
    /// What a consuming state accepts.
    enum Predicate: Hashable, Sendable {
        case word(Int32)
        case prefix(Int32)
        case number
        case digits
        case any
        /// One token out of a set of words and prefixes (a choice of single words compiles to
        /// one state, not one per alternative, so a match keeps one thread alive, not dozens).
        case set(Int32)
    }

    /// The kind of each state.
    enum StateKind: Sendable {
        case consume(Predicate)
        case split
        case accept(Int32)
    }

    /// State table: kind, next state, and the second branch of a split.
    private(set) var kinds: [StateKind] = []
    private(set) var next: [Int32] = []
    private(set) var alternative: [Int32] = []
    /// For every state, the consuming and accepting states reachable through splits (ε-closure).
    private(set) var closures: [[Int32]] = []
    /// Consuming states that start a pattern, indexed by what they consume.
    private(set) var startsByWord: [Int32: [Int32]] = [:]
    private(set) var startsByPrefix: [Int32: [Int32]] = [:]
    private(set) var startsOnNumber: [Int32] = []
    private(set) var startsOnDigits: [Int32] = []
    private(set) var startsOnAny: [Int32] = []
    /// Per pattern: its start states (the consuming states its first token can reach), in the
    /// order the rows above list them.
    private(set) var startsByPattern: [[Int32]] = []
    /// Per pattern: true for a rule's pattern, false for a scope marker's.
    private(set) var isRulePattern: [Bool] = []
    /// The pattern each state belongs to.
    private(set) var patternOfState: [Int32] = []
    /// Per pattern: its mandatory word sets (each a sorted list of word ids, one of which every
    /// match contains). A text missing any of them cannot match the pattern, so the matcher does
    /// not even start it: patterns that open on common words ("was", "not") stay asleep unless
    /// their other words are in the text.
    private(set) var requirements: [[[Int32]]] = []

    /// Per rule pattern with mandatory words (not the scope markers): its pattern id and every
    /// one of its mandatory word sets. A sentence must hold a word of each for the rule to match
    /// there (`SentenceGate`).
    private(set) var ruleGates: [(pattern: Int32, sets: [[Int32]])] = []
    /// The first mandatory prefix of each rule pattern with no mandatory word: a sentence with
    /// none of them cannot match those rules. `alwaysActive` when some rule has neither.
    private(set) var anchorPrefixes: Set<Int32> = []
    private(set) var alwaysActive = false

    /// The guessed frequency cost of a word of the language's frequent-word list.
    private static let frequentCost = 1000

    /// The first mandatory prefix of a pattern, if any.
    static func mandatoryPrefix(of node: PatternNode) -> String? {
        switch node {
        case .prefix(let stem): return stem
        case .sequence(let nodes): return nodes.lazy.compactMap(mandatoryPrefix).first
        default: return nil
        }
    }

    /// The word and prefix sets of `.set` predicates.
    private(set) var sets: [(words: [Int32], prefixes: [Int32])] = []
    private var setIndex: [[Int32]: Int32] = [:]
    /// The payload of each pattern (index into `PatternIndex.owners`).
    private(set) var patternCount = 0
    /// The symbol tables: word keys and prefixes to ids.
    public private(set) var vocabulary: SymbolVocabulary

    /// Compiles `patterns` (already parsed); pattern `i` reports matches as `i`.
    init(
        patterns: [PatternNode], numberWords: Set<String>, languageMasks: [UInt64] = [], commonWords: Set<String> = [],
        frequentWords: Set<String> = [], rulePatterns: [Bool] = []
    ) {
        vocabulary = SymbolVocabulary(numberWords: numberWords)
        // A word's guessed frequency rank: frequent words ≫ other stopwords ≫ other words.
        func cost(_ word: String) -> Int { frequentWords.contains(word) ? Self.frequentCost : commonWords.contains(word) ? 30 : 1 }
        var wordCost: [Int32: Int] = [:]
        for word in commonWords.union(frequentWords) { wordCost[vocabulary.wordID(word)] = cost(word) }
        func setCost(_ set: [Int32]) -> Int { set.reduce(0) { $0 + (wordCost[$1] ?? 1) } }
        /// A sentence-gate alternative's sets, the rarest (its anchor) first.
        func rarestFirst(_ sets: [[Int32]]) -> [[Int32]] {
            sets.sorted { lhs, rhs in
                let left = (setCost(lhs), lhs.count), right = (setCost(rhs), rhs.count)
                return left < right || (left == right && lhs.lexicographicallyPrecedes(rhs))
            }
        }
        for (index, pattern) in patterns.enumerated() {
            let first = kinds.count
            let accept = add(.accept(Int32(index)), next: -1)
            // Compiled factored (fewer live threads); analysed as written.
            let entry = compile(pattern.factored(), continuation: accept)
            patternCount += 1
            entries.append(entry)
            patternOfState.append(contentsOf: Array(repeating: Int32(index), count: kinds.count - first))
            let required = Self.requirements(of: pattern, vocabulary: &vocabulary, cost: cost)
            // A set holding a frequent word is in nearly every sentence: it filters nothing and
            // costs the matcher a test per start, so the wake test keeps only the selective sets.
            requirements.append(required.filter { set in !set.contains { (wordCost[$0] ?? 1) >= Self.frequentCost } })
            isRulePattern.append(index < rulePatterns.count ? rulePatterns[index] : true)
            if isRulePattern[index] {
                // The sentence gate: one entry per alternative.
                if let alternatives = SentenceGate.alternatives(of: pattern, mandatory: { Self.mandatory($0, cost: cost) }) {
                    for sets in alternatives {
                        let ids = sets.map { $0.map { vocabulary.wordID($0) }.sorted() }
                        ruleGates.append((Int32(index), rarestFirst(ids)))
                    }
                } else if !required.isEmpty {
                    ruleGates.append((Int32(index), rarestFirst(required)))
                } else if let stem = Self.mandatoryPrefix(of: pattern) {
                    anchorPrefixes.insert(vocabulary.prefixID(stem))
                } else {
                    alwaysActive = true
                }
            }
        }
        computeClosures()
        for entry in entries {
            var starts: [Int32] = []
            defer { startsByPattern.append(starts) }
            for state in closures[Int(entry)] {
                guard case .consume(let predicate) = kinds[Int(state)] else { continue }
                starts.append(state)
                switch predicate {
                case .word(let id): startsByWord[id, default: []].append(state)
                case .prefix(let id): startsByPrefix[id, default: []].append(state)
                case .number: startsOnNumber.append(state)
                case .digits: startsOnDigits.append(state)
                case .any: startsOnAny.append(state)
                case .set(let id):
                    for word in sets[Int(id)].words { startsByWord[word, default: []].append(state) }
                    for prefix in sets[Int(id)].prefixes { startsByPrefix[prefix, default: []].append(state) }
                }
            }
        }
        entries = []
        flat = Flat(self, languageMasks: languageMasks)
    }

    /// The mandatory word sets of a pattern: a word, or a choice of single words, that every
    /// path through the pattern goes through.
    /// For a choice, each alternative contributes its mandatory set of the lowest `cost` (a
    /// word's guessed frequency, summed over the set), so "comme annoncé" requires "annoncé",
    /// not "comme".
    static func requirements(
        of pattern: PatternNode, vocabulary: inout SymbolVocabulary, cost: (String) -> Int = { _ in 1 }
    ) -> [[Int32]] {
        mandatory(pattern, cost: cost).map { $0.map { vocabulary.wordID($0) }.sorted() }
    }

    /// The mandatory word sets of `node` as keys (see `requirements`).
    static func mandatory(_ node: PatternNode, cost: (String) -> Int) -> [[String]] {
        switch node {
        case .word(let key): return [[key]]
        case .sequence(let nodes): return nodes.flatMap { mandatory($0, cost: cost) }
        case .choice(let nodes):
            // Every alternative goes through one of its own mandatory words: the union of
            // one mandatory set per alternative is mandatory for the choice.
            var words: Set<String> = []
            for alternative in nodes {
                let sets = mandatory(alternative, cost: cost)
                guard let chosen = sets.min(by: { $0.reduce(0) { $0 + cost($1) } < $1.reduce(0) { $0 + cost($1) } }) else { return [] }
                words.formUnion(chosen)
            }
            return [words.sorted()]
        case .prefix, .number, .digits, .any, .gap, .optional: return []
        }
    }

    /// The flat form of the automaton.
    private(set) var flat = Flat()

    private var entries: [Int32] = []

    /// The number of states (for statistics and tests).
    public var stateCount: Int { kinds.count }

    private mutating func add(_ kind: StateKind, next: Int32, alternative: Int32 = -1) -> Int32 {
        kinds.append(kind)
        self.next.append(next)
        self.alternative.append(alternative)
        return Int32(kinds.count - 1)
    }

    /// Compiles `node` so that after it the automaton continues at `continuation`; returns the entry state.
    private mutating func compile(_ node: PatternNode, continuation: Int32) -> Int32 {
        switch node {
        case .word(let key):
            return add(.consume(.word(vocabulary.wordID(key))), next: continuation)
        case .prefix(let stem):
            return add(.consume(.prefix(vocabulary.prefixID(stem))), next: continuation)
        case .number:
            return add(.consume(.number), next: continuation)
        case .digits:
            return add(.consume(.digits), next: continuation)
        case .any:
            return add(.consume(.any), next: continuation)
        case .gap(let max):
            var entry = continuation
            for _ in 0..<max {
                let step = add(.consume(.any), next: entry)
                entry = add(.split, next: step, alternative: continuation)
            }
            return entry
        case .sequence(let nodes):
            var entry = continuation
            for child in nodes.reversed() { entry = compile(child, continuation: entry) }
            return entry
        case .choice(let nodes) where nodes.allSatisfy(\.isSingleWordOrPrefix):
            var words: [Int32] = []
            var prefixes: [Int32] = []
            for node in nodes {
                if case .word(let key) = node { words.append(vocabulary.wordID(key)) }
                if case .prefix(let stem) = node { prefixes.append(vocabulary.prefixID(stem)) }
            }
            words = Array(Set(words)).sorted()
            prefixes = Array(Set(prefixes)).sorted()
            let signature = words + [-1] + prefixes
            let id: Int32
            if let known = setIndex[signature] {
                id = known
            } else {
                id = Int32(sets.count)
                sets.append((words, prefixes))
                setIndex[signature] = id
            }
            return add(.consume(.set(id)), next: continuation)
        case .choice(let nodes):
            var entries = nodes.map { compile($0, continuation: continuation) }
            var entry = entries.removeLast()
            for branch in entries.reversed() { entry = add(.split, next: branch, alternative: entry) }
            return entry
        case .optional(let child):
            let body = compile(child, continuation: continuation)
            return add(.split, next: body, alternative: continuation)
        }
    }

    private mutating func computeClosures() {
        closures = Array(repeating: [], count: kinds.count)
        var visited = [Int](repeating: -1, count: kinds.count)
        for state in 0..<kinds.count {
            var out: [Int32] = []
            var stack: [Int32] = [Int32(state)]
            while let current = stack.popLast() {
                guard current >= 0, visited[Int(current)] != state else { continue }
                visited[Int(current)] = state
                switch kinds[Int(current)] {
                case .split:
                    stack.append(alternative[Int(current)])
                    stack.append(next[Int(current)])
                case .consume, .accept:
                    out.append(current)
                }
            }
            closures[state] = out
        }
    }

    /// True when `predicate` of consuming state `state` accepts a token with `symbols`.
    @inline(__always)
    func accepts(_ state: Int32, _ symbols: TokenSymbols) -> Bool {
        guard case .consume(let predicate) = kinds[Int(state)] else { return false }
        switch predicate {
        case .word(let id): return symbols.word == id
        case .prefix(let id): return symbols.prefixes.contains(id)
        case .number: return symbols.isNumber
        case .digits: return symbols.isDigits
        case .any: return true
        case .set(let id):
            let set = sets[Int(id)]
            return set.words.contains(symbols.word) || symbols.prefixes.contains { set.prefixes.contains($0) }
        }
    }

    /// True when consuming state `state` accepts any token (a gap or `_`): tokens it consumes
    /// are not part of the pattern's own words, so a negation among them still counts.
    @inline(__always)
    func isWildcard(_ state: Int32) -> Bool {
        if case .consume(.any) = kinds[Int(state)] { return true }
        return false
    }

    /// The pattern a state accepts, if it is an accepting state.
    @inline(__always)
    func acceptedPattern(_ state: Int32) -> Int32? {
        if case .accept(let pattern) = kinds[Int(state)] { return pattern }
        return nil
    }
}
