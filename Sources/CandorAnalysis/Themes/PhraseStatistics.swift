import CandorCore

/// How many responses of each language contain each candidate phrase: the statistics themes
/// are built from. Mergeable (workers count chunks apart, the results merge in chunk order)
/// and bounded (rare phrases are pruned at fixed points of the stream).
public struct PhraseStatistics: Sendable, Equatable {
    /// A way of writing a phrase, and how often it was written so.
    public struct Surface: Sendable, Equatable {
        /// The hash of the words as written.
        public var hash: UInt64
        /// The words as written (lowercased, accents kept).
        public var text: String
        /// Responses writing it so.
        public var count: Int

        /// No surface (the unused inline slot of an entry).
        static let none = Surface(hash: 0, text: "", count: 0)
    }

    /// A facet and a count.
    public struct FacetCount: Sendable, Equatable {
        public var facet: Int
        public var count: Int
    }

    /// One phrase's counts.
    public struct Entry: Sendable, Equatable {
        /// Responses containing the phrase.
        public var count: Int
        /// Words in the phrase.
        public var length: Int
        /// The stems of its content words (their hashes).
        public var stems: Stems
        /// The first surface seen, held inline, and the others: most phrases are written one
        /// way, and an entry is made for every phrase of every chunk, so sparing its array
        /// allocation matters. Not an optional: copying and destroying an optional surface went
        /// through the runtime's generic witnesses, most of the merge thread's time.
        private var first = Surface.none
        private var hasFirst = false
        private var otherSurfaces: [Surface] = []
        /// For single words: responses where the word and each facet (by index) occur together,
        /// as (facet, count) pairs (a word keeps company with few facets).
        public var facets: [FacetCount] = []
        /// True for evaluative or vague single words (never a theme alone).
        public var isGeneric = false
        /// Responses where the phrase follows a determiner (a sign it is a noun phrase).
        public var afterDeterminer = 0

        /// Creates an entry.
        public init(count: Int, length: Int, stems: Stems, surfaces: [Surface], isGeneric: Bool = false) {
            self.count = count
            self.length = length
            self.stems = stems
            self.isGeneric = isGeneric
            // Not through the setter when empty (an entry is made for every new phrase of every
            // chunk, and the setter rebuilds both stored surfaces).
            if !surfaces.isEmpty { self.surfaces = surfaces }
        }

        /// Surface forms seen (a few; the label is the most frequent).
        public var surfaces: [Surface] {
            get { hasFirst ? [first] + otherSurfaces : otherSurfaces }
            set {
                hasFirst = !newValue.isEmpty
                first = newValue.first ?? .none
                otherSurfaces = Array(newValue.dropFirst())
            }
        }

        /// The most frequent surface (ties: alphabetical).
        public var label: String {
            surfaces.min { ($1.count, $0.text) < ($0.count, $1.text) }?.text ?? ""
        }

        /// Equal counts and surfaces, whatever order the surfaces were first seen in.
        public static func == (lhs: Entry, rhs: Entry) -> Bool {
            lhs.count == rhs.count && lhs.length == rhs.length && lhs.stems == rhs.stems
                && lhs.facets.sorted { $0.facet < $1.facet } == rhs.facets.sorted { $0.facet < $1.facet }
                && lhs.isGeneric == rhs.isGeneric && lhs.afterDeterminer == rhs.afterDeterminer
                && lhs.surfaces.sorted { $0.hash < $1.hash } == rhs.surfaces.sorted { $0.hash < $1.hash }
        }

        /// Counts one more response writing the phrase as `hash`; `text` gives the words when
        /// the surface is new. True when the new surface takes the entry past `surfaceLimit`
        /// (the statistics note it for the next prune).
        @discardableResult
        mutating func addSurface(_ hash: UInt64, count: Int = 1, text: () -> String) -> Bool {
            if hasFirst, first.hash == hash {
                first.count += count
                return false
            } else if let index = otherSurfaces.firstIndex(where: { $0.hash == hash }) {
                otherSurfaces[index].count += count
                return false
            } else if !hasFirst {
                first = Surface(hash: hash, text: text(), count: count)
                hasFirst = true
            } else {
                otherSurfaces.append(Surface(hash: hash, text: text(), count: count))
            }
            return surfaceCount == PhraseStatistics.surfaceLimit + 1
        }

        /// The number of surfaces held.
        var surfaceCount: Int { (hasFirst ? 1 : 0) + otherSurfaces.count }

        /// Counts `count` more responses where the word and `facet` occur together.
        mutating func addFacet(_ facet: Int, count: Int = 1) {
            if let index = facets.firstIndex(where: { $0.facet == facet }) {
                facets[index].count += count
            } else {
                facets.append(FacetCount(facet: facet, count: count))
            }
        }

        /// Responses where the word and `facet` occur together.
        public func together(with facet: Int) -> Int { facets.first { $0.facet == facet }?.count ?? 0 }

        /// Adds another partial's counts of the same phrase; true when its surfaces take the
        /// entry past `surfaceLimit` (as `addSurface`).
        @discardableResult
        mutating func merge(_ other: Entry) -> Bool {
            count += other.count
            afterDeterminer += other.afterDeterminer
            for pair in other.facets { addFacet(pair.facet, count: pair.count) }
            var crossed = false
            if other.hasFirst { crossed = addSurface(other.first.hash, count: other.first.count) { other.first.text } }
            for surface in other.otherSurfaces { crossed = addSurface(surface.hash, count: surface.count) { surface.text } || crossed }
            return crossed
        }
    }

