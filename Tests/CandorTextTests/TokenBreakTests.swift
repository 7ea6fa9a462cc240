import Testing
@testable import CandorText

/// The break a punctuation token makes, classified once by the tokenizer.
struct TokenBreakTests {
    @Test(arguments: [
        (".", TokenBreak.hard), ("!", .hard), ("?", .hard), (";", .hard), ("?!", .hard), ("...", .soft), (",", .soft),
        (":", .soft), ("(", .soft), ("-", .none), ("'", .none), ("/", .none), ("&", .none), ("=", .none),
        ("。", .hard), ("¿", .hard), ("！", .hard), ("…", .soft), ("’", .none), ("€", .none), ("°", .none), ("«", .soft),
        ("", .soft),
    ])
    func classifiesOnTheFirstCharacter(punctuation: String, expected: TokenBreak) {
        #expect(TokenBreak.of(punctuation: punctuation) == expected)
    }

    /// Every token carries the break of its norm (punctuation) or none, whether formed or
    /// copied from the tokenizer's cache (the second time a text is read).
    @Test func tokensCarryTheirBreakFormedOrCached() throws {
        let tokenizer = try Tokenizer(vocabulary: TokenVocabulary())
        let text = "Délai: trop long... Appelé 3 fois ! Rien ; wi-fi/4g, l'appli (nulle)? «non» — fin.\nOK"
        for _ in 0..<2 {
            let tokenized = tokenizer.tokenize(text)
            let tokens = tokenized.tokens
            #expect(tokens.contains { $0.breaks == .hard } && tokens.contains { $0.breaks == .soft })
            for token in tokens {
                let norm = tokenized.norm(of: token)
                #expect(token.breaks == (token.kind == .punctuation ? TokenBreak.of(punctuation: norm) : .none), "\(norm)")
            }
        }
    }
}
