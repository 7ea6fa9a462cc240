/// Runs a `RuleAutomaton` over one text's tokens and reports every pattern match.
///
/// Holds per-thread state (the symbol cache and thread lists), so one instance belongs to one
/// worker; the automaton itself is shared.
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
    private var cache: [String: TokenSymbols] = [:]
    private var mark: [UInt32]
    private var generation: UInt32 = 0
    private var current = States()
    private var next = States()
    private static let cacheLimit = 1 << 17

    init(automaton: RuleAutomaton) {
        self.automaton = automaton
        mark = Array(repeating: 0, count: automaton.stateCount)
    }

    /// The symbols of a token key, cached (feedback vocabulary is small and repetitive).
    func symbols(key: String, isNumber: Bool) -> TokenSymbols {
        if !isNumber, let cached = cache[key] { return cached }
        let symbols = automaton.vocabulary.symbols(key: key, isNumber: isNumber)
        if !isNumber {
            if cache.count >= Self.cacheLimit { cache.removeAll(keepingCapacity: true) }
            cache[key] = symbols
        }
        return symbols
    }

    /// All matches over `symbols`; no match crosses a token whose `hardBoundaryBefore` is set.
    ///
    /// The hot loop works on local copies of the scratch state (moved out of and back into the
    /// object), so the compiler needs no exclusivity check per access.
    func matches(_ symbols: [TokenSymbols], hardBoundaryBefore: [Bool]) -> [Match] {
        var found: [Match] = []
        var mark = self.mark
        var generation = self.generation
        var current = States()
        var next = States()
        swap(&current, &self.current)
        swap(&next, &self.next)
        self.mark = []
        defer {
            self.mark = mark
            self.generation = generation
            swap(&current, &self.current)
            swap(&next, &self.next)
        }
        let automaton = self.automaton
        current.removeAll()
        for position in symbols.indices {
            if hardBoundaryBefore[position] { current.removeAll() }
            let symbol = symbols[position]
            generation &+= 1
            if generation == 0 {
                for index in mark.indices { mark[index] = 0 }
                generation = 1
            }
            next.removeAll()
            let end = Int32(position)
            func follow(_ state: Int32, start: Int32, mask: UInt64) {
                for target in automaton.closures[Int(automaton.next[Int(state)])] {
                    if let pattern = automaton.acceptedPattern(target) {
                        found.append(Match(pattern: pattern, start: start, end: end, wildcards: mask))
                        continue
                    }
                    if mark[Int(target)] == generation { continue }
                    mark[Int(target)] = generation
                    next.append(target, start, mask)
                }
            }
            for index in current.states.indices where automaton.accepts(current.states[index], symbol) {
                let state = current.states[index]
                let start = current.starts[index]
                var mask = current.masks[index]
                if automaton.isWildcard(state), end - start < 64 { mask |= 1 << UInt64(end - start) }
                follow(state, start: start, mask: mask)
            }
            if symbol.word >= 0, let starts = automaton.startsByWord[symbol.word] {
                for state in starts { follow(state, start: end, mask: 0) }
            }
            for prefix in symbol.prefixes {
                for state in automaton.startsByPrefix[prefix] ?? [] { follow(state, start: end, mask: 0) }
            }
            if symbol.isNumber {
                for state in automaton.startsOnNumber { follow(state, start: end, mask: 0) }
            }
            if symbol.isDigits {
                for state in automaton.startsOnDigits { follow(state, start: end, mask: 0) }
            }
            for state in automaton.startsOnAny { follow(state, start: end, mask: 1) }
            swap(&current, &next)
        }
        return found
    }

    /// Live threads: state, start token, and the wildcard mask, in parallel arrays.
    struct States {
        var states: [Int32] = []
        var starts: [Int32] = []
        var masks: [UInt64] = []

        mutating func removeAll() {
            states.removeAll(keepingCapacity: true)
            starts.removeAll(keepingCapacity: true)
            masks.removeAll(keepingCapacity: true)
        }

        mutating func append(_ state: Int32, _ start: Int32, _ mask: UInt64) {
            states.append(state)
            starts.append(start)
            masks.append(mask)
        }
    }

}
