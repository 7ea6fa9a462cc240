import CandorCore
import CandorText
import Testing
@testable import CandorAnalysis

/// The first pass's tallies (`PhraseTally`): many responses counted in one tally, then absorbed,
/// give the statistics of adding the responses one by one.
struct PhraseTallyTests {
    static let engine = Result { try AnalysisEngine.builtIn(forcedLanguage: .english) }

    private func readings(_ texts: [String]) throws -> [ResponseAnalyzer.Reading] {
        let analyzer = try ResponseAnalyzer(engine: try Self.engine.get())
        return texts.enumerated().map { index, text in
            analyzer.read(Response(id: "\(index)", row: index + 1, location: SourceLocation(file: "t", line: index + 1), texts: [text]))
        }
    }

    /// Counts a reading into `tally`, its stems and surfaces from the reading's own description.
    private func count(_ read: ResponseAnalyzer.Reading, weight: Int, into tally: inout PhraseTally) {
        tally.add(read.candidates, facets: read.facets, language: read.language, weight: weight,
                  stems: { read.describe($0).stems }) { candidate, bytes in bytes.append(contentsOf: read.describe(candidate).surface.utf8) }
    }

    /// Repeated phrases written several ways (accents, plurals), words beside facets (bill,
    /// payment, staff, app), and weights: chains of surfaces and facets longer than one.
    static let texts = [
        "refund delay again on my bill", "Refund delay! The bill was wrong", "réfund delay and a late payment",
        "long refund delay, friendly staff", "the staff were friendly but the app crashed", "refunds took weeks",
        "app crashed during payment", "réfunds delay", "friendly staff, bad app", "bill payment refund delay",
    ]

    @Test func oneTallyOfManyResponsesAbsorbsAsTheirAdds() throws {
        let reads = try readings(Self.texts)
        var added = PhraseStatistics()
        var tally = PhraseTally()
        for (index, read) in reads.enumerated() {
            let weight = 1 + index % 3
            added.add(read.candidates, facets: read.facets, language: read.language, weight: weight, describe: read.describe)
            count(read, weight: weight, into: &tally)
        }
        var absorbed = PhraseStatistics()
        absorbed.absorb(&tally)
        #expect(absorbed == added)
        #expect(tally.languages.isEmpty, "absorbing empties the tally")
        // The case covers what it claims: a phrase written several ways, and a word beside facets.
        let table = try #require(absorbed.entries[.english])
        #expect(table.contains { $0.value.surfaces.count > 1 })
        #expect(table.contains { $0.value.facets.count > 1 })
        #expect(absorbed.facetCounts[.english]?.isEmpty == false)
    }

    /// Surfaces counted by where their words are (`add(…fields:)`, the first pass's way) give
    /// the statistics of surfaces written out, on responses of one field and of two.
    @Test func tallyOfSurfacesByPlaceAbsorbsAsTheirAdds() throws {
        let analyzer = try ResponseAnalyzer(engine: try Self.engine.get())
        let texts = Self.texts.enumerated().map { index, text in index % 3 == 0 ? [text, Self.texts[(index + 4) % Self.texts.count]] : [text] }
        var added = PhraseStatistics()
        var tally = PhraseTally()
        for (index, fields) in texts.enumerated() {
            let read = analyzer.read(Response(id: "\(index)", row: index + 1, location: SourceLocation(file: "t", line: index + 1), texts: fields))
            added.add(read.candidates, facets: read.facets, language: read.language, weight: 2, describe: read.describe)
            tally.add(read.candidates, facets: read.facets, language: read.language, weight: 2,
                      stems: { read.describe($0).stems }, fields: read.fields)
        }
        #expect(texts.contains { $0.count == 2 }, "some responses have two fields")
        var absorbed = PhraseStatistics()
        absorbed.absorb(&tally)
        #expect(absorbed == added)
        let table = try #require(absorbed.entries[.english])
        #expect(table.contains { $0.value.surfaces.count > 1 } && table.contains { $0.value.length > 1 })
        // Texts compared too (`==` compares surfaces by hash and count).
        let texted = { (statistics: PhraseStatistics) in
            (statistics.entries[.english] ?? PhraseTable()).map { "\($0.key) \($0.value.surfaces.map(\.text).sorted())" }.sorted()
        }
        #expect(texted(absorbed) == texted(added))
    }

