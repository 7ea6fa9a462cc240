/// A language with its own data (stopwords, flaw patterns), or `und` for any other.
///
/// Every language is tokenized correctly through ICU; the guess only chooses which language
/// data applies.
public struct Language: RawRepresentable, Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The BCP 47 code: `en`, `fr`, `und`.
    public var rawValue: String

    /// Creates a language from its code.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// English.
    public static let english = Language(rawValue: "en")
    /// French.
    public static let french = Language(rawValue: "fr")
    /// Undetermined: no language data applies.
    public static let undetermined = Language(rawValue: "und")

    /// The code.
    public var description: String { rawValue }

    public static func < (lhs: Language, rhs: Language) -> Bool { lhs.rawValue < rhs.rawValue }
}
