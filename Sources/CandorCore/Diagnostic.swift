/// A problem found in the input that did not stop the run: a skipped row, replaced bytes.
///
/// Every skipped or altered record is reported as a diagnostic so nothing is lost silently.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    /// What happened to the record.
    public enum Severity: String, Sendable, Codable {
        /// The record was skipped (`--skip-bad-rows`).
        case skipped
        /// The record was kept, but altered or doubtful (e.g. invalid UTF-8 replaced).
        case warning
    }

    /// A stable code, e.g. `ING010`.
    public var code: String
    /// What went wrong, in one sentence.
    public var message: String
    /// Where it went wrong.
    public var location: SourceLocation
    /// Whether the record was skipped or kept.
    public var severity: Severity

    /// Creates a diagnostic.
    public init(code: String, message: String, location: SourceLocation, severity: Severity) {
        self.code = code
        self.message = message
        self.location = location
        self.severity = severity
    }

    /// `file:line:col: skipped: message [CODE]`.
    public var description: String {
        "\(location): \(severity.rawValue): \(message) [\(code)]"
    }
}
