import CandorCore
import Foundation

/// Writes output files atomically: the bytes go to a temporary file in the same folder, which
/// is then renamed over the target, so a crash or a full disk never leaves a half-written report.
public enum AtomicFile {
    /// An output file that could not be written.
    public struct WriteError: CandorError {
        /// `OUT001`.
        public var code: String { "OUT001" }
        /// What failed, naming the path.
        public var message: String
        /// I/O error.
        public var exitStatus: ExitStatus { .ioError }
    }

    /// Writes `bytes` to `path` atomically.
    /// - Throws: `WriteError` when the folder is not writable or the disk is full.
    public static func write(_ bytes: [UInt8], to path: String) throws(WriteError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try Data(bytes).write(to: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw WriteError(message: "cannot write \(path): \(error.localizedDescription)")
        }
        if rename(temporary.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw WriteError(message: "cannot write \(path): \(reason)")
        }
    }

    /// Writes a string as UTF-8 to `path` atomically.
    public static func write(_ text: String, to path: String) throws(WriteError) {
        try write(Array(text.utf8), to: path)
    }
}
