import CandorCore
import Foundation

/// Builds themes from phrase statistics.
///
/// 1. Facets of the language's lexicon that enough responses evoke become themes.
/// 2. Frequent words outside the lexicon join the facet they co-occur with far more than by
///    chance (a dish name joins `food` through "delicious", "fresh"…).
/// 3. Frequent phrases tied to no facet are grouped by shared words into further themes.
/// 4. Each theme is labeled with its most representative phrase found in the data.
/// Deterministic: every ordering breaks ties by key.
public struct ThemeBuilder: Sendable {
    /// The settings.
    public var options: ThemeOptions
    /// Facet lexicons by language.
    public var lexicons: [Language: FacetLexicon]

    /// Creates a builder.
    public init(options: ThemeOptions = ThemeOptions(), lexicons: [Language: FacetLexicon] = [:]) {
        self.options = options
        self.lexicons = lexicons
    }

    /// A theme under construction.
    struct Draft {
        var facet: String?
        /// The facet's display label from the lexicon, if it has one.
        var display: String?
        var size: Int
        /// Keys evoking the theme with their base weight (before idf).
        var keys: [UInt64: Double] = [:]
        /// Label candidates: phrase key → (surface, count, length).
        var phrases: [UInt64: LabelCandidate] = [:]
    }

    /// Builds the model.
    public func build(_ statistics: PhraseStatistics) -> ThemeModel {
        var themes: [ThemeModel.Theme] = []
        var links: [Language: PhraseTable<[ThemeModel.Link]>] = [:]
        var usedLabels: Set<String> = []
        var opinionThemes: [Language: Int] = [:]
        var linkedStems = PhraseTable<Bool>()
        var stemsKnown = true
        for language in statistics.entries.keys.sorted() {
            guard let table = statistics.entries[language] else { continue }
            let total = max(1, statistics.responses[language] ?? 0)
            let floor = max(options.minCount, Int((options.minShare * Double(total)).rounded(.up)))
            var drafts = facetDrafts(table, statistics.facetCounts[language] ?? [:], lexicons[language] ?? FacetLexicon(), total: total, floor: floor)
            drafts += DataThemeGrouper(floor: max(floor, Int((0.02 * Double(total)).rounded(.up))), limit: options.maxThemes).drafts(table, excluding: drafts)
            let kept = drafts.sorted { ($1.size, $0.facet ?? "~", $0.keys.keys.min() ?? 0) < ($0.size, $1.facet ?? "~", $1.keys.keys.min() ?? 0) }
                .prefix(options.maxThemes)
            var languageLinks = PhraseTable<[ThemeModel.Link]>()
            for draft in kept {
                let index = themes.count
                let ranked = draft.phrases.sorted { lhs, rhs in
                    let left = Self.labelScore(lhs.value), right = Self.labelScore(rhs.value)
                    return (right, lhs.key) < (left, rhs.key)
                }
                let label = chooseLabel(ranked.map(\.value), facet: draft.facet, display: draft.display, used: usedLabels)
                usedLabels.insert(label)
                themes.append(ThemeModel.Theme(
                    index: index, language: language, label: label, phrases: Array(ranked.prefix(8).map(\.value.surface)),
                    facet: draft.facet, estimatedCount: draft.size))
                if draft.display != nil, opinionThemes[language] == nil { opinionThemes[language] = index }
                for (key, weight) in draft.keys.sorted(by: { $0.key < $1.key }) {
                    let entry = table[key]
                    let count = entry?.count ?? 0
                    if let stems = entry?.stems, stems.count > 0 {
                        for stem in stems { linkedStems.set(stem, true) }
                    } else {
                        stemsKnown = false
                    }
                    let idf = log(Double(total + 1) / Double(count + 1)) + 1
                    languageLinks.update(key, default: { [] }) { $0.append(ThemeModel.Link(theme: index, weight: weight * idf)) }
                }
            }
            links[language] = languageLinks
        }
        var model = ThemeModel(themes: themes, links: links)
        model.opinionThemes = opinionThemes
        model.linkedStems = stemsKnown ? linkedStems : nil
        model.fallbackLanguage = statistics.responses.filter { $0.key != .undetermined }
            .max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
        return model
    }

