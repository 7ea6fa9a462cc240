import CandorCore
import CandorIngest
import CandorText
import Foundation

/// Runs the pipeline over a run's inputs in two streaming passes on the parallel core.
///
/// Pass 1 reads the input and counts candidate phrases in a sample of the responses (memory
/// bounded by pruning at fixed stream positions); the themes are built from the merged counts.
/// Pass 2 reads the input again, tags flaws, assigns themes and accumulates the summary and the
/// diagnostics. Each pass cuts the stream into chunks on record boundaries, processes them on
/// `threads` workers, and merges the per-chunk results in chunk order, so the output does not
/// depend on the thread count.
public final class AnalysisRunner {
    /// The run's configuration.
    public let configuration: RunConfiguration
    /// The shared engine.
    public let engine: AnalysisEngine
    /// Messages for stderr (e.g. which column was picked as text).
    public private(set) var notices: [String] = []
    /// Skipped rows and other input problems.
    public private(set) var diagnostics = DiagnosticLog()
    /// The text fields, resolved (after automatic choice).
    public private(set) var textFields: [String] = []
    /// Wall-clock time per stage, in seconds.
    public private(set) var timings: [(stage: String, seconds: Double)] = []
    /// Bytes of input read in the first pass.
    public private(set) var bytesRead = 0
    /// The themes, once the first pass has built them.
    public private(set) var themes: ThemeModel?

    private var workers: [ResponseAnalyzer] = []
    private var spooled: [String: String] = [:]

    /// The outcome of a run.
    public struct Result: Sendable {
        /// The summary.
        public var summary: RunSummary
        /// The themes.
        public var themes: ThemeModel
    }

    /// Prepares a run.
    /// - Throws: `TextError` when ICU cannot be opened.
    public init(configuration: RunConfiguration, engine: AnalysisEngine) throws(TextError) {
        self.configuration = configuration
        self.engine = engine
        for _ in 0..<configuration.threads { workers.append(try ResponseAnalyzer(engine: engine)) }
    }

    deinit {
        for path in spooled.values { try? FileManager.default.removeItem(atPath: path) }
    }

    /// Runs both passes; `onChunk` receives each chunk's analyses in input order.
    /// - Throws: `IngestError` for unreadable inputs and malformed rows (without skipping).
    public func run(onChunk: (([ResponseAnalysis]) throws -> Void)? = nil) throws -> Result {
        let start = Date()
        let statistics = try countPhrases()
        let counted = Date()
        let model = ThemeBuilder(options: configuration.themes, lexicons: engine.facets).build(statistics)
        themes = model
        let built = Date()
        let summary = try analyse(themes: model, onChunk: onChunk)
        let done = Date()
        timings = [
            ("read+tokenize+count phrases", counted.timeIntervalSince(start)),
            ("build themes", built.timeIntervalSince(counted)),
            ("read+tokenize+tag+assign", done.timeIntervalSince(built)),
        ]
        return Result(summary: summary, themes: model)
    }

    // MARK: Pass 1

    private struct CountResult: Sendable {
        var partials: [(segment: Int, tally: PhraseTally)]
        var fatal: IngestError?
        var bytes: Int
    }