    @Test func tallyCountsAsDefinedResponseByResponse() throws {
        // The counts worked out here from the candidates alone: each phrase's responses (weighted),
        // each surface's, and for a single word each facet evoked by another phrase of its response.
        let reads = try readings(Self.texts)
        var counts: [UInt64: Int] = [:]
        var surfaces: [UInt64: [UInt64: Int]] = [:]
        var together: [UInt64: [Int: Int]] = [:]
        var tally = PhraseTally()
        for (index, read) in reads.enumerated() {
            let weight = 1 + index % 3
            for candidate in read.candidates {
                counts[candidate.key, default: 0] += weight
                surfaces[candidate.key, default: [:]][candidate.surfaceHash, default: 0] += weight
                guard candidate.length == 1 else { continue }
                for hit in read.facets where !(hit.keyCount == 1 && hit.firstKey == candidate.key) {
                    together[candidate.key, default: [:]][hit.facet, default: 0] += weight
                }
            }
            count(read, weight: weight, into: &tally)
        }
        var absorbed = PhraseStatistics()
        absorbed.absorb(&tally)
        let table = try #require(absorbed.entries[.english])
        #expect(table.count == counts.count)
        for (key, entry) in table {
            #expect(entry.count == counts[key])
            #expect(Dictionary(uniqueKeysWithValues: entry.surfaces.map { ($0.hash, $0.count) }) == surfaces[key])
            #expect(Dictionary(uniqueKeysWithValues: entry.facets.map { ($0.facet, $0.count) }) == together[key] ?? [:])
        }
        #expect(together.values.contains { $0.count > 1 } && surfaces.values.contains { $0.count > 1 })
    }

    /// A word's company: every hit but those of the word alone, a facet named twice counted
    /// twice, facets new to the word linked in the order the hits first name them.
    @Test func wordKeepsCompanyWithTheFacetsOfOtherHits() throws {
        let word: UInt64 = 11
        let candidate = PhraseCandidate(key: word, surfaceHash: 1, length: 1)
        var tally = PhraseTally()
        func add(_ hits: [FacetLexicon.Hit]) {
            tally.add([candidate], facets: hits, language: .english, weight: 2, stems: { _ in Stems() }) { _, bytes in
                bytes.append(contentsOf: "word".utf8)
            }
        }
        add([.init(facet: 3, keyCount: 1, firstKey: word), .init(facet: 5, keyCount: 2, firstKey: 21), .init(facet: 3, keyCount: 1, firstKey: 23)])
        // Evoked by the word and another candidate: company, as the word is not alone.
        add([.init(facet: 7, keyCount: 1, firstKey: 24), .init(facet: 5, keyCount: 1, firstKey: word), .init(facet: 3, keyCount: 1, firstKey: 23),
             .init(facet: 7, keyCount: 2, firstKey: word)])
        var absorbed = PhraseStatistics()
        absorbed.absorb(&tally)
        let entry = try #require(absorbed.entries[.english]?[word])
        #expect(entry.facets.map(\.facet) == [5, 3, 7])
        #expect(entry.facets.map(\.count) == [2, 4, 4])
        #expect(entry.count == 4)
    }

    /// Facets 64 apart share a bit of a word's facet bits (`PhraseTally.Item.facetBits`): a
    /// facet met again is found by the walk of its links, whichever its number.
    @Test func facetsSharingABitAreCountedApart() throws {
        let word: UInt64 = 11
        let candidate = PhraseCandidate(key: word, surfaceHash: 1, length: 1)
        var tally = PhraseTally()
        func add(_ facets: [Int]) {
            let hits = facets.map { FacetLexicon.Hit(facet: $0, keyCount: 1, firstKey: 99) }
            tally.add([candidate], facets: hits, language: .english, weight: 2, stems: { _ in Stems() }) { _, bytes in
                bytes.append(contentsOf: "word".utf8)
            }
        }
        add([63, 100])
        add([100, 64, 62])
        add([63, 0])
        add([62, 127])
        // One link per facet of the word: a facet met again was found, not linked twice (the
        // merge would add duplicates up, so only the links show a missed walk).
        #expect(tally.facets.count == 6)
        var absorbed = PhraseStatistics()
        absorbed.absorb(&tally)
        let entry = try #require(absorbed.entries[.english]?[word])
        #expect(entry.facets.map(\.facet) == [63, 100, 64, 62, 0, 127])
        #expect(entry.facets.map(\.count) == [4, 4, 2, 4, 2, 2])
    }

    @Test func tallySurfacesAndFacetsCountWhatWasAdded() throws {
        let reads = try readings(["refund delay", "réfund delay", "refund delay", "Réfund delay"])
        var tally = PhraseTally()
        for read in reads {
            count(read, weight: 2, into: &tally)
        }
        var absorbed = PhraseStatistics()
        absorbed.absorb(&tally)
        let key = try #require(reads[0].candidates.first { $0.length == 2 }?.key)
        let entry = try #require(absorbed.entries[.english]?[key])
        #expect(entry.count == 8)
        #expect(entry.surfaces.map(\.text).sorted() == ["refund delay", "réfund delay"])
        #expect(entry.surfaces.map(\.count) == [4, 4])
    }
}
