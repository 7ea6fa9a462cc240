import CandorText

/// Runs a `RuleAutomaton` over one text's tokens and reports every pattern match.
///
/// Holds per-thread state (the symbol cache and the thread lists), so one instance belongs to
/// one worker; the automaton itself is shared. The thread lists are raw buffers sized for every
/// state at once (a state holds at most one thread per step), so the hot loop does no array
/// growth, uniqueness check or exclusivity check.
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
    private static let cacheLimit = 1 << 17
    private let capacity: Int
    /// Per state: the step that last added a thread for it.
    private let mark: UnsafeMutablePointer<UInt32>
    private var generation: UInt32 = 0
    /// Two thread lists (state, start token, wildcard mask), swapped every step.
    private let states: (UnsafeMutablePointer<Int32>, UnsafeMutablePointer<Int32>)
    private let starts: (UnsafeMutablePointer<Int32>, UnsafeMutablePointer<Int32>)
    private let masks: (UnsafeMutablePointer<UInt64>, UnsafeMutablePointer<UInt64>)
    /// Which pattern words the current text holds (bit per word id).
    private var present: [UInt64]

    init(automaton: RuleAutomaton) {
        self.automaton = automaton
        capacity = max(16, automaton.stateCount)
        mark = .allocate(capacity: capacity)
        mark.initialize(repeating: 0, count: capacity)
        states = (.allocate(capacity: capacity), .allocate(capacity: capacity))
        starts = (.allocate(capacity: capacity), .allocate(capacity: capacity))
        masks = (.allocate(capacity: capacity), .allocate(capacity: capacity))
        present = Array(repeating: 0, count: max(1, automaton.flat.wordStride))
    }

    deinit {
        mark.deallocate()
        states.0.deallocate()
        states.1.deallocate()
        starts.0.deallocate()
        starts.1.deallocate()
        masks.0.deallocate()
        masks.1.deallocate()
    }

    /// Symbols by token id (`TokenVocabulary`), valid for `byIDGeneration`.
    private var byID: [TokenSymbols?] = []
    private var byIDGeneration = -1

    /// The symbols of a token: by its vocabulary id when it has one (an array read), else by
    /// key. `generation` is the vocabulary's, which invalidates the ids when it changes.
    func symbols(for token: Token, generation: Int) -> TokenSymbols {
        let isNumber = token.kind == .number
        guard token.id >= 0, !isNumber else { return symbols(key: token.key, isNumber: isNumber) }
        if generation != byIDGeneration {
            byID.removeAll(keepingCapacity: true)
            byIDGeneration = generation
        }
        let id = Int(token.id)
        if id < byID.count, let known = byID[id] { return known }
        let symbols = automaton.vocabulary.symbols(key: token.key, isNumber: false)
        if id >= byID.count { byID.append(contentsOf: repeatElement(nil, count: id - byID.count + 1)) }
        byID[id] = symbols
        return symbols
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

    /// All matches over `symbols` for patterns of the languages in `languages` (bits); no match
    /// crosses a token whose `hardBoundaryBefore` is set.
    func matches(_ symbols: [TokenSymbols], hardBoundaryBefore: [Bool], languages: UInt64 = .max) -> [Match] {
        var found: [Match] = []
        let flat = automaton.flat
        // Which pattern words the current sentence holds (matches never cross a sentence).
        var sentenceEnd = 0
        defer { for symbol in symbols where symbol.word >= 0 { present[Int(symbol.word) / 64] = 0 } }
        var currentStates = states.0, nextStates = states.1
        var currentStarts = starts.0, nextStarts = starts.1
        var currentMasks = masks.0, nextMasks = masks.1
        var currentCount = 0
        var generation = self.generation
        defer { self.generation = generation }
        let mark = self.mark
        present.withUnsafeMutableBufferPointer { present in
        flat.opcode.withUnsafeBufferPointer { opcode in
        flat.argument.withUnsafeBufferPointer { argument in
        flat.followOffsets.withUnsafeBufferPointer { followOffsets in
        flat.followItems.withUnsafeBufferPointer { followItems in
        flat.wordStartOffsets.withUnsafeBufferPointer { wordStartOffsets in
        flat.wordStartItems.withUnsafeBufferPointer { wordStartItems in
            /// True when every mandatory word set of the state's pattern is in the text.
            func wakes(_ state: Int32) -> Bool {
                let pattern = Int(flat.patternOfState[Int(state)])
                if flat.patternLanguage[pattern] & languages == 0 { return false }
                for set in Int(flat.patternRequirementOffsets[pattern])..<Int(flat.patternRequirementOffsets[pattern + 1]) {
                    var found = false
                    for index in Int(flat.requirementOffsets[set])..<Int(flat.requirementOffsets[set + 1]) {
                        let word = flat.requirementItems[index]
                        if present[Int(word) / 64] & (1 << UInt64(word % 64)) != 0 {
                            found = true
                            break
                        }
                    }
                    if !found { return false }
                }
                return true
            }
            var sentenceStart = 0
            var active = true
            for position in symbols.indices {
                if hardBoundaryBefore[position] { currentCount = 0 }
                if position == sentenceEnd {
                    for index in sentenceStart..<sentenceEnd where symbols[index].word >= 0 {
                        present[Int(symbols[index].word) / 64] = 0
                    }
                    sentenceStart = position
                    sentenceEnd = position + 1
                    while sentenceEnd < symbols.count, !hardBoundaryBefore[sentenceEnd] { sentenceEnd += 1 }
                    active = flat.alwaysActive
                    for index in sentenceStart..<sentenceEnd {
                        let word = symbols[index].word
                        if word >= 0 {
                            present[Int(word) / 64] |= 1 << UInt64(word % 64)
                            if flat.anchorWordBits[Int(word) / 64] & (1 << UInt64(word % 64)) != 0 { active = true }
                        }
                        for prefix in symbols[index].prefixes where flat.anchorPrefixBits[Int(prefix) / 64] & (1 << UInt64(prefix % 64)) != 0 {
                            active = true
                        }
                    }
                }
                // A sentence without any rule's anchor word cannot match a rule: skip it.
                guard active else { continue }
                let symbol = symbols[position]
                if currentCount == 0, symbol.word < 0, symbol.prefixes.isEmpty, !symbol.isNumber, flat.startsOnAny.isEmpty {
                    continue
                }
                generation &+= 1
                if generation == 0 {
                    mark.update(repeating: 0, count: capacity)
                    generation = 1
                }
                var nextCount = 0
                let end = Int32(position)
                func follow(_ state: Int32, start: Int32, mask: UInt64) {
                    var index = Int(followOffsets[Int(state)])
                    let upper = Int(followOffsets[Int(state) + 1])
                    while index < upper {
                        let target = followItems[index]
                        index += 1
                        if opcode[Int(target)] == RuleAutomaton.Flat.accept {
                            found.append(Match(pattern: argument[Int(target)], start: start, end: end, wildcards: mask))
                            continue
                        }
                        if mark[Int(target)] == generation { continue }
                        mark[Int(target)] = generation
                        nextStates[nextCount] = target
                        nextStarts[nextCount] = start
                        nextMasks[nextCount] = mask
                        nextCount += 1
                    }
                }
                for index in 0..<currentCount {
                    let state = currentStates[index]
                    let code = opcode[Int(state)]
                    let accepted: Bool
                    switch code {
                    case RuleAutomaton.Flat.word: accepted = symbol.word == argument[Int(state)]
                    case RuleAutomaton.Flat.set:
                        let id = Int(argument[Int(state)])
                        if symbol.word >= 0,
                            flat.wordBits[id * flat.wordStride + Int(symbol.word) / 64] & (1 << UInt64(symbol.word % 64)) != 0
                        {
                            accepted = true
                        } else {
                            accepted = !symbol.prefixes.isEmpty
                                && symbol.prefixes.contains { flat.prefixBits[id * flat.prefixStride + Int($0) / 64] & (1 << UInt64($0 % 64)) != 0 }
                        }
                    case RuleAutomaton.Flat.any: accepted = true
                    case RuleAutomaton.Flat.prefix: accepted = symbol.prefixes.contains(argument[Int(state)])
                    case RuleAutomaton.Flat.number: accepted = symbol.isNumber
                    case RuleAutomaton.Flat.digits: accepted = symbol.isDigits
                    default: accepted = false
                    }
                    guard accepted else { continue }
                    let start = currentStarts[index]
                    var mask = currentMasks[index]
                    if code == RuleAutomaton.Flat.any, end - start < 64 { mask |= 1 << UInt64(end - start) }
                    follow(state, start: start, mask: mask)
                }
                if symbol.word >= 0 {
                    for index in Int(wordStartOffsets[Int(symbol.word)])..<Int(wordStartOffsets[Int(symbol.word) + 1]) {
                        let state = wordStartItems[index]
                        if wakes(state) { follow(state, start: end, mask: 0) }
                    }
                }
                for prefix in symbol.prefixes {
                    let lower = Int(flat.prefixStartOffsets[Int(prefix)]), upper = Int(flat.prefixStartOffsets[Int(prefix) + 1])
                    for index in lower..<upper where wakes(flat.prefixStartItems[index]) {
                        follow(flat.prefixStartItems[index], start: end, mask: 0)
                    }
                }
                if symbol.isNumber {
                    for state in flat.startsOnNumber where wakes(state) { follow(state, start: end, mask: 0) }
                }
                if symbol.isDigits {
                    for state in flat.startsOnDigits where wakes(state) { follow(state, start: end, mask: 0) }
                }
                for state in flat.startsOnAny where wakes(state) { follow(state, start: end, mask: 1) }
                swap(&currentStates, &nextStates)
                swap(&currentStarts, &nextStarts)
                swap(&currentMasks, &nextMasks)
                currentCount = nextCount
            }
        }
        }
        }
        }
        }
        }
        }
        return found
    }
}
