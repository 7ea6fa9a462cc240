import Foundation

/// Reads inputs in order and cuts them into raw chunks: the cheap, sequential half of ingest.
///
/// It opens each input when its turn comes, reads its header (or samples its JSON keys),
/// resolves the columns for that input, and cuts its records into chunks on record boundaries
/// only. Parse the chunks with `ChunkParser`, on any thread, and merge them by `index`.
/// Memory stays bounded by the chunk, block and maximum record sizes, whatever the input size.
public final class ChunkReader {
    /// The options it was created with.
    public let options: IngestOptions
    /// The text fields of each response, as named in the first input (after auto-pick).
    public internal(set) var textFields: [String] = []
    /// Messages for standard error (`candor: …`), added as inputs are opened.
    public internal(set) var notices: [String] = []

    let inputs: [IngestInput]
    /// The text field names to find in each input: the options' or the auto-picked one.
    var textNames: [String]?
    var textFieldsResolved = false
    private var nextInput = 0
    private var current: (source: any ChunkSource, index: Int, name: String)?
    private var nextRow = 1
    private var nextIndex = 0

    /// Creates a reader over paths ("-" is standard input; a folder is read as notes).
    ///
    /// - Throws: see `init(inputs:options:)`.
    public convenience init(paths: [String], options: IngestOptions) throws(IngestError) {
        try self.init(inputs: paths.map(IngestInput.init(argument:)), options: options)
    }

    /// Creates a reader, checks that every path exists, and opens the first input with data.
    ///
    /// - Throws: `ING005` for invalid options, `ING001` for an input that cannot be opened,
    ///   `ING002` for a column the first input lacks, `ING003` for a malformed header,
    ///   `ING004` when reading fails.
    public init(inputs: [IngestInput], options: IngestOptions) throws(IngestError) {
        try options.validate()
        self.options = options
        self.inputs = inputs
        textNames = options.textFields.isEmpty ? nil : options.textFields
        for case .path(let path) in inputs where !FileManager.default.fileExists(atPath: path) {
            throw IngestError(.cannotOpen, "cannot open \(path): no such file or folder")
        }
        while current == nil, nextInput < inputs.count { try openNextInput() }
        if !textFieldsResolved { textFields = textNames ?? [] }
    }

    /// The next chunk, or nil after the last input.
    ///
    /// - Throws: `ING001`, `ING002`, `ING003` (header) when a later input is opened;
    ///   `ING004` when reading fails.
    public func next() throws(IngestError) -> RawChunk? {
        while true {
            guard let current else {
                guard nextInput < inputs.count else { return nil }
                try openNextInput()
                continue
            }
            guard let payload = try current.source.nextPayload(
                maxRecords: options.chunkRecords, maxBytes: options.chunkBytes
            ) else {
                self.current = nil
                continue
            }
            let chunk = RawChunk(
                index: nextIndex, firstRow: nextRow, inputIndex: current.index, file: current.name,
                bytes: payload.bytes, records: payload.records, schema: current.source.schema
            )
            nextIndex += 1
            nextRow += payload.records.count
            return chunk
        }
    }

    /// The capacity of the current input's buffer (for tests of bounded memory).
    var bufferCapacity: Int { (current?.source as? RecordInput)?.bufferCapacity ?? 0 }

    private func openNextInput() throws(IngestError) {
        let index = nextInput
        let input = inputs[index]
        nextInput += 1
        if let source = try open(input) {
            current = (source, index, input.name)
        }
    }

    /// Records the text field names once, from the first input that has a schema.
    func resolveTextFields(_ names: [String]) {
        guard !textFieldsResolved else { return }
        textFields = names
        textFieldsResolved = true
    }

    /// The slots every input fills, given the number of text fields.
    func layout(textCount: Int, named: Bool) -> FieldLayout {
        FieldLayout(
            textCount: textCount, hasID: named && options.idField != nil,
            hasScore: named && options.scoreField != nil, hasDate: named && options.dateField != nil,
            segmentCount: options.segmentFields.count
        )
    }
}
