import CandorCore
import CandorIngest
import Foundation
import Testing
@testable import CandorAnalysis

/// Same input, same findings: for any thread count and any chunk size.
struct DeterminismTests {
    static let demo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Corpora/demo/survey.csv").path
    static let engine = Result { try AnalysisEngine.builtIn() }

    private func findings(
        threads: Int, chunkRecords: Int, pruneEvery: Int = 16_384, capacity: Int = 200_000, fullCount: Int = 50_000,
        mergeOnWorkers: Bool? = nil
    ) throws -> (Findings, [String]) {
        var ingest = IngestOptions()
        ingest.textFields = ["reason", "improve"]
        ingest.idField = "response_id"
        ingest.scoreField = "nps"
        ingest.segmentFields = ["channel"]
        ingest.chunkRecords = chunkRecords
        var configuration = RunConfiguration(inputs: [Self.demo], ingest: ingest, threads: threads)
        configuration.themes.pruneEvery = pruneEvery
        configuration.themes.capacity = capacity
        configuration.themes.fullCount = fullCount
        configuration.mergeOnWorkers = mergeOnWorkers
        let runner = try AnalysisRunner(configuration: configuration, engine: try Self.engine.get())
        var lines: [String] = []
        let result = try runner.run { analyses in
            for analysis in analyses {
                lines.append("\(analysis.response.id) \(analysis.language) \(analysis.flaws.map(\.id)) \(analysis.themes) \(analysis.themeSentiment)")
            }
        }
        let findings = Findings(
            summary: result.summary, themes: result.themes, taxonomy: try Self.engine.get().compiled.taxonomy,
            configuration: configuration, textFields: runner.textFields, diagnostics: runner.diagnostics)
        return (findings, lines)
    }

    @Test(arguments: [(1, 1), (2, 1), (2, 7), (1, 64), (2, 4096)])
    func findingsDoNotDependOnThreadsOrChunks(threads: Int, chunkRecords: Int) throws {
        let (reference, referenceLines) = try findings(threads: 1, chunkRecords: 2048)
        let (other, otherLines) = try findings(threads: threads, chunkRecords: chunkRecords)
        #expect(other == reference)
        #expect(otherLines == referenceLines)
        #expect(referenceLines.count == 582)
        #expect(!reference.themes.isEmpty)
    }

    /// The first pass merges on a thread of its own or on the workers (chosen by the cores):
    /// the same findings either way, with pruning (small capacity) and sampling at work.
    @Test(arguments: [(1, true), (2, true), (2, false), (3, true)])
    func mergingOnTheWorkersOrApartGivesTheSameFindings(threads: Int, onWorkers: Bool) throws {
        let (reference, referenceLines) = try findings(
            threads: 1, chunkRecords: 13, pruneEvery: 64, capacity: 300, fullCount: 200, mergeOnWorkers: false)
        let (other, otherLines) = try findings(
            threads: threads, chunkRecords: 13, pruneEvery: 64, capacity: 300, fullCount: 200, mergeOnWorkers: onWorkers)
        #expect(other == reference)
        #expect(otherLines == referenceLines)
        #expect(!reference.themes.isEmpty)
    }

    @Test func samplingByRowIsChunkIndependent() throws {
        // Count the first 100 responses in full, then sample: the same rows for any chunking.
        let (reference, lines) = try findings(threads: 1, chunkRecords: 2048, fullCount: 100)
        #expect(lines.count == 582)
        for (threads, chunk) in [(2, 1), (2, 29)] {
            let (other, _) = try findings(threads: threads, chunkRecords: chunk, fullCount: 100)
            #expect(other == reference, "threads \(threads) chunk \(chunk)")
        }
        // Sampling weights stand for the skipped rows: even from a sample of this small survey,
        // the biggest themes are found again.
        let (full, _) = try findings(threads: 1, chunkRecords: 2048)
        #expect(reference.counts == full.counts)
        let sampledTop = Set(reference.themes.prefix(5).map(\.label))
        let fullTop = Set(full.themes.prefix(10).map(\.label))
        #expect(sampledTop.intersection(fullTop).count >= 3, "\(sampledTop) vs \(fullTop)")
    }

    @Test func sampleWeightsAreRowBased() {
        var options = ThemeOptions()
        options.fullCount = 1000
        #expect((1...1000).allSatisfy { options.sampleWeight(row: $0) == 1 })
        let second = (1001...2000).map { options.sampleWeight(row: $0) }
        #expect(Set(second).isSubset(of: [0, 2]))
        let kept = second.filter { $0 > 0 }.count
        #expect(kept > 400 && kept < 600)
        let third = (2001...4000).map { options.sampleWeight(row: $0) }
        #expect(Set(third).isSubset(of: [0, 4]))
    }

    @Test func pruningAtFixedStreamPointsIsChunkIndependent() throws {
        // Prune every 50 responses down to 400 phrases per language: a tight bound that does
        // drop phrases, and still the same result for every chunking.
        let (unpruned, _) = try findings(threads: 1, chunkRecords: 2048)
        let (reference, _) = try findings(threads: 1, chunkRecords: 2048, pruneEvery: 50, capacity: 400)
        #expect(reference != unpruned)
        for (threads, chunk) in [(2, 1), (2, 13), (1, 50)] {
            let (other, _) = try findings(threads: threads, chunkRecords: chunk, pruneEvery: 50, capacity: 400)
            #expect(other == reference, "threads \(threads) chunk \(chunk)")
        }
    }
}