    /// Themes grown from facets: lexicon entries, plus frequent words that keep company with them.
    private func facetDrafts(
        _ table: PhraseTable<PhraseStatistics.Entry>, _ facetCounts: [Int: Int], _ lexicon: FacetLexicon, total: Int, floor: Int
    ) -> [Draft] {
        var drafts: [Int: Draft] = [:]
        for (facet, count) in facetCounts where count >= floor && facet < lexicon.facets.count {
            drafts[facet] = Draft(facet: lexicon.facets[facet], display: lexicon.labels[facet], size: count)
        }
        guard !drafts.isEmpty else { return [] }
        // Weak facets (overall opinion, brands) pull less, and lend no company to other words.
        let weak = Set(lexicon.weights.indices.filter { lexicon.weights[$0] < 1 })
        for (key, entry) in table {
            if let facets = lexicon.byKey[key] {
                let themed = Self.disambiguate(facets.filter { drafts[$0] != nil }, entry: entry, drafts: drafts, total: total)
                for facet in themed {
                    // Entries still ambiguous after disambiguation split their pull.
                    let share = 1 / Double(themed.count)
                    drafts[facet]?.keys[key] = lexicon.weights[facet] * share
                    if !entry.isGeneric { drafts[facet]?.phrases[key] = LabelCandidate(entry) }
                }
                continue
            }
            guard entry.length == 1, !entry.isGeneric, entry.count >= max(3, floor / 2) else { continue }
            // A word outside the lexicon joins the facet it co-occurs with well above chance.
            var best: (facet: Int, lift: Double, together: Int)?
            for pair in entry.facets.sorted(by: { $0.facet < $1.facet }) where pair.count >= 2 {
                let (facet, together) = (pair.facet, pair.count)
                guard let size = drafts[facet]?.size, !weak.contains(facet) else { continue }
                let lift = Double(together) * Double(total) / (Double(entry.count) * Double(size))
                if best == nil || lift > best!.lift || (lift == best!.lift && facet < best!.facet) {
                    best = (facet, lift, together)
                }
            }
            if let best, best.lift >= 1.3, Double(best.together) >= 0.25 * Double(entry.count) {
                // The surer the company it keeps, the harder the word pulls (at most 0.6).
                drafts[best.facet]?.keys[key] = 0.6 * min(1, log(best.lift) / log(3))
                var candidate = LabelCandidate(entry)
                candidate.affinity = 0.5
                drafts[best.facet]?.phrases[key] = candidate
            } else if let best, best.lift >= 1 {
                // Any other word leans faintly towards its usual company: it decides only for a
                // response that nothing else places (coverage), never against a real cue.
                drafts[best.facet]?.keys[key] = 0.1
            }
        }
        // Multi-word phrases whose words all belong to one facet can label it ("hold time").
        for (key, entry) in table where entry.length > 1 && entry.count >= max(2, floor / 2) {
            let words = entry.stems.filter { $0 != PhraseKey.number }.map { PhraseKey.key([$0]) }
            var owner: Int?
            for (facet, draft) in drafts where !words.isEmpty && words.allSatisfy({ draft.keys[$0] != nil }) {
                if owner == nil || facet < owner! { owner = facet }
            }
            if let owner, drafts[owner]?.phrases[key] == nil {
                drafts[owner]?.phrases[key] = LabelCandidate(entry)
            }
        }
        return drafts.keys.sorted().compactMap { drafts[$0] }
    }

    /// For an entry listed under several facets ("fast": waiting or performance), keeps the
    /// facet it keeps company with in this data, when one stands out.
    static func disambiguate(_ facets: [Int], entry: PhraseStatistics.Entry, drafts: [Int: Draft], total: Int) -> [Int] {
        guard facets.count > 1 else { return facets }
        let lifts = facets.map { facet -> (Int, Double) in
            let together = Double(entry.together(with: facet))
            let size = Double(drafts[facet]?.size ?? 1)
            return (facet, together * Double(total) / (Double(max(1, entry.count)) * size))
        }.sorted { ($1.1, $0.0) < ($0.1, $1.0) }
        guard let best = lifts.first, entry.together(with: best.0) >= 2 else { return facets }
        let second = lifts.count > 1 ? lifts[1].1 : 0
        return best.1 >= 1.2 * second ? [best.0] : facets
    }

    static func labelScore(_ phrase: LabelCandidate) -> Double {
        // Frequent, a little longer, and a noun phrase ("the wait", not "quick").
        Double(phrase.count) * (1 + 0.4 * Double(phrase.length - 1)) * (0.25 + min(1, 2 * phrase.nounness)) * phrase.affinity
    }

    /// The label: the facet's own display name when the lexicon gives one (overall opinion),
    /// else the best-scoring phrase; unique among the run's labels.
    private func chooseLabel(_ ranked: [LabelCandidate], facet: String?, display: String?, used: Set<String>) -> String {
        if let display, !used.contains(display) { return display }
        for phrase in ranked where !used.contains(phrase.surface) { return phrase.surface }
        let fallback = display ?? facet ?? "theme"
        var label = fallback
        var suffix = 2
        while used.contains(label) {
            label = "\(fallback) \(suffix)"
            suffix += 1
        }
        return label
    }
}

/// A phrase that could label a theme, with what makes a good label.
struct LabelCandidate {
    /// The phrase as customers write it most often.
    var surface: String
    /// Responses holding it.
    var count: Int
    /// Words in it.
    var length: Int
    /// Share of its responses where it follows a determiner (a noun phrase).
    var nounness: Double
    /// How surely it belongs to the theme (1 for lexicon entries, less for words that only
    /// keep company with them).
    var affinity = 1.0

    init(_ entry: PhraseStatistics.Entry) {
        surface = entry.label
        count = entry.count
        length = entry.length
        nounness = entry.count == 0 ? 0 : Double(entry.afterDeterminer) / Double(entry.count)
    }
}
