/// Decides, from a sentence's words alone, whether any rule can match in it: the matcher skips
/// the sentences it shuts, which are most of them.
///
/// A rule pattern is unfolded into alternatives ("gates"), each a list of word sets ("units")
/// that every match through that alternative holds a word of: "(things happen|it is what it is)"
/// gives the gates {things}{happen} and {it}{is}{what}. Matches never cross a sentence boundary,
/// so a sentence where no gate of the response's language has all its units cannot match any
/// rule. Scope markers ("not", "but", "if") only matter next to a rule match in the same
/// sentence, so they never open one. Rules with no mandatory word open the sentences holding
/// their first mandatory prefix, or every sentence.
///
/// Each gate is anchored on its rarest unit: a sentence notes its words and lists the gates
/// anchored on a unit one of them is in, then checks only those; a common word ("not", "the")
/// costs a bit in the sentence's word set, not a visit to every gate that needs it.
struct SentenceGate: Sendable {
    /// Per word id: the gates anchored on a unit holding the word (compressed rows).
    var wordAnchoredOffsets: [Int32] = [0]
    var wordAnchoredItems: [Int32] = []
    /// Per gate: its units other than the anchor (compressed rows), coded by the automaton's
    /// `WordSetNumbering`, and its pattern's languages.
    var gateUnitOffsets: [Int32] = [0]
    var gateUnitItems: [Int32] = []
    var languages: [UInt64] = []
    /// Per gate: its rule pattern (a sentence the gate opens arms the pattern).
    var patterns: [Int32] = []
    /// Prefixes that open a sentence by themselves (bits over prefix ids).
    var anchorPrefixBits: [UInt64] = []
    /// True when some rule can match in any sentence.
    var alwaysActive = true
    /// The signatures of the words and of the gates' units (`UnitSignature`).
    var signature = UnitSignature()

    /// The number of gates.
    var gateCount: Int { languages.count }

    /// The most alternatives a pattern unfolds into; past it, its mandatory sets make one gate.
    static let alternativeLimit = 16

    init() {}

    /// The gate of `automaton`'s rules over `wordCount` word ids; `patternLanguage` gives each
    /// pattern's languages, `sets` numbers the units of several words.
    init(_ automaton: RuleAutomaton, wordCount: Int, prefixStride: Int, patternLanguage: [UInt64], sets: inout WordSetNumbering) {
        var wordAnchored: [[Int32]] = Array(repeating: [], count: wordCount)
        for (gate, rule) in automaton.ruleGates.enumerated() {
            // The first set is the rarest (`RuleAutomaton` orders them): the anchor.
            var seen: Set<[Int32]> = []
            for (offset, words) in rule.sets.enumerated() where seen.insert(words).inserted {
                if offset == 0 {
                    for word in Set(words).sorted() where Int(word) < wordCount { wordAnchored[Int(word)].append(Int32(gate)) }
                } else {
                    gateUnitItems.append(sets.code(words))
                }
            }
            gateUnitOffsets.append(Int32(gateUnitItems.count))
            languages.append(Int(rule.pattern) < patternLanguage.count ? patternLanguage[Int(rule.pattern)] : .max)
            patterns.append(rule.pattern)
        }
        (wordAnchoredOffsets, wordAnchoredItems) = compressedRows(wordAnchored)
        signature = UnitSignature(unitOffsets: gateUnitOffsets, unitItems: gateUnitItems, sets: sets, wordCount: wordCount)
        anchorPrefixBits = Array(repeating: 0, count: max(1, prefixStride))
        for prefix in automaton.anchorPrefixes { anchorPrefixBits[Int(prefix) >> 6] |= 1 << UInt64(prefix & 63) }
        alwaysActive = automaton.alwaysActive
    }

    /// The alternatives of `pattern`, each the word sets every match through it holds a word
    /// of, or nil when some alternative holds no mandatory word.
    ///
    /// A choice of single words is one set; another choice unfolds into its alternatives, a
    /// sequence into the product of its parts'. A part whose unfolding would pass
    /// `alternativeLimit` counts by its mandatory sets only (`mandatory`), which every one of
    /// its alternatives shares.
    static func alternatives(of pattern: PatternNode, mandatory: (PatternNode) -> [[String]]) -> [[[String]]]? {
        func unfold(_ node: PatternNode) -> [[[String]]] {
            switch node {
            case .word(let key): return [[[key]]]
            case .prefix, .number, .digits, .any, .gap, .optional: return [[]]
            case .choice(let nodes) where nodes.allSatisfy(\.isSingleWordOrPrefix):
                return [mandatory(node)]
            case .choice(let nodes):
                var result: [[[String]]] = []
                for alternative in nodes {
                    result.append(contentsOf: unfold(alternative))
                    if result.count > alternativeLimit { return [mandatory(node)] }
                }
                return result
            case .sequence(let nodes):
                var result: [[[String]]] = [[]]
                for child in nodes {
                    var parts = unfold(child)
                    if result.count * parts.count > alternativeLimit { parts = [mandatory(child)] }
                    result = result.flatMap { prefix in parts.map { prefix + $0 } }
                }
                return result
            }
        }
        let result = unfold(pattern)
        return result.contains(where: \.isEmpty) ? nil : result
    }
}
