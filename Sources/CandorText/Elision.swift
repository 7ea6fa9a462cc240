/// French elision: `l'avion`, `qu'il`, `jusqu'à` are split into the elided article or pronoun
/// and the word, so `avion` is counted and matched on its own.
public enum Elision {
    /// True when `norm` (normalized, apostrophe unified) is an elided form on its own, such as
    /// `n'` or `qu'`: the token the tokenizer splits off `n'a` or `qu'il`.
    public static func isPrefix(_ norm: String) -> Bool { prefixes.contains(norm) }

    /// The elided forms French writes before a vowel, with their apostrophe.
    static let prefixes: Set<String> = [
        "l'", "d'", "j'", "qu'", "n'", "s'", "c'", "m'", "t'", "jusqu'", "lorsqu'", "puisqu'",
    ]

    /// The two halves of an elided word.
    struct Split {
        /// Length in UTF-16 units of the elided prefix, apostrophe included.
        var prefixLength: Int
        var prefixNorm: String
        var restNorm: String
        var restKey: String
    }

    /// Splits `norm` after an elided prefix, or nil when it has none.
    static func split(norm: String, key: String, units: UnsafeBufferPointer<UInt16>) -> Split? {
        guard let apostrophe = norm.firstIndex(of: "'") else { return nil }
        let prefix = String(norm[...apostrophe])
        guard prefixes.contains(prefix) else { return nil }
        let rest = String(norm[norm.index(after: apostrophe)...])
        guard !rest.isEmpty, rest.first?.isLetter == true else { return nil }
        guard let cut = units.firstIndex(where: Normalizer.isApostrophe) else { return nil }
        let restKey = key.firstIndex(of: "'").map { String(key[key.index(after: $0)...]) } ?? rest
        return Split(prefixLength: cut + 1, prefixNorm: prefix, restNorm: rest, restKey: restKey)
    }
}
