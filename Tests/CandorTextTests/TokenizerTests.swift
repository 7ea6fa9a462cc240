import Testing
@testable import CandorText

/// Tokenizer behaviour on English, French and other scripts, through real ICU.
struct TokenizerTests {
    private func tokens(_ text: String) throws -> [Token] {
        try Tokenizer().tokenize(text).tokens
    }

    /// The tokens of `text` as (kind, norm, key).
    private func forms(_ text: String) throws -> [(kind: TokenKind, norm: String, key: String)] {
        let tokenized = try Tokenizer().tokenize(text)
        return tokenized.tokens.map { ($0.kind, tokenized.norm(of: $0), tokenized.key(of: $0)) }
    }

    private func norms(_ text: String) throws -> [String] {
        try forms(text).filter { $0.kind != .punctuation }.map(\.norm)
    }

    @Test func englishWordsNumbersAndContractions() throws {
        #expect(try norms("On hold for 45 minutes, DON'T call back!") == ["on", "hold", "for", "45", "minutes", "don't", "call", "back"])
        let kinds = try tokens("Waited 2,5 hours").map(\.kind)
        #expect(kinds == [.word, .number, .word])
    }

    @Test(arguments: [
        ("l'avion", ["l'", "avion"]),
        ("L’attente était longue", ["l'", "attente", "était", "longue"]),
        ("jusqu'à demain", ["jusqu'", "à", "demain"]),
        ("qu'il m'appelle", ["qu'", "il", "m'", "appelle"]),
        ("aujourd'hui", ["aujourd'hui"]),
        ("presqu'île", ["presqu'île"]),
    ])
    func frenchElisionIsSplit(text: String, expected: [String]) throws {
        #expect(try norms(text) == expected)
    }

    @Test func accentFoldedKeyMatchesUnaccented() throws {
        let accented = try forms("Téléphone ŒUVRE Straße")
        #expect(accented.map(\.norm) == ["téléphone", "œuvre", "strasse"])
        #expect(accented.map(\.key) == ["telephone", "oeuvre", "strasse"])
        #expect(try forms("telephone").map(\.key) == ["telephone"])
        // A token knows whether its key is its norm (no accent folded), without the strings.
        #expect(try tokens("Téléphone ŒUVRE Straße telephone").map(\.isPlain) == [false, false, true, true])
    }

    @Test func nfkcFoldsCompatibilityForms() throws {
        // Full-width letters and digits, the "ﬁ" ligature.
        #expect(try norms("ＡＢＣ １２３ ﬁle") == ["abc", "123", "file"])
    }

    @Test func urlsAndEmailsStayWhole() throws {
        let found = try forms("Write to jane.doe@example.com or see https://example.com/help?x=1. Thanks")
        #expect(found.filter { $0.kind == .email }.map(\.norm) == ["jane.doe@example.com"])
        #expect(found.filter { $0.kind == .url }.map(\.norm) == ["https://example.com/help?x=1"])
        #expect(found.last?.norm == "thanks")
        #expect(try tokens("@AmazonHelp hi").contains { $0.kind == .email } == false)
    }

    @Test func emojiAreTokens() throws {
        let found = try forms("Great 😡😡 service 👍🏽 🇫🇷")
        #expect(found.filter { $0.kind == .emoji }.count >= 3)
        #expect(found.filter { $0.kind == .word }.map(\.norm) == ["great", "service"])
    }

    @Test(arguments: [
        ("配達が遅れました", 3),       // Japanese: dictionary segmentation gives several words
        ("送货太慢了客服不回复", 3),     // Chinese
        ("บริการลูกค้าแย่มาก", 3),        // Thai, no spaces between words
        ("Обслуживание клиентов ужасное", 3),  // Cyrillic
        ("خدمة العملاء سيئة", 3),          // Arabic
    ])
    func otherScriptsSegmentIntoWords(text: String, minimumWords: Int) throws {
        let words = try tokens(text).filter { $0.kind == .word }
        #expect(words.count >= minimumWords)
        // Tokens tile the text without overlap.
        var previousEnd: Int32 = 0
        for token in words {
            #expect(token.start >= previousEnd)
            previousEnd = token.end
        }
    }

