import CandorCore
import Foundation
import Testing

@testable import CandorIngest

@Suite("files, gzip, descriptors and formats")
struct InputSourceTests {
    static let csv = "id,comment\n1,\"gz, works\"\n2,second\n"

    @Test("a .gz file is decompressed and its format read from the name before .gz")
    func gzipByExtension() throws {
        let folder = try TemporaryFolder()
        let gz = try folder.gzip(try folder.write("data.csv", Self.csv))
        let result = try ingest([.path(gz)], IngestOptions(textFields: ["comment"]))
        #expect(result.texts == ["gz, works", "second"])
        #expect(result.responses.first?.location.file == gz)
    }

    @Test("gzip is detected by its magic bytes whatever the name")
    func gzipByMagic() throws {
        let folder = try TemporaryFolder()
        let gz = try folder.gzip(try folder.write("data.csv", Self.csv))
        let renamed = folder.path + "/renamed.csv"
        try FileManager.default.moveItem(atPath: gz, toPath: renamed)
        #expect(try ingest([.path(renamed)], IngestOptions(textFields: ["comment"])).texts == ["gz, works", "second"])
    }

    @Test("a truncated .gz is a read error (exit 74) after the records before it")
    func truncatedGzip() throws {
        let folder = try TemporaryFolder()
        let lines = (1...5000).map { "{\"a\": \"line \($0) with some words to make it long enough\"}" }.joined(separator: "\n")
        let gz = try folder.gzip(try folder.write("big.jsonl", lines))
        let data = try Data(contentsOf: URL(fileURLWithPath: gz))
        let cut = try folder.write("cut.jsonl.gz", bytes: Array(data.prefix(data.count / 2)))
        for options in [IngestOptions(textFields: ["a"]), IngestOptions(textFields: ["a"], chunkRecords: 7, blockBytes: 64)] {
            let error = ingestError { () throws(IngestError) in try ingest([.path(cut)], options) }
            #expect(error?.kind == .readError)
            #expect(error?.exitStatus == .ioError)
            #expect(error?.message.contains("cut.jsonl.gz") == true)
        }
    }

    @Test("a missing input is ING001 (exit 66) naming it, checked before reading")
    func missingInput() throws {
        let folder = try TemporaryFolder()
        let good = try folder.write("good.csv", Self.csv)
        let error = ingestError { () throws(IngestError) in
            try ingest([.path(good), .path(folder.path + "/missing.csv")], IngestOptions())
        }
        #expect(error?.kind == .cannotOpen)
        #expect(error?.exitStatus == .noInput)
        #expect(error?.message.contains("missing.csv") == true)
    }