    /// Entries by language, then merge key.
    public internal(set) var entries: [Language: PhraseTable<Entry>] = [:]
    /// Non-empty responses counted, by language.
    public internal(set) var responses: [Language: Int] = [:]
    /// Responses evoking each facet (by index), by language.
    public internal(set) var facetCounts: [Language: [Int: Int]] = [:]
    /// By language, the phrases that came to hold more than `surfaceLimit` surfaces since the
    /// last prune, which trims only them: a pass over every entry at each prune cost as much
    /// as the merges themselves (each entry read is a cache miss).
    var overfull: [Language: [UInt64]] = [:]
    /// The surfaces a phrase keeps through a prune.
    static let surfaceLimit = 4

    /// Creates empty statistics.
    public init() {}

    /// The same counts (what is pending for the next prune does not count).
    public static func == (lhs: PhraseStatistics, rhs: PhraseStatistics) -> Bool {
        lhs.entries == rhs.entries && lhs.responses == rhs.responses && lhs.facetCounts == rhs.facetCounts
    }

    /// Counts one response's distinct candidates and the facets they evoke, `weight` times
    /// (a sampled response stands for the others of its stretch).
    ///
    /// A single word's co-occurrence with a facet only counts when another phrase of the
    /// response evokes the facet (a word never keeps company with itself). `describe` gives a
    /// candidate's stems and text. The first pass counts through `PhraseTally` instead, many
    /// responses at a time.
    public mutating func add(
        _ candidates: [PhraseCandidate], facets: [FacetLexicon.Hit] = [], language: Language, weight: Int = 1,
        describe: (PhraseCandidate) -> (stems: Stems, surface: String)
    ) {
        // Through a tally, as the first pass counts: one way of counting to test.
        var tally = PhraseTally(capacity: candidates.count)
        tally.add(candidates, facets: facets, language: language, weight: weight, stems: { describe($0).stems }) { candidate, text in
            text.append(contentsOf: describe(candidate).surface.utf8)
        }
        absorb(&tally)
    }

    /// Adds another partial's counts.
    public mutating func merge(_ other: PhraseStatistics) {
        var other = other
        absorb(&other)
    }

    /// Adds another partial's counts, moving its entries (it is left empty): a phrase new to
    /// these statistics takes the partial's entry as it is, without a copy.
    public mutating func absorb(_ other: inout PhraseStatistics) {
        for (language, count) in other.responses { responses[language, default: 0] += count }
        for (language, counts) in other.facetCounts { facetCounts[language, default: [:]].merge(counts, uniquingKeysWith: +) }
        for language in other.entries.keys.sorted() {
            guard var table = other.entries.removeValue(forKey: language) else { continue }
            var mine = entries.removeValue(forKey: language) ?? PhraseTable(capacity: table.count)
            var (keys, values) = table.removeAllEntries()
            // Read through a buffer: the closures reading the captured array copied the entry
            // they merged (a retain of each of its arrays, then their release), a fifth of the
            // merge thread's time (perf, first pass, one thread).
            values.withUnsafeMutableBufferPointer { values in
                for index in keys.indices {
                    let key = keys[index]
                    var isNew = false
                    mine.update(key, default: {
                        // Swapped out for an empty entry: the entry moves into the total, uncopied.
                        isNew = true
                        var entry = Entry(count: 0, length: 0, stems: Stems(), surfaces: [])
                        swap(&entry, &values[index])
                        return entry
                    }) { present in
                        if isNew {
                            if present.surfaceCount > Self.surfaceLimit { overfull[language, default: []].append(key) }
                        } else if present.merge(values[index]) {
                            overfull[language, default: []].append(key)
                        }
                    }
                }
            }
            entries[language] = mine
        }
        other = PhraseStatistics()
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
            if table.count > capacity {
                // The smallest cut from 1 that leaves at most `capacity`, as raising it one
                // filter at a time would reach, in one filter.
                var cut = Self.pruneCut(table, capacity: capacity)
                table.filter { $1.count > cut }
                while table.count > capacity {
                    cut += 1
                    table.filter { $1.count > cut }
                }
            }
            // Only phrases that went past the limit since the last prune can hold more than it.
            for key in Set(overfull.removeValue(forKey: language) ?? []) {
                table.updateIfPresent(key) { entry in
                    guard entry.surfaceCount > Self.surfaceLimit else { return }
                    entry.surfaces = Array(entry.surfaces.sorted { ($1.count, $0.text) < ($0.count, $1.text) }.prefix(Self.surfaceLimit))
                }
            }
            entries[language] = table
        }
    }

    /// The counts a histogram tells apart when pruning; a cut past it is raised a step at a time.
    static let pruneHistogramLimit = 1 << 12

    /// The smallest cut `c` from 1 such that at most `capacity` phrases of `table` count more
    /// than `c`, or `limit + 1` when even that many do (counts past `limit` are not told apart).
    ///
    /// Why: the cut used to rise one filter at a time, and every filter walked and rehashed the
    /// whole table. Once rows are sampled at 1 in 16, every count is a multiple of 16, so a
    /// prune filtered up to 16 times: pruning was the merge thread's largest cost in the first
    /// pass (`perf`, two threads, on the 200 MB dump). A histogram of the counts finds the same
    /// cut in one pass.
    static func pruneCut(_ table: PhraseTable<Entry>, capacity: Int, limit: Int = pruneHistogramLimit) -> Int {
        var histogram = [Int](repeating: 0, count: limit + 1)
        table.forEachValue { entry in
            let count = entry.pointee.count
            if count <= limit { histogram[max(0, count)] += 1 }
        }
        var kept = table.count - histogram[0]
        for cut in 1...limit {
            kept -= histogram[cut]
            if kept <= capacity { return cut }
        }
        return limit + 1
    }
}
