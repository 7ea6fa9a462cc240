// libFuzzer entry point for CandorIngest. Build and run with Fuzz/build.sh (see README.md).
import CandorCore
import CandorIngest

/// The outcome of one read, comparable across chunk sizes.
private struct Outcome: Equatable {
    var responses: [Response] = []
    var diagnostics: [Diagnostic] = []
    var counts = IngestCounts.zero
    var textFields: [String] = []
    var error: IngestError?
}

private func run(_ bytes: [UInt8], _ options: IngestOptions) -> Outcome {
    do {
        let result = try readAll(inputs: [.memory(bytes, name: "fuzz")], options: options)
        return Outcome(
            responses: result.responses, diagnostics: result.diagnostics, counts: result.counts,
            textFields: result.textFields
        )
    } catch {
        return Outcome(error: error)
    }
}

/// True for the malformed-input errors that stop even a skipping run: a bad header, UTF-16.
private func stopsWholeInput(_ error: IngestError) -> Bool {
    error.reason.contains("header") || error.reason.contains("UTF-16")
}

/// The first byte chooses the format, skipping, text field and chunk sizes; the rest is input.
///
/// Invariants checked (a violation traps, which libFuzzer reports as a crash):
/// - tiny chunk, byte and block sizes give the same outcome as the defaults (with 4 KiB
///   blocks: larger than any input here, and much faster than allocating 1 MiB per run);
/// - every record read is a response or a skipped diagnostic;
/// - when skipping, only a malformed header, UTF-16 input or a missing column stops the run;
/// - skipping changes nothing in a run without bad rows, and the record a strict run stops
///   on is the one a skipping run lists first.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzIngest(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let all = Array(UnsafeBufferPointer(start: data, count: size))
    guard let selector = all.first else { return 0 }
    let bytes = Array(all.dropFirst())
    let formats: [InputFormat?] = [.csv, .tsv, .jsonl, .text, nil, .csv, .jsonl, nil]
    var options = IngestOptions(
        format: formats[Int(selector & 7)], textFields: selector & 8 != 0 ? ["a"] : [],
        skipBadRows: selector & 16 != 0, blockBytes: 4096, maxRecordBytes: 96
    )
    let defaults = run(bytes, options)
    options.chunkRecords = 1 + Int(selector >> 5 & 1)
    options.chunkBytes = 1 + Int(selector >> 6 & 1) * 6
    options.blockBytes = 1 + Int(selector >> 7) * 2
    let tiny = run(bytes, options)
    precondition(tiny == defaults, "chunk sizes changed the outcome")
    if defaults.error == nil {
        precondition(defaults.counts.read == defaults.responses.count + defaults.counts.skipped, "records unaccounted for")
        let skipped = defaults.diagnostics.filter { $0.severity == .skipped }.count
        precondition(skipped == defaults.counts.skipped, "skipped rows not listed")
    } else if let error = defaults.error, options.skipBadRows, error.kind == .malformedRow {
        precondition(stopsWholeInput(error), "a skipping run stopped on a record: \(error)")
    }
    if !options.skipBadRows {
        options.skipBadRows = true
        let skipping = run(bytes, options)
        if defaults.error == nil {
            precondition(skipping == tiny, "skipping changed a run without bad rows")
        } else if let error = defaults.error, error.kind == .malformedRow, !stopsWholeInput(error) {
            let first = skipping.diagnostics.first { $0.severity == .skipped }
            let listed = first?.location == error.location && first?.message == error.reason
            precondition(listed, "the first malformed row is not the one skipped: \(error)")
        }
    }
    return 0
}
