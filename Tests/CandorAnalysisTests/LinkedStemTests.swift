import CandorCore
import CandorIngest
import CandorText
import Foundation
import Testing
@testable import CandorAnalysis

/// The second pass builds only the candidates whose stems a theme links
/// (`ThemeModel.linkedStems`); the themes it assigns are those of every candidate.
struct LinkedStemTests {
    static let demo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Corpora/demo/survey.csv").path

    /// What assigning reads of a candidate.
    private struct Read: Equatable {
        var key: UInt64, position: Double, occurrences: Int, field: Int, sentence: Int32
        init(_ candidate: PhraseCandidate) {
            (key, position, occurrences) = (candidate.key, candidate.position, candidate.occurrences)
            (field, sentence) = (candidate.field, candidate.sentence)
        }
    }

    @Test func filteredCandidatesAssignTheSameThemes() throws {
        let engine = try AnalysisEngine.builtIn()
        let analyzer = try ResponseAnalyzer(engine: engine)
        var options = IngestOptions()
        options.textFields = ["reason", "improve"]
        let responses = try readAll(paths: [Self.demo], options: options).responses
        var statistics = PhraseStatistics()
        for response in responses {
            let read = analyzer.read(response)
            guard read.wordCount > 0 else { continue }
            statistics.add(read.candidates, facets: read.facets, language: read.language, describe: read.describe)
        }
        let model = ThemeBuilder(options: ThemeOptions(), lexicons: engine.facets).build(statistics)
        let linked = try #require(model.linkedStems)
        #expect(linked.count > 0 && !model.themes.isEmpty)
        var (all, kept, themed) = (0, 0, 0)
        var scratch = ThemeModel.AssignScratch()
        for response in responses {
            let full = analyzer.read(response, findingFacets: false)
            let filtered = analyzer.read(response, findingFacets: false, linkedStems: linked)
            #expect(full.language == filtered.language)
            all += full.candidates.count
            kept += filtered.candidates.count
            // Every candidate a theme links is kept as it was, in the same order.
            func isLinked(_ candidate: PhraseCandidate) -> Bool { model.links.values.contains { $0.contains(candidate.key) } }
            let linkedOnes = full.candidates.filter(isLinked)
            let keptLinked = filtered.candidates.filter(isLinked)
            #expect(linkedOnes.map(Read.init) == keptLinked.map(Read.init))
            let fullThemes = model.assignWithEvidence(full.candidates, language: full.language)
            let filteredThemes = model.assignWithEvidence(filtered.candidates, language: filtered.language)
            // The worker's scratch, reused from response to response, changes nothing.
            let reused = model.assignWithEvidence(filtered.candidates, language: filtered.language, scratch: &scratch)
            #expect(reused.map(\.theme) == filteredThemes.map(\.theme) && reused.map(\.candidates) == filteredThemes.map(\.candidates))
            #expect(fullThemes.map(\.theme) == filteredThemes.map(\.theme))
            #expect(fullThemes.map { $0.candidates.map { Read(full.candidates[$0]) } }
                == filteredThemes.map { $0.candidates.map { Read(filtered.candidates[$0]) } })
            for field in full.fieldCandidates.indices {
                #expect(model.assign(full.fieldCandidates[field], language: full.language)
                    == model.assign(filtered.fieldCandidates[field], language: filtered.language))
            }
            if !fullThemes.isEmpty { themed += 1 }
        }
        #expect(themed > responses.count / 4, "the demo's responses carry themes")
        #expect(kept < all, "the filter drops candidates no theme links")
    }
}
