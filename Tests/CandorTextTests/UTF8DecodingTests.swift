import Testing
@testable import CandorText

/// The hand-written UTF-8 decoder against Swift's own UTF-16 view, and on bytes no string holds.
struct UTF8DecodingTests {
    private func decoded(_ bytes: [UInt8]) -> [UInt16] {
        var out = [UInt16](repeating: 0, count: bytes.count)
        let written = bytes.withUnsafeBufferPointer { input in
            out.withUnsafeMutableBufferPointer { output in
                guard let from = input.baseAddress, let to = output.baseAddress else { return 0 }
                return UTF8Decoding.decode(from, count: input.count, into: to)
            }
        }
        return Array(out[..<written])
    }

    @Test(arguments: [
        "plain ASCII across more than eight bytes, and a tail",
        "délai de remboursement très long, ça n'a pas été résolu",
        "€ and — and “quotes” in three bytes each",
        "emoji 😡👍🏽 take four bytes and two units",
        "日本語のテキストと English mixed",
        "é", "😀", "a😀b", "12345678é12345678",
    ])
    func matchesSwift(_ text: String) {
        #expect(decoded(Array(text.utf8)) == Array(text.utf16))
        // Through the tokenizer's own entry, which decodes into its scratch and copies out.
        #expect(Tokenizer.utf16(text) == Array(text.utf16))
    }

    @Test func malformedBytesBecomeReplacementCharacters() {
        // A lone continuation byte, a truncated three-byte sequence at the end, an invalid lead.
        #expect(decoded([0x61, 0x80, 0x62]) == [0x61, 0xFFFD, 0x62])
        #expect(decoded([0x61, 0xE2, 0x82]) == [0x61, 0xFFFD, 0xFFFD])
        #expect(decoded([0xFF, 0x41]) == [0xFFFD, 0x41])
        #expect(decoded([0xC3, 0x41]) == [0xFFFD, 0x41])
    }
}
