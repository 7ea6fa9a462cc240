import CandorCore

/// An error of the text stage: ICU could not be opened or failed.
public struct TextError: CandorError {
    /// A stable code: `TXT001` break iterator unavailable, `TXT002` normalization failed.
    public var code: String
    /// What went wrong.
    public var message: String
    /// ICU failures are internal errors.
    public var exitStatus: ExitStatus { .software }

    /// Creates an error.
    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }
}
