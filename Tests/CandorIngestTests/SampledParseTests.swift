import CandorCore
import Testing

@testable import CandorIngest

/// Parsing only some rows (the first pass's sample) builds those rows exactly as a full parse
/// does, and still stops on a malformed row it does not build when bad rows are fatal.
@Suite("sampled parse")
struct SampledParseTests {
    /// Rows 2, 4 and 6 are malformed (as in `MalformedRowTests`), row 3 has invalid UTF-8 and
    /// row 5 an invalid score.
    static let csv = Array("id,comment,score\n1,fine,9\n2,\"closed\"junk,3\n3,ok \u{FF},7\n4,too,many,1\n5,last good,x\n6,\"never closed\n".utf8)
    /// Rows 2 and 4 are malformed.
    static let jsonl = Array("{\"t\":\"a\",\"s\":1}\n{\"t\":\"b\",\n{\"t\":\"c\",\"s\":\"z\"}\n[1]\n{\"t\":\"e\"}\n".utf8)

    /// Reads `bytes` chunk by chunk, parsing the rows `including` accepts.
    static func parse(
        _ bytes: [UInt8], name: String, _ options: IngestOptions, including: ((Int) -> Bool)?
    ) throws(IngestError) -> (responses: [Response], diagnostics: [Diagnostic], fatal: IngestError?) {
        let reader = try ChunkReader(inputs: [.memory(bytes, name: name)], options: options)
        var parsingOptions = options
        parsingOptions.textFields = reader.textFields
        let parser = ChunkParser(options: parsingOptions)
        var responses: [Response] = []
        var diagnostics: [Diagnostic] = []
        while let chunk = try reader.next() {
            let parsed = parser.parse(chunk, including: including)
            responses += parsed.responses
            diagnostics += parsed.diagnostics
            if let fatal = parsed.fatal { return (responses, diagnostics, fatal) }
        }
        return (responses, diagnostics, nil)
    }

    static let inputs: [(bytes: [UInt8], name: String, text: String, rows: Int)] = [
        (csv, "s.csv", "comment", 6), (jsonl, "s.jsonl", "t", 5),
    ]

    @Test("a row left out still stops the run when malformed, with the same error", arguments: [1, 2, 5, 64])
    func strict(chunkRecords: Int) throws {
        for input in Self.inputs {
            let options = IngestOptions(textFields: [input.text], scoreField: input.name.hasSuffix("csv") ? "score" : "s",
                                        chunkRecords: chunkRecords)
            let full = try Self.parse(input.bytes, name: input.name, options, including: nil)
            #expect(full.fatal != nil)
            for row in 1...input.rows {
                // Every row but `row` is left out: the first malformed row stops it all the same.
                let sampled = try Self.parse(input.bytes, name: input.name, options, including: { $0 == row })
                #expect(sampled.fatal?.message == full.fatal?.message, "\(input.name) row \(row)")
                #expect(sampled.fatal?.location == full.fatal?.location)
            }
            let none = try Self.parse(input.bytes, name: input.name, options, including: { _ in false })
            #expect(none.responses.isEmpty && none.diagnostics.isEmpty)
            #expect(none.fatal?.message == full.fatal?.message)
        }
    }

    @Test("the rows kept are built as a full parse builds them, and only they", arguments: [1, 3, 64])
    func skipping(chunkRecords: Int) throws {
        for input in Self.inputs {
            let options = IngestOptions(textFields: [input.text], scoreField: input.name.hasSuffix("csv") ? "score" : "s",
                                        skipBadRows: true, chunkRecords: chunkRecords)
            let full = try Self.parse(input.bytes, name: input.name, options, including: nil)
            #expect(full.fatal == nil)
            #expect(full.diagnostics.count >= 3)
            for keep in [{ (row: Int) in row % 2 == 1 }, { (row: Int) in row % 2 == 0 }, { (row: Int) in row > 2 }] {
                let sampled = try Self.parse(input.bytes, name: input.name, options, including: keep)
                #expect(sampled.fatal == nil)
                #expect(sampled.responses == full.responses.filter { keep($0.row) })
                let rows = Set(full.responses.map(\.row))
                #expect(!sampled.responses.isEmpty || rows.allSatisfy { !keep($0) })
                #expect(sampled.diagnostics == full.diagnostics.filter { diagnostic in
                    // A diagnostic belongs to the row on its line (one record per line here).
                    keep(diagnostic.location.line - (input.name.hasSuffix("csv") ? 1 : 0))
                })
            }
        }
    }
}
