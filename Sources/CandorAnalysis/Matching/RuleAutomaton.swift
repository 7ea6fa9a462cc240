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
    /// The payload of each pattern (index into `PatternIndex.owners`).
    private(set) var patternCount = 0
    /// The symbol tables: word keys and prefixes to ids.
    public private(set) var vocabulary: SymbolVocabulary

    /// Compiles `patterns` (already parsed); pattern `i` reports matches as `i`.
    init(patterns: [PatternNode], numberWords: Set<String>) {
        vocabulary = SymbolVocabulary(numberWords: numberWords)
        for (index, pattern) in patterns.enumerated() {
            let accept = add(.accept(Int32(index)), next: -1)
            let entry = compile(pattern, continuation: accept)
            patternCount += 1
            entries.append(entry)
        }
        computeClosures()
        for entry in entries {
            for state in closures[Int(entry)] {
                guard case .consume(let predicate) = kinds[Int(state)] else { continue }
                switch predicate {
                case .word(let id): startsByWord[id, default: []].append(state)
                case .prefix(let id): startsByPrefix[id, default: []].append(state)
                case .number: startsOnNumber.append(state)
                case .digits: startsOnDigits.append(state)
                case .any: startsOnAny.append(state)
                }
            }
        }
        entries = []
    }

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
        }
    }

    /// True when some pattern may begin with any token (costly; reported by lint).
    public var hasUnanchoredStarts: Bool { !startsOnAny.isEmpty }

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