    @Test("an unreadable file is ING001", .enabled(if: getuid() != 0, "root reads any file"))
    func unreadable() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("secret.csv", Self.csv)
        chmod(file, 0)
        let error = ingestError { () throws(IngestError) in try ingest([.path(file)], IngestOptions()) }
        #expect(error?.kind == .cannotOpen)
    }

    @Test("a pipe is read through its descriptor (the stdin path), sniffed as JSONL or CSV", arguments: [
        ("{\"a\": \"from a pipe\"}\n", "from a pipe"),
        ("a,b\nfrom a pipe,x\n", "from a pipe"),
    ])
    func pipe(text: String, expected: String) throws {
        var fds: [Int32] = [0, 0]
        #expect(Foundation.pipe(&fds) == 0)
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { write(fds[1], $0.baseAddress, $0.count) }
        #expect(written == bytes.count)
        close(fds[1])
        defer { close(fds[0]) }
        let result = try ingest([.fileDescriptor(fds[0], name: "-")], IngestOptions(textFields: ["a"]))
        #expect(result.texts == [expected])
        #expect(result.responses.first?.location.file == "-")
        #expect(result.notices.isEmpty)
    }

    @Test("gzip arriving through a pipe is detected by its magic bytes")
    func gzipThroughPipe() throws {
        let folder = try TemporaryFolder()
        let gz = try folder.gzip(try folder.write("data.jsonl", "{\"a\": \"compressed stdin\"}\n"))
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: gz)))
        var fds: [Int32] = [0, 0]
        #expect(Foundation.pipe(&fds) == 0)
        let written = bytes.withUnsafeBytes { write(fds[1], $0.baseAddress, $0.count) }
        #expect(written == bytes.count)
        close(fds[1])
        defer { close(fds[0]) }
        let result = try ingest([.fileDescriptor(fds[0], name: "-")], IngestOptions(textFields: ["a"]))
        #expect(result.texts == ["compressed stdin"])
    }

    @Test("several inputs: rows continue, each file has its own header and column order")
    func multipleInputs() throws {
        let folder = try TemporaryFolder()
        let first = try folder.write("a.csv", "id,comment\n1,one\n2,two\n")
        let second = try folder.write("b.csv", "Comment;ID\nthree;3\n")
        let third = try folder.write("c.jsonl", "{\"comment\": \"four\", \"id\": 4}\n")
        let result = try ingest([.path(first), .path(second), .path(third)], IngestOptions(textFields: ["comment"], idField: "id"))
        #expect(result.texts == ["one", "two", "three", "four"])
        #expect(result.responses.map(\.id) == ["1", "2", "3", "4"])
        #expect(result.responses.map(\.row) == [1, 2, 3, 4])
        #expect(result.responses.map(\.location.file) == [first, first, second, third])
    }

    @Test("a column missing in a later file is an error naming that file")
    func missingColumnInLaterFile() throws {
        let folder = try TemporaryFolder()
        let first = try folder.write("a.csv", "id,comment\n1,one\n")
        let second = try folder.write("b.csv", "id,remark\n2,two\n")
        let error = ingestError { () throws(IngestError) in
            try ingest([.path(first), .path(second)], IngestOptions(textFields: ["comment"]))
        }
        #expect(error?.kind == .unknownColumn)
        #expect(error?.message.contains("b.csv") == true)
        #expect(error?.message.contains("\"remark\"") == true)
    }

    @Test("the format option overrides the extension, and unknown extensions are sniffed with a notice")
    func formatChoice() throws {
        let folder = try TemporaryFolder()
        let json = try folder.write("export.dat", "{\"a\": \"sniffed\"}\n")
        let sniffed = try ingest([.path(json)], IngestOptions(textFields: ["a"]))
        #expect(sniffed.texts == ["sniffed"])
        #expect(sniffed.notices == ["candor: cannot tell the format of \"\(json)\" from its name; reading it as jsonl"])
        let text = try folder.write("lines.csv", "just, a line\n")
        #expect(try ingest([.path(text)], IngestOptions(format: .text)).texts == ["just, a line"])
    }

    @Test("format inference from names", arguments: [
        ("a.csv", InputFormat.csv), ("A.CSV.GZ", .csv), ("x/y.tsv", .tsv), ("r.jsonl", .jsonl),
        ("r.ndjson.gz", .jsonl), ("n.txt", .text), ("noext", nil), ("dir.csv/file", nil), ("x.gz", nil),
    ])
    func inference(name: String, format: InputFormat?) {
        #expect(InputFormat.inferred(fromPath: name) == format)
    }

    @Test("an empty first input is passed over; text fields come from the first with a header")
    func emptyFirstInput() throws {
        let result = try ingest(
            [.memory([], name: "empty.csv"), .memory(Array("\n\n".utf8), name: "blank.jsonl"),
             .memory(Array("id,remark\n1,Slow delivery again\n".utf8), name: "data.csv")]
        )
        #expect(result.textFields == ["remark"])
        #expect(result.texts == ["Slow delivery again"])
        #expect(result.responses.first?.row == 1)
    }

    @Test("a command-line argument of - is standard input")
    func dashIsStandardInput() {
        #expect(IngestInput(argument: "-") == .standardInput)
        #expect(IngestInput(argument: "a.csv") == .path("a.csv"))
        #expect(IngestInput.standardInput.name == "-")
    }

    @Test("chunks carry their input, first row and record count")
    func chunkMetadata() throws {
        let inputs: [IngestInput] = [
            .memory(Array("c\na\nb\nc\n".utf8), name: "one.csv"), .memory(Array("x\ny\n".utf8), name: "two.txt"),
        ]
        let reader = try ChunkReader(inputs: inputs, options: IngestOptions(textFields: ["c"], chunkRecords: 2))
        var chunks: [RawChunk] = []
        while let chunk = try reader.next() { chunks.append(chunk) }
        #expect(chunks.map(\.index) == [0, 1, 2])
        #expect(chunks.map(\.firstRow) == [1, 3, 4])
        #expect(chunks.map(\.recordCount) == [2, 1, 2])
        #expect(chunks.map(\.inputIndex) == [0, 0, 1])
        #expect(chunks.map(\.file) == ["one.csv", "one.csv", "two.txt"])
        #expect(try reader.next() == nil)
    }
}
