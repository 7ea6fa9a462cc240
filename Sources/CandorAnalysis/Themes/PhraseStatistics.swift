import CandorCore

/// How many responses of each language contain each candidate phrase: the statistics themes
/// are built from. Mergeable (workers count chunks apart, the results merge in chunk order)
/// and bounded (rare phrases are pruned at fixed points of the stream).
public struct PhraseStatistics: Sendable, Equatable {
    /// A way of writing a phrase, and how often it was written so.
    public struct Surface: Sendable, Equatable {
        /// The words as written (lowercased, accents kept).
        public var text: String
        /// Responses writing it so.
        public var count: Int
    }

    /// One phrase's counts.
    public struct Entry: Sendable, Equatable {
        /// Responses containing the phrase.
        public var count: Int
        /// Words in the phrase.
        public var length: Int
        /// The stems of its content words (their hashes).
        public var stems: [UInt64]
        /// Surface forms seen, by surface hash (the label is the most frequent).
        public var surfaces: [UInt64: Surface]
        /// For single words: responses where the word and each facet (by index) occur together.
        public var facets: [Int: Int] = [:]
        /// True for evaluative or vague single words (never a theme alone).
        public var isGeneric = false
        /// Responses where the phrase follows a determiner (a sign it is a noun phrase).
        public var afterDeterminer = 0

        /// The most frequent surface (ties: alphabetical).
        public var label: String {
            surfaces.values.min { ($1.count, $0.text) < ($0.count, $1.text) }?.text ?? ""
        }
    }

    /// Entries by language, then merge key.
    public private(set) var entries: [Language: [UInt64: Entry]] = [:]
    /// Non-empty responses counted, by language.
    public private(set) var responses: [Language: Int] = [:]
    /// Responses evoking each facet (by index), by language.
    public private(set) var facetCounts: [Language: [Int: Int]] = [:]

    /// Creates empty statistics.
    public init() {}

    /// Counts one response's distinct candidates and the facets they evoke.
    ///
    /// A single word's co-occurrence with a facet only counts when another phrase of the
    /// response evokes the facet (a word never keeps company with itself). `describe` gives a
    /// candidate's stems and text; it is called only for a phrase or surface not seen before.
    public mutating func add(
        _ candidates: [PhraseCandidate], facets: [FacetLexicon.Hit] = [], language: Language,
        describe: (PhraseCandidate) -> (stems: [UInt64], surface: String)
    ) {
        responses[language, default: 0] += 1
        if !facets.isEmpty {
            var counts = facetCounts[language] ?? [:]
            for hit in facets { counts[hit.facet, default: 0] += 1 }
            facetCounts[language] = counts
        }
        var table = entries[language] ?? [:]
        entries[language] = nil
        for candidate in candidates {
            if let index = table.index(forKey: candidate.key) {
                table.values[index].count += 1
                if candidate.afterDeterminer { table.values[index].afterDeterminer += 1 }
                if table.values[index].surfaces[candidate.surfaceHash] != nil {
                    table.values[index].surfaces[candidate.surfaceHash]?.count += 1
                } else {
                    table.values[index].surfaces[candidate.surfaceHash] = Surface(text: describe(candidate).surface, count: 1)
                }
                if candidate.length == 1 {
                    for hit in facets where hit.keys != [candidate.key] { table.values[index].facets[hit.facet, default: 0] += 1 }
                }
            } else {
                let description = describe(candidate)
                var entry = Entry(
                    count: 1, length: candidate.length, stems: description.stems,
                    surfaces: [candidate.surfaceHash: Surface(text: description.surface, count: 1)],
                    isGeneric: candidate.isGeneric, afterDeterminer: candidate.afterDeterminer ? 1 : 0)
                if candidate.length == 1 {
                    for hit in facets where hit.keys != [candidate.key] { entry.facets[hit.facet, default: 0] += 1 }
                }
                table[candidate.key] = entry
            }
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
                guard let index = mine.index(forKey: key) else {
                    mine[key] = entry
                    continue
                }
                mine.values[index].count += entry.count
                mine.values[index].afterDeterminer += entry.afterDeterminer
                mine.values[index].facets.merge(entry.facets, uniquingKeysWith: +)
                mine.values[index].surfaces.merge(entry.surfaces) { Surface(text: $0.text, count: $0.count + $1.count) }
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
            entries[language] = nil
            var cut = 1
            while table.count > capacity {
                table = table.filter { $0.value.count > cut }
                cut += 1
            }
            for index in table.indices where table.values[index].surfaces.count > 4 {
                let kept = table.values[index].surfaces.sorted { ($1.value.count, $0.value.text) < ($0.value.count, $1.value.text) }.prefix(4)
                table.values[index].surfaces = Dictionary(uniqueKeysWithValues: kept.map { ($0.key, $0.value) })
            }
            entries[language] = table
        }
    }
}
