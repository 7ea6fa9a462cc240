import CandorCore
import CandorText

extension PhraseStatistics {
    /// How many phrases ahead `absorb` asks for a phrase's slot, then for its key and entry.
    static let slotLead = 16, entryLead = 8

    /// Adds a tally's counts (it is left empty), as if its responses had been added here: a
    /// phrase's facets, then its surfaces, in the order the tally met them.
    public mutating func absorb(_ tally: inout PhraseTally) {
        for counts in tally.languages {
            responses[counts.language, default: 0] += counts.responses
            if !counts.facetCounts.isEmpty {
                facetCounts[counts.language, default: [:]].merge(counts.facetCounts, uniquingKeysWith: +)
            }
        }
        let (surfaceLinks, facetLinks, text, sources) = (tally.surfaces, tally.facets, tally.text, tally.sources)
        var languages = tally.languages
        tally.languages = []
        languages.sort { $0.language < $1.language }
        for slot in languages.indices {
            let language = languages[slot].language
            guard var table = languages[slot].table else { continue }
            languages[slot].table = nil
            var mine = entries.removeValue(forKey: language) ?? PhraseTable(capacity: table.count)
            var crossed = overfull.removeValue(forKey: language) ?? []
            let (keys, items) = table.removeAllEntries()
            // Read through buffers: the closures below would otherwise retain the arrays per phrase.
            surfaceLinks.withUnsafeBufferPointer { surfaceLinks in
                facetLinks.withUnsafeBufferPointer { facetLinks in
                    text.withUnsafeBufferPointer { text in
                        for index in keys.indices {
                            // The total outgrows the caches: its slots, keys and entries are
                            // asked for ahead, so the misses of several phrases overlap.
                            if index + Self.slotLead < keys.count { mine.prefetch(keys[index + Self.slotLead], entry: false) }
                            if index + Self.entryLead < keys.count { mine.prefetch(keys[index + Self.entryLead], entry: true) }
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
                                        guard surface.source >= 0 else {
                                            return String(decoding: UnsafeBufferPointer(rebasing:
                                                text[Int(surface.start)..<Int(surface.end)]), as: UTF8.self)
                                        }
                                        let source = sources[Int(surface.source)]
                                        return PhraseExtractor.surface(from: Int(surface.start), through: Int(surface.end),
                                                                       of: source.tokens, forms: source.forms)
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