    private func countPhrases() throws -> PhraseStatistics {
        var options = configuration.ingest
        let (inputs, descriptors) = try openInputs()
        defer { closeAll(descriptors) }
        let reader = try ChunkReader(inputs: inputs, options: options)
        textFields = reader.textFields
        notices = reader.notices
        options.textFields = reader.textFields
        let parser = ChunkParser(options: options)
        let every = max(1, configuration.themes.pruneEvery)
        let themeOptions = configuration.themes
        let merger = PhraseMerger(capacity: configuration.themes.capacity)
        let window = 2 * configuration.threads
        // A merge thread beside workers that take every core made three busy threads on two
        // cores: merged on the worker that consumes (the other goes on counting), the first
        // pass took 3.05-3.20 s against 3.22-3.67 s at two threads on the 200 MB dump (four
        // interleaved pairs). With a core to spare, the merge thread is the faster: at one
        // thread, 4.30-4.79 s against 6.57-6.74 s merged inline.
        let mergeOnWorkers = configuration.mergeOnWorkers
            ?? (configuration.threads >= ProcessInfo.processInfo.activeProcessorCount)
        // Whatever happens, wait for the merges already queued (they hold the partials).
        defer { _ = merger.finish() }
        try ChunkStream.run(reader, contexts: workers, window: window) { worker, chunk -> CountResult in
            // Only the sampled rows are built (the others are checked when bad rows are fatal,
            // so a malformed row still stops the run before any output); building every row
            // took a fifth of this pass on a 200 MB dump. Pass 2 reports the diagnostics.
            let parsed = parser.parse(chunk) { themeOptions.sampleWeight(row: $0) > 0 }
            var partials: [(Int, PhraseTally)] = []
            // Room for the phrases this chunk's sampled rows can bring (at most ~21 per row per
            // language, measured on the 200 MB dump): a late chunk samples 1 row in 16, and a
            // table sized for a full chunk (64 K slots, 512 KB per language) made each lookup a
            // cache miss into memory zeroed for it.
            let room = PhraseTally.room(forRows: parsed.responses.count)
            for response in parsed.responses {
                // Sampled (the parse built no other row): the weight is at least 1.
                let weight = themeOptions.sampleWeight(row: response.row)
                let reading = worker.read(response)
                // Its arrays serve the next row, but for its tokens, which the tally may keep
                // (handed back at its last use, not in a `defer`, which copied it).
                guard reading.wordCount > 0 else {
                    worker.recycle(reading, keepingTokens: false)
                    continue
                }
                let bucket = (response.row - 1) / every
                if partials.last?.0 != bucket { partials.append((bucket, PhraseTally(capacity: room))) }
                // The closure takes the array it reads, not the whole reading: capturing the
                // reading copied it (a retain of each of its arrays) per new phrase.
                let facts = reading.facts
                partials[partials.count - 1].1.add(
                    reading.candidates, facets: reading.facets, language: reading.language, weight: weight,
                    stems: { PhraseExtractor.stems(of: $0, facts: facts[$0.field]) }, fields: reading.fields)
                worker.recycle(reading, keepingTokens: false)
            }
            return CountResult(partials: partials, fatal: parsed.fatal, bytes: chunk.byteCount)
        } consume: { result in
            if let fatal = result.fatal { throw fatal }
            bytesRead += result.bytes
            // Moved out, so the merger holds the only reference to each partial (a shared one
            // is copied when the merge empties it). Merged while the (other) workers count.
            let partials = PhraseMerger.Batch(result.partials)
            result.partials = []
            merger.submit(partials, inline: mergeOnWorkers)
        }
        return merger.finish()
    }

    // MARK: Pass 2

    private struct AnalyseResult: Sendable {
        var summary: RunSummary
        var analyses: [ResponseAnalysis]
        var counts: IngestCounts
        var diagnostics: [Diagnostic]
        var fatal: IngestError?
    }

    private func analyse(themes model: ThemeModel, onChunk: (([ResponseAnalysis]) throws -> Void)?) throws -> RunSummary {
        var options = configuration.ingest
        options.textFields = textFields
        let (inputs, descriptors) = try openInputs()
        defer { closeAll(descriptors) }
        let reader = try ChunkReader(inputs: inputs, options: options)
        let parser = ChunkParser(options: options)
        let keep = onChunk != nil
        let quotes = configuration.quotes
        var summary = RunSummary(quoteCapacity: quotes)
        try ChunkStream.run(reader, contexts: workers, window: 4 * configuration.threads) { worker, chunk -> AnalyseResult in
            let parsed = parser.parse(chunk)
            var partial = RunSummary(quoteCapacity: quotes)
            var analyses: [ResponseAnalysis] = []
            for response in parsed.responses {
                let analysis = worker.analyse(response, themes: model)
                partial.add(analysis)
                if keep { analyses.append(analysis) }
            }
            return AnalyseResult(
                summary: partial, analyses: analyses, counts: parsed.counts, diagnostics: parsed.diagnostics, fatal: parsed.fatal)
        } consume: { result in
            // Pass 1 checked every row, so only an input changed between the passes fails here.
            if let fatal = result.fatal { throw fatal }
            diagnostics.append(contentsOf: result.diagnostics)
            summary.merge(result.summary)
            summary.read += result.counts.read
            summary.skipped += result.counts.skipped
            summary.replacedUTF8 += result.counts.replacedUTF8
            if let onChunk { try onChunk(result.analyses) }
        }
        return summary
    }

    // MARK: Inputs

    /// The inputs to read, with stdin copied once to a temporary file (both passes read it)
    /// and opened as a descriptor named `-`; the descriptors to close when the pass ends.
    private func openInputs() throws(IngestError) -> (inputs: [IngestInput], descriptors: [Int32]) {
        var inputs: [IngestInput] = []
        var descriptors: [Int32] = []
        for path in configuration.inputs {
            guard path == "-" else {
                inputs.append(.path(path))
                continue
            }
            let copy: String
            if let existing = spooled[path] {
                copy = existing
            } else {
                copy = try StdinSpool.copy()
                spooled[path] = copy
            }
            let descriptor = open(copy, O_RDONLY)
            guard descriptor >= 0 else { throw IngestError(.readError, "cannot reopen the copy of stdin at \(copy)") }
            descriptors.append(descriptor)
            inputs.append(.fileDescriptor(descriptor, name: "-"))
        }
        return (inputs, descriptors)
    }

    private func closeAll(_ descriptors: [Int32]) {
        for descriptor in descriptors { _ = close(descriptor) }
    }
}
