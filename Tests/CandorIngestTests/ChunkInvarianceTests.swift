import CandorCore
import Dispatch
import Foundation
import Testing

@testable import CandorIngest

/// Chunk, byte and block sizes must never change a result (swift-nio's decoder-verifier idea):
/// every reader is run with each size from one byte up and compared with the defaults.
@Suite("chunk invariance")
struct ChunkInvarianceTests {
    /// One fixture per format, each with the awkward cases of its format.
    static let fixtures: [(name: String, bytes: [UInt8], options: IngestOptions)] = [
        (
            "survey.csv",
            Array("\u{FEFF}id;comment;nps;country\r\n1;\"Bien; mais\r\ncher\";8,5;FR\r\n\r\n2;\"dit \"\"non\"\"\";N/A;BE\n3;\"oops\"x;9;FR\n4;a;b\n5;plain;Avec une note de 9,0;CH\n".utf8)
                + [0x36, 0x3B, 0xFF, 0xC3, 0x3B, 0x37, 0x3B, 0x46, 0x52, 0x0A]
                + Array("7;\"last, unterminated\n8;x;1;FR".utf8),
            IngestOptions(textFields: ["comment"], idField: "id", scoreField: "nps", segmentFields: ["country"], skipBadRows: true)
        ),
        (
            "survey.tsv",
            Array("id\tq1\tq2\n1\t\"tab\there\"\tok\n2\t\t\n\n3\tx\n4\t\"multi\nline\"\tz".utf8),
            IngestOptions(textFields: ["q1", "q2"], idField: "id", skipBadRows: true)
        ),
        (
            "events.jsonl",
            Array("{\"id\": 1, \"user\": {\"comment\": \"caf\\u00e9\"}, \"nps\": 9}\n\n  \n{\"id\": 2, \"user\": {\"comment\": 42}}\r\n{bad json}\n{\"id\": 3, \"user\": {\"comment\": \"".utf8)
                + [0xE2, 0x82] + Array("\"}, \"nps\": \"7\"}\n[1]\n{\"id\": 4}".utf8),
            IngestOptions(textFields: ["user.comment"], idField: "id", scoreField: "nps", skipBadRows: true)
        ),
        (
            "lines.txt",
            Array("first\r\n\n   \nsecond ".utf8) + [0xFF] + Array("\n\n\nthird".utf8),
            IngestOptions(skipBadRows: true)
        ),
        (
            "auto.csv",
            Array("id,label,remark\n1,Team A,The app keeps crashing on login\n2,Team A,Refund took three weeks\n3,Team B,\n".utf8),
            IngestOptions(idField: "id")
        ),
    ]

    static let sizes = [1, 2, 7, 64, nil]

    static func resized(_ options: IngestOptions, records: Int?, bytes: Int?, block: Int?) -> IngestOptions {
        var options = options
        let defaults = IngestOptions()
        options.chunkRecords = records ?? defaults.chunkRecords
        options.chunkBytes = bytes ?? defaults.chunkBytes
        options.blockBytes = block ?? defaults.blockBytes
        return options
    }

    @Test("same responses, diagnostics and counts for every chunk, byte and block size", arguments: fixtures.indices)
    func invariant(fixture: Int) throws {
        let (name, bytes, options) = Self.fixtures[fixture]
        let expected = try ingest(bytes: bytes, name: name, options)
        #expect(!expected.responses.isEmpty)
        for records in Self.sizes {
            for chunkBytes in Self.sizes {
                for block in Self.sizes {
                    let sized = Self.resized(options, records: records, bytes: chunkBytes, block: block)
                    let actual = try ingest(bytes: bytes, name: name, sized)
                    #expect(actual == expected, "chunkRecords \(sized.chunkRecords), chunkBytes \(sized.chunkBytes), blockBytes \(sized.blockBytes)")
                }
            }
        }
    }

    @Test("without skipping, the same first error for every size", arguments: fixtures.indices)
    func invariantError(fixture: Int) {
        var (name, bytes, options) = Self.fixtures[fixture]
        options.skipBadRows = false
        let expected = ingestError { () throws(IngestError) in try ingest(bytes: bytes, name: name, options) }
        for size in Self.sizes {
            let sized = Self.resized(options, records: size, bytes: size, block: size)
            let actual = ingestError { () throws(IngestError) in try ingest(bytes: bytes, name: name, sized) }
            #expect(actual == expected)
        }
    }

    @Test("a notes folder gives the same result for every size")
    func notesInvariant() throws {
        let folder = try TemporaryFolder()
        for k in 0..<9 { try folder.write("n/\(k % 3)/note\(k).txt", String(repeating: "word \(k) ", count: k * 3)) }
        try folder.write("n/bad.txt", bytes: [0x61, 0xFF, 0x62])
        let expected = try ingest([.path(folder.path + "/n")])
        #expect(expected.responses.count == 10)
        for size in Self.sizes {
            let sized = Self.resized(IngestOptions(), records: size, bytes: size, block: size)
            #expect(try ingest([.path(folder.path + "/n")], sized) == expected)
        }
    }

    @Test("parsing chunks on concurrent threads and merging by index equals readAll")
    func parallel() throws {
        for (name, bytes, options) in Self.fixtures {
            var sized = options
            sized.chunkRecords = 2
            let expected = try ingest(bytes: bytes, name: name, sized)
            let reader = try ChunkReader(inputs: [.memory(bytes, name: name)], options: sized)
            var chunks: [RawChunk] = []
            while let chunk = try reader.next() { chunks.append(chunk) }
            let parser = ChunkParser(options: sized)
            let slots = Slots(count: chunks.count)
            let frozen = chunks
            DispatchQueue.concurrentPerform(iterations: frozen.count) { k in slots.set(k, parser.parse(frozen[k])) }
            let parsed = slots.values.sorted { $0.index < $1.index }
            #expect(parsed.map(\.index) == Array(0..<chunks.count))
            #expect(parsed.flatMap(\.responses) == expected.responses)
            #expect(parsed.flatMap(\.diagnostics) == expected.diagnostics)
            #expect(parsed.reduce(IngestCounts.zero) { $0 + $1.counts } == expected.counts)
        }
    }
}

/// Results written by concurrent workers.
private final class Slots: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [ParsedChunk?]

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: ParsedChunk) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    var values: [ParsedChunk] {
        lock.lock()
        defer { lock.unlock() }
        return storage.compactMap { $0 }
    }
}
