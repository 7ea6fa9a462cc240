import CandorCore

/// Builds themes from phrase statistics: picks distinctive phrases, groups those that share
/// words, and labels each group with its most representative phrase.
///
/// Deterministic: every ordering breaks ties by the phrase key.
public struct ThemeBuilder: Sendable {
    /// The settings.
    public var options: ThemeOptions

    /// Creates a builder.
    public init(options: ThemeOptions = ThemeOptions()) {
        self.options = options
    }

    private struct Scored {
        var key: String
        var entry: PhraseStatistics.Entry
        var score: Double
        var stems: Set<String>
        var surface: String
    }

    private struct Group {
        var anchor: Set<String>
        var members: [Scored]
    }

    /// Builds the model.
    public func build(_ statistics: PhraseStatistics) -> ThemeModel {
        var themes: [ThemeModel.Theme] = []
        var links: [Language: [String: ThemeModel.Link]] = [:]
        var usedLabels: Set<String> = []
        for language in statistics.entries.keys.sorted() {
            guard let table = statistics.entries[language] else { continue }
            let total = max(1, statistics.responses[language] ?? 0)
            let floor = max(options.minCount, Int((options.minShare * Double(total)).rounded(.up)))
            let scored = table.compactMap { key, entry -> Scored? in
                guard entry.count >= floor else { return nil }
                let stems = Set(key.split(separator: " ").map(String.init).filter { $0 != "#" })
                guard !stems.isEmpty else { return nil }
                let boost = 1 + 0.5 * Double(entry.length - 1)
                return Scored(key: key, entry: entry, score: Double(entry.count) * boost, stems: stems, surface: Self.label(of: entry))
            }.sorted { ($1.score, $0.key) < ($0.score, $1.key) }
            var groups: [Group] = []
            for phrase in scored.prefix(options.maxThemes * 15) {
                var bestIndex = -1
                var bestOverlap = 0.0
                for (index, group) in groups.enumerated() {
                    let shared = Double(phrase.stems.intersection(group.anchor).count)
                    let overlap = shared / Double(phrase.stems.union(group.anchor).count)
                    if overlap > bestOverlap {
                        bestOverlap = overlap
                        bestIndex = index
                    }
                }
                if bestIndex >= 0, bestOverlap >= 0.5 {
                    groups[bestIndex].members.append(phrase)
                } else if groups.count < options.maxThemes * 3 {
                    groups.append(Group(anchor: phrase.stems, members: [phrase]))
                }
            }
            let ranked = groups.sorted { lhs, rhs in
                let left = lhs.members.map(\.entry.count).max() ?? 0
                let right = rhs.members.map(\.entry.count).max() ?? 0
                return (right, lhs.members[0].key) < (left, rhs.members[0].key)
            }.prefix(options.maxThemes)
            var languageLinks: [String: ThemeModel.Link] = [:]
            for group in ranked {
                let index = themes.count
                let label = chooseLabel(group, used: usedLabels)
                usedLabels.insert(label)
                themes.append(ThemeModel.Theme(
                    index: index, language: language, label: label, phrases: group.members.map(\.surface),
                    estimatedCount: group.members.map(\.entry.count).max() ?? 0))
                for member in group.members {
                    let rarity = 1 - Double(member.entry.count) / Double(total)
                    let weight = Double(member.entry.length) + rarity
                    if let existing = languageLinks[member.key], existing.weight >= weight { continue }
                    languageLinks[member.key] = ThemeModel.Link(theme: index, weight: weight)
                }
            }
            links[language] = languageLinks
        }
        return ThemeModel(themes: themes, links: links)
    }

    /// The label: the top phrase, or a two-to-four-word member almost as frequent, unique.
    private func chooseLabel(_ group: Group, used: Set<String>) -> String {
        let top = group.members[0]
        var label = top.surface
        if top.entry.length == 1,
            let phrase = group.members.first(where: { $0.entry.length > 1 && Double($0.entry.count) >= 0.5 * Double(top.entry.count) })
        {
            label = phrase.surface
        }
        if used.contains(label) {
            label = group.members.map(\.surface).first { !used.contains($0) } ?? "\(label) (\(top.key))"
        }
        return label
    }

    /// The most frequent surface form of a phrase (ties: alphabetical).
    static func label(of entry: PhraseStatistics.Entry) -> String {
        entry.surfaces.min { ($1.value, $0.key) < ($0.value, $1.key) }?.key ?? ""
    }
}
