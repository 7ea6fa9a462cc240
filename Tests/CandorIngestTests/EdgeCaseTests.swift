import CandorCore
import Foundation
import Testing

@testable import CandorIngest

@Suite("edge cases")
struct EdgeCaseTests {
    @Test("empty inputs give no responses", arguments: ["in.csv", "in.tsv", "in.jsonl", "in.txt"])
    func empty(name: String) throws {
        for text in ["", "\n", "\r\n\r\n", "\u{FEFF}"] {
            let result = try ingest(text, name: name, IngestOptions(textFields: ["c"]))
            #expect(result.responses.isEmpty)
            #expect(result.counts == .zero)
        }
    }

    @Test("a header-only file gives no responses, with or without a trailing newline")
    func headerOnly() throws {
        for text in ["id,comment", "id,comment\n", "id,comment\r\n\n\n"] {
            let result = try ingest(text, IngestOptions(textFields: ["comment"]))
            #expect(result.responses.isEmpty)
            #expect(result.textFields == ["comment"])
        }
    }

    @Test("a missing trailing newline still ends the last record", arguments: ["in.csv", "in.jsonl", "in.txt"])
    func noTrailingNewline(name: String) throws {
        let text: String
        switch name {
        case "in.csv": text = "c\nfirst\n\"last\""
        case "in.jsonl": text = "{\"c\": \"first\"}\n{\"c\": \"last\"}"
        default: text = "first\nlast"
        }
        #expect(try ingest(text, name: name, IngestOptions(textFields: ["c"])).texts == ["first", "last"])
    }

    @Test("blank lines between and around records are not records")
    func blankLines() throws {
        let result = try ingest("\n\nc\n\nx\n\n\ny\n\n", IngestOptions(textFields: ["c"]))
        #expect(result.texts == ["x", "y"])
        #expect(result.responses.map(\.location.line) == [5, 8])
        #expect(result.responses.map(\.row) == [1, 2])
    }

    @Test("a very long field crosses many blocks and chunks", arguments: [3, 4096, 1 << 20])
    func longField(blockBytes: Int) throws {
        let long = String(repeating: "Lorem ipsum, \"dolor\"\nsit amet. ", count: 60_000)
        let escaped = long.replacingOccurrences(of: "\"", with: "\"\"")
        let csv = "id,c\n1,\"\(escaped)\"\n2,short\n"
        let result = try ingest(csv, IngestOptions(textFields: ["c"], chunkBytes: 1000, blockBytes: blockBytes))
        #expect(result.texts == [long, "short"])
        #expect(result.responses.last?.location.line == 2 + 60_000 + 1)
    }

    @Test("memory stays bounded: the buffer never holds the whole input")
    func bounded() throws {
        let line = Array("1,\"some comment, with a comma\",9\n".utf8)
        var bytes = Array("id,comment,score\n".utf8)
        for _ in 0..<100_000 { bytes += line }
        let options = IngestOptions(textFields: ["comment"], chunkBytes: 64 << 10, blockBytes: 16 << 10)
        let reader = try ChunkReader(inputs: [.memory(bytes, name: "big.csv")], options: options)
        var records = 0
        var largest = 0
        while let chunk = try reader.next() {
            records += chunk.recordCount
            largest = max(largest, reader.bufferCapacity)
        }
        #expect(records == 100_000)
        #expect(bytes.count > 3_000_000)
        #expect(largest <= 256 << 10, "buffer grew to \(largest) bytes")
    }

    @Test("a NUL byte and lone CR are ordinary characters")
    func oddBytes() throws {
        let result = try ingest(bytes: Array("c\na\u{0}b\rc\n".utf8), IngestOptions(textFields: ["c"]))
        #expect(result.texts == ["a\u{0}b\rc"])
    }

    @Test("UTF-16 input is refused with a clear message rather than read as garbage")
    func utf16() {
        let error = ingestError { () throws(IngestError) in
            try ingest(bytes: [0xFF, 0xFE, 0x61, 0x00, 0x0A, 0x00], name: "excel.txt")
        }
        #expect(error?.kind == .malformedRow)
        #expect(error?.reason.contains("UTF-16") == true)
    }

    @Test("a header longer than the sniffing window still picks its delimiter")
    func longHeader() throws {
        let names = (0..<9000).map { "column number \($0)" }
        let csv = names.joined(separator: ";") + "\n" + (0..<9000).map { "v\($0)" }.joined(separator: ";") + "\n"
        let result = try ingest(csv, IngestOptions(textFields: ["column number 8999"]))
        #expect(result.texts == ["v8999"])
    }
}
