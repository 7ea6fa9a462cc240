import CandorCore
import CandorIngest
import Foundation

/// Copies standard input to a temporary file, in blocks, so a two-pass run can read it twice
/// with memory that does not grow with the input.
enum StdinSpool {
    /// Copies stdin to a new temporary file and returns its path.
    /// - Throws: `IngestError` `ING004` when reading or writing fails.
    static func copy() throws(IngestError) -> String {
        let path = NSTemporaryDirectory() + "candor-stdin-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)"
        guard FileManager.default.createFile(atPath: path, contents: nil), let output = FileHandle(forWritingAtPath: path) else {
            throw IngestError(.readError, "cannot create a temporary file for stdin at \(path)")
        }
        defer { try? output.close() }
        let input = FileHandle.standardInput
        do {
            while let block = try input.read(upToCount: 1 << 20), !block.isEmpty {
                try output.write(contentsOf: block)
            }
        } catch {
            throw IngestError(.readError, "cannot copy stdin: \(error.localizedDescription)")
        }
        return path
    }
}
