import CandorCore
import Foundation

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
        /// The phrases that evoke it most, most representative first.
        public var phrases: [String]
        /// The facet of customer experience it grew from, if any (`food`, `waiting`).
        public var facet: String?
        /// Responses of the language evoking it, as counted in the first pass.
        public var estimatedCount: Int
    }

    /// A phrase's pull towards a theme.
    struct Link: Sendable, Equatable {
        var theme: Int
        var weight: Double
    }

    /// The themes, by language then by size.
    public var themes: [Theme]
    /// Merge key → links, by language.
    var links: [Language: PhraseTable<[Link]>]
    /// The language with the most responses: a response of undetermined language, or of a
    /// language without themes, is placed among its themes ("Friendly staff" is too short to
    /// tell English from French, but in an English survey it is English).
    var fallbackLanguage: Language?
    /// Per language, the theme of the opinion facet ("overall opinion"), if it was kept: a
    /// response that names no theme but voices an opinion ("I hate it!", "Just amazed") is
    /// placed there rather than left without a theme.
    var opinionThemes: [Language: Int] = [:]
    /// Every stem of every linked phrase, or nil when some linked phrase's stems are unknown.
    /// A phrase's key is the sum of its stems' (`PhraseKey`), so a candidate with a stem outside
    /// this set has no link: the second pass builds no such candidate (`PhraseExtractor`).
    var linkedStems: PhraseTable<Bool>?
    /// A theme is kept for a response when its score reaches this share of the best theme's.
    var secondaryShare = 0.35
    /// The most themes a response carries.
    var maxPerResponse = 5

    /// Creates a model.
    init(themes: [Theme], links: [Language: PhraseTable<[Link]>]) {
        self.themes = themes
        self.links = links
    }

    /// An empty model (no themes).
    public static let empty = ThemeModel(themes: [], links: [:])

    /// The themes a response with `candidates` carries, most relevant first.
    ///
    /// Each candidate phrase pulls towards its themes by its link weight (how specific the
    /// phrase is, and how surely it belongs to the theme); the theme with the strongest pull
    /// comes first, then the others within `secondaryShare` of it. Ties go to the lower index.
    public func assign(_ candidates: [PhraseCandidate], language: Language) -> [Int] {
        assignWithEvidence(candidates, language: language).map(\.theme)
    }

    /// The opinion theme for a response of `language` (or of the fallback language).
    public func opinionTheme(for language: Language) -> Int? {
        if let theme = opinionThemes[language] { return theme }
        guard language == .undetermined || links[language] == nil || links[language]?.count == 0, let fallbackLanguage else { return nil }
        return opinionThemes[fallbackLanguage]
    }

    /// Like `assign`, with the indices of the candidates that evoked each theme.
    public func assignWithEvidence(_ candidates: [PhraseCandidate], language: Language) -> [(theme: Int, candidates: [Int])] {
        var chosen = links[language]
        if language == .undetermined || chosen == nil || chosen?.count == 0, let fallbackLanguage { chosen = links[fallbackLanguage] }
        guard let table = chosen else { return [] }
        // A response evokes few themes: a short array beats hashing. Which candidate evoked
        // which pull is noted flat, and gathered per theme only for the themes kept (an array
        // per pull, and a copy of each candidate's links, were most of the time here).
        var pulls: [(theme: Int, score: Double)] = []
        pulls.reserveCapacity(8)
        var evoked: [(pull: Int32, candidate: Int32)] = []
        evoked.reserveCapacity(candidates.count)
        for index in candidates.indices {
            table.withValue(candidates[index].key) { found in
                let lead = (1.2 - 0.4 * candidates[index].position) * (1 + log(Double(candidates[index].occurrences)))
                for link in found.indices {
                    let theme = found[link].theme, weight = found[link].weight
                    if let slot = pulls.firstIndex(where: { $0.theme == theme }) {
                        pulls[slot].score += weight * lead
                        evoked.append((Int32(slot), Int32(index)))
                    } else {
                        evoked.append((Int32(pulls.count), Int32(index)))
                        pulls.append((theme, weight * lead))
                    }
                }
            }
        }
        guard let best = pulls.map(\.score).max(), best > 0 else { return [] }
        let kept = pulls.indices.filter { pulls[$0].score >= best * secondaryShare }
            .sorted { (pulls[$1].score, pulls[$0].theme) < (pulls[$0].score, pulls[$1].theme) }
            .prefix(maxPerResponse)
        return kept.map { pull in
            (pulls[pull].theme, evoked.compactMap { $0.pull == Int32(pull) ? Int($0.candidate) : nil })
        }
    }
}
