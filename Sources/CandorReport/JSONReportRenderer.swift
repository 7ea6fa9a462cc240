import CandorAnalysis
import Foundation

/// Renders the findings as JSON: the same content as the Markdown summary, keys sorted,
/// pretty-printed, so two runs on the same input give the same bytes.
public enum JSONReportRenderer {
    /// The JSON document.
    public static func render(_ findings: Findings) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(findings) else { return Array("{}\n".utf8) }
        return Array(data) + [0x0A]
    }
}
