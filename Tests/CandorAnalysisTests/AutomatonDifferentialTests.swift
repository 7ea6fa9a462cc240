import Testing
@testable import CandorAnalysis

/// The matcher's shortcuts (start-state pre-checks, mandatory-word gating, the sentence gate
/// and armed scans, anchors, symbol caches) against a plain reference: random patterns over a
/// small vocabulary, random texts, and for every rule pattern the token positions where a match
/// ends must be the same. Scope markers only need to be found in sentences where a rule matches.
struct AutomatonDifferentialTests {
    /// A small seeded generator (SplitMix64), so a failure replays.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    static let words = ["the", "cat", "car", "sat", "not", "mat", "on", "3", "two", "care"]
    static let stems = ["ca", "ma", "s"]
    static let numberWords: Set<String> = ["two"]

    /// One token-consuming node.
    static func atom(_ random: inout Generator) -> PatternNode {
        switch random.next(11) {
        case 0: return .prefix(stems[random.next(stems.count)])
        // A choice of many single words: one set state, tested on every token of an armed
        // sentence (under a matcher whose `linkedSetLimit` is 4) instead of linked under each word.
        case 10: return .choice((0..<6).map { _ in .word(words[random.next(words.count)]) } + [.prefix(stems[random.next(stems.count)])])
        case 1: return .number
        case 2: return .digits
        case 3: return .choice([.word(words[random.next(words.count)]), .word(words[random.next(words.count)])])
        default: return .word(words[random.next(words.count)])
        }
    }

    /// A pattern that starts and ends with a consuming node (never matches nothing).
    static func pattern(_ random: inout Generator) -> PatternNode {
        var nodes = [atom(&random)]
        for _ in 0..<random.next(4) {
            switch random.next(7) {
            case 0: nodes.append(.gap(max: 1 + random.next(2)))
            case 1: nodes.append(.any)
            case 2: nodes.append(.optional(atom(&random)))
            case 3: nodes.append(.choice([atom(&random), .sequence([atom(&random), atom(&random)])]))
            case 4:
                // Phrases sharing their first word (the compiler factors them).
                let head = PatternNode.word(words[random.next(words.count)])
                nodes.append(.choice([.sequence([head, atom(&random)]), head, .sequence([head, atom(&random), atom(&random)])]))
            default: nodes.append(atom(&random))
            }
        }
        nodes.append(atom(&random))
        return .sequence(nodes)
    }

    /// Positions reachable after `node`, starting from `from`, within `keys[..<limit]`.
    static func after(_ node: PatternNode, _ keys: [String], _ from: Set<Int>, _ limit: Int) -> Set<Int> {
        func isDigits(_ key: String) -> Bool { !key.isEmpty && key.allSatisfy(\.isNumber) }
        func step(_ accepts: (String) -> Bool) -> Set<Int> {
            Set(from.filter { $0 < limit && accepts(keys[$0]) }.map { $0 + 1 })
        }
        switch node {
        case .word(let word): return step { $0 == word }
        case .prefix(let stem): return step { $0.hasPrefix(stem) }
        case .number: return step { isDigits($0) || numberWords.contains($0) }
        case .digits: return step(isDigits)
        case .any: return step { _ in true }
        case .gap(let max):
            return Set(from.flatMap { start in (0...max).map { start + $0 }.filter { $0 <= limit } })
        case .sequence(let nodes): return nodes.reduce(from) { after($1, keys, $0, limit) }
        case .choice(let nodes): return nodes.reduce(into: Set<Int>()) { $0.formUnion(after($1, keys, from, limit)) }
        case .optional(let inner): return from.union(after(inner, keys, from, limit))
        }
    }

    @Test(arguments: 0..<24)
    func matcherAgreesWithReference(seed: Int) {
        var random = Generator(state: UInt64(seed) &* 7919 &+ 1)
        var patterns = (0..<(8 + random.next(16))).map { _ in Self.pattern(&random) }
        // About one pattern in four is a scope marker: it never opens a sentence.
        let isRule = patterns.map { _ in random.next(4) != 0 }
        if seed % 2 == 1 {
            // Every rule holds a word: no rule is active everywhere or anchored on a prefix, so
            // every sentence goes through the gate and the armed scan.
            for index in patterns.indices where isRule[index] {
                patterns[index] = .sequence([patterns[index], .word(Self.words[random.next(Self.words.count)])])
            }
        }
        let automaton = RuleAutomaton(
            patterns: patterns, numberWords: Self.numberWords, commonWords: ["the", "on"], frequentWords: ["the"],
            rulePatterns: isRule)
        // Sets are tested on every token of an armed sentence when they pass the matcher's
        // limit, else linked under each member: both ways, on the same texts.
        let matchers = [AutomatonMatcher(automaton: automaton, linkedSetLimit: 4), AutomatonMatcher(automaton: automaton)]
        for index in 0..<200 {
            let matcher = matchers[index % 2]
            let count = 1 + random.next(14)
            let keys = (0..<count).map { _ in Self.words[random.next(Self.words.count)] }
            let hard = (0..<count).map { $0 == 0 || random.next(5) == 0 }
            let symbols = keys.map { matcher.symbols(key: $0, isNumber: $0.allSatisfy(\.isNumber)) }
            let found = matcher.matches(symbols, hardBoundaryBefore: hard)
            // The sentence of each token.
            var sentenceOf: [Int] = []
            for index in 0..<count { sentenceOf.append(index == 0 ? 0 : sentenceOf[index - 1] + (hard[index] ? 1 : 0)) }
            var expected: Set<[Int]> = []
            var expectedMarkers: Set<[Int]> = []
            for (index, pattern) in patterns.enumerated() {
                for start in 0..<count {
                    var limit = start + 1
                    while limit < count, !hard[limit] { limit += 1 }
                    for end in Self.after(pattern, keys, [start], limit) where end > start {
                        if isRule[index] { expected.insert([index, end - 1]) } else { expectedMarkers.insert([index, end - 1]) }
                    }
                }
            }
            let foundRules = Set(found.filter { isRule[Int($0.pattern)] }.map { [Int($0.pattern), Int($0.end)] })
            let foundMarkers = Set(found.filter { !isRule[Int($0.pattern)] }.map { [Int($0.pattern), Int($0.end)] })
            #expect(foundRules == expected, "\(keys) \(hard)")
            let ruleSentences = Set(expected.map { sentenceOf[$0[1]] })
            #expect(expectedMarkers.filter { ruleSentences.contains(sentenceOf[$0[1]]) }.isSubset(of: foundMarkers), "\(keys) \(hard)")
            for match in found {
                var limit = Int(match.start) + 1
                while limit < count, !hard[limit] { limit += 1 }
                let ends = Self.after(patterns[Int(match.pattern)], keys, [Int(match.start)], limit)
                #expect(ends.contains(Int(match.end) + 1), "reported match is not one: \(match) in \(keys)")
            }
        }
    }
}
