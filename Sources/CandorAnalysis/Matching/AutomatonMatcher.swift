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
    private var currentStates: [Int32] = []
    private var currentStarts: [Int32] = []
    private var currentMasks: [UInt64] = []
    private var nextStates: [Int32] = []
    private var nextStarts: [Int32] = []
    private var nextMasks: [UInt64] = []
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
    func matches(_ symbols: [TokenSymbols], hardBoundaryBefore: [Bool]) -> [Match] {
        var found: [Match] = []
        clear(&currentStates, &currentStarts, &currentMasks)
        for position in symbols.indices {
            if hardBoundaryBefore[position] { clear(&currentStates, &currentStarts, &currentMasks) }
            let symbol = symbols[position]
            bumpGeneration()
            clear(&nextStates, &nextStarts, &nextMasks)
            let end = Int32(position)
            for (index, state) in currentStates.enumerated() where automaton.accepts(state, symbol) {
                let start = currentStarts[index]
                var mask = currentMasks[index]
                if automaton.isWildcard(state), end - start < 64 { mask |= 1 << UInt64(end - start) }
                follow(state, start: start, end: end, mask: mask, into: &found)
            }
            if symbol.word >= 0, let starts = automaton.startsByWord[symbol.word] {
                for state in starts { follow(state, start: end, end: end, mask: 0, into: &found) }
            }
            for prefix in symbol.prefixes {
                for state in automaton.startsByPrefix[prefix] ?? [] { follow(state, start: end, end: end, mask: 0, into: &found) }
            }
            if symbol.isNumber {
                for state in automaton.startsOnNumber { follow(state, start: end, end: end, mask: 0, into: &found) }
            }
            if symbol.isDigits {
                for state in automaton.startsOnDigits { follow(state, start: end, end: end, mask: 0, into: &found) }
            }
            for state in automaton.startsOnAny { follow(state, start: end, end: end, mask: 1, into: &found) }
            swap(&currentStates, &nextStates)
            swap(&currentStarts, &nextStarts)
            swap(&currentMasks, &nextMasks)
        }
        return found
    }

    private func clear(_ states: inout [Int32], _ starts: inout [Int32], _ masks: inout [UInt64]) {
        states.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
        masks.removeAll(keepingCapacity: true)
    }

    /// Having consumed a token in `state`, adds the states after it (or records a match).
    @inline(__always)
    private func follow(_ state: Int32, start: Int32, end: Int32, mask: UInt64, into found: inout [Match]) {
        for target in automaton.closures[Int(automaton.next[Int(state)])] {
            if let pattern = automaton.acceptedPattern(target) {
                found.append(Match(pattern: pattern, start: start, end: end, wildcards: mask))
                continue
            }
            if mark[Int(target)] == generation { continue }
            mark[Int(target)] = generation
            nextStates.append(target)
            nextStarts.append(start)
            nextMasks.append(mask)
        }
    }

    private func bumpGeneration() {
        generation &+= 1
        if generation == 0 {
            for index in mark.indices { mark[index] = 0 }
            generation = 1
        }
    }
}
