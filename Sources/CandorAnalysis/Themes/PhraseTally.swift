import CandorCore
import CandorText

/// A stretch of rows' phrase counts as a first-pass worker makes them, in plain values, for
/// `PhraseStatistics.absorb(_:)`: the counts of `PhraseStatistics` without its strings and
/// arrays per phrase.
///
/// Why not a `PhraseStatistics` per stretch: every phrase of every chunk made an entry holding
/// a surface string and two arrays, built when first met (a string copied per multi-word
/// phrase), retained and released when merged, and destroyed after. Here a phrase is a plain
/// record, its surfaces and facets are links in two shared arrays, and surface texts are bytes
/// in one buffer: a surface becomes a `String` only when the merge finds it new to the total.
public struct PhraseTally: Sendable {
    /// One phrase's counts.
    struct Item {
        var count: Int
        var afterDeterminer: Int
        var stems: Stems
        var length: Int32
        var isGeneric: Bool
        /// The first and last of its surfaces in `surfaces` (-1: none), in the order first met.
        var firstSurface: Int32 = -1
        var lastSurface: Int32 = -1
        /// The first and last of its facet counts in `facets` (-1: none), in the order first met.
        var firstFacet: Int32 = -1
        var lastFacet: Int32 = -1
        /// Bit `f % 64` set when facet `f` may be among its facet links (a language has fewer
        /// facets than bits, so a set bit nearly always means it is).
        var facetBits: UInt64 = 0
    }

    /// A way of writing a phrase: its hash, count, and where its words are: tokens `start`
    /// through `end` of `sources[source]`, or (`source` -1) bytes `start..<end` of `text`.
    struct SurfaceLink {
        var hash: UInt64
        var count: Int
        var source: Int32
        var start: Int32
        var end: Int32
        var next: Int32 = -1
    }

    /// The tokens of a text whose words a surface points to (its forms are read when the merge
    /// finds the surface new to the total).
    struct SurfaceSource: Sendable {
        let tokens: [Token]
        let forms: TokenForms
    }

    /// A facet's count beside a single word.
    struct FacetLink {
        var facet: Int
        var count: Int
        var next: Int32 = -1
    }

    /// One language's counts.
    struct LanguageCounts {
        let language: Language
        /// Items by merge key (nil only while `count` has it out).
        var table: PhraseTable<Item>?
        /// Non-empty responses counted.
        var responses = 0
        /// Responses evoking each facet (by index).
        var facetCounts: [Int: Int] = [:]
    }

    /// The languages met, in the order met: a response finds its language's counts by comparing
    /// a code or two (a tally holds two or three languages), where dictionaries keyed by the
    /// language hashed it four times a response (0.5 % of a first pass's instructions).
    var languages: [LanguageCounts] = []
    var surfaces: [SurfaceLink] = []
    var facets: [FacetLink] = []
    /// The surfaces' UTF-8 bytes, one after another (those `add(_:facets:language:weight:stems:surface:)`
    /// wrote).
    var text: [UInt8] = []
    /// The texts whose tokens surfaces point to, a response's fields appended when one of its
    /// candidates brings a new surface.
    var sources: [SurfaceSource] = []

    /// Room for phrases per language before a table grows.
    private let capacity: Int

    /// Creates an empty tally with room for about `capacity` phrases per language (a first-pass
    /// stretch holds thousands: grown from small, its table rehashed several times).
    public init(capacity: Int = 1 << 15) {
        self.capacity = capacity
    }

    /// The room per language for a tally of `rows` responses: 16 phrases a row, within
    /// 256…32 K (a table grows past it when needed).
    public static func room(forRows rows: Int) -> Int {
        min(1 << 15, max(256, rows * 16))
    }

    /// Counts one response's distinct candidates and the facets they evoke, `weight` times, as
    /// `PhraseStatistics.add` does. `stems` gives a new phrase's stems; a new surface points to
    /// its words in `fields` (the response's texts, which candidates' `field` numbers): its text
    /// is only written if the merge finds it new to the total.
    ///
    /// Why not the text at once: a tally counts a chunk, and most of its surfaces are already in
    /// the total, so writing each one's bytes (a string read per word, appended to a buffer) was a
    /// third of counting (callgrind, first pass of the 18 MB sample: 753 M of 2,318 M
    /// instructions), mostly thrown away at the merge.
    public mutating func add(
        _ candidates: [PhraseCandidate], facets hits: [FacetLexicon.Hit] = [], language: Language, weight: Int = 1,
        stems: (PhraseCandidate) -> Stems, fields: [TokenizedText]
    ) {
        var base: Int32 = -1
        count(candidates, facets: hits, language: language, weight: weight, stems: stems) { tally, candidate in
            if base < 0 {
                base = Int32(tally.sources.count)
                for field in fields { tally.sources.append(SurfaceSource(tokens: field.tokens, forms: field.forms)) }
            }
            return SurfaceLink(hash: candidate.surfaceHash, count: 0, source: base + Int32(candidate.field),
                               start: candidate.firstToken, end: candidate.lastToken)
        }
    }

