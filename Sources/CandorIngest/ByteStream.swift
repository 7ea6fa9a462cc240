import CZlib
import Foundation

/// A sequential source of decompressed bytes: a file or descriptor through zlib (plain input
/// passes through unchanged), or bytes in memory.
final class ByteStream {
    private enum Backing {
        case zlib(OpaquePointer)
        case memory([UInt8], offset: Int)
        case closed
    }

    /// The input's name, for messages.
    let name: String
    private var backing: Backing

    /// Opens a file.
    ///
    /// - Throws: `ING001` when it cannot be opened.
    init(path: String) throws(IngestError) {
        name = path
        guard let reader = czlib_open_path(path) else {
            throw IngestError(.cannotOpen, "cannot open \(path): \(Self.systemError())")
        }
        backing = .zlib(reader)
    }

    /// Reads a duplicate of a file descriptor, leaving `fd` itself open.
    ///
    /// - Throws: `ING001` when it cannot be duplicated or opened.
    init(fileDescriptor fd: Int32, name: String) throws(IngestError) {
        self.name = name
        let copy = dup(fd)
        guard copy >= 0 else {
            throw IngestError(.cannotOpen, "cannot open \(name): \(Self.systemError())")
        }
        guard let reader = czlib_open_fd(copy) else {
            _ = Foundation.close(copy)
            throw IngestError(.cannotOpen, "cannot open \(name): \(Self.systemError())")
        }
        backing = .zlib(reader)
    }

    /// Reads bytes in memory.
    init(bytes: [UInt8], name: String) {
        self.name = name
        backing = .memory(bytes, offset: 0)
    }

    deinit { finish() }

    /// Reads up to `count` bytes into `buffer`; 0 means the end.
    ///
    /// - Throws: `ING004` when reading fails (a truncated or corrupt `.gz`, an I/O error).
    func read(into buffer: UnsafeMutablePointer<UInt8>, count: Int) throws(IngestError) -> Int {
        switch backing {
        case .closed:
            return 0
        case .zlib(let reader):
            let n = czlib_read(reader, buffer, Int64(count))
            guard n >= 0 else {
                let detail = String(cString: czlib_error(reader))
                throw IngestError(.readError, "cannot read \(name): \(detail)")
            }
            return Int(n)
        case .memory(let bytes, let offset):
            let n = min(count, bytes.count - offset)
            if n > 0 {
                bytes.withUnsafeBufferPointer { source in
                    guard let base = source.baseAddress else { return }
                    buffer.update(from: base + offset, count: n)
                }
            }
            backing = .memory(bytes, offset: offset + n)
            return n
        }
    }

    /// Releases the input; later reads return 0.
    func finish() {
        if case .zlib(let reader) = backing { czlib_close(reader) }
        backing = .closed
    }

    private static func systemError() -> String {
        String(cString: strerror(errno))
    }
}
