import CandorCore
import Testing

@testable import CandorIngest

@Suite("malformed rows")
struct MalformedRowTests {
    /// Rows 2, 4 and 6 are malformed; the unterminated quote swallows the rest of the file.
    static let csv = "id,comment\n1,fine\n2,\"closed\"junk\n3,ok\n4,too,many\n5,last good\n6,\"never closed\n7,lost\n"

    @Test("without skipping, the first malformed row is an error naming file, line and column")
    func stops() {
        let error = ingestError { () throws(IngestError) in try ingest(Self.csv, name: "s.csv", IngestOptions(textFields: ["comment"])) }
        #expect(error?.kind == .malformedRow)
        #expect(error?.code == "ING003")
        #expect(error?.exitStatus == .dataError)
        #expect(error?.location == SourceLocation(file: "s.csv", line: 3, column: 11))
        #expect(error?.message == "s.csv:3:11: text after the closing quote of a field")
    }

    @Test("with skipping, malformed rows are counted and listed in order")
    func skips() throws {
        let result = try ingest(Self.csv, name: "s.csv", IngestOptions(textFields: ["comment"], idField: "id", skipBadRows: true))
        #expect(result.texts == ["fine", "ok", "last good"])
        #expect(result.responses.map(\.row) == [1, 3, 5])
        #expect(result.counts == IngestCounts(read: 6, skipped: 3))
        #expect(result.diagnostics.map(\.severity) == [.skipped, .skipped, .skipped])
        #expect(result.diagnostics.map(\.code) == ["ING003", "ING003", "ING003"])
        #expect(result.diagnostics.map(\.location) == [
            SourceLocation(file: "s.csv", line: 3, column: 11),
            SourceLocation(file: "s.csv", line: 5, column: 7),
            SourceLocation(file: "s.csv", line: 7, column: 3),
        ])
        #expect(result.diagnostics[1].message == "expected 2 fields as in the header, found 3")
        #expect(result.diagnostics[2].message == "unterminated quoted field")
    }

    @Test("too few fields point at the end of the record")
    func tooFew() {
        let error = ingestError { () throws(IngestError) in try ingest("a,b,c\n1,2\n", IngestOptions(textFields: ["a"])) }
        #expect(error?.location == SourceLocation(file: "in.csv", line: 2, column: 4))
    }

    @Test("columns count Unicode scalars, lines count inside multi-line records")
    func positions() {
        let csv = "a,b\n\"é\nà\",\"x\"ü\n"
        let error = ingestError { () throws(IngestError) in try ingest(csv, IngestOptions(textFields: ["a"])) }
        #expect(error?.location == SourceLocation(file: "in.csv", line: 3, column: 7))
    }

    @Test("a record over the maximum size is malformed, never held whole", arguments: [1, 7, 1 << 20])
    func oversized(blockBytes: Int) throws {
        let big = String(repeating: "x", count: 5000)
        let csv = "id,comment\n1,ok\n2,\"\(big)\nstill \"\"quoted\"\"\"\n3,after\n"
        let options = IngestOptions(textFields: ["comment"], skipBadRows: true, blockBytes: blockBytes, maxRecordBytes: 1000)
        let result = try ingest(csv, options)
        #expect(result.texts == ["ok", "after"])
        #expect(result.responses.map(\.location.line) == [2, 5])
        #expect(result.counts == IngestCounts(read: 3, skipped: 1))
        #expect(result.diagnostics.first?.location == SourceLocation(file: "in.csv", line: 3, column: 1))
        #expect(result.diagnostics.first?.message.contains("larger than 1000 bytes") == true)
        let strict = IngestOptions(textFields: ["comment"], blockBytes: blockBytes, maxRecordBytes: 1000)
        #expect(ingestError { () throws(IngestError) in try ingest(csv, strict) }?.kind == .malformedRow)
    }

    @Test("a record of exactly the maximum size is fine, CRLF included")
    func exactlyMaximum() throws {
        let field = String(repeating: "y", count: 10)
        let options = IngestOptions(textFields: ["c"], blockBytes: 3, maxRecordBytes: 10)
        #expect(try ingest("c\r\n\(field)\r\n", options).texts == [field])
        #expect(ingestError { () throws(IngestError) in try ingest("c\r\n\(field)z\r\n", options) }?.kind == .malformedRow)
    }

    @Test("a malformed or oversized header stops even when skipping")
    func badHeader() {
        let skip = IngestOptions(skipBadRows: true)
        #expect(ingestError { () throws(IngestError) in try ingest("\"a\"b,c\n1,2\n", skip) }?.kind == .malformedRow)
        let tiny = IngestOptions(skipBadRows: true, maxRecordBytes: 4)
        #expect(ingestError { () throws(IngestError) in try ingest("abcdef,g\n1,2\n", tiny) }?.kind == .malformedRow)
    }
}
