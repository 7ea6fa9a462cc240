import CandorCore

/// An error of the analysis stage: an invalid taxonomy, missing language data.
public struct AnalysisError: CandorError {
    /// A stable code: `ANA001` taxonomy unreadable, `ANA002` taxonomy invalid, `ANA003` bad
    /// pattern, `ANA004` language data missing, `ANA005` rule example failed.
    public var code: String
    /// What went wrong, naming the file and line where it applies.
    public var message: String
    /// The exit status: configuration errors map to 78, missing files to 66.
    public var exitStatus: ExitStatus

    /// Creates an error.
    public init(code: String, message: String, exitStatus: ExitStatus = .config) {
        self.code = code
        self.message = message
        self.exitStatus = exitStatus
    }
}
