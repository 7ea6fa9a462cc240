import CandorCore
import Foundation
import Testing

@testable import CandorIngest

@Suite("plain text and note folders")
struct TextAndNotesTests {
    @Test("plain text: one response per non-blank line, ids are row numbers")
    func plainText() throws {
        let result = try ingest("first\r\n\n  \nsecond", name: "notes.txt")
        #expect(result.texts == ["first", "  ", "second"])
        #expect(result.responses.map(\.id) == ["1", "2", "3"])
        #expect(result.responses.map(\.location.line) == [1, 3, 4])
        #expect(result.counts == IngestCounts(read: 3, empty: 1))
        #expect(result.textFields == ["text"])
    }

    @Test("a folder of notes: sorted by relative path, recursive, other files counted")
    func notesFolder() throws {
        let folder = try TemporaryFolder()
        try folder.write("notes/b.txt", "second call")
        try folder.write("notes/a.txt", "\u{FEFF}first call\nwith two lines\n")
        try folder.write("notes/sub/c.TXT", "nested")
        try folder.write("notes/readme.md", "ignored")
        try folder.write("notes/.hidden.txt", "ignored")
        try folder.write("notes/empty.txt", "")
        let result = try ingest([.path(folder.path + "/notes")], IngestOptions(chunkRecords: 2))
        #expect(result.responses.map(\.id) == ["a.txt", "b.txt", "empty.txt", "sub/c.TXT"])
        #expect(result.texts == ["first call\nwith two lines\n", "second call", "", "nested"])
        #expect(result.responses.map(\.row) == [1, 2, 3, 4])
        #expect(result.responses.first?.location == SourceLocation(file: folder.path + "/notes/a.txt", line: 1))
        #expect(result.counts == IngestCounts(read: 4, empty: 1))
        #expect(result.notices == ["candor: \(folder.path)/notes: ignored 2 entries that are not .txt notes"])
    }

    @Test("a note over the size limit is skipped and listed")
    func oversizedNote() throws {
        let folder = try TemporaryFolder()
        try folder.write("n/a.txt", String(repeating: "x", count: 100))
        try folder.write("n/b.txt", "short")
        let options = IngestOptions(skipBadRows: true, blockBytes: 7, maxRecordBytes: 50)
        let result = try ingest([.path(folder.path + "/n")], options)
        #expect(result.texts == ["short"])
        #expect(result.counts == IngestCounts(read: 2, skipped: 1))
        #expect(result.diagnostics.first?.severity == .skipped)
        #expect(result.diagnostics.first?.location.file == folder.path + "/n/a.txt")
    }

    @Test("the notes format needs a folder, and a folder needs the notes format")
    func notesFormatMismatch() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("a.csv", "x\n1\n")
        let notFolder = ingestError { () throws(IngestError) in try ingest([.path(file)], IngestOptions(format: .notes)) }
        #expect(notFolder?.kind == .invalidOption)
        let notCSV = ingestError { () throws(IngestError) in try ingest([.path(folder.path)], IngestOptions(format: .csv)) }
        #expect(notCSV?.kind == .invalidOption)
    }

    @Test("column options on text input give a notice, segments stay aligned")
    func columnOptionsOnText() throws {
        let result = try ingest("hello\n", name: "x.txt", IngestOptions(scoreField: "nps", segmentFields: ["country"]))
        #expect(result.responses.first?.segments == [""])
        #expect(result.responses.first?.score == nil)
        #expect(result.notices.count == 1)
    }
}
