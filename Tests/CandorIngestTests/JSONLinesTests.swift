import CandorCore
import Testing

@testable import CandorIngest

@Suite("JSON Lines")
struct JSONLinesTests {
    static let lines = """
        {"id": 1, "user": {"comment": "Slow checkout", "plan": "pro"}, "nps": 6, "tags": ["a", "b"]}

        {"id": "x2", "user": {"comment": "caf\\u00e9 \\ud83d\\ude00 ok"}, "nps": "8,5", "vip": true}
        {"id": 3, "user": {"comment": null}, "nps": 1e1, "extra": {"k": [1, 2.5]}}
        """

    @Test("dotted paths reach nested fields; non-string values become text")
    func dottedPaths() throws {
        let options = IngestOptions(
            textFields: ["user.comment", "tags"], idField: "id", scoreField: "nps", segmentFields: ["user.plan", "vip"]
        )
        let result = try ingest(Self.lines, name: "in.jsonl", options)
        #expect(result.responses.map(\.id) == ["1", "x2", "3"])
        #expect(result.responses.map(\.texts) == [["Slow checkout", "[\"a\",\"b\"]"], ["café 😀 ok", ""], ["", ""]])
        #expect(result.responses.map(\.score) == [6, 8.5, 10])
        #expect(result.responses.map(\.segments) == [["pro", ""], ["", "true"], ["", ""]])
        #expect(result.responses.map(\.location.line) == [1, 3, 4])
        #expect(result.counts == IngestCounts(read: 3, empty: 1))
        #expect(result.textFields == ["user.comment", "tags"])
    }

    @Test("objects and arrays become compact JSON in their order")
    func containersAsText() throws {
        let result = try ingest(Self.lines, name: "in.ndjson", IngestOptions(textFields: ["extra"]))
        #expect(result.texts == ["", "", "{\"k\":[1,2.5]}"])
    }

    @Test("a literal dotted key wins over a nested path")
    func literalDottedKey() throws {
        let text = #"{"a.b": "literal", "a": {"b": "nested"}}"# + "\n"
        #expect(try ingest(text, name: "x.jsonl", IngestOptions(textFields: ["a.b"])).texts == ["literal"])
    }

    @Test("a field no sampled record has is an unknown column listing the fields seen")
    func unknownField() {
        let error = ingestError { () throws(IngestError) in
            try ingest(Self.lines, name: "in.jsonl", IngestOptions(textFields: ["user.coment"]))
        }
        #expect(error?.kind == .unknownColumn)
        #expect(error?.exitStatus == .usage)
        #expect(error?.message.contains("\"user.comment\"") == true)
        #expect(error?.message.contains("in.jsonl") == true)
    }

    @Test("syntax errors name the line and column", arguments: [
        (#"{"a": "x",}"#, 11, "expected a string key"),
        (#"{"a": "x""#, 10, "expected ',' or '}'"),
        (#"{"a": tru}"#, 7, "invalid literal"),
        (#"["a"]"#, 1, "expected a JSON object"),
        (#"{"a": "é"} x"#, 12, "unexpected text"),
        (#"{"a": "unterminated}"#, 7, "unterminated string"),
    ])
    func syntaxErrors(line: String, column: Int, reason: String) throws {
        let text = #"{"a": "ok"}"# + "\n" + line + "\n"
        let error = ingestError { () throws(IngestError) in try ingest(text, name: "in.jsonl", IngestOptions(textFields: ["a"])) }
        #expect(error?.kind == .malformedRow)
        #expect(error?.exitStatus == .dataError)
        #expect(error?.location == SourceLocation(file: "in.jsonl", line: 2, column: column))
        #expect(error?.reason.contains(reason) == true, "\(String(describing: error))")
    }

    @Test("deep nesting is malformed, not a crash")
    func deepNesting() throws {
        let deep = "{\"a\": " + String(repeating: "[", count: 100_000) + "\n{\"a\": \"fine\"}\n"
        let result = try ingest(deep, name: "in.jsonl", IngestOptions(textFields: ["a"], skipBadRows: true))
        #expect(result.texts == ["fine"])
        #expect(result.counts == IngestCounts(read: 2, skipped: 1))
        #expect(result.diagnostics.first?.message.contains("nested deeper") == true)
    }

    @Test("white space lines are blank; CRLF is accepted")
    func blankLines() throws {
        let text = "  \r\n{\"a\": \"x\"}\r\n\t\n{\"a\": \"y\"}"
        let result = try ingest(text, name: "in.jsonl", IngestOptions(textFields: ["a"]))
        #expect(result.texts == ["x", "y"])
        #expect(result.responses.map(\.location.line) == [2, 4])
    }

    @Test("JSON value text, escapes and lone surrogates", arguments: [
        (#"{"a": "tab\there \"q\" \\ \/"}"#, "tab\there \"q\" \\ /"),
        (#"{"a": "\ud800 lone"}"#, "\u{FFFD} lone"),
        (#"{"a": -0.5e-3}"#, "-0.5e-3"),
        (#"{"a": false}"#, "false"),
        (#"{"a": 1, "a": "last wins"}"#, "last wins"),
    ])
    func values(line: String, expected: String) throws {
        #expect(try ingest(line, name: "in.jsonl", IngestOptions(textFields: ["a"])).texts == [expected])
    }
}
