import Foundation
import Testing

/// Bad input gets a clear error on stderr and the documented exit code; nothing is lost.
@Suite(.serialized)
struct ErrorEndToEndTests {
    private func write(_ text: String, name: String) throws -> String {
        let url = try CandorBinary.temporaryFolder().appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test func missingInputExits66() throws {
        let run = try CandorBinary.run(["analyze", "no/such/file.csv"])
        #expect(run.status == 66)
        #expect(run.stderr.contains("no/such/file.csv"))
        #expect(run.stdout.isEmpty)
    }

    @Test func unknownColumnExits64AndListsColumns() throws {
        let run = try CandorBinary.run(["analyze", "Corpora/demo/survey.csv", "--text", "comments"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("comments"))
        #expect(run.stderr.contains("reason"))
        #expect(run.stderr.contains("improve"))
    }

    @Test func usageErrorExits64() throws {
        #expect(try CandorBinary.run(["analyze"]).status == 64)
        #expect(try CandorBinary.run(["analyze", "x.csv", "--threads", "0"]).status == 64)
        #expect(try CandorBinary.run(["frobnicate"]).status == 64)
    }

    @Test func malformedRowExits65NamingFileAndLine() throws {
        let path = try write("id,text\n1,fine\n2,\"unterminated\n3,ok\n", name: "bad.csv")
        let run = try CandorBinary.run(["tag", path, "--text", "text"])
        #expect(run.status == 65)
        #expect(run.stderr.contains("bad.csv:3"), "\(run.stderr)")
    }

    @Test func skipBadRowsCountsAndContinues() throws {
        let path = try write("id,text\n1,fine\n2,too,many,fields\n3,\"also fine\"\n", name: "skip.csv")
        let run = try CandorBinary.run(["analyze", path, "--text", "text", "--id", "id", "--skip-bad-rows"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.output.contains("**3 responses read**: 2 analysed, 0 empty, 1 skipped"), "\(run.output.prefix(300))")
        #expect(run.output.contains("## Input problems"))
    }

    @Test func invalidUTF8IsReplacedAndCounted() throws {
        let url = try CandorBinary.temporaryFolder().appendingPathComponent("latin1.csv")
        try Data([0x69, 0x64, 0x2C, 0x74, 0x65, 0x78, 0x74, 0x0A, 0x31, 0x2C, 0x63, 0x61, 0x66, 0xE9, 0x20, 0x74, 0x72, 0xE8, 0x73, 0x20, 0x62, 0x6F, 0x6E, 0x0A]).write(to: url)
        let run = try CandorBinary.run(["analyze", url.path, "--text", "text"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.output.contains("1 with invalid UTF-8 replaced"))
    }

    @Test func emptyInputIsNotAnError() throws {
        let path = try write("", name: "empty.csv")
        let run = try CandorBinary.run(["analyze", path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.output.contains("**0 responses read**"))
    }

    @Test func unwritableJSONPathExits74AndLeavesNothing() throws {
        let run = try CandorBinary.run(["analyze", "Corpora/demo/survey.csv", "--text", "reason", "--json", "/nonexistent-dir/out.json"])
        #expect(run.status == 74)
        #expect(!FileManager.default.fileExists(atPath: "/nonexistent-dir/out.json"))
    }
}
