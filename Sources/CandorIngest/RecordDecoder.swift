/// Turns one record's valid UTF-8 bytes into slot values, per format. Pure: the only state
/// is scratch space reused from record to record.
struct RecordDecoder {
    /// Where and why a record is malformed.
    struct Malformed: Error {
        /// Byte offset in the record.
        var offset: Int
        /// What is wrong, in one phrase.
        var reason: String
    }

    /// The schema of the chunk's input.
    let schema: RecordSchema
    /// Field ranges, reused from record to record.
    private var fields: [CSVRecordParser.Field] = []

    /// Creates a decoder for one schema.
    init(schema: RecordSchema) {
        self.schema = schema
        fields.reserveCapacity(max(schema.headerFieldCount, 8))
    }

    /// Decodes one record into `values`: one per slot, nil when the record lacks it (a JSON
    /// key absent or `null`).
    ///
    /// - Returns: nil on success, else why the record is malformed.
    mutating func decode(_ p: UnsafeBufferPointer<UInt8>, into values: inout [String?]) -> Malformed? {
        values.removeAll(keepingCapacity: true)
        switch schema.format {
        case .csv, .tsv:
            return decodeDelimited(p, into: &values)
        case .jsonl:
            return decodeJSON(p, into: &values)
        case .text, .notes:
            values.append(String(decoding: p, as: UTF8.self))
            while values.count < schema.layout.slotCount { values.append(nil) }
            return nil
        }
    }

    /// Checks one record as `decode` does, without building its values: for a pass that only
    /// needs to know the record is well formed.
    ///
    /// - Returns: nil when `decode` would succeed, else the same `Malformed`.
    mutating func check(_ p: UnsafeBufferPointer<UInt8>) -> Malformed? {
        switch schema.format {
        case .csv, .tsv:
            return split(p)
        case .jsonl:
            if case .failure(let malformed) = object(p) { return malformed }
            return nil
        case .text, .notes:
            return nil
        }
    }

    /// Splits a delimited record into `fields` and checks its field count.
    private mutating func split(_ p: UnsafeBufferPointer<UInt8>) -> Malformed? {
        do {
            try CSVRecordParser.split(p, delimiter: schema.delimiter, into: &fields)
        } catch {
            return Malformed(offset: error.offset, reason: error.reason)
        }
        let expected = schema.headerFieldCount
        if fields.count != expected {
            let offset = fields.count > expected ? fields[expected].origin : p.count
            let noun = expected == 1 ? "field" : "fields"
            return Malformed(offset: offset, reason: "expected \(expected) \(noun) as in the header, found \(fields.count)")
        }
        return nil
    }

    private mutating func decodeDelimited(_ p: UnsafeBufferPointer<UInt8>, into values: inout [String?]) -> Malformed? {
        if let malformed = split(p) { return malformed }
        for column in schema.columns {
            values.append(CSVRecordParser.text(of: fields[column], in: p))
        }
        return nil
    }

    private func decodeJSON(_ p: UnsafeBufferPointer<UInt8>, into values: inout [String?]) -> Malformed? {
        switch object(p) {
        case .failure(let malformed):
            return malformed
        case .success(let object):
            for path in schema.paths { values.append(object.value(at: path)?.text) }
            return nil
        }
    }

    /// A JSON line's object (with the wanted members only), or why it is malformed.
    private func object(_ p: UnsafeBufferPointer<UInt8>) -> Result<JSONValue, Malformed> {
        do {
            return .success(try JSONLineParser.parseObject(p, wanted: schema.trie))
        } catch {
            return .failure(Malformed(offset: error.offset, reason: "invalid JSON: \(error.reason)"))
        }
    }

    /// The line and column (in Unicode scalars, from 1) of a byte offset in a record that
    /// starts at column 1 of `firstLine`.
    static func position(of offset: Int, in p: UnsafeBufferPointer<UInt8>, firstLine: Int) -> (line: Int, column: Int) {
        var line = firstLine
        var lineStart = 0
        let end = min(offset, p.count)
        for k in 0..<end where p[k] == 0x0A {
            line += 1
            lineStart = k + 1
        }
        var column = 1
        for k in lineStart..<end where p[k] & 0xC0 != 0x80 { column += 1 }
        return (line, column)
    }
}
