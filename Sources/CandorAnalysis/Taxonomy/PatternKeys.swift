import CandorText

/// Turns a pattern word into the token keys a response's tokens get for the same word, so a
/// pattern and a response are compared in one form: `Téléphone` → `telephone`, `l'attente` →
/// `l'` `attente`, and an elided form written alone (`n'`, `qu'`) → the token ICU and the
/// elision split give it in `n'a`, `qu'il`.
struct PatternKeys {
    private let tokenizer: Tokenizer?
    private let normalizer = Normalizer()

    init() {
        tokenizer = try? Tokenizer()
    }

    /// The keys of `word`, in order.
    func callAsFunction(_ word: String) -> [String] {
        let forms = normalizer.normalize(word)
        if Elision.isPrefix(forms.norm) { return [forms.norm] }
        guard let tokenizer else { return [forms.key] }
        let tokenized = tokenizer.tokenize(word)
        return tokenized.tokens.filter { $0.kind.isContent }.map(tokenized.key(of:))
    }
}
