import Testing
@testable import CandorAnalysis

/// A field counts as answered unless it is blank as `allSatisfy(\.isWhitespace)` over its
/// characters judges it; `RunSummary.isBlank` settles ASCII off the bytes.
struct BlankTextTests {
    @Test func everyBMPScalarJudgedAsTheCharactersJudgeIt() {
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            // The scalar alone, after white space, before a letter, and attached to a space
            // (a combining mark joins the space's character, which then still counts as white).
            for text in ["\(scalar)", " \t\(scalar)", "\(scalar)x", " \(scalar)", "\r\n\(scalar)\u{301}", "\(scalar) \n"] {
                #expect(RunSummary.isBlank(text) == text.allSatisfy(\.isWhitespace), "U+\(String(value, radix: 16))")
            }
        }
    }

    @Test(arguments: ["", " ", "\t\n\r\u{0B}\u{0C}", "\r\n", " \u{301}", " \u{301}x", "\u{A0}\u{3000}", "\u{1C}", "  a", "😀", "\u{85}\u{2028}"])
    func textsJudgedAsTheCharactersJudgeThem(text: String) {
        #expect(RunSummary.isBlank(text) == text.allSatisfy(\.isWhitespace))
    }
}
