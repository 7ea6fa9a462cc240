import CandorCore

/// Parses raw chunks into responses: the pure, parallel half of ingest.
///
/// Safe to call from any thread at once; the result depends only on the chunk and the options.
/// Every record ends as exactly one of: a response, a `.skipped` diagnostic, or (when bad rows
/// are not skipped) the chunk's `fatal` error, after which parsing stops.
public struct ChunkParser: Sendable {
    /// The options the reader was created with.
    public let options: IngestOptions

    /// Creates a parser.
    public init(options: IngestOptions) { self.options = options }

    /// Parses every record of a chunk, in order.
    ///
    /// - Parameter including: when given, only the rows it accepts become responses and
    ///   diagnostics; the others are counted as read and, when bad rows are not skipped, still
    ///   checked (a malformed one is the chunk's `fatal` error, as always), but their values are
    ///   not built. For a pass that reads a sample of the rows.
    public func parse(_ chunk: RawChunk, including: ((Int) -> Bool)? = nil) -> ParsedChunk {
        var parsed = ParsedChunk(index: chunk.index, firstRow: chunk.firstRow)
        parsed.responses.reserveCapacity(chunk.recordCount)
        var decoder = RecordDecoder(schema: chunk.schema)
        var values: [String?] = []
        values.reserveCapacity(chunk.schema.layout.slotCount)
        chunk.bytes.withUnsafeBufferPointer { all in
            for (offset, record) in chunk.records.enumerated() {
                let row = chunk.firstRow + offset
                let file = record.name.map { Self.join(chunk.file, $0) } ?? chunk.file
                parsed.counts.read += 1
                let building = including?(row) ?? true
                if !building, options.skipBadRows { continue }
                var failure: RecordDecoder.Malformed?
                var position = (line: record.line, column: 1)
                var replaced = 0
                if record.isOversized {
                    let reason = "record larger than \(options.maxRecordBytes) bytes (the maximum record size)"
                    failure = RecordDecoder.Malformed(offset: 0, reason: reason)
                } else {
                    let bytes = UnsafeBufferPointer(rebasing: all[record.start..<record.end])
                    (failure, replaced) = UTF8Repair.withValidUTF8(bytes) { valid in
                        let result = building ? decoder.decode(valid, into: &values) : decoder.check(valid)
                        if let result {
                            position = RecordDecoder.position(of: result.offset, in: valid, firstLine: record.line)
                        }
                        return result
                    }
                }
                if let failure {
                    let location = SourceLocation(file: file, line: position.line, column: position.column)
                    let error = IngestError(.malformedRow, failure.reason, at: location)
                    guard options.skipBadRows else {
                        parsed.counts.read -= 1
                        parsed.fatal = error
                        return
                    }
                    parsed.counts.skipped += 1
                    parsed.diagnostics.append(IngestDiagnostics.skipped(error))
                    continue
                }
                guard building else { continue }
                let location = SourceLocation(file: file, line: record.line)
                if replaced > 0 {
                    parsed.counts.replacedUTF8 += 1
                    parsed.diagnostics.append(IngestDiagnostics.replacedUTF8(count: replaced, at: location))
                }
                let response = Self.response(
                    values, layout: chunk.schema.layout, row: row, location: location,
                    defaultID: record.name ?? String(row), diagnostics: &parsed.diagnostics
                )
                if response.texts.allSatisfy(Self.isBlank) { parsed.counts.empty += 1 }
                parsed.responses.append(response)
            }
        }
        return parsed
    }

    /// Builds a response from slot values; a blank id falls back to `defaultID` (made only
    /// then: most rows have an id, and writing every row number out cost 0.3 % of a pass).
    static func response(
        _ values: [String?], layout: FieldLayout, row: Int, location: SourceLocation,
        defaultID: @autoclosure () -> String, diagnostics: inout [Diagnostic]
    ) -> Response {
        var texts: [String] = []
        texts.reserveCapacity(layout.textCount)
        for slot in 0..<layout.textCount { texts.append(values[slot] ?? "") }
        let id: String
        if let slot = layout.idSlot, let value = values[slot], !isBlank(value) { id = value } else { id = defaultID() }
        var score: Double?
        if let slot = layout.scoreSlot, let value = values[slot] {
            switch ScoreParser.parse(value) {
            case .empty: break
            case .value(let number): score = number
            case .invalid: diagnostics.append(IngestDiagnostics.invalidScore(value, at: location))
            }
        }
        var date: String?
        if let slot = layout.dateSlot, let value = values[slot], !isBlank(value) { date = value }
        var segments: [String] = []
        segments.reserveCapacity(layout.segmentCount)
        for k in 0..<layout.segmentCount { segments.append(values[layout.firstSegmentSlot + k] ?? "") }
        return Response(
            id: id, row: row, location: location, texts: texts, score: score, date: date, segments: segments
        )
    }

    /// `folder/name`, without doubling a trailing slash.
    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// True when the text is empty or white space only (as `Response.isEmpty` judges it).
    static func isBlank(_ text: String) -> Bool {
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 {
                if scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value) { continue }
                return false
            }
            if !scalar.properties.isWhitespace { return false }
        }
        return true
    }
}
