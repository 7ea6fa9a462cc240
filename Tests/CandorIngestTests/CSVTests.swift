import CandorCore
import Testing

@testable import CandorIngest

@Suite("CSV and TSV")
struct CSVTests {
    @Test("quoted fields, doubled quotes and line breaks inside quotes")
    func quoting() throws {
        let csv = "id,comment\n1,\"Hello, world\"\n2,\"She said \"\"no\"\"\"\n3,\"two\nlines\"\n4,plain\n"
        let result = try ingest(csv, IngestOptions(textFields: ["comment"], idField: "id"))
        #expect(result.texts == ["Hello, world", "She said \"no\"", "two\nlines", "plain"])
        #expect(result.responses.map(\.id) == ["1", "2", "3", "4"])
        #expect(result.responses.map(\.location.line) == [2, 3, 4, 6])
        #expect(result.responses.map(\.row) == [1, 2, 3, 4])
        #expect(result.counts == IngestCounts(read: 4))
    }

    @Test("CRLF line endings and a UTF-8 byte order mark")
    func crlfAndBOM() throws {
        let csv = "\u{FEFF}id,comment\r\n1,\"multi\r\nline\"\r\n2,b\r\n"
        let result = try ingest(csv, IngestOptions(textFields: ["comment"], idField: "id"))
        #expect(result.texts == ["multi\r\nline", "b"])
        #expect(result.responses.map(\.location.line) == [2, 4])
    }

    @Test("a quote inside an unquoted field is a literal")
    func bareQuote() throws {
        let result = try ingest("id,comment\n1,5\" screen\n", IngestOptions(textFields: ["comment"]))
        #expect(result.texts == ["5\" screen"])
    }

    @Test("delimiter detection", arguments: [
        (",", "id,comment,score\n1,\"a; b\",9\n2,c,8\n"),
        (";", "id;commentaire;note\n1;Bien, mais cher;9\n2;Trop lent;4\n"),
        ("\t", "id\tcomment\tscore\n1\thello, there\t9\n"),
        ("|", "id|comment|score\n1|hello, there; you|9\n"),
    ])
    func detection(delimiter: String, csv: String) throws {
        let result = try ingest(csv, IngestOptions(idField: "id"))
        #expect(result.responses.first?.id == "1")
        let reader = try ChunkReader(inputs: [.memory(Array(csv.utf8), name: "x.csv")], options: IngestOptions())
        let chunk = try reader.next()
        #expect(chunk?.schema.delimiter == delimiter.utf8.first)
    }

    @Test("a delimiter option overrides detection")
    func override() throws {
        let csv = "a,b;c\n1,2;3\n"
        let semicolon = try ingest(csv, IngestOptions(delimiter: UInt8(ascii: ";"), textFields: ["c"]))
        #expect(semicolon.texts == ["3"])
        let comma = try ingest(csv, IngestOptions(delimiter: UInt8(ascii: ","), textFields: ["b;c"]))
        #expect(comma.texts == ["2;3"])
    }

    @Test("TSV uses tabs and the same quoting rules")
    func tsv() throws {
        let tsv = "id\tcomment\n1\t\"tab\tinside\"\n2\tcomma, fine\n"
        let result = try ingest(tsv, name: "in.tsv", IngestOptions(textFields: ["comment"]))
        #expect(result.texts == ["tab\tinside", "comma, fine"])
    }

    @Test("several text fields stay apart, segments and date are read")
    func roles() throws {
        let csv = "id,q1,q2,country,plan,date,nps\n7,good,slow,FR,pro,2024-05-01,9\n8,,,DE,,,\n"
        let options = IngestOptions(
            textFields: ["q1", "q2"], idField: "id", scoreField: "nps", dateField: "date",
            segmentFields: ["country", "plan"]
        )
        let result = try ingest(csv, options)
        let first = try #require(result.responses.first)
        #expect(first.texts == ["good", "slow"])
        #expect(first.segments == ["FR", "pro"])
        #expect(first.date == "2024-05-01")
        #expect(first.score == 9)
        let second = try #require(result.responses.last)
        #expect(second.texts == ["", ""])
        #expect(second.segments == ["DE", ""])
        #expect(second.date == nil)
        #expect(second.score == nil)
        #expect(result.counts.empty == 1)
        #expect(result.textFields == ["q1", "q2"])
    }

    @Test("header names match exactly first, then ignoring case and white space")
    func headerMatching() throws {
        let csv = "Comment, comment ,ID\nA,B,1\n"
        #expect(try ingest(csv, IngestOptions(textFields: ["Comment"])).texts == ["A"])
        #expect(try ingest(csv, IngestOptions(textFields: [" comment "])).texts == ["B"])
        let folded = try ingest(csv, IngestOptions(textFields: ["COMMENT"], idField: "id"))
        #expect(folded.texts == ["A"])
        #expect(folded.responses.first?.id == "1")
        #expect(folded.textFields == ["Comment"])
    }

    @Test("a blank id falls back to the row number")
    func blankID() throws {
        let result = try ingest("id,c\n,x\n9,y\n", IngestOptions(textFields: ["c"], idField: "id"))
        #expect(result.responses.map(\.id) == ["1", "9"])
    }
}
