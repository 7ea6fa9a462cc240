import CandorCore

/// The diagnostics ingest emits for records it kept or skipped, with their stable codes.
enum IngestDiagnostics {
    /// `ING010`: invalid UTF-8 replaced in a kept record.
    static let replacedUTF8Code = "ING010"
    /// `ING011`: a non-empty score that is not a number.
    static let invalidScoreCode = "ING011"

    /// A record kept with `count` invalid UTF-8 sequences replaced by U+FFFD.
    static func replacedUTF8(count: Int, at location: SourceLocation) -> Diagnostic {
        let noun = count == 1 ? "sequence" : "sequences"
        return Diagnostic(
            code: replacedUTF8Code,
            message: "replaced \(count) invalid UTF-8 \(noun) with U+FFFD",
            location: location, severity: .warning
        )
    }

    /// A score field whose value is not a number; the response's score is left empty.
    static func invalidScore(_ value: String, at location: SourceLocation) -> Diagnostic {
        let shown = value.count > 40 ? String(value.prefix(40)) + "…" : value
        return Diagnostic(
            code: invalidScoreCode,
            message: "score \"\(shown)\" is not a number; left empty",
            location: location, severity: .warning
        )
    }

    /// A malformed record skipped because bad rows are skipped.
    static func skipped(_ error: IngestError) -> Diagnostic {
        Diagnostic(
            code: error.code, message: error.reason,
            location: error.location ?? SourceLocation(file: "-", line: 0), severity: .skipped
        )
    }
}
