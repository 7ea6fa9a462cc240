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
            return tagger.hits([tokenized], language: engine.guesser.guess(tokenized.tokens))
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
}
