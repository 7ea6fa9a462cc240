import CandorCore

/// A light, rule-based stemmer that merges the inflections a theme label should not split:
/// plurals in English and French ("delays" / "delay", "délais" / "délai", "travaux" / "travail"
/// is left alone), and a few verb endings.
///
/// Deliberately conservative: merging "charges" with "charged" is wanted, merging "new" with
/// "news" is not, so only endings that keep at least four letters of stem are removed.
///
/// The rules are written once, over a key read either by characters (any key) or, for ASCII
/// keys (most), by bytes: a worker stems every new word of its vocabulary, and decoding
/// characters made that the costliest part of a new word's facts.
public struct Stemmer: Sendable {
    /// Creates a stemmer.
    public init() {}

    /// The stem of an accent-folded, lowercased key in `language`.
    public func stem(_ key: String, language: Language) -> String {
        asciiStem(key, language: language) ?? characterStem(key, language: language)
    }

    /// `stem` on characters, for any key (internal: tests compare the two readings).
    func characterStem(_ key: String, language: Language) -> String {
        let scalars = Array(key.unicodeScalars)
        guard scalars.count > 3, scalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "'" || $0 == "-" }) else { return key }
        return Self.rules(CharacterKey(key: key), language: language)
    }

    /// `stem` on an ASCII key's bytes, where a letter is alphabetic (nil for other keys).
    private func asciiStem(_ key: String, language: Language) -> String? {
        let bytes = Array(key.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        guard bytes.count > 3, bytes.allSatisfy({ (0x61...0x7A).contains($0 | 0x20) || $0 == 0x27 || $0 == 0x2D }) else { return key }
        return Self.rules(ByteKey(key: key, bytes: bytes), language: language)
    }

    private static func rules<Key: StemmedKey>(_ word: Key, language: Language) -> String {
        language.rawValue == "fr" ? french(word) : english(word)
    }

    private static func english<Key: StemmedKey>(_ word: Key) -> String {
        if word.ends("ies"), word.count > 4 { return word.dropping(3) + "y" }
        if word.ends("sses") { return word.dropping(2) }
        if word.ends("ss") || word.ends("us") || word.ends("is") { return word.key }
        if word.ends("es"), word.count > 4,
            word.ends("ses") || word.ends("xes") || word.ends("zes") || word.ends("ches") || word.ends("shes")
        {
            return word.dropping(2)
        }
        if word.ends("s"), word.count > 3 { return word.dropping(1) }
        return word.key
    }

    private static func french<Key: StemmedKey>(_ word: Key) -> String {
        if word.ends("aux"), word.count > 5 { return word.dropping(3) + "al" }
        if word.ends("eaux") { return word.dropping(1) }
        if word.ends("s") || word.ends("x"), word.count > 3, !word.ends("ss") { return word.dropping(1) }
        return word.key
    }
}

/// A key as the stemming rules read it: its length, its endings, and itself cut short, all in
/// characters.
private protocol StemmedKey {
    var key: String { get }
    var count: Int { get }
    func ends(_ suffix: StaticString) -> Bool
    func dropping(_ last: Int) -> String
}

/// Any key, read by characters.
private struct CharacterKey: StemmedKey {
    let key: String
    var count: Int { key.count }
    func ends(_ suffix: StaticString) -> Bool { key.hasSuffix(suffix.description) }
    func dropping(_ last: Int) -> String { String(key.dropLast(last)) }
}

/// An ASCII key, read by bytes (a byte is a character).
private struct ByteKey: StemmedKey {
    let key: String
    let bytes: [UInt8]
    var count: Int { bytes.count }
    func ends(_ suffix: StaticString) -> Bool {
        let length = suffix.utf8CodeUnitCount
        return bytes.count >= length && bytes[(bytes.count - length)...].elementsEqual(UnsafeBufferPointer(start: suffix.utf8Start, count: length))
    }
    func dropping(_ last: Int) -> String { String(decoding: bytes.dropLast(last), as: UTF8.self) }
}
