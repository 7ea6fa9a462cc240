/// Where an input's bytes come from.
public enum IngestInput: Sendable, Equatable {
    /// A file or a folder of notes; `.gz` files are decompressed transparently.
    case path(String)
    /// Standard input (named "-"); gzip is detected by its magic bytes.
    case standardInput
    /// An open file descriptor (a pipe, a socket), read until its end; the reader reads a
    /// duplicate and leaves the given descriptor open.
    case fileDescriptor(Int32, name: String)
    /// Bytes already in memory (tests, fuzzing, embedding); read as is, never decompressed.
    case memory([UInt8], name: String)

    /// The input for a command-line argument: "-" is standard input, anything else a path.
    public init(argument: String) {
        self = argument == "-" ? .standardInput : .path(argument)
    }

    /// The name used in locations and messages.
    public var name: String {
        switch self {
        case .path(let path): return path
        case .standardInput: return "-"
        case .fileDescriptor(_, let name), .memory(_, let name): return name
        }
    }
}
