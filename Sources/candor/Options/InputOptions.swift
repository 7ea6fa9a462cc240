import ArgumentParser
import CandorAnalysis
import CandorCore
import CandorIngest

/// The options every command that reads responses shares: inputs, columns, parsing, threads.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Input files or folders (CSV, TSV, JSONL, text, a folder of .txt notes, .gz); '-' reads stdin.", valueName: "input"))
    var inputs: [String] = []

    @Option(name: .customLong("text"), help: ArgumentHelp("A column holding free text (repeatable: several open questions are analysed together and kept apart). Default: the column with the most free text.", valueName: "column"))
    var textFields: [String] = []

    @Option(name: .customLong("id"), help: ArgumentHelp("The column holding the response id (default: the record number from 1).", valueName: "column"))
    var idField: String?

    @Option(name: .customLong("score"), help: ArgumentHelp("The column holding the score: NPS 0–10 or CSAT 1–5.", valueName: "column"))
    var scoreField: String?

    @Option(name: .customLong("date"), help: ArgumentHelp("The column holding the response date.", valueName: "column"))
    var dateField: String?

    @Option(name: .customLong("segment"), help: ArgumentHelp("A column to break figures down by (repeatable): channel, region, touchpoint.", valueName: "column"))
    var segmentFields: [String] = []

    @Option(help: ArgumentHelp("Input format (default: from the extension).", valueName: "csv|tsv|jsonl|text|notes"))
    var format: String?

    @Option(help: ArgumentHelp("CSV delimiter (default: detected among , ; tab |). Use 'tab' for a tab.", valueName: "char"))
    var delimiter: String?

    @Flag(help: "Skip malformed rows (counted and listed) instead of stopping with exit 65.")
    var skipBadRows = false

    @Option(help: ArgumentHelp("Worker threads (default: all cores). Output is identical for any value.", valueName: "n"))
    var threads: Int?

    @Option(help: ArgumentHelp("Records per chunk handed to a worker (tuning and tests; output is identical for any value).", valueName: "n", visibility: .hidden))
    var chunkRecords: Int?

    @Option(name: .customLong("lang"), help: ArgumentHelp("Force the language of every response instead of guessing it.", valueName: "en|fr|und"))
    var language: String?

    @Flag(help: "Keep personal data (e-mail addresses, phone and card numbers) in quotes and evidence; they are masked by default.")
    var noRedact = false

    mutating func validate() throws {
        if inputs.isEmpty { throw ValidationError("Give at least one input file, folder, or '-' for stdin.") }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1.") }
        if let chunkRecords, chunkRecords < 1 { throw ValidationError("--chunk-records must be at least 1.") }
        if let format, InputFormat(rawValue: format) == nil {
            throw ValidationError("Unknown --format '\(format)'; use one of: \(InputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        if let delimiter, Self.delimiterByte(delimiter) == nil {
            throw ValidationError("--delimiter must be one ASCII character or 'tab'.")
        }
    }

    static func delimiterByte(_ text: String) -> UInt8? {
        if text == "tab" || text == "\\t" || text == "\t" { return 0x09 }
        let bytes = Array(text.utf8)
        return bytes.count == 1 && bytes[0] < 0x80 && bytes[0] != 0x22 && bytes[0] != 0x0A && bytes[0] != 0x0D ? bytes[0] : nil
    }

    /// The ingest options these flags describe.
    var ingestOptions: IngestOptions {
        var options = IngestOptions()
        options.format = format.flatMap(InputFormat.init(rawValue:))
        options.delimiter = delimiter.flatMap(Self.delimiterByte)
        options.textFields = textFields
        options.idField = idField
        options.scoreField = scoreField
        options.dateField = dateField
        options.segmentFields = segmentFields
        options.skipBadRows = skipBadRows
        if let chunkRecords { options.chunkRecords = chunkRecords }
        return options
    }

    /// The run configuration these flags describe.
    func configuration() -> RunConfiguration {
        RunConfiguration(
            inputs: inputs, ingest: ingestOptions, threads: threads ?? RunConfiguration.defaultThreads,
            language: language.map(Language.init(rawValue:)), redact: !noRedact)
    }
}
