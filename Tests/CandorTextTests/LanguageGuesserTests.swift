import CandorCore
import Testing
@testable import CandorText

/// The language guesser's per-worker cache gives the answers the guesser gives without it.
struct LanguageGuesserTests {
    /// Accent folding gives "été" and "ètè" one token id; the letter evidence cached for the id
    /// must follow the spelling, not the id.
    @Test func cachedLetterEvidenceFollowsTheSpelling() throws {
        let guesser = LanguageGuesser(profiles: [
            LanguageGuesser.Profile(language: Language(rawValue: "aa"), words: [], letters: ["é"]),
            LanguageGuesser.Profile(language: Language(rawValue: "bb"), words: [], letters: ["è"]),
        ])
        let vocabulary = TokenVocabulary()
        let tokenizer = try Tokenizer(vocabulary: vocabulary)
        let cache = LanguageGuesser.Cache(vocabulary: vocabulary)
        let expected = ["été": "aa", "ètè": "bb", "ete": "und"]
        for text in ["été", "ètè", "été", "ete", "ètè"] {
            vocabulary.startResponse()
            let tokens = tokenizer.tokenize(text)
            #expect(tokens.tokens.count == 1 && tokens.tokens[0].id == tokenizer.tokenize("ete").tokens[0].id)
            #expect(guesser.guess(tokens, cache: cache).rawValue == expected[text], "\(text)")
            #expect(guesser.guess(tokens, cache: cache) == guesser.guess(tokens), "\(text)")
        }
    }
}
