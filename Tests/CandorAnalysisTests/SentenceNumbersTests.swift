import CandorText
import Testing
@testable import CandorAnalysis

/// Sentence numbers per token: a sentence starts after . ! ? ; or a line break.
struct SentenceNumbersTests {
    @Test func numbersEveryTokenBySentence() throws {
        let text = try Tokenizer().tokenize("One, two. Three four\nfive! six")
        // Tokens: One , two . Three four five ! six
        #expect(text.tokens.count == 9)
        #expect(SentenceNumbers.of(text) == [0, 0, 0, 0, 1, 1, 2, 2, 3])
        #expect(SentenceNumbers.of(try Tokenizer().tokenize("")) == [])
    }
}
