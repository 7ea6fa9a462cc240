import CandorCore

/// Themes from frequent phrases no facet claims: phrases that share words are grouped, the
/// group's top phrase anchoring it (v1 of Candor's themes, now the fallback for what the
/// lexicon does not know).
struct DataThemeGrouper {
    /// A phrase needs this many responses.
    let floor: Int
    /// The most groups made.
    let limit: Int

    private struct Scored {
        var key: UInt64
        var entry: PhraseStatistics.Entry
        var score: Double
        var stems: Set<UInt64>
    }

    /// Groups the phrases of `table` that no facet draft holds.
    func drafts(_ table: PhraseTable<PhraseStatistics.Entry>, excluding facets: [ThemeBuilder.Draft]) -> [ThemeBuilder.Draft] {
        var claimed: Set<UInt64> = []
        for draft in facets { claimed.formUnion(draft.keys.keys) }
        let scored = table.compactMap { key, entry -> Scored? in
            guard entry.count >= floor, !entry.isGeneric, !claimed.contains(key) else { return nil }
            let stems = Set(entry.stems.filter { $0 != PhraseKey.number })
            guard !stems.isEmpty, !stems.allSatisfy({ claimed.contains(PhraseKey.key([$0])) }) else { return nil }
            return Scored(key: key, entry: entry, score: Double(entry.count) * (1 + 0.5 * Double(entry.length - 1)), stems: stems)
        }.sorted { ($1.score, $0.key) < ($0.score, $1.key) }
        var groups: [(anchor: Set<UInt64>, members: [Scored])] = []
        for phrase in scored.prefix(limit * 15) {
            var bestIndex = -1
            var bestOverlap = 0.0
            for (index, group) in groups.enumerated() {
                let overlap = Double(phrase.stems.intersection(group.anchor).count) / Double(phrase.stems.union(group.anchor).count)
                if overlap > bestOverlap {
                    bestOverlap = overlap
                    bestIndex = index
                }
            }
            if bestIndex >= 0, bestOverlap >= 0.5 {
                groups[bestIndex].members.append(phrase)
            } else if groups.count < limit * 2 {
                groups.append((phrase.stems, [phrase]))
            }
        }
        return groups.map { group in
            var draft = ThemeBuilder.Draft(facet: nil, size: group.members.map(\.entry.count).max() ?? 0)
            for member in group.members {
                draft.keys[member.key] = 0.8 * (Double(member.entry.length)).squareRoot()
                draft.phrases[member.key] = LabelCandidate(member.entry)
            }
            return draft
        }
    }
}
