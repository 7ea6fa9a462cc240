import CandorCore
import Testing

@testable import CandorIngest

/// Seeded random mutations of valid inputs: ingest never crashes, accounts for every record,
/// and gives the same result whatever the chunk sizes. The seeds are fixed, so a failure
/// reproduces; `Fuzz/` holds the libFuzzer harness that explores further.
@Suite("deterministic fuzzing")
struct FuzzTests {
    static let seeds: [[UInt8]] = [
        Array("id,comment,score\n1,\"Hello, \"\"world\"\"\",9\n2,\"multi\r\nline\",8,5\n3,plain,N/A\n".utf8),
        Array("id;commentaire;note\r\n1;\"Bien; mais\";9\r\n2;Trop lent;4\r\n".utf8),
        Array("{\"id\": 1, \"user\": {\"comment\": \"caf\\u00e9 \\\"q\\\"\"}, \"score\": 9}\n{\"id\": 2, \"user\": {\"comment\": [1, {\"x\": null}]}, \"score\": \"8,5\"}\n".utf8),
    ]

    /// Bytes that matter to the formats, plus invalid UTF-8.
    static let alphabet: [UInt8] = Array("\",;\t|\n\r{}[]:\\ au0".utf8) + [0xFF, 0xFE, 0xC3, 0x80, 0xE2, 0xF0, 0xEF, 0xBB, 0xBF]

    static func mutate(_ seed: [UInt8], _ random: inout SeededGenerator) -> [UInt8] {
        var bytes = seed
        for _ in 0..<(1 + Int(random.next() % 4)) {
            let at = bytes.isEmpty ? 0 : Int(random.next() % UInt64(bytes.count))
            let byte = alphabet[Int(random.next() % UInt64(alphabet.count))]
            switch random.next() % 6 {
            case 0 where !bytes.isEmpty: bytes[at] = byte
            case 1: bytes.insert(UInt8(ascii: "\""), at: at)
            case 2: bytes = Array(bytes.prefix(at))
            case 3: bytes.insert(byte, at: at)
            case 4 where !bytes.isEmpty: bytes.remove(at: at)
            default:
                let end = min(bytes.count, at + Int(random.next() % 16))
                bytes.insert(contentsOf: bytes[at..<end], at: at)
            }
        }
        return bytes
    }

    @Test("mutated inputs never crash and account for every record", arguments: 0..<seeds.count)
    func mutations(seedIndex: Int) {
        var random = SeededGenerator(seed: 0xC0FFEE + UInt64(seedIndex))
        let name = seedIndex == 2 ? "fuzz.jsonl" : "fuzz.csv"
        for _ in 0..<400 {
            let bytes = Self.mutate(Self.seeds[seedIndex], &random)
            let fields = seedIndex == 2 && random.next() % 2 == 0 ? ["user.comment"] : []
            let skip = IngestOptions(textFields: fields, skipBadRows: true)
            let tiny = IngestOptions(textFields: fields, skipBadRows: true, chunkRecords: 1, chunkBytes: 3, blockBytes: 2)
            do {
                let result = try ingest(bytes: bytes, name: name, skip)
                #expect(result.counts.read == result.responses.count + result.counts.skipped)
                #expect(result.diagnostics.filter { $0.severity == .skipped }.count == result.counts.skipped)
                #expect(result.responses.map(\.row) == result.responses.map(\.row).sorted())
                #expect(try ingest(bytes: bytes, name: name, tiny) == result, "chunking changed \(bytes)")
            } catch {
                // Only a broken header (CSV), UTF-16 input or no usable text field may stop a skipping run.
                let wholeInput = error.reason.contains("header") || error.reason.contains("UTF-16")
                let allowed = error.kind == .unknownColumn || (error.kind == .malformedRow && wholeInput)
                #expect(allowed, "\(error) for \(bytes)")
                #expect(ingestError { () throws(IngestError) in try ingest(bytes: bytes, name: name, tiny) } == error)
            }
            let strict = ingestError { () throws(IngestError) in
                try ingest(bytes: bytes, name: name, IngestOptions(textFields: fields))
            }
            if let strict {
                #expect([.malformedRow, .unknownColumn].contains(strict.kind), "\(strict)")
            }
        }
    }

    @Test("random bytes in every format never crash", arguments: InputFormat.allCases.filter { $0 != .notes })
    func randomBytes(format: InputFormat) {
        var random = SeededGenerator(seed: 42)
        for _ in 0..<150 {
            let length = Int(random.next() % 300)
            let bytes = (0..<length).map { _ in Self.alphabet[Int(random.next() % UInt64(Self.alphabet.count))] }
            let options = IngestOptions(format: format, skipBadRows: random.next() % 2 == 0, maxRecordBytes: 64)
            _ = ingestError { () throws(IngestError) in try ingest(bytes: bytes, name: "r", options) }
        }
    }
}
