import CandorCore

/// The themes of a run and the lookup from a response's phrases to its themes.
///
/// Built once from the merged `PhraseStatistics` (`ThemeBuilder`), then shared read-only by
/// the workers that assign themes to responses.
public struct ThemeModel: Sendable, Equatable {
    /// One theme: a readable label and the phrases that evoke it.
    public struct Theme: Sendable, Equatable {
        /// Index in `ThemeModel.themes`.
        public var index: Int
        /// The language the theme was found in.
        public var language: Language
        /// The label: the theme's most representative phrase.
        public var label: String
        /// The phrases (most frequent surface of each merge key), most representative first.
        public var phrases: [String]
        /// Responses of the language holding at least one of the phrases (from the statistics).
        public var estimatedCount: Int
    }

    /// A phrase's link to a theme, with how specific it is.
    struct Link: Sendable, Equatable {
        var theme: Int
        var weight: Double
    }

    /// The themes, by language then by size.
    public var themes: [Theme]
    /// Merge key → theme link, by language.
    var links: [Language: [String: Link]]

    /// Creates a model.
    init(themes: [Theme], links: [Language: [String: Link]]) {
        self.themes = themes
        self.links = links
    }

    /// An empty model (no themes).
    public static let empty = ThemeModel(themes: [], links: [:])

    /// The themes a response with `candidates` carries, most relevant first.
    ///
    /// Relevance is the most specific phrase of the theme the response uses (longer and rarer
    /// phrases are more specific); ties go to the bigger theme, then the lower index.
    public func assign(_ candidates: [PhraseCandidate], language: Language) -> [Int] {
        guard let table = links[language] else { return [] }
        var best: [Int: Double] = [:]
        for candidate in candidates {
            guard let link = table[candidate.key] else { continue }
            if link.weight > best[link.theme, default: -1] { best[link.theme] = link.weight }
        }
        return best.sorted { lhs, rhs in
            if lhs.value != rhs.value { return lhs.value > rhs.value }
            return lhs.key < rhs.key
        }.map(\.key)
    }
}
