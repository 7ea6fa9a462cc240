import CandorCore
import Foundation

/// Writes to stdout and stderr, and turns errors into exit codes.
enum Console {
    /// Writes bytes to stdout.
    static func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(1, buffer.baseAddress?.advanced(by: offset), buffer.count - offset)
                if written <= 0 { break }
                offset += written
            }
        }
    }

    /// Writes text to stdout.
    static func print(_ text: String) { write(Array(text.utf8)) }

    /// Writes a line to stderr, prefixed with `candor: ` (once).
    static func warn(_ message: String) {
        let line = message.hasPrefix("candor: ") ? message : "candor: " + message
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
