import CandorCore

/// Reads every input into memory, sequentially: for the CLI's small runs and for tests.
///
/// Drives `ChunkReader` and `ChunkParser` in chunk order, exactly as a parallel run merges
/// them, and throws the first malformed record when bad rows are not skipped.
///
/// - Parameters:
///   - paths: files, folders of notes, or "-" for standard input.
///   - options: how to read them.
/// - Returns: the responses in input order, the diagnostics, the counts, the text field names
///   and the notices for standard error.
/// - Throws: `IngestError` (`ING001`…`ING005`).
public func readAll(
    paths: [String], options: IngestOptions
) throws(IngestError) -> (
    responses: [Response], diagnostics: [Diagnostic], counts: IngestCounts, textFields: [String], notices: [String]
) {
    try readAll(inputs: paths.map(IngestInput.init(argument:)), options: options)
}

/// Reads every input into memory, sequentially; `readAll(paths:options:)` for any inputs.
public func readAll(
    inputs: [IngestInput], options: IngestOptions
) throws(IngestError) -> (
    responses: [Response], diagnostics: [Diagnostic], counts: IngestCounts, textFields: [String], notices: [String]
) {
    let reader = try ChunkReader(inputs: inputs, options: options)
    let parser = ChunkParser(options: options)
    var responses: [Response] = []
    var diagnostics: [Diagnostic] = []
    var counts = IngestCounts.zero
    while let chunk = try reader.next() {
        let parsed = parser.parse(chunk)
        if let fatal = parsed.fatal { throw fatal }
        responses.append(contentsOf: parsed.responses)
        diagnostics.append(contentsOf: parsed.diagnostics)
        counts += parsed.counts
    }
    return (responses, diagnostics, counts, reader.textFields, reader.notices)
}
