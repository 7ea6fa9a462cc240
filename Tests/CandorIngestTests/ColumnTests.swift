import CandorCore
import Foundation
import Testing

@testable import CandorIngest

@Suite("columns and the text auto-pick")
struct ColumnTests {
    static let survey = """
        id,country,date,score,comment,plan
        1,France,2024-01-02,9,"Great support, quick answers",pro
        2,France,2024-01-03,3,The app crashes when I upload photos,free
        3,Germany,2024-01-03,7,Pricing is confusing,pro
        4,France,2024-01-04,10,,free

        """

    @Test("an unknown column is a usage error listing the available columns")
    func unknownColumn() {
        let error = ingestError { () throws(IngestError) in try ingest(Self.survey, IngestOptions(textFields: ["coment"])) }
        #expect(error?.kind == .unknownColumn)
        #expect(error?.code == "ING002")
        #expect(error?.exitStatus == .usage)
        #expect(error?.message == "in.csv:1: --text column \"coment\" not found in in.csv; available columns: \"id\", \"country\", \"date\", \"score\", \"comment\", \"plan\"")
    }

    @Test("every role is checked", arguments: [
        IngestOptions(textFields: ["comment"], idField: "nope"),
        IngestOptions(textFields: ["comment"], scoreField: "nope"),
        IngestOptions(textFields: ["comment"], dateField: "nope"),
        IngestOptions(textFields: ["comment"], segmentFields: ["country", "nope"]),
    ])
    func everyRole(options: IngestOptions) {
        let error = ingestError { () throws(IngestError) in try ingest(Self.survey, options) }
        #expect(error?.kind == .unknownColumn)
        #expect(error?.reason.contains("\"nope\"") == true)
    }

    @Test("without text fields, the column with the most free text is used, with a notice")
    func autoPick() throws {
        let result = try ingest(Self.survey, IngestOptions(idField: "id"))
        #expect(result.textFields == ["comment"])
        #expect(result.notices == ["candor: no --text given; using column \"comment\" (most free text)"])
        #expect(result.texts.first == "Great support, quick answers")
        #expect(result.counts.empty == 1)
    }

    @Test("role columns are never auto-picked; repeated labels score low")
    func autoPickSkipsRoles() throws {
        let notes = ["too slow", "love it", "crashes", "fine", "meh", "great help", "no", "why", "bad UI", "ok then"]
        let csv = "label,note\n" + notes.map { "Customer Experience Team,\($0)\n" }.joined()
        #expect(try ingest(csv).textFields == ["note"])
        #expect(try ingest(csv, IngestOptions(segmentFields: ["note"])).textFields == ["label"])
    }

    @Test("JSONL auto-pick considers nested string fields")
    func autoPickJSON() throws {
        let text = """
            {"id": 1, "meta": {"lang": "en"}, "user": {"comment": "The export to Excel keeps failing"}}
            {"id": 2, "meta": {"lang": "en"}, "user": {"comment": "Love the new dashboard"}}

            """
        let result = try ingest(text, name: "in.jsonl")
        #expect(result.textFields == ["user.comment"])
        #expect(result.notices == ["candor: no --text given; using field \"user.comment\" (most free text)"])
    }

    @Test("no column left to read as text is a usage error")
    func nothingToPick() {
        let error = ingestError { () throws(IngestError) in try ingest("id\n1\n", IngestOptions(idField: "id")) }
        #expect(error?.kind == .unknownColumn)
        #expect(error?.message == "in.csv:1: no --text given and no column of in.csv is left to read as text; available columns: \"id\"")
    }

    @Test("invalid options are ING005", arguments: [
        IngestOptions(chunkRecords: 0), IngestOptions(blockBytes: -1), IngestOptions(maxRecordBytes: 0),
        IngestOptions(delimiter: UInt8(ascii: "\"")), IngestOptions(delimiter: 0x0A), IngestOptions(delimiter: 0xC3),
        IngestOptions(format: .jsonl, delimiter: UInt8(ascii: ";")), IngestOptions(textFields: [""]),
    ])
    func invalidOptions(options: IngestOptions) {
        let error = ingestError { () throws(IngestError) in try ingest("a\n1\n", options) }
        #expect(error?.kind == .invalidOption)
        #expect(error?.exitStatus == .usage)
    }

    @Test("options decode with defaults for missing keys and round-trip")
    func optionsCodable() throws {
        let decoded = try JSONDecoder().decode(IngestOptions.self, from: Data(#"{"textFields": ["c"], "skipBadRows": true}"#.utf8))
        #expect(decoded == IngestOptions(textFields: ["c"], skipBadRows: true))
        let full = IngestOptions(format: .tsv, delimiter: 9, textFields: ["a", "b"], idField: "i", chunkRecords: 3)
        #expect(try JSONDecoder().decode(IngestOptions.self, from: JSONEncoder().encode(full)) == full)
    }
}
