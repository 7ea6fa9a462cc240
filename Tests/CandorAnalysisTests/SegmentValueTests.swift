import Foundation
import Testing
@testable import CandorAnalysis

/// Segment values are trimmed as `CharacterSet.whitespaces` trims them, without Foundation.
struct SegmentValueTests {
    @Test func everyBMPScalarTrimmedAsFoundationTrimsIt() {
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in ["\(scalar)x", "x\(scalar)", "\(scalar)", "\(scalar) a b \(scalar)\t"] {
                #expect(RunSummary.trimmedValue(text) == text.trimmingCharacters(in: .whitespaces), "U+\(String(value, radix: 16))")
            }
        }
    }

    @Test(arguments: ["", " ", "\t web \t", "\u{A0}store\u{3000}", "\u{200B}app", "e\u{301} ", " \u{301}x", "line\n", "😀 ", "  \u{1F600}\u{2009}"])
    func valuesTrimmedAsFoundationTrimsThem(text: String) {
        #expect(RunSummary.trimmedValue(text) == text.trimmingCharacters(in: .whitespaces))
    }
}
