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
        // Stopped at a limit, the count is the limit or the whole count below it.
        for limit in [0, 1, 3, 7, 8, 9, 16, 25, 200, 500] {
            #expect(Quote.scalarCount(text, upTo: limit) == min(limit, text.unicodeScalars.count), "limit \(limit)")
        }
    }

    @Test func readabilityIsTheSameWhereCountingStops() {
        // Around the 410 scalars where counting stops, in one- to four-byte scalars.
        for unit in ["a", "é", "€", "🙄"] {
            for count in [400, 409, 410, 411, 420, 2_000] {
                let text = String(repeating: unit, count: count)
                let length = Double(count)
                let expected = max(0, 1 - abs(length - 110) / 300)
                #expect(Quote.readability(text) == expected, "\(count) × \(unit)")
            }
        }
    }

    @Test func readabilityPeaksAroundATweet() {
        #expect(Quote.readability("too short") == 0.1)
        #expect(Quote.readability(String(repeating: "a", count: 110)) == 1)
        // 110 scalars of two UTF-8 bytes each: the length is counted in scalars, not bytes.
        #expect(Quote.readability(String(repeating: "é", count: 110)) == 1)
        #expect(Quote.readability(String(repeating: "a", count: 500)) == 0)
    }
}
