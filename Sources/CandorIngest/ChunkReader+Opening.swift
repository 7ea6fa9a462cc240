import CandorCore
import Foundation

/// Opening one input: choosing its format, reading its header or sampling its keys, and
/// resolving its columns.
extension ChunkReader {
    /// Opens an input; nil when it holds no records at all (empty, or a header-less empty file).
    func open(_ input: IngestInput) throws(IngestError) -> (any ChunkSource)? {
        let name = input.name
        if case .path(let path) = input {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw IngestError(.cannotOpen, "cannot open \(path): no such file or folder")
            }
            if isFolder.boolValue {
                guard options.format == nil || options.format == .notes else {
                    throw IngestError(.invalidOption, "\(path) is a folder; only the notes format reads folders")
                }
                return try openNotes(path)
            }
        }
        if options.format == .notes {
            throw IngestError(.invalidOption, "\(name) is not a folder; notes are read from a folder of .txt files")
        }
        let stream: ByteStream
        switch input {
        case .path(let path): stream = try ByteStream(path: path)
        case .standardInput: stream = try ByteStream(fileDescriptor: 0, name: name)
        case .fileDescriptor(let fd, _): stream = try ByteStream(fileDescriptor: fd, name: name)
        case .memory(let bytes, _): stream = ByteStream(bytes: bytes, name: name)
        }
        let records = RecordStream(stream, blockBytes: options.blockBytes, maxRecordBytes: options.maxRecordBytes)
        try records.skipByteOrderMark()
        var format = options.format
        if format == nil, input != .standardInput {
            format = InputFormat.inferred(fromPath: name)
        }
        if format == nil {
            try records.prefetch(InputSample.sniffBytes)
            let sniffed: InputFormat = records.withLookahead(limit: InputSample.sniffBytes) { p, _ in
                InputSample.looksLikeJSON(p) ? .jsonl : .csv
            }
            if case .path = input {
                notices.append("candor: cannot tell the format of \"\(name)\" from its name; reading it as \(sniffed.rawValue)")
            }
            format = sniffed
        }
        switch format ?? .csv {
        case .csv, .tsv: return try openDelimited(records, format: format ?? .csv)
        case .jsonl: return try openJSONLines(records)
        case .text, .notes: return openText(records)
        }
    }

    private func unnamedLayout(for name: String) -> FieldLayout {
        let roles = [options.idField, options.scoreField, options.dateField].compactMap { $0 } + options.segmentFields
        if !roles.isEmpty {
            notices.append("candor: \(name) has no named fields; its responses have no id, score, date or segment values")
        }
        let names = textNames ?? ["text"]
        resolveTextFields(names)
        return layout(textCount: names.count, named: false)
    }

    private func openText(_ records: RecordStream) -> any ChunkSource {
        RecordInput(stream: records, schema: .unnamed(.text, layout: unnamedLayout(for: records.name)))
    }

    private func openNotes(_ folder: String) throws(IngestError) -> any ChunkSource {
        let notes = try NotesInput(folder: folder, schema: .unnamed(.notes, layout: unnamedLayout(for: folder)), options: options)
        if notes.ignored > 0 {
            let noun = notes.ignored == 1 ? "entry" : "entries"
            notices.append("candor: \(folder): ignored \(notes.ignored) \(noun) that are not .txt notes")
        }
        return notes
    }

    private func openDelimited(_ records: RecordStream, format: InputFormat) throws(IngestError) -> (any ChunkSource)? {
        let name = records.name
        var delimiter = options.delimiter ?? 0x09
        if options.delimiter == nil, format == .csv {
            try records.prefetch(InputSample.sniffBytes)
            delimiter = records.withLookahead(limit: InputSample.sniffBytes) { p, reachesEnd in
                DelimiterSniffer.sniff(p, reachesEnd: reachesEnd)
            }
        }
        records.cutDelimited(by: delimiter)
        let header: [String]
        let headerLine: Int
        switch try records.nextRecord() {
        case .end:
            return nil
        case .oversized(let line):
            throw IngestError(
                .malformedRow, "header larger than \(options.maxRecordBytes) bytes (the maximum record size)",
                at: SourceLocation(file: name, line: line, column: 1)
            )
        case .record(let first, let last, let line):
            headerLine = line
            header = try Self.parseHeader(records.storage[first..<last], delimiter: delimiter, file: name, line: line)
        }
        records.dropCut()
        func column(_ field: String, _ role: String) throws(IngestError) -> Int {
            guard let index = ColumnResolver.index(of: field, in: header) else {
                throw ColumnResolver.unknownColumn(field, role: role, file: name, line: headerLine, available: header)
            }
            return index
        }
        var roles: [Int] = []
        if let field = options.idField { roles.append(try column(field, "--id")) }
        if let field = options.scoreField { roles.append(try column(field, "--score")) }
        if let field = options.dateField { roles.append(try column(field, "--date")) }
        for field in options.segmentFields { roles.append(try column(field, "--segment")) }
        var texts: [Int] = []
        if let textNames {
            for field in textNames { texts.append(try column(field, "--text")) }
        } else {
            let candidates = header.indices.filter { !roles.contains($0) }
            var values = [[String]](repeating: [], count: candidates.count)
            try records.prefetch(InputSample.maxBytes)
            records.withLookahead(limit: InputSample.maxBytes) { p, reachesEnd in
                InputSample.forEachRecord(in: p, delimiter: delimiter, reachesEnd: reachesEnd) { valid in
                    guard let fields = CSVRecordParser.texts(valid, delimiter: delimiter), fields.count == header.count
                    else { return }
                    for (k, index) in candidates.enumerated() { values[k].append(fields[index]) }
                }
            }
            guard let picked = TextColumnPicker.pick(values) else {
                throw ColumnResolver.noTextColumn(file: name, line: headerLine, available: header)
            }
            texts = [candidates[picked]]
            textNames = [header[candidates[picked]]]
            notices.append("candor: no --text given; using column \"\(header[candidates[picked]])\" (most free text)")
        }
        resolveTextFields(texts.map { header[$0] })
        let schema = RecordSchema(
            format: format, delimiter: delimiter, headerFieldCount: header.count, columns: texts + roles,
            paths: [], trie: JSONPathTrie(paths: []), layout: layout(textCount: texts.count, named: true)
        )
        return RecordInput(stream: records, schema: schema)
    }

    private static func parseHeader(
        _ bytes: ArraySlice<UInt8>, delimiter: UInt8, file: String, line: Int
    ) throws(IngestError) -> [String] {
        let outcome: Result<[String], IngestError> = bytes.withUnsafeBufferPointer { raw in
            UTF8Repair.withValidUTF8(raw) { valid -> Result<[String], IngestError> in
                var fields: [CSVRecordParser.Field] = []
                do throws(CSVRecordParser.Failure) {
                    try CSVRecordParser.split(valid, delimiter: delimiter, into: &fields)
                } catch {
                    let position = RecordDecoder.position(of: error.offset, in: valid, firstLine: line)
                    let location = SourceLocation(file: file, line: position.line, column: position.column)
                    return .failure(IngestError(.malformedRow, "malformed header: \(error.reason)", at: location))
                }
                return .success(fields.map { CSVRecordParser.text(of: $0, in: valid) })
            }.result
        }
        return try outcome.get()
    }
}
