import CandorCore

/// How many responses of each language contain each candidate phrase: the statistics themes
/// are built from. Mergeable (workers count chunks apart, the results merge in chunk order)
/// and bounded (rare phrases are pruned at fixed points of the stream).
public struct PhraseStatistics: Sendable, Equatable {
    /// One phrase's counts.
    public struct Entry: Sendable, Equatable {
        /// Responses containing the phrase.
        public var count: Int
        /// Words in the phrase.
        public var length: Int
        /// Surface forms seen, with their counts (the label is the most frequent).
        public var surfaces: [String: Int]
        /// For single words: responses where the word and each facet (by index) occur together.
        public var facets: [Int: Int] = [:]
        /// True for evaluative or vague single words (never a theme alone).
        public var isGeneric = false
        /// Responses where the phrase follows a determiner (a sign it is a noun phrase).
        public var afterDeterminer = 0
    }

    /// Entries by language, then merge key.
    public private(set) var entries: [Language: [String: Entry]] = [:]
    /// Non-empty responses counted, by language.
    public private(set) var responses: [Language: Int] = [:]
    /// Responses evoking each facet (by index), by language.
    public private(set) var facetCounts: [Language: [Int: Int]] = [:]

    /// Creates empty statistics.
    public init() {}

    /// Counts one response's distinct candidates and the facets they evoke.
    ///
    /// A single word's co-occurrence with a facet only counts when another phrase of the
    /// response evokes the facet (a word never keeps company with itself).
    public mutating func add(_ candidates: [PhraseCandidate], facets: [FacetLexicon.Hit] = [], language: Language) {
        responses[language, default: 0] += 1
        if !facets.isEmpty {
            var counts = facetCounts[language] ?? [:]
            for hit in facets { counts[hit.facet, default: 0] += 1 }
            facetCounts[language] = counts
        }
        var table = entries[language] ?? [:]
        entries[language] = nil
        for candidate in candidates {
            var entry = table[candidate.key]
                ?? Entry(count: 0, length: candidate.length, surfaces: [:], isGeneric: candidate.isGeneric)
            entry.count += 1
            if candidate.afterDeterminer { entry.afterDeterminer += 1 }
            entry.surfaces[candidate.surface, default: 0] += 1
            if candidate.length == 1 {
                for hit in facets where hit.keys != [candidate.key] { entry.facets[hit.facet, default: 0] += 1 }
            }
            table[candidate.key] = entry
        }
        entries[language] = table
    }

    /// Adds another partial's counts.
    public mutating func merge(_ other: PhraseStatistics) {
        for (language, count) in other.responses { responses[language, default: 0] += count }
        for (language, counts) in other.facetCounts { facetCounts[language, default: [:]].merge(counts, uniquingKeysWith: +) }
        for (language, table) in other.entries {
            var mine = entries[language] ?? [:]
            entries[language] = nil
            for (key, entry) in table {
                if var existing = mine[key] {
                    existing.count += entry.count
                    existing.afterDeterminer += entry.afterDeterminer
                    existing.surfaces.merge(entry.surfaces, uniquingKeysWith: +)
                    existing.facets.merge(entry.facets, uniquingKeysWith: +)
                    mine[key] = existing
                } else {
                    mine[key] = entry
                }
            }
            entries[language] = mine
        }
    }

    /// The number of phrases held, all languages together.
    public var size: Int { entries.values.reduce(0) { $0 + $1.count } }

    /// Keeps memory bounded: while a language holds more than `capacity` phrases, drops the
    /// rarest (count at or under a rising cut), and keeps each phrase's 4 most frequent
    /// surfaces. Depends only on the counts, so calling it at the same stream positions gives
    /// the same result whatever the chunking or thread count.
    public mutating func prune(capacity: Int) {
        for language in entries.keys.sorted() {
            guard var table = entries[language] else { continue }
            var cut = 1
            while table.count > capacity {
                table = table.filter { $0.value.count > cut }
                cut += 1
            }
            for (key, entry) in table where entry.surfaces.count > 4 {
                let kept = entry.surfaces.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(4)
                table[key]?.surfaces = Dictionary(uniqueKeysWithValues: kept.map { ($0.key, $0.value) })
            }
            entries[language] = table
        }
    }
}