    /// Each token says whether a line break (LF, CR, U+2028, U+2029) precedes it, read from
    /// the gap after the previous token, whether its piece was formed or copied from the cache.
    @Test func tokensKnowTheLineBreakBeforeThem() throws {
        let tokenizer = try Tokenizer(vocabulary: TokenVocabulary())
        let text = "\none\ntwo three\r\nfour  \u{2028}five. six\u{2029}\n(seven) eight\n"
        for _ in 0..<2 {
            let tokenized = tokenizer.tokenize(text)
            let marked = tokenized.tokens.filter(\.lineBreakBefore).map { tokenized.norm(of: $0) }
            #expect(marked == ["one", "two", "four", "five", "("])
        }
    }

    @Test func offsetsConvertToUnicodeScalars() throws {
        let tokenized = try Tokenizer().tokenize("😡 pas notre problème")
        let problem = try #require(tokenized.tokens.first { tokenized.key(of: $0) == "probleme" })
        #expect(tokenized.scalarOffset(problem.start) == 12)
        #expect(tokenized.text(from: problem.start, to: problem.end) == "problème")
    }

    /// Spans are transcoded by hand (`TokenizedText.string`): every span of texts with accents,
    /// CJK, emoji (surrogate pairs) and lone surrogates reads as the standard library decodes it.
    @Test func spansReadAsTheStandardLibraryDecodesThem() {
        let texts: [[UInt16]] = [
            Array("Délai de remboursement: 3 semaines, ça suffit! 😡🇫🇷 東京 ok".utf16),
            Array("plain ascii only".utf16),
            [0x61, 0xD83D, 0x62, 0xDE00, 0x63, 0xD83D],  // lone high and low surrogates
            [0xDE00, 0xDC00, 0xD800, 0xDC00, 0xD800, 0xD800],  // low before low, high before high
            [0xDBFF, 0xDFFF, 0x7FF, 0x800, 0xFFFF, 0x80, 0x7F],  // the edges of each UTF-8 length
        ]
        for units in texts {
            let text = TokenizedText(utf16: units, tokens: [], forms: TokenForms(capacity: 0))
            #expect(text.hasSurrogates == units.contains { $0 & 0xF800 == 0xD800 })
            for start in 0...units.count {
                for end in start...units.count {
                    let expected = String(decoding: units[start..<end], as: UTF16.self)
                    #expect(text.text(from: Int32(start), to: Int32(end)) == expected, "\(units) \(start)..<\(end)")
                }
            }
        }
    }

    @Test func emptyAndWhitespaceTextsHaveNoTokens() throws {
        #expect(try tokens("").isEmpty)
        #expect(try tokens("  \n\t ").isEmpty)
    }

    @Test func invalidSurrogatesDoNotCrash() throws {
        let text = String(decoding: [0x61, 0xD800, 0x62] as [UInt16], as: UTF16.self)
        #expect(try !tokens(text).isEmpty)
    }

    /// The ASCII opening is widened by hand and the rest transcoded by ICU: the units are the
    /// standard library's, wherever the first non-ASCII character falls (inside or after the
    /// eight-byte steps), for every script and for astral characters.
    @Test func unitsAreTheStandardLibrarysWhereverASCIIEnds() {
        let tails = ["", "é", "É tait", "😡 ok", "東京", "\u{0301}", "ﬁ", "\u{10FFFF}", "\u{FEFF}x"]
        for length in 0...19 {
            let head = String((0..<length).map { Character(UnicodeScalar(UInt8(0x20 + ($0 * 7) % 95))) })
            for tail in tails {
                let text = head + tail + head
                #expect(Tokenizer.utf16(text) == Array(text.utf16), "\(length) \(tail)")
            }
        }
        #expect(Tokenizer.utf16("").isEmpty)
    }

    /// One tokenizer reuses its unit buffer across texts: a text longer than the buffer grows
    /// it, and a shorter text after a longer one reads none of the longer one's units.
    @Test func aReusedTokenizerMatchesAFreshOneAcrossLengths() throws {
        let reused = try Tokenizer()
        var scratch = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: 4)
        defer { scratch.deallocate() }
        let lengths = [3, 700, 1, 2600, 40, 9000, 0, 12]
        for (turn, count) in lengths.enumerated() {
            let text = String(repeating: turn.isMultiple(of: 2) ? "wait é " : "hold ", count: count)
            let fresh = try Tokenizer().tokenize(text)
            let again = reused.tokenize(text)
            #expect(again.tokens.map(again.norm(of:)) == fresh.tokens.map(fresh.norm(of:)), "\(count)")
            #expect(Tokenizer.utf16(text, scratch: &scratch) == Array(text.utf16), "\(count)")
        }
    }
}
