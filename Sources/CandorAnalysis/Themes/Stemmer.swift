import CandorCore

/// A light, rule-based stemmer that merges the inflections a theme label should not split:
/// plurals in English and French ("delays" / "delay", "délais" / "délai", "travaux" / "travail"
/// is left alone), and a few verb endings.
///
/// Deliberately conservative: merging "charges" with "charged" is wanted, merging "new" with
/// "news" is not, so only endings that keep at least four letters of stem are removed.
public struct Stemmer: Sendable {
    /// Creates a stemmer.
    public init() {}

    /// The stem of an accent-folded, lowercased key in `language`.
    public func stem(_ key: String, language: Language) -> String {
        let scalars = Array(key.unicodeScalars)
        guard scalars.count > 3, scalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "'" || $0 == "-" }) else { return key }
        switch language.rawValue {
        case "fr": return french(key)
        default: return english(key)
        }
    }

    private func english(_ word: String) -> String {
        if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("sses") { return String(word.dropLast(2)) }
        if word.hasSuffix("ss") || word.hasSuffix("us") || word.hasSuffix("is") { return word }
        if word.hasSuffix("es"), word.count > 4, let before = word.dropLast(2).last, "sxz".contains(before) || word.hasSuffix("ches") || word.hasSuffix("shes") {
            return String(word.dropLast(2))
        }
        if word.hasSuffix("s"), word.count > 3 { return String(word.dropLast()) }
        return word
    }

    private func french(_ word: String) -> String {
        if word.hasSuffix("aux"), word.count > 5 { return String(word.dropLast(3)) + "al" }
        if word.hasSuffix("eaux") { return String(word.dropLast()) }
        if word.hasSuffix("s") || word.hasSuffix("x"), word.count > 3, !word.hasSuffix("ss") {
            return String(word.dropLast())
        }
        return word
    }
}
