import CandorCore
import Foundation
import Testing

@testable import CandorIngest

/// What `readAll` returns, as a value tests can compare.
struct IngestResult: Equatable {
    var responses: [Response]
    var diagnostics: [Diagnostic]
    var counts: IngestCounts
    var textFields: [String]
    var notices: [String]

    /// The first text of each response.
    var texts: [String] { responses.map { $0.texts.first ?? "" } }
}

/// Reads inputs with `readAll`.
func ingest(_ inputs: [IngestInput], _ options: IngestOptions = IngestOptions()) throws(IngestError) -> IngestResult {
    let result = try readAll(inputs: inputs, options: options)
    return IngestResult(
        responses: result.responses, diagnostics: result.diagnostics, counts: result.counts,
        textFields: result.textFields, notices: result.notices
    )
}

/// Reads one in-memory input; its format comes from `name`'s extension unless set in options.
func ingest(_ text: String, name: String = "in.csv", _ options: IngestOptions = IngestOptions()) throws(IngestError) -> IngestResult {
    try ingest([.memory(Array(text.utf8), name: name)], options)
}

/// Reads in-memory bytes.
func ingest(bytes: [UInt8], name: String = "in.csv", _ options: IngestOptions = IngestOptions()) throws(IngestError) -> IngestResult {
    try ingest([.memory(bytes, name: name)], options)
}

/// The error `body` throws, or nil.
func ingestError(_ body: () throws(IngestError) -> IngestResult) -> IngestError? {
    do {
        _ = try body()
        return nil
    } catch {
        return error
    }
}

/// A fresh folder under the temporary directory, removed when released.
final class TemporaryFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "candor-ingest-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Writes a file (creating its folders) and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, bytes: Array(text.utf8))
    }

    /// Writes bytes to a file (creating its folders) and returns its path.
    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> String {
        let file = path + "/" + name
        let folder = (file as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return file
    }

    /// Compresses a file with the system's gzip into `file.gz`, keeping the original.
    func gzip(_ file: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/gzip")
        process.arguments = ["-k", "-f", "-n", file]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return file + ".gz"
    }
}

/// A small deterministic random generator (SplitMix64), so fuzz cases are the same every run.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
