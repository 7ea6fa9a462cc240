import CandorCore
import CandorIngest
import CandorText
import Foundation
import Testing
@testable import CandorAnalysis

/// The matcher's symbols by token id (`AutomatonMatcher.withSymbols`) give the tagger the same
/// hits as symbols looked up by key: through the id cache's growth and through the vocabulary's
/// renumbering (a bounded vocabulary empties itself and bumps its generation).
struct TokenSymbolTests {
    static let demo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Corpora/demo/survey.csv").path
    static let engine = Result { try AnalysisEngine.builtIn() }

    /// Every hit of every text of the demo survey, with tokens numbered by `vocabulary` (nil:
    /// tokens without ids, symbols by key).
    private func hits(_ texts: [String], vocabulary: TokenVocabulary?) throws -> [[RuleHit]] {
        let engine = try Self.engine.get()
        let tokenizer = try Tokenizer(vocabulary: vocabulary)
        let tagger = FlawTagger(compiled: engine.compiled, vocabulary: vocabulary)
        return texts.map { text in
            vocabulary?.startResponse()
            let tokenized = tokenizer.tokenize(text)
            return tagger.hits([tokenized], language: engine.guesser.guess(tokenized))
        }
    }

    @Test func symbolsByIDMatchSymbolsByKey() throws {
        var options = IngestOptions()
        options.textFields = ["reason", "improve"]
        let texts = try readAll(paths: [Self.demo], options: options).responses.flatMap(\.texts)
        let reference = try hits(texts, vocabulary: nil)
        #expect(reference.contains { !$0.isEmpty }, "the demo survey has rule hits")
        // Unbounded: more than 1,024 ids, so the id cache grows.
        let unbounded = TokenVocabulary()
        #expect(try hits(texts, vocabulary: unbounded) == reference)
        #expect(unbounded.count > 1_024)
        // Bounded: the vocabulary renumbers every few dozen texts; stale cached symbols would give
        // another word's symbol.
        let bounded = TokenVocabulary(limit: 200)
        #expect(try hits(texts, vocabulary: bounded) == reference)
        #expect(bounded.generation > 3)
    }

    /// The symbol vocabulary's hashed walk along a key's bytes (`SymbolVocabulary.symbols`)
    /// finds the word, prefixes and number words that cutting each prefix off the key finds, on
    /// every key of the demo survey and on keys around the prefixes (shorter, equal, accented).
    @Test func hashedLookupMatchesCuttingPrefixes() throws {
        let engine = try Self.engine.get()
        let vocabulary = engine.compiled.automaton.vocabulary
        var options = IngestOptions()
        options.textFields = ["reason", "improve"]
        let tokenizer = try Tokenizer()
        var keys = Set<String>()
        for text in try readAll(paths: [Self.demo], options: options).responses.flatMap(\.texts) {
            keys.formUnion(tokenizer.tokenize(text).keys)
        }
        for prefix in vocabulary.prefixes.keys {
            keys.formUnion([prefix, String(prefix.dropLast()), prefix + "e", prefix + "é", prefix + "s😡"])
        }
        keys.formUnion(vocabulary.words.keys.prefix(200))
        keys.formUnion(vocabulary.numberWords)
        keys.formUnion(["", "é", "😡", "東京", "3"])
        var withPrefixes = 0
        for key in keys.sorted() {
            for isNumber in [false, true] {
                let hashed = vocabulary.symbols(key: key, isNumber: isNumber)
                let cut = vocabulary.symbolsCuttingPrefixes(key: key, isNumber: isNumber)
                #expect(hashed.word == cut.word && hashed.prefixes == cut.prefixes, "\(key)")
                #expect(hashed.isNumber == cut.isNumber && hashed.isDigits == cut.isDigits, "\(key)")
                if !cut.prefixes.isEmpty { withPrefixes += 1 }
            }
        }
        // Each prefix is a key of its own (and read as a number and not).
        #expect(!vocabulary.prefixes.isEmpty && withPrefixes >= 2 * vocabulary.prefixes.count, "the keys reach every prefix")
    }
}
