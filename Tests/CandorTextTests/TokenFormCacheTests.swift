import Testing
@testable import CandorText

/// A tokenizer copies the tokens of a segment it met before (`TokenFormCache`): they equal the
/// tokens formed afresh, offsets moved to the new place, and their ids are the vocabulary's,
/// through its renumbering.
struct TokenFormCacheTests {
    static let texts = [
        "L'avion est parti sans moi, qu'il dit. Aujourd’hui l’attente était de 45 minutes!",
        "The hold time was 45 minutes, the agent said it's not their fault. THE HOLD TIME!!",
        "Délai de remboursement: 3 semaines 😡😡 — contact@example.com ou www.example.com/aide",
        "l'avion, L'AVION, l’avion; qu'est-ce que c'est? 東京 ok ok ok",
        "",
    ]

    @Test func cachedTokensEqualFreshOnes() throws {
        // A small vocabulary renumbers every few texts, so the cache follows its generations.
        let vocabulary = TokenVocabulary(limit: 12)
        let cached = try Tokenizer(vocabulary: vocabulary)
        var generations: Set<Int> = []
        for round in 0..<6 {
            for text in Self.texts {
                vocabulary.startResponse()
                generations.insert(vocabulary.generation)
                // Text shifted by a prefix each round: the same segments at other offsets.
                let shifted = String(repeating: "ok ", count: round) + text
                let tokens = cached.tokenize(shifted).tokens
                let reference = try Tokenizer()
                reference.cachingForms = false
                let fresh = reference.tokenize(shifted).tokens
                #expect(tokens.map(\.kind) == fresh.map(\.kind))
                #expect(tokens.map(\.start) == fresh.map(\.start) && tokens.map(\.end) == fresh.map(\.end))
                #expect(tokens.map(\.norm) == fresh.map(\.norm) && tokens.map(\.key) == fresh.map(\.key))
                for token in tokens where token.kind == .word || token.kind == .number {
                    // The key is in the vocabulary already: `id` finds it without numbering it.
                    #expect(token.id == vocabulary.id(token.key), "\(token.key)")
                }
            }
        }
        #expect(generations.count > 3, "the vocabulary renumbered")
    }
}
