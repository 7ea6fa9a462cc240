/// An error with a stable code, a message, and the exit status it maps to.
///
/// Each module has one error type conforming to this protocol (`IngestError`, `TextError`,
/// `AnalysisError`, ...). Codes are stable: scripts and docs may rely on them.
public protocol CandorError: Error, CustomStringConvertible, Sendable {
    /// A stable code such as `ING002`.
    var code: String { get }
    /// A one-sentence message naming what and where.
    var message: String { get }
    /// The exit status category the CLI maps this error to.
    var exitStatus: ExitStatus { get }
}

extension CandorError {
    /// `message [CODE]`.
    public var description: String { "\(message) [\(code)]" }
}

/// The process exit codes Candor uses (BSD sysexits).
public enum ExitStatus: Int32, Sendable, Codable {
    /// Success.
    case ok = 0
    /// An alert threshold was crossed (reserved for monitoring runs).
    case alert = 1
    /// Bad command-line usage: unknown option, unknown column.
    case usage = 64
    /// Bad input data: a malformed row without `--skip-bad-rows`.
    case dataError = 65
    /// An input file does not exist or cannot be opened.
    case noInput = 66
    /// An internal error (a bug).
    case software = 70
    /// A read or write failed.
    case ioError = 74
    /// A configuration file (taxonomy) is invalid.
    case config = 78
}
