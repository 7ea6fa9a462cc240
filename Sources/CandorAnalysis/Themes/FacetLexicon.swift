import CandorCore
import CandorText
import Foundation

/// One language's facets of customer experience: named groups of words and phrases that mean
/// one thing customers talk about ("pizza", "sushi" → food; "hold time", "queue" → waiting).
///
/// Language data (`Resources/<lang>/facets.txt`). Themes are still found in the data; a facet
/// only tells the theme builder that its entries belong together, which co-occurrence alone
/// cannot learn from a few thousand short answers.
public struct FacetLexicon: Sendable, Equatable {
    /// The facet ids, in file order.
    public private(set) var facets: [String] = []
    /// Each facet's pull (1 unless the file says `id (0.5): …`).
    public private(set) var weights: [Double] = []
    /// Each facet's display label when the file gives one (`id "overall opinion": …`), used
    /// for facets whose entries are opinions rather than a thing ("great", "recommend").
    public private(set) var labels: [String?] = []
    /// Merge key of an entry → facet indices.
    public private(set) var byKey: [UInt64: [Int]] = [:]
    /// `byKey` in the hand-written table, for the lookup of every candidate of every response
    /// (`Dictionary` would run SipHash on each).
    private var table = PhraseTable<[Int]>()
    /// Entries that can never match (they start or end with a stopword), for tests and lint.
    public private(set) var unusable: [String] = []

    /// A lexicon held by reference, for a worker that reads it once per response: reading
    /// it out of a collection copies the value, a retain and a release of each of its arrays.
    final class Shared {
        /// The lexicon held.
        let lexicon: FacetLexicon
        /// Holds `lexicon`.
        init(_ lexicon: FacetLexicon) { self.lexicon = lexicon }
        /// `FacetLexicon.facets(of:)` of the lexicon held.
        func facets(of candidates: [PhraseCandidate]) -> [Hit] { lexicon.facets(of: candidates) }
    }

    /// An empty lexicon.
    public init() {}

    /// Parses `facet-id: entry, entry, …` lines, turning each entry into the merge key phrase
    /// candidates get.
    public init(text: String, language: Language, extractor: PhraseExtractor, tokenizer: Tokenizer, cache: WordFactsCache) {
        for line in ResourceFiles.parseList(text) {
            guard let colon = line.firstIndex(of: ":") else { continue }
            var id = line[..<colon].trimmingCharacters(in: .whitespaces)
            var label: String?
            if id.hasSuffix("\""), let open = id.dropLast().lastIndex(of: "\"") {
                label = String(id[id.index(after: open)..<id.index(before: id.endIndex)])
                id = id[..<open].trimmingCharacters(in: .whitespaces)
            }
            var weight = 1.0
            if id.hasSuffix(")"), let open = id.lastIndex(of: "("),
                let value = Double(id[id.index(after: open)..<id.index(before: id.endIndex)]), value > 0, value <= 1
            {
                weight = value
                id = id[..<open].trimmingCharacters(in: .whitespaces)
            }
            guard !id.isEmpty else { continue }
            let index = facets.count
            facets.append(id)
            weights.append(weight)
            labels.append(label)
            for entry in line[line.index(after: colon)...].split(separator: ",") {
                let phrase = entry.trimmingCharacters(in: .whitespaces)
                guard !phrase.isEmpty else { continue }
                guard let key = extractor.key(ofPhrase: tokenizer.tokenize(phrase), language: language, cache: cache) else {
                    unusable.append("\(id): \(phrase)")
                    continue
                }
                if !(byKey[key]?.contains(index) ?? false) { byKey[key, default: []].append(index) }
            }
        }
        for (key, facets) in byKey.sorted(by: { $0.key < $1.key }) { table.set(key, facets) }
    }

    /// A facet a response evokes, and how many of its candidates evoke it.
    public struct Hit: Sendable, Equatable {
        /// The facet index.
        public var facet: Int
        /// The number of the response's distinct candidates evoking it.
        public var keyCount: Int
        /// The smallest merge key among them.
        public var firstKey: UInt64

        /// True when the candidate of merge key `key` alone evokes the facet (a word never
        /// keeps company with a facet it alone evokes).
        @inline(__always)
        public func isEvokedOnly(by key: UInt64) -> Bool { keyCount == 1 && firstKey == key }
    }

    /// The facets evoked by a response's candidates, sorted by facet.
    ///
    /// Why counts and not the keys themselves: the phrase counting reads only whether a word
    /// alone evokes a facet, and a list of keys per hit was an allocation per facet of every
    /// response the first pass reads (with the lookups below returning each candidate's facet
    /// list as a copy, 2.1 % of a run's instructions on the 18 MB sample; callgrind).
    public func facets(of candidates: [PhraseCandidate]) -> [Hit] {
        guard !byKey.isEmpty else { return [] }
        var found: [(facet: Int, key: UInt64)] = []
        for candidate in candidates {
            table.withValue(candidate.key) { facets in
                if found.isEmpty { found.reserveCapacity(2 * candidates.count) }
                for facet in facets { found.append((facet, candidate.key)) }
            }
        }
        guard !found.isEmpty else { return [] }
        found.sort { ($0.facet, $0.key) < ($1.facet, $1.key) }
        var result: [Hit] = []
        result.reserveCapacity(found.count)
        for (facet, key) in found {
            if result.last?.facet == facet {
                result[result.count - 1].keyCount += 1
            } else {
                result.append(Hit(facet: facet, keyCount: 1, firstKey: key))
            }
        }
        return result
    }
}
