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
    var links: [Language: PhraseTable<[Link]>] {
        didSet { resolvePlacement() }
    }
    /// `links`, flat, by the language of the responses they place (what assigning reads).
    private var placement = LinkPlacement()
    /// The language with the most responses: a response of undetermined language, or of a
    /// language without themes, is placed among its themes ("Friendly staff" is too short to
    /// tell English from French, but in an English survey it is English).
    var fallbackLanguage: Language? {
        didSet { resolvePlacement() }
    }
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
        resolvePlacement()
    }

    /// Flattens the links and resolves which place each language's responses.
    private mutating func resolvePlacement() {
        placement = LinkPlacement(links: links, fallback: fallbackLanguage)
    }

    /// An empty model (no themes).
    public static let empty = ThemeModel(themes: [], links: [:])

    /// The themes a response with `candidates` carries, most relevant first.
    ///
    /// Each candidate phrase pulls towards its themes by its link weight (how specific the
    /// phrase is, and how surely it belongs to the theme); the theme with the strongest pull
    /// comes first, then the others within `secondaryShare` of it. Ties go to the lower index.
    public func assign(_ candidates: [PhraseCandidate], language: Language) -> [Int] {
        // The themes alone: gathering each one's evokers (`assignWithEvidence`) would build an
        // array per theme to drop it (the second pass asks this per field of a response).
        var scratch = AssignScratch()
        assign(candidates, language: language, into: &scratch)
        return scratch.themes
    }

    /// The opinion theme for a response of `language` (or of the fallback language).
    public func opinionTheme(for language: Language) -> Int? {
        if let theme = opinionThemes[language] { return theme }
        guard language == .undetermined || links[language] == nil || links[language]?.count == 0, let fallbackLanguage else { return nil }
        return opinionThemes[fallbackLanguage]
    }

    /// Like `assign`, with the indices of the candidates that evoked each theme.
    public func assignWithEvidence(_ candidates: [PhraseCandidate], language: Language) -> [(theme: Int, candidates: [Int])] {
        var scratch = AssignScratch()
        return assignWithEvidence(candidates, language: language, scratch: &scratch)
    }

    /// A worker's scratch storage for `assign(_:language:into:)`, reused from response to
    /// response (arrays allocated per response were a fifth of assigning), which also holds
    /// the last assignment: its themes and each one's evoking candidates.
    public struct AssignScratch {
        fileprivate var pulls: [(theme: Int, score: Double)] = []
        fileprivate var evoked: [(pull: Int32, candidate: Int32)] = []
        /// The pulls assigned, strongest first.
        fileprivate var kept: [Int32] = []

        /// Empty scratch storage.
        public init() {}

        /// The themes of the last assignment, strongest first.
        public var themes: [Int] { kept.map { pulls[Int($0)].theme } }

        /// Replaces `out` with the indices of the candidates that evoked theme `index` (in
        /// `themes`) of the last assignment, in candidate order (a buffer the caller reuses).
        public func evokers(of index: Int, into out: inout [Int]) {
            out.removeAll(keepingCapacity: true)
            let code = kept[index]
            for item in evoked where item.pull == code { out.append(Int(item.candidate)) }
        }
    }

    /// `assignWithEvidence(_:language:)` with the worker's scratch storage.
    public func assignWithEvidence(
        _ candidates: [PhraseCandidate], language: Language, scratch: inout AssignScratch
    ) -> [(theme: Int, candidates: [Int])] {
        assign(candidates, language: language, into: &scratch)
        return scratch.themes.enumerated().map { index, theme in
            var evokers: [Int] = []
            scratch.evokers(of: index, into: &evokers)
            return (theme, evokers)
        }
    }

    /// Assigns as `assignWithEvidence(_:language:)` does, leaving the themes and their evokers
    /// in `scratch` (`AssignScratch.themes`, `evokers(of:into:)`): the second pass reads
    /// them there, with no arrays built per response and theme.
    public func assign(_ candidates: [PhraseCandidate], language: Language, into scratch: inout AssignScratch) {
        var pulls = scratch.pulls
        var evoked = scratch.evoked
        var kept = scratch.kept
        scratch = AssignScratch()
        pulls.removeAll(keepingCapacity: true)
        evoked.removeAll(keepingCapacity: true)
        kept.removeAll(keepingCapacity: true)
        defer {
            scratch.pulls = pulls
            scratch.evoked = evoked
            scratch.kept = kept
        }
        guard !candidates.isEmpty, let table = placement.links(for: language) else { return }
        // A response evokes few themes: a short array beats hashing. Which candidate evoked
        // which pull is noted flat, and gathered per theme only when read.
        table.forEachLinked(candidates.count, key: { candidates[$0].key }) { index, links in
            let lead = (1.2 - 0.4 * candidates[index].position) * (1 + log(Double(candidates[index].occurrences)))
            for link in links {
                if let slot = pulls.firstIndex(where: { $0.theme == link.theme }) {
                    pulls[slot].score += link.weight * lead
                    evoked.append((Int32(slot), Int32(index)))
                } else {
                    evoked.append((Int32(pulls.count), Int32(index)))
                    pulls.append((link.theme, link.weight * lead))
                }
            }
        }
        var best = 0.0
        for pull in pulls where pull.score > best { best = pull.score }
        guard best > 0 else { return }
        // The pulls within `secondaryShare` of the best, strongest first (ties: lower theme).
        for pull in pulls.indices where pulls[pull].score >= best * secondaryShare { kept.append(Int32(pull)) }
        kept.sort { (pulls[Int($1)].score, pulls[Int($0)].theme) < (pulls[Int($0)].score, pulls[Int($1)].theme) }
        if kept.count > maxPerResponse { kept.removeLast(kept.count - maxPerResponse) }
    }
}
