import CandorCore

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
    }

    /// A way of writing a phrase: its hash, count, and bytes in `text`.
    struct SurfaceLink {
        var hash: UInt64
        var count: Int
        var start: Int32
        var length: Int32
        var next: Int32 = -1
    }

    /// A facet's count beside a single word.
    struct FacetLink {
        var facet: Int
        var count: Int
        var next: Int32 = -1
    }

    /// Items by language, then merge key.
    var tables: [Language: PhraseTable<Item>] = [:]
    /// Non-empty responses counted, by language.
    var responses: [Language: Int] = [:]
    /// Responses evoking each facet (by index), by language.
    var facetCounts: [Language: [Int: Int]] = [:]
    var surfaces: [SurfaceLink] = []
    var facets: [FacetLink] = []
    /// The surfaces' UTF-8 bytes, one after another.
    var text: [UInt8] = []

    /// Room for phrases per language before a table grows.
    private let capacity: Int

    /// Creates an empty tally with room for about `capacity` phrases per language (a first-pass
    /// stretch holds thousands: grown from small, its table rehashed several times).
    public init(capacity: Int = 1 << 15) {
        self.capacity = capacity
    }

    /// Counts one response's distinct candidates and the facets they evoke, `weight` times, as
    /// `PhraseStatistics.add` does. `stems` gives a new phrase's stems; `surface` appends a
    /// new surface's text (UTF-8) to the buffer it is given.
    public mutating func add(
        _ candidates: [PhraseCandidate], facets hits: [FacetLexicon.Hit] = [], language: Language, weight: Int = 1,
        stems: (PhraseCandidate) -> Stems, surface: (PhraseCandidate, inout [UInt8]) -> Void
    ) {
        responses[language, default: 0] += weight
        if !hits.isEmpty {
            var counts = facetCounts[language] ?? [:]
            for hit in hits { counts[hit.facet, default: 0] += weight }
            facetCounts[language] = counts
        }
        var table = tables.removeValue(forKey: language) ?? PhraseTable(capacity: capacity)
        for candidate in candidates {
            table.update(candidate.key, default: {
                Item(count: 0, afterDeterminer: 0, stems: stems(candidate), length: Int32(candidate.length),
                     isGeneric: candidate.isGeneric)
            }) { item in
                item.count += weight
                if candidate.afterDeterminer { item.afterDeterminer += weight }
                addSurface(&item, candidate, weight: weight, surface)
                if candidate.length == 1, !hits.isEmpty {
                    // A word never keeps company with itself: a facet the word alone evokes.
                    // By index, read in place: binding each hit retained its keys.
                    for h in hits.indices where !(hits[h].keys.count == 1 && hits[h].keys[0] == candidate.key) {
                        addFacet(&item, hits[h].facet, weight: weight)
                    }
                }
            }
        }
        tables[language] = table
    }

    /// Counts `weight` more of the candidate's surface on `item`, linking a new one.
    @inline(__always)
    private mutating func addSurface(
        _ item: inout Item, _ candidate: PhraseCandidate, weight: Int, _ surface: (PhraseCandidate, inout [UInt8]) -> Void
    ) {
        var link = item.firstSurface
        while link >= 0 {
            if surfaces[Int(link)].hash == candidate.surfaceHash {
                surfaces[Int(link)].count += weight
                return
            }
            link = surfaces[Int(link)].next
        }
        let start = text.count
        surface(candidate, &text)
        let new = Int32(surfaces.count)
        surfaces.append(SurfaceLink(hash: candidate.surfaceHash, count: weight, start: Int32(start), length: Int32(text.count - start)))
        if item.lastSurface >= 0 { surfaces[Int(item.lastSurface)].next = new } else { item.firstSurface = new }
        item.lastSurface = new
    }

    /// Counts `weight` more responses where `item`'s word and `facet` occur together.
    @inline(__always)
    private mutating func addFacet(_ item: inout Item, _ facet: Int, weight: Int) {
        var link = item.firstFacet
        while link >= 0 {
            if facets[Int(link)].facet == facet {
                facets[Int(link)].count += weight
                return
            }
            link = facets[Int(link)].next
        }
        let new = Int32(facets.count)
        facets.append(FacetLink(facet: facet, count: weight))
        if item.lastFacet >= 0 { facets[Int(item.lastFacet)].next = new } else { item.firstFacet = new }
        item.lastFacet = new
    }
}

extension PhraseStatistics {
    /// Adds a tally's counts (it is left empty), as if its responses had been added here: a
    /// phrase's facets, then its surfaces, in the order the tally met them.
    public mutating func absorb(_ tally: inout PhraseTally) {
        for (language, count) in tally.responses { responses[language, default: 0] += count }
        for (language, counts) in tally.facetCounts { facetCounts[language, default: [:]].merge(counts, uniquingKeysWith: +) }
        let (surfaceLinks, facetLinks, text) = (tally.surfaces, tally.facets, tally.text)
        for language in tally.tables.keys.sorted() {
            guard var table = tally.tables.removeValue(forKey: language) else { continue }
            var mine = entries.removeValue(forKey: language) ?? PhraseTable(capacity: table.count)
            var crossed = overfull.removeValue(forKey: language) ?? []
            let (keys, items) = table.removeAllEntries()
            // Read through buffers: the closures below would otherwise retain the arrays per phrase.
            surfaceLinks.withUnsafeBufferPointer { surfaceLinks in
                facetLinks.withUnsafeBufferPointer { facetLinks in
                    text.withUnsafeBufferPointer { text in
                        for index in keys.indices {
                            let item = items[index]
                            mine.update(keys[index], default: {
                                Entry(count: 0, length: Int(item.length), stems: item.stems, surfaces: [], isGeneric: item.isGeneric)
                            }) { entry in
                                entry.count += item.count
                                entry.afterDeterminer += item.afterDeterminer
                                var facet = item.firstFacet
                                if facet >= 0, entry.facets.isEmpty {
                                    // Sized for the tally's facets at once, not grown one by one.
                                    var links = 0
                                    while facet >= 0 {
                                        links += 1
                                        facet = facetLinks[Int(facet)].next
                                    }
                                    entry.facets.reserveCapacity(links)
                                    facet = item.firstFacet
                                }
                                while facet >= 0 {
                                    entry.addFacet(facetLinks[Int(facet)].facet, count: facetLinks[Int(facet)].count)
                                    facet = facetLinks[Int(facet)].next
                                }
                                var isOver = false
                                var link = item.firstSurface
                                while link >= 0 {
                                    let surface = surfaceLinks[Int(link)]
                                    // A `String` only for a surface new to the total.
                                    isOver = entry.addSurface(surface.hash, count: surface.count) {
                                        String(decoding: UnsafeBufferPointer(rebasing:
                                            text[Int(surface.start)..<Int(surface.start + surface.length)]), as: UTF8.self)
                                    } || isOver
                                    link = surface.next
                                }
                                if isOver { crossed.append(keys[index]) }
                            }
                        }
                    }
                }
            }
            if !crossed.isEmpty { overfull[language] = crossed }
            entries[language] = mine
        }
        tally = PhraseTally()
    }
}
