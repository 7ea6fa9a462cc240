import Testing
@testable import CandorAnalysis

/// Quote ranking inputs: the readability bonus counts Unicode scalars off the UTF-8 bytes.
struct QuoteTests {
    @Test(arguments: [
        "", "plain ascii", "délai de remboursement", "ça coûte 20 €", "wait 🙄🙄 an hour", "電話がつながらない",
        "e\u{301}te\u{301}", "👩‍👩‍👧 family plan", String(repeating: "é", count: 200),
        // Scalars of every width across the eight-byte steps, and tails of every length.
        "abcdefgé", "abcdefg€x", "abcdef🙄xyz", "1234567", "123456789", "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}",
        "aé€🙄aé€🙄aé€🙄", String(repeating: "x€", count: 13),
    ])
    func scalarCountMatchesTheScalarView(text: String) {
        #expect(Quote.scalarCount(text) == text.unicodeScalars.count)
    }

    @Test func readabilityPeaksAroundATweet() {
        #expect(Quote.readability("too short") == 0.1)
        #expect(Quote.readability(String(repeating: "a", count: 110)) == 1)
        // 110 scalars of two UTF-8 bytes each: the length is counted in scalars, not bytes.
        #expect(Quote.readability(String(repeating: "é", count: 110)) == 1)
        #expect(Quote.readability(String(repeating: "a", count: 500)) == 0)
    }
}
