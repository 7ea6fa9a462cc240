import CandorCore
import Testing

@testable import CandorIngest

@Suite("scores and invalid UTF-8")
struct ScoreAndUTF8Tests {
    @Test("scores as people and tools write them", arguments: [
        ("9", 9.0), ("10", 10), (" 8.5 ", 8.5), ("8,5", 8.5), ("Avec une note de 9,0", 9), ("9/10", 9),
        ("-1", -1), ("note: 7 sur 10", 7), ("1e1", 10), ("4.", 4), ("score 3,", 3), ("0", 0),
        // Plain digits take a shorter path up to 15 bytes: the same values either side of it.
        ("007", 7), ("\t42\n", 42), ("123456789012345", 123_456_789_012_345), ("1234567890123456", 1_234_567_890_123_456),
        ("00000000000000009", 9), ("9 ", 9), ("9 9", 9),
    ])
    func parses(text: String, value: Double) {
        #expect(ScoreParser.parse(text) == .value(value))
    }

    @Test("blank scores are empty, others without digits invalid", arguments: [
        ("", ScoreParser.Outcome.empty), ("   ", .empty), ("N/A", .invalid), ("-", .invalid), ("neuf", .invalid),
    ])
    func rejects(text: String, outcome: ScoreParser.Outcome) {
        #expect(ScoreParser.parse(text) == outcome)
    }

    @Test("an unparsable score is nil with a warning; a blank one is nil silently")
    func scoreWarning() throws {
        let csv = "c,nps\na,8\nb,N/A\nc,\n"
        let result = try ingest(csv, IngestOptions(textFields: ["c"], scoreField: "nps"))
        #expect(result.responses.map(\.score) == [8, nil, nil])
        #expect(result.diagnostics == [
            Diagnostic(code: "ING011", message: "score \"N/A\" is not a number; left empty",
                       location: SourceLocation(file: "in.csv", line: 3), severity: .warning),
        ])
    }

    @Test("invalid UTF-8 is replaced, counted once per record, with a warning", arguments: ["in.csv", "in.jsonl", "in.txt"])
    func invalidUTF8(name: String) throws {
        let lines: [[UInt8]]
        if name.hasSuffix(".jsonl") {
            lines = [Array(#"{"c": "ok"}"#.utf8), Array(#"{"c": "bad "#.utf8) + [0xFF, 0x20, 0xC3] + Array(#""}"#.utf8)]
        } else {
            lines = [Array("c".utf8), Array("ok".utf8), Array("bad ".utf8) + [0xFF, 0x20, 0xC3]]
        }
        let bytes = Array(lines.joined(separator: [0x0A])) + [0x0A]
        let result = try ingest(bytes: bytes, name: name, IngestOptions(textFields: ["c"]))
        let start = name.hasSuffix(".txt") ? 1 : 0
        #expect(result.texts[(start + 1)...].first == "bad \u{FFFD} \u{FFFD}")
        #expect(result.counts.replacedUTF8 == 1)
        #expect(result.diagnostics.map(\.message) == ["replaced 2 invalid UTF-8 sequences with U+FFFD"])
        #expect(result.diagnostics.map(\.code) == ["ING010"])
    }

    @Test("repair matches String(decoding:) on random bytes", arguments: 0..<20)
    func repairMatchesStandardLibrary(seed: Int) {
        var random = SeededGenerator(seed: UInt64(seed))
        let alphabet: [UInt8] = [0x41, 0x80, 0xBF, 0xC2, 0xC3, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF, 0x9F, 0xA0, 0x90, 0x8F, 0xBB, 0xBD]
        let bytes = (0..<200).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
        bytes.withUnsafeBufferPointer { p in
            let repaired = UTF8Repair.repaired(p)
            #expect(String(decoding: repaired, as: UTF8.self) == String(decoding: p, as: UTF8.self))
            #expect(repaired.withUnsafeBufferPointer { UTF8Repair.invalidCount($0) } == 0)
            let replacements = String(decoding: p, as: UTF8.self).unicodeScalars.filter { $0 == "\u{FFFD}" }.count
            #expect(UTF8Repair.invalidCount(p) == replacements)
        }
    }
}
