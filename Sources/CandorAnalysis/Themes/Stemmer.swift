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
        asciiStem(key, language: language) ?? characterStem(key, language: language)
    }

    /// `stem` on characters, for any key (internal: tests compare the two paths).
    func characterStem(_ key: String, language: Language) -> String {
        let scalars = Array(key.unicodeScalars)
        guard scalars.count > 3, scalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "'" || $0 == "-" }) else { return key }
        switch language.rawValue {
        case "fr": return french(key)
        default: return english(key)
        }
    }

    /// The same rules on an ASCII key's bytes, where a byte is a character and a letter is
    /// alphabetic (nil for other keys): the general path decodes characters, and this runs on
    /// every new word of a worker's vocabulary.
    private func asciiStem(_ key: String, language: Language) -> String? {
        let word = Array(key.utf8)
        guard word.allSatisfy({ $0 < 0x80 }) else { return nil }
        let count = word.count
        guard count > 3, word.allSatisfy({ (0x61...0x7A).contains($0 | 0x20) || $0 == 0x27 || $0 == 0x2D }) else { return key }
        func ends(_ suffix: StaticString) -> Bool {
            let length = suffix.utf8CodeUnitCount
            guard count >= length else { return false }
            return UnsafeBufferPointer(start: suffix.utf8Start, count: length).elementsEqual(word[(count - length)...])
        }
        func dropping(_ last: Int, adding tail: String = "") -> String {
            String(decoding: word[..<(count - last)], as: UTF8.self) + tail
        }
        if language.rawValue == "fr" {
            if ends("aux"), count > 5 { return dropping(3, adding: "al") }
            if ends("eaux") { return dropping(1) }
            if ends("s") || ends("x"), !ends("ss") { return dropping(1) }
            return key
        }
        if ends("ies"), count > 4 { return dropping(3, adding: "y") }
        if ends("sses") { return dropping(2) }
        if ends("ss") || ends("us") || ends("is") { return key }
        if ends("es"), count > 4, [0x73, 0x78, 0x7A].contains(word[count - 3]) || ends("ches") || ends("shes") { return dropping(2) }
        if ends("s") { return dropping(1) }
        return key
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
