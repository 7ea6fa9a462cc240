import CandorText
import Testing
@testable import CandorAnalysis

/// The pattern language: parsing, and matching through the compiled automaton.
struct PatternTests {
    private func keys(_ word: String) -> [String] {
        guard let tokenized = try? Tokenizer().tokenize(word) else { return [] }
        return tokenized.tokens.filter { $0.kind.isContent }.map(tokenized.key(of:))
    }

    private func parse(_ source: String, lists: [String: [String]] = [:]) throws -> PatternNode {
        try PatternParser(lists: lists, keys: keys).parse(source)
    }

    @Test func parsesWordsPrefixesChoicesAndGaps() throws {
        #expect(try parse("on hold") == .sequence([.word("on"), .word("hold")]))
        #expect(try parse("rembours*") == .prefix("rembours"))
        #expect(try parse("(still|yet again)") == .choice([.word("still"), .sequence([.word("yet"), .word("again")])]))
        #expect(try parse("[the] hold ~2 <num>") == .sequence([.optional(.word("the")), .word("hold"), .gap(max: 2), .number]))
        #expect(try parse("Téléphone") == .word("telephone"))
        #expect(try parse("l'attente") == .sequence([.word("l'"), .word("attente")]))
        #expect(try parse("@unit", lists: ["unit": ["minutes", "hours"]]) == .choice([.word("minutes"), .word("hours")]))
    }

    @Test func choicesSharingAFirstWordAreFactoredBehindIt() throws {
        let factored = try parse("(ne sait|ne savais|ne sait pas|sais pas|ne)").factored()
        #expect(factored == .choice([
            .sequence([.word("ne"), .optional(.choice([.sequence([.word("sait"), .optional(.word("pas"))]), .word("savais")]))]),
            .sequence([.word("sais"), .word("pas")]),
        ]))
        #expect(try parse("(a b|a b)").factored() == .sequence([.word("a"), .word("b")]))
    }

    @Test func theSentenceGateUnfoldsAlternativesIntoWordSets() throws {
        func alternatives(_ source: String) throws -> [[[String]]]? {
            SentenceGate.alternatives(of: try parse(source)) { RuleAutomaton.mandatory($0, cost: { _ in 1 }) }
        }
        #expect(try alternatives("(things happen|it is what it is)") == [[["things"], ["happen"]], [["it"], ["is"], ["what"], ["it"], ["is"]]])
        // A choice of single words is one set; optional parts and gaps require nothing.
        #expect(try alternatives("[very] (late|slow) ~2 delivery") == [[["late", "slow"], ["delivery"]]])
        // An alternative without any mandatory word leaves the gate to prefixes or to every sentence.
        #expect(try alternatives("(rembours*|refund)") == nil)
        // Past the limit, a part counts by its mandatory sets: one word of each alternative.
        let many = (1...20).map { "w\($0) x" }.joined(separator: "|")
        let firsts = (1...20).map { "w\($0)" }.sorted()
        #expect(try alternatives("(\(many)) (a b|c d)") == [[firsts, ["a"], ["b"]], [firsts, ["c"], ["d"]]])
    }

    @Test func scopeMarkersAreOnlyFoundInSentencesTheGateOpens() throws {
        // A rule and a scope marker ("is"): the gate shuts the first sentence ("is" without
        // "what"), so the marker is only reported in the second.
        let nodes = try ["(things happen|it is what it is)", "is"].map { try parse($0) }
        let automaton = RuleAutomaton(patterns: nodes, numberWords: [], rulePatterns: [true, false])
        let matcher = AutomatonMatcher(automaton: automaton)
        let tokenized = try Tokenizer().tokenize("It is late. It is what it is.")
        let layout = ClauseLayout(tokenized)
        let symbols = layout.content.map { matcher.symbols(key: tokenized.key(of: tokenized.tokens[$0]), isNumber: false) }
        let found = matcher.matches(symbols, hardBoundaryBefore: layout.hardBoundaryBefore)
        #expect(found.filter { $0.pattern == 0 }.map { [$0.start, $0.end] } == [[3, 7]])
        #expect(found.filter { $0.pattern == 1 }.map(\.start).sorted() == [4, 7])
    }

    @Test(arguments: ["", "(a|b", "a|", "ab*", "~9 x", "@missing", "[maybe]", "x <bad>", "wait*ing", "fo@o", "x>y", "caf<é"])
    func rejectsBrokenPatterns(source: String) {
        #expect(throws: PatternParser.Failure.self) { try parse(source) }
    }

    private func matches(_ patterns: [String], in text: String) throws -> [(Int32, String)] {
        let nodes = try patterns.map { try parse($0) }
        let automaton = RuleAutomaton(patterns: nodes, numberWords: ["three"])
        let matcher = AutomatonMatcher(automaton: automaton)
        let tokenized = try Tokenizer().tokenize(text)
        let layout = ClauseLayout(tokenized)
        let symbols = layout.content.map { index in
            matcher.symbols(key: tokenized.key(of: tokenized.tokens[index]), isNumber: tokenized.tokens[index].kind == .number)
        }
        return matcher.matches(symbols, hardBoundaryBefore: layout.hardBoundaryBefore).map { match in
            let first = tokenized.tokens[layout.content[Int(match.start)]]
            let last = tokenized.tokens[layout.content[Int(match.end)]]
            return (match.pattern, tokenized.text(from: first.start, to: last.end))
        }
    }

    @Test func automatonFindsEveryPatternInOnePass() throws {
        let found = try matches(["on hold ~2 <num> minutes", "rembours*", "third time"], in: "On hold for almost 45 minutes. Third time! Remboursement?")
        #expect(found.map(\.0) == [0, 2, 1])
        #expect(found.map(\.1) == ["On hold for almost 45 minutes", "Third time", "Remboursement"])
    }

    @Test func numberWordsMatchNumbers() throws {
        #expect(try matches(["waited <num> hours"], in: "I waited three hours").count == 1)
        #expect(try matches(["waited <digits> hours"], in: "I waited three hours").isEmpty)
    }

    @Test func matchesDoNotCrossSentences() throws {
        #expect(try matches(["hold ~3 time"], in: "Put on hold. Next time call").isEmpty)
        #expect(try matches(["hold ~3 time"], in: "hold, then time").count == 1)
    }

    @Test func accentsAndCaseDoNotMatter() throws {
        #expect(try matches(["delai de remboursement"], in: "DÉLAI DE REMBOURSEMENT trop long").count == 1)
        #expect(try matches(["délai de remboursement"], in: "delai de remboursement").count == 1)
    }
}
