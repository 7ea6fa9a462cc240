import CandorIngest
import Foundation
import Testing
@testable import CandorAnalysis

/// The streaming core hands results over in chunk order, bounds what is in flight, and stops
/// cleanly on the consumer's or the reader's error.
struct ChunkStreamTests {
    /// A CSV file of `rows` one-field records, removed when the test ends.
    private final class TemporaryCSV {
        let path: String
        init(rows: Int, header: String = "text", name: String = UUID().uuidString) throws {
            path = FileManager.default.temporaryDirectory.appendingPathComponent("chunkstream-\(name).csv").path
            let body = (1...max(1, rows)).map { "row \($0)" }.joined(separator: "\n")
            try Data((header + "\n" + (rows > 0 ? body + "\n" : "")).utf8).write(to: URL(fileURLWithPath: path))
        }
        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    /// Counts what is in flight across threads (the test's own lock, not the stream's).
    private final class Tally: @unchecked Sendable {
        private let lock = NSLock()
        private var current = 0
        private(set) var peak = 0
        func enter() {
            lock.lock()
            current += 1
            peak = max(peak, current)
            lock.unlock()
        }
        func leave() {
            lock.lock()
            current -= 1
            lock.unlock()
        }
    }

    private func reader(_ paths: [String], chunkRecords: Int) throws -> ChunkReader {
        var options = IngestOptions()
        options.textFields = ["text"]
        options.chunkRecords = chunkRecords
        return try ChunkReader(paths: paths, options: options)
    }

    @Test(arguments: [1, 2, 3])
    func resultsArriveInChunkOrderWhateverTheWorkTakes(workers: Int) throws {
        let file = try TemporaryCSV(rows: 400)
        let reader = try reader([file.path], chunkRecords: 3)
        var generator = SystemRandomNumberGenerator()
        let delays = (0..<200).map { _ in UInt32.random(in: 0..<400, using: &generator) }
        var consumed: [(index: Int, firstRow: Int, records: Int)] = []
        try ChunkStream.run(reader, contexts: Array(0..<workers), window: 2 * workers) { _, chunk -> (Int, Int, Int) in
            // Uneven work, so later chunks often finish first.
            usleep(delays[chunk.index % delays.count])
            return (chunk.index, chunk.firstRow, chunk.recordCount)
        } consume: { result in
            consumed.append(result)
        }
        #expect(consumed.map(\.index) == Array(0..<consumed.count))
        #expect(consumed.reduce(0) { $0 + $1.records } == 400)
        // Rows follow on from chunk to chunk: nothing lost, nothing repeated.
        var row = 1
        for item in consumed {
            #expect(item.firstRow == row)
            row += item.records
        }
    }

    @Test func chunksReadAheadStayWithinTheWindow() throws {
        let file = try TemporaryCSV(rows: 300)
        let reader = try reader([file.path], chunkRecords: 2)
        let tally = Tally()
        let window = 4
        var count = 0
        try ChunkStream.run(reader, contexts: [0, 1], window: window) { _, chunk -> Int in
            tally.enter()
            usleep(200)
            return chunk.index
        } consume: { _ in
            // A slow consumer: the reader must wait rather than pile chunks up.
            usleep(300)
            tally.leave()
            count += 1
        }
        #expect(count == 150)
        // (How many are in flight at once depends on scheduling: concurrentPerform may even run
        // both workers on one thread under load. The bound is what must hold.)
        #expect(tally.peak <= window)
    }

    struct Stop: Error, Equatable { let index: Int }

    @Test func aConsumerErrorStopsTheRunAndNothingIsConsumedAfterIt() throws {
        let file = try TemporaryCSV(rows: 500)
        let reader = try reader([file.path], chunkRecords: 1)
        var consumed: [Int] = []
        #expect(throws: Stop(index: 7)) {
            try ChunkStream.run(reader, contexts: [0, 1], window: 4) { _, chunk -> Int in chunk.index } consume: { index in
                consumed.append(index)
                if index == 7 { throw Stop(index: 7) }
            }
        }
        #expect(consumed == Array(0...7))
    }

    @Test func aReaderErrorComesAfterEveryChunkBeforeIt() throws {
        let first = try TemporaryCSV(rows: 50)
        // The second input lacks the text column: the reader fails when it opens it.
        let second = try TemporaryCSV(rows: 5, header: "other")
        let reader = try reader([first.path, second.path], chunkRecords: 4)
        var records = 0
        do {
            try ChunkStream.run(reader, contexts: [0, 1], window: 3) { _, chunk -> Int in chunk.recordCount } consume: { count in
                records += count
            }
            Issue.record("the reader's error was not raised")
        } catch let error as IngestError {
            #expect(error.kind == .unknownColumn)
        }
        #expect(records == 50)
    }

    @Test func anEmptyInputRunsNoWork() throws {
        let file = try TemporaryCSV(rows: 0)
        let reader = try reader([file.path], chunkRecords: 4)
        var consumed = 0
        try ChunkStream.run(reader, contexts: [0, 1], window: 4) { _, chunk -> Int in chunk.recordCount } consume: { _ in
            consumed += 1
        }
        #expect(consumed == 0)
    }
}