    /// Counts as `add(_:facets:language:weight:stems:fields:)` does, a new surface's text
    /// (UTF-8) appended by `surface` to the buffer it is given.
    public mutating func add(
        _ candidates: [PhraseCandidate], facets hits: [FacetLexicon.Hit] = [], language: Language, weight: Int = 1,
        stems: (PhraseCandidate) -> Stems, surface: (PhraseCandidate, inout [UInt8]) -> Void
    ) {
        count(candidates, facets: hits, language: language, weight: weight, stems: stems) { tally, candidate in
            let start = tally.text.count
            surface(candidate, &tally.text)
            return SurfaceLink(hash: candidate.surfaceHash, count: 0, source: -1, start: Int32(start), end: Int32(tally.text.count))
        }
    }

    /// The counting both `add`s share; `link` makes a new surface's link (its count is set here).
    @inline(__always)
    private mutating func count(
        _ candidates: [PhraseCandidate], facets hits: [FacetLexicon.Hit], language: Language, weight: Int,
        stems: (PhraseCandidate) -> Stems, link: (inout PhraseTally, PhraseCandidate) -> SurfaceLink
    ) {
        if surfaces.capacity == 0 {
            // Sized at once for the tally's room (a full chunk links about a surface per
            // phrase and two facets): grown from empty, the links were copied a dozen times.
            surfaces.reserveCapacity(capacity)
            facets.reserveCapacity(capacity * 2)
        }
        let slot: Int
        if let found = languages.firstIndex(where: { $0.language == language }) {
            slot = found
        } else {
            // Sized once for the tally's room: grown from empty, the items were copied a dozen times.
            var table = PhraseTable<Item>(capacity: capacity)
            table.reserve(capacity)
            languages.append(LanguageCounts(language: language, table: table))
            slot = languages.count - 1
        }
        languages[slot].responses += weight
        // In place: read out into a local and written back, the counts were copied whole for
        // every response with a facet (the tally still held them).
        for hit in hits { languages[slot].facetCounts[hit.facet, default: 0] += weight }
        // Out of the tally while it is counted into (counting links surfaces and facets here).
        guard var table = languages[slot].table else { return }
        languages[slot].table = nil
        // A tally outgrows the fastest caches: the response's slots, then keys and items, are
        // asked for before it counts them, so their misses overlap.
        for candidate in candidates { table.prefetch(candidate.key, entry: false) }
        for candidate in candidates { table.prefetch(candidate.key, entry: true) }
        for candidate in candidates {
            table.update(candidate.key, default: {
                Item(count: 0, afterDeterminer: 0, stems: stems(candidate), length: Int32(candidate.length),
                     isGeneric: candidate.isGeneric)
            }) { item in
                item.count += weight
                if candidate.afterDeterminer { item.afterDeterminer += weight }
                addSurface(&item, candidate, weight: weight, link)
                if candidate.length == 1, !hits.isEmpty {
                    // A word never keeps company with itself: a facet the word alone evokes.
                    for h in hits.indices where !hits[h].isEvokedOnly(by: candidate.key) {
                        addFacet(&item, hits[h].facet, weight: weight)
                    }
                }
            }
        }
        languages[slot].table = table
    }

    /// Counts `weight` more of the candidate's surface on `item`, linking a new one.
    @inline(__always)
    private mutating func addSurface(
        _ item: inout Item, _ candidate: PhraseCandidate, weight: Int, _ make: (inout PhraseTally, PhraseCandidate) -> SurfaceLink
    ) {
        var link = item.firstSurface
        while link >= 0 {
            if surfaces[Int(link)].hash == candidate.surfaceHash {
                surfaces[Int(link)].count += weight
                return
            }
            link = surfaces[Int(link)].next
        }
        var made = make(&self, candidate)
        made.count = weight
        let new = Int32(surfaces.count)
        surfaces.append(made)
        if item.lastSurface >= 0 { surfaces[Int(item.lastSurface)].next = new } else { item.firstSurface = new }
        item.lastSurface = new
    }

    /// Counts `weight` more responses where `item`'s word and `facet` occur together.
    @inline(__always)
    private mutating func addFacet(_ item: inout Item, _ facet: Int, weight: Int) {
        // Most of a word's facets are new to it in a tally, and finding that out walked all its
        // links, each a likely cache miss: the bit says whether the walk can find one.
        let bit: UInt64 = 1 << UInt64(facet & 63)
        if item.facetBits & bit != 0 {
            var link = item.firstFacet
            while link >= 0 {
                if facets[Int(link)].facet == facet {
                    facets[Int(link)].count += weight
                    return
                }
                link = facets[Int(link)].next
            }
        }
        item.facetBits |= bit
        let new = Int32(facets.count)
        facets.append(FacetLink(facet: facet, count: weight))
        if item.lastFacet >= 0 { facets[Int(item.lastFacet)].next = new } else { item.firstFacet = new }
        item.lastFacet = new
    }
}
