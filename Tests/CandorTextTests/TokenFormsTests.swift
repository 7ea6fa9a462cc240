import Testing
@testable import CandorText

/// Tokens name their written forms in a store (`TokenForms`) their text keeps alive; a
/// tokenizer whose store is full starts a new one and empties its cache of tokens.
struct TokenFormsTests {
    @Test func storeKeepsEachFormWhereItWasPut() {
        let forms = TokenForms(capacity: 3)
        #expect(forms.remaining == 3)
        let first = forms.append(norm: "téléphone", key: "telephone")
        let second = forms.append(norm: "a long norm well past fifteen bytes, stored on the heap", key: "k")
        #expect((first, second) == (0, 1) && forms.count == 2 && forms.remaining == 1)
        #expect(forms.norm(first) == "téléphone" && forms.key(first) == "telephone")
        #expect(forms.norm(second).hasPrefix("a long norm") && forms.key(second) == "k")
    }

    /// With a store of 16 forms, texts of repeated words fill several stores: every text still
    /// reads the forms of a fresh tokenizer's tokens, from its own store, after the tokenizer
    /// moved on (and after it is gone). A tokenizer that kept its cache past a new store would
    /// hand out form numbers of the old one.
    @Test func fullStoreIsReplacedAndTextsKeepTheirs() throws {
        let texts = [
            "L'attente était longue, trop longue !", "Téléphone ŒUVRE Straße", "the hold time, the hold time",
            "Délai de remboursement: 3 semaines", "contact@example.com ou www.example.com/aide", "ok ok ok",
            "L'attente était longue, trop longue !", "the hold time was long",
        ]
        var tokenized: [TokenizedText] = []
        do {
            let tokenizer = try Tokenizer(vocabulary: TokenVocabulary())
            tokenizer.formCapacity = 16
            for _ in 0..<3 { for text in texts { tokenized.append(tokenizer.tokenize(text)) } }
        }
        let stores = Set(tokenized.map { ObjectIdentifier($0.forms) })
        #expect(stores.count > 3, "the stores filled and were replaced")
        #expect(tokenized.allSatisfy { $0.forms.count <= $0.forms.capacity })
        let reference = try Tokenizer()
        reference.cachingForms = false
        for (index, text) in tokenized.enumerated() {
            let fresh = reference.tokenize(texts[index % texts.count])
            #expect(text.norms == fresh.norms && text.keys == fresh.keys, "\(texts[index % texts.count])")
            #expect(text.tokens.map(\.isPlain) == fresh.tokens.map(\.isPlain))
        }
    }
}
