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
    private let tables: MatcherTables
    private let alwaysActive: Bool
    private let capacity: Int
    /// Per state: the step that last added a thread for it.
    private let mark: UnsafeMutablePointer<UInt32>
    private var generation: UInt32 = 0
    /// Two thread lists (state, start token, wildcard mask), swapped every step.
    private let states: (UnsafeMutablePointer<Int32>, UnsafeMutablePointer<Int32>)
    private let starts: (UnsafeMutablePointer<Int32>, UnsafeMutablePointer<Int32>)
    private let masks: (UnsafeMutablePointer<UInt64>, UnsafeMutablePointer<UInt64>)
    /// Which pattern words the current sentence holds (bit per word id).
    private let present: UnsafeMutablePointer<UInt64>
    /// Per distinct mandatory set: the sentence (`sentenceStamp`) whose words last satisfied it.
    private let setStamp: UnsafeMutablePointer<UInt32>
    private var sentenceStamp: UInt32 = 0

    /// Symbol caches: by token id (valid for `byIDGeneration`) and by key; the prefix ids of
    /// cached symbols live in `prefixPool`. All three are dropped together.
    private var byID: [MatchSymbol] = []
    private var byIDGeneration = -1
    private var byKey: [String: MatchSymbol] = [:]
    private var prefixPool: [Int32] = []
    private static let cacheLimit = 1 << 17
    private static let unknown = MatchSymbol(word: -1, prefixStart: 0, prefixCount: -1, flags: 0)

    init(automaton: RuleAutomaton) {
        self.automaton = automaton
        let flat = automaton.flat
        tables = MatcherTables(flat)
        alwaysActive = flat.alwaysActive || !flat.startsOnAny.isEmpty
        capacity = max(16, automaton.stateCount)
        mark = .allocate(capacity: capacity)
        mark.initialize(repeating: 0, count: capacity)
        states = (.allocate(capacity: capacity), .allocate(capacity: capacity))
        starts = (.allocate(capacity: capacity), .allocate(capacity: capacity))
        masks = (.allocate(capacity: capacity), .allocate(capacity: capacity))
        present = .allocate(capacity: max(1, flat.wordStride))
        present.initialize(repeating: 0, count: max(1, flat.wordStride))
        setStamp = .allocate(capacity: max(1, tables.setCount))
        setStamp.initialize(repeating: 0, count: max(1, tables.setCount))
    }

    deinit {
        mark.deallocate()
        states.0.deallocate()
        states.1.deallocate()
        starts.0.deallocate()
        starts.1.deallocate()
        masks.0.deallocate()
        masks.1.deallocate()
        present.deallocate()
        setStamp.deallocate()
    }

    private func dropCaches() {
        byID.removeAll(keepingCapacity: true)
        byKey.removeAll(keepingCapacity: true)
        prefixPool.removeAll(keepingCapacity: true)
    }

    /// Call before a text's symbols: drops the caches when the vocabulary's `generation`
    /// changed (token ids lapsed) or they grew past their bound (never in the middle of a text,
    /// whose symbols point into the prefix pool).
    func startText(generation: Int) {
        if generation != byIDGeneration || byKey.count >= Self.cacheLimit || prefixPool.count >= Self.cacheLimit * 4 {
            dropCaches()
            byIDGeneration = generation
        }
    }

    /// Replaces `symbols` with the symbols of `tokens[content[i]]`: by vocabulary id when
    /// `byID` (the caches are checked against `generation` first), else by key.
    func fillSymbols(_ tokens: [Token], content: [Int], generation: Int, byID: Bool, into symbols: inout [MatchSymbol]) {
        symbols.removeAll(keepingCapacity: true)
        startText(generation: generation)
        guard byID else {
            for index in content { symbols.append(self.symbols(key: tokens[index].key, isNumber: tokens[index].kind == .number)) }
            return
        }
        // The id cache is moved into a local for the loop: no exclusivity check per token.
        var known = self.byID
        self.byID = []
        defer { self.byID = known }
        for index in content {
            let id = Int(tokens[index].id)
            let isNumber = tokens[index].kind == .number
            if id >= 0, id < known.count, known[id].prefixCount >= 0, known[id].isDigits == isNumber {
                symbols.append(known[id])
                continue
            }
            guard id >= 0 else {
                symbols.append(self.symbols(key: tokens[index].key, isNumber: isNumber))
                continue
            }
            let symbol = make(key: tokens[index].key, isNumber: isNumber)
            if id >= known.count { known.append(contentsOf: repeatElement(Self.unknown, count: id - known.count + 1)) }
            known[id] = symbol
            symbols.append(symbol)
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
        if found.word >= 0, MatcherTables.test(tables.anchorWordBits.base, found.word) { flags |= MatchSymbol.anchor }
        if found.prefixes.contains(where: { MatcherTables.test(tables.anchorPrefixBits.base, $0) }) { flags |= MatchSymbol.anchor }
        let symbol = MatchSymbol(word: found.word, prefixStart: Int32(prefixPool.count), prefixCount: Int32(found.prefixes.count), flags: flags)
        prefixPool.append(contentsOf: found.prefixes)
        return symbol
    }

    /// All matches over `symbols` for patterns of the languages in `languages` (bits); no match
    /// crosses a token whose `hardBoundaryBefore` is set.
    func matches(_ symbols: [MatchSymbol], hardBoundaryBefore: [Bool], languages: UInt64 = .max) -> [Match] {
        precondition(symbols.count == hardBoundaryBefore.count, "one boundary flag per symbol")
        var found: [Match] = []
        var scan = Scan(matcher: self, languages: languages)
        prefixPool.withUnsafeBufferPointer { pool in
            symbols.withUnsafeBufferPointer { symbols in
                hardBoundaryBefore.withUnsafeBufferPointer { hard in
                    scan.run(symbols, hard, pool, &found)
                }
            }
        }
        generation = scan.generation
        sentenceStamp = scan.sentenceStamp
        return found
    }

    /// The state of one scan, in locals the optimizer keeps in registers.
    private struct Scan {
        let t: MatcherTables
        let languages: UInt64
        let mark: UnsafeMutablePointer<UInt32>
        let capacity: Int
        let present: UnsafeMutablePointer<UInt64>
        let setStamp: UnsafeMutablePointer<UInt32>
        var sentenceStamp: UInt32
        let setCount: Int
        let alwaysActive: Bool
        var generation: UInt32
        var current: (UnsafeMutablePointer<Int32>, UnsafeMutablePointer<Int32>, UnsafeMutablePointer<UInt64>)
        var next: (UnsafeMutablePointer<Int32>, UnsafeMutablePointer<Int32>, UnsafeMutablePointer<UInt64>)
        var currentCount = 0
        var nextCount = 0

        init(matcher: AutomatonMatcher, languages: UInt64) {
            t = matcher.tables
            self.languages = languages
            mark = matcher.mark
            capacity = matcher.capacity
            present = matcher.present
            setStamp = matcher.setStamp
            sentenceStamp = matcher.sentenceStamp
            setCount = matcher.tables.setCount
            alwaysActive = matcher.alwaysActive
            generation = matcher.generation
            current = (matcher.states.0, matcher.starts.0, matcher.masks.0)
            next = (matcher.states.1, matcher.starts.1, matcher.masks.1)
        }

        /// True when the state's pattern applies to the language and every one of its
        /// mandatory word sets has a word in the current sentence.
        @inline(__always)
        func wakes(_ state: Int32) -> Bool {
            let pattern = Int(t.patternOfState.base[Int(state)])
            if t.patternLanguage.base[pattern] & languages == 0 { return false }
            var index = Int(t.patternSetOffsets.base[pattern])
            let end = Int(t.patternSetOffsets.base[pattern + 1])
            while index < end {
                if !satisfied(t.patternSetItems.base[index]) { return false }
                index += 1
            }
            return true
        }

        /// True when the current sentence holds a word of mandatory set `set` (a code of
        /// `MatcherTables.patternSetItems`).
        @inline(__always)
        func satisfied(_ set: Int32) -> Bool {
            set >= 0 ? setStamp[Int(set)] == sentenceStamp : MatcherTables.test(present, -2 - set)
        }

        /// Adds the successors of `state` as threads for the next token; reports accepts.
        @inline(__always)
        mutating func follow(_ state: Int32, start: Int32, end: Int32, mask: UInt64, _ found: inout [Match]) {
            var index = Int(t.followOffsets.base[Int(state)])
            let upper = Int(t.followOffsets.base[Int(state) + 1])
            while index < upper {
                let target = t.followItems.base[index]
                index += 1
                if t.opcode.base[Int(target)] == RuleAutomaton.Flat.accept {
                    found.append(Match(pattern: t.argument.base[Int(target)], start: start, end: end, wildcards: mask))
                    continue
                }
                if mark[Int(target)] == generation { continue }
                mark[Int(target)] = generation
                next.0[nextCount] = target
                next.1[nextCount] = start
                next.2[nextCount] = mask
                nextCount += 1
            }
        }

        /// True when consuming state `state` accepts `symbol`.
        @inline(__always)
        func accepts(_ state: Int32, _ code: UInt8, _ symbol: MatchSymbol, _ pool: UnsafeBufferPointer<Int32>) -> Bool {
            let argument = t.argument.base[Int(state)]
            switch code {
            case RuleAutomaton.Flat.word: return symbol.word == argument
            case RuleAutomaton.Flat.set:
                if symbol.word >= 0, MatcherTables.test(t.wordBits.base, symbol.word, row: Int(argument), stride: t.wordStride) {
                    return true
                }
                var index = Int(symbol.prefixStart)
                while index < Int(symbol.prefixStart + symbol.prefixCount) {
                    if MatcherTables.test(t.prefixBits.base, pool[index], row: Int(argument), stride: t.prefixStride) { return true }
                    index += 1
                }
                return false
            case RuleAutomaton.Flat.any: return true
            case RuleAutomaton.Flat.prefix:
                var index = Int(symbol.prefixStart)
                while index < Int(symbol.prefixStart + symbol.prefixCount) {
                    if pool[index] == argument { return true }
                    index += 1
                }
                return false
            case RuleAutomaton.Flat.number: return symbol.isNumber
            case RuleAutomaton.Flat.digits: return symbol.isDigits
            default: return false
            }
        }

        mutating func run(
            _ symbols: UnsafeBufferPointer<MatchSymbol>, _ hard: UnsafeBufferPointer<Bool>, _ pool: UnsafeBufferPointer<Int32>,
            _ found: inout [Match]
        ) {
            var sentenceStart = 0, sentenceEnd = 0
            var active = true
            for position in 0..<symbols.count {
                if hard[position] { currentCount = 0 }
                if position == sentenceEnd {
                    // A new sentence: note its words (matches never cross a sentence), and skip
                    // it when it holds no rule's anchor.
                    for index in sentenceStart..<sentenceEnd where symbols[index].word >= 0 {
                        present[Int(symbols[index].word) >> 6] = 0
                    }
                    sentenceStart = position
                    sentenceEnd = position + 1
                    while sentenceEnd < symbols.count, !hard[sentenceEnd] { sentenceEnd += 1 }
                    active = alwaysActive
                    sentenceStamp &+= 1
                    if sentenceStamp == 0 {
                        setStamp.update(repeating: 0, count: max(1, setCount))
                        sentenceStamp = 1
                    }
                    for index in sentenceStart..<sentenceEnd {
                        let symbol = symbols[index]
                        if symbol.flags & MatchSymbol.anchor != 0 { active = true }
                        guard symbol.word >= 0, !MatcherTables.test(present, symbol.word) else { continue }
                        present[Int(symbol.word) >> 6] |= 1 << UInt64(symbol.word & 63)
                        var set = Int(t.wordSetOffsets.base[Int(symbol.word)])
                        let last = Int(t.wordSetOffsets.base[Int(symbol.word) + 1])
                        while set < last {
                            setStamp[Int(t.wordSetItems.base[set])] = sentenceStamp
                            set += 1
                        }
                    }
                }
                guard active else { continue }
                let symbol = symbols[position]
                if currentCount == 0, symbol.word < 0, symbol.prefixCount == 0, symbol.flags == 0, t.startsOnAny.isEmpty { continue }
                generation &+= 1
                if generation == 0 {
                    mark.update(repeating: 0, count: capacity)
                    generation = 1
                }
                nextCount = 0
                let end = Int32(position)
                for index in 0..<currentCount {
                    let state = current.0[index]
                    let code = t.opcode.base[Int(state)]
                    guard accepts(state, code, symbol, pool) else { continue }
                    let start = current.1[index]
                    var mask = current.2[index]
                    if code == RuleAutomaton.Flat.any, end - start < 64 { mask |= 1 << UInt64(end - start) }
                    follow(state, start: start, end: end, mask: mask, &found)
                }
                if symbol.word >= 0 {
                    var index = Int(t.wordStartOffsets.base[Int(symbol.word)])
                    let upper = Int(t.wordStartOffsets.base[Int(symbol.word) + 1])
                    while index < upper {
                        let check = t.wordStartChecks.base[index]
                        if check.languages & languages != 0, check.set == -1 || satisfied(check.set) {
                            let state = t.wordStartItems.base[index]
                            if wakes(state) { follow(state, start: end, end: end, mask: 0, &found) }
                        }
                        index += 1
                    }
                }
                var prefix = Int(symbol.prefixStart)
                while prefix < Int(symbol.prefixStart + symbol.prefixCount) {
                    let id = Int(pool[prefix])
                    var index = Int(t.prefixStartOffsets.base[id])
                    let upper = Int(t.prefixStartOffsets.base[id + 1])
                    while index < upper {
                        let check = t.prefixStartChecks.base[index]
                        if check.languages & languages != 0, check.set == -1 || satisfied(check.set) {
                            let state = t.prefixStartItems.base[index]
                            if wakes(state) { follow(state, start: end, end: end, mask: 0, &found) }
                        }
                        index += 1
                    }
                    prefix += 1
                }
                if symbol.isNumber {
                    for state in t.startsOnNumber where wakes(state) { follow(state, start: end, end: end, mask: 0, &found) }
                }
                if symbol.isDigits {
                    for state in t.startsOnDigits where wakes(state) { follow(state, start: end, end: end, mask: 0, &found) }
                }
                for state in t.startsOnAny where wakes(state) { follow(state, start: end, end: end, mask: 1, &found) }
                swap(&current, &next)
                currentCount = nextCount
            }
            for index in sentenceStart..<sentenceEnd where symbols[index].word >= 0 {
                present[Int(symbols[index].word) >> 6] = 0
            }
        }
    }
}
