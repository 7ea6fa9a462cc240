import CandorCore

/// Why ingest stopped: an input that cannot be opened or read, a bad option or column, or a
/// malformed record when bad rows are not skipped.
///
/// Codes are stable. A malformed record that is skipped is not an error but a `Diagnostic`
/// with the same code (`ING003`) and reason.
public struct IngestError: CandorError, Equatable {
    /// The kind of failure; its raw value is the stable code.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// An input does not exist or cannot be opened (exit 66).
        case cannotOpen = "ING001"
        /// A named column or field is not in an input (exit 64); the message lists those present.
        case unknownColumn = "ING002"
        /// A record cannot be parsed (exit 65): unterminated quote, text after a closing quote,
        /// wrong field count, JSON syntax error, record larger than the maximum size.
        case malformedRow = "ING003"
        /// Reading an input failed part way (exit 74), e.g. a truncated `.gz`.
        case readError = "ING004"
        /// An option value is invalid or does not fit the input (exit 64).
        case invalidOption = "ING005"
    }

    /// The kind of failure.
    public var kind: Kind
    /// What went wrong, without the location.
    public var reason: String
    /// Where it went wrong, when it concerns a place in an input.
    public var location: SourceLocation?

    /// Creates an error.
    public init(_ kind: Kind, _ reason: String, at location: SourceLocation? = nil) {
        self.kind = kind
        self.reason = reason
        self.location = location
    }

    /// The stable code, e.g. `ING003`.
    public var code: String { kind.rawValue }

    /// `file:line:column: reason` when there is a location, else the reason.
    public var message: String {
        guard let location else { return reason }
        return "\(location): \(reason)"
    }

    /// The sysexits category: 66, 64, 65 or 74.
    public var exitStatus: ExitStatus {
        switch kind {
        case .cannotOpen: return .noInput
        case .unknownColumn, .invalidOption: return .usage
        case .malformedRow: return .dataError
        case .readError: return .ioError
        }
    }
}
