import Foundation
import Testing
@testable import CandorText

/// A tokenizer copies the tokens of a segment it met before (`TokenFormCache`): they equal the
/// tokens formed afresh, offsets moved to the new place, and their ids are the vocabulary's,
/// through its renumbering.
struct TokenFormCacheTests {
    static let texts = [
        "L'avion est parti sans moi, qu'il dit. Aujourd’hui l’attente était de 45 minutes!",
        "The hold time was 45 minutes, the agent said it's not their fault. THE HOLD TIME!!",
        "Délai de remboursement: 3 semaines 😡😡 — contact@example.com ou www.example.com/aide",
        "l'avion, L'AVION, l’avion; qu'est-ce que c'est? 東京 ok ok ok",
        "",
    ]

    @Test func cachedTokensEqualFreshOnes() throws {
        // A small vocabulary renumbers every few texts, so the cache follows its generations.
        let vocabulary = TokenVocabulary(limit: 12)
        let cached = try Tokenizer(vocabulary: vocabulary)
        var generations: Set<Int> = []
        for round in 0..<6 {
            for text in Self.texts {
                vocabulary.startResponse()
                generations.insert(vocabulary.generation)
                // Text shifted by a prefix each round: the same segments at other offsets.
                let shifted = String(repeating: "ok ", count: round) + text
                let text = cached.tokenize(shifted)
                let tokens = text.tokens
                let reference = try Tokenizer()
                reference.cachingForms = false
                let freshText = reference.tokenize(shifted)
                let fresh = freshText.tokens
                #expect(tokens.map(\.kind) == fresh.map(\.kind))
                #expect(tokens.map(\.start) == fresh.map(\.start) && tokens.map(\.end) == fresh.map(\.end))
                #expect(text.norms == freshText.norms && text.keys == freshText.keys)
                #expect(tokens.map(\.isPlain) == fresh.map(\.isPlain) && tokens.map(\.breaks) == fresh.map(\.breaks))
                for token in tokens where token.kind == .word || token.kind == .number {
                    // The key is in the vocabulary already: `id` finds it without numbering it.
                    #expect(token.id == vocabulary.id(text.key(of: token)), "\(text.key(of: token))")
                }
            }
        }
        #expect(generations.count > 3, "the vocabulary renumbered")
    }
}

/// Texts are tokenized piece by piece between spaces, each piece's tokens cached (a piece
/// holding an address is tokenized around it): they equal
/// one run of ICU over the whole text with every token formed afresh, on generated texts full
/// of the characters that attach to a space (combining marks, soft hyphen, ZWJ), and on the
/// real corpora when `../shared` is beside the clone.
struct TokenPieceTests {
    /// Fragments glued at random: words, spaces of several kinds, and the characters that UAX #29
    /// attaches to a preceding space (WB4) or that change how a word breaks.
    static let fragments = [
        "word", "Délai", "l'avion", "qu’il", "aujourd'hui", "don't", "45", "3,5", "1.200", "10:30", "$20", "e.g.", "U.S.A",
        " ", "  ", "   ", "\u{00A0}", "\t", "\n", "\r\n", "\u{3000}", "\u{2009}", "\u{200B}",
        "\u{0301}", "\u{00AD}", "\u{200D}", "\u{FE0F}", "\u{2060}", "e\u{0301}", "😡", "👍🏽", "👨‍👩‍👧", "🇫🇷", "🇫🇷🇩🇪", "\u{1F1EB}",
        "東京", "ภาษาไทย", "日本語のテキスト", "…", "...", "?!", ",", ".", "-", "—", "(", ")", "\"", "'", "’", "#", "@",
        "caf\u{00E9}", "CAFE\u{0301}", "ﬁne", "Ⅻ", "٣٤", "مرحبا", "שלום", "привет",
        // Addresses (kept whole, inside one piece) and what merely hints at one.
        "contact@example.com", "a.b+c@mail.example.fr.", "www.example.com/aide", "https://x.fr/a?b=c", "http://", "@AppleSupport",
        "www.", "://",
    ]

    private func expectSame(_ text: String, _ cached: Tokenizer, _ vocabulary: TokenVocabulary) throws {
        vocabulary.startResponse()
        let tokenized = cached.tokenize(text)
        let tokens = tokenized.tokens
        let reference = try Tokenizer()
        reference.cachingForms = false
        let freshText = reference.tokenize(text)
        let fresh = freshText.tokens
        #expect(tokens.map(\.kind) == fresh.map(\.kind), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        #expect(tokens.map(\.start) == fresh.map(\.start) && tokens.map(\.end) == fresh.map(\.end),
                "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        #expect(tokenized.norms == freshText.norms && tokenized.keys == freshText.keys)
        #expect(tokens.map(\.isPlain) == fresh.map(\.isPlain) && tokens.map(\.breaks) == fresh.map(\.breaks))
        for token in tokens where token.kind == .word || token.kind == .number {
            #expect(token.id == vocabulary.id(tokenized.key(of: token)), "\(tokenized.key(of: token))")
        }
    }

    @Test func piecesTokenizeAsTheWholeText() throws {
        let vocabulary = TokenVocabulary()
        let cached = try Tokenizer(vocabulary: vocabulary)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<3000 {
            let text = (0..<(1 + next(12))).map { _ in Self.fragments[next(Self.fragments.count)] }.joined()
            // Twice: the second time every piece comes from the cache.
            try expectSame(text, cached, vocabulary)
            try expectSame(text, cached, vocabulary)
        }
        // A piece longer than the cached ones, and spaces that open and close the text.
        try expectSame("  " + String(repeating: "東京", count: 40) + " ok  ", cached, vocabulary)
        try expectSame(" \u{0301}a b \u{00AD}c  \u{200D}d ", cached, vocabulary)
        // More pieces than the tokenizer's first scratch holds.
        try expectSame((0..<700).map { "mot\($0 % 50), " }.joined(separator: " "), cached, vocabulary)
    }

    /// The pieces found while hashing are those `pieceEnd` and `pieceStart` give, each hashed as
    /// the cache hashes it (`TokenFormCache.hash`; 0 past the longest cached piece): a hash
    /// that differed would miss every cached piece once the cache grew and rehashed its entries.
    @Test func piecesAndHashesFollowTheReference() throws {
        let tokenizer = try Tokenizer()
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var texts = (0..<2000).map { _ in (0..<(1 + next(16))).map { _ in Self.fragments[next(Self.fragments.count)] }.joined() }
        texts += ["", " ", "   ", "a", " a ", "a  b", " \u{0301}a b \u{00AD}c  \u{200D}d ", String(repeating: "x", count: 49) + " y"]
        for text in texts {
            let units = Array(text.utf16)
            var expected: [(Int32, Int32, UInt64)] = []
            units.withUnsafeBufferPointer { buffer in
                var start = 0
                while start < buffer.count {
                    let end = Tokenizer.pieceEnd(buffer, from: start)
                    if end > start {
                        let piece = UnsafeBufferPointer(rebasing: buffer[start..<end])
                        let hash = end - start <= Tokenizer.longestCachedPiece ? TokenFormCache.hash(TokenFormCache.pieceTag, piece) : 0
                        expected.append((Int32(start), Int32(end), hash))
                    }
                    start = Tokenizer.pieceStart(buffer, from: end)
                }
            }
            let found = tokenizer.pieceList(units)
            #expect(found.map(\.start) == expected.map(\.0) && found.map(\.end) == expected.map(\.1), "\(units)")
            #expect(found.map(\.hash) == expected.map(\.2), "\(units)")
        }
    }

    /// Every line of the real corpora (CSV quoting and all: any text will do), when present.
    @Test(.enabled(if: Self.corpora != nil, "../shared/corpora is not beside the clone"))
    func piecesTokenizeAsTheWholeTextOnRealCorpora() throws {
        guard let corpora = Self.corpora else { return }
        let vocabulary = TokenVocabulary()
        let cached = try Tokenizer(vocabulary: vocabulary)
        let files = (FileManager.default.enumerator(atPath: corpora)?.compactMap { $0 as? String } ?? [])
            .filter { $0.hasSuffix(".csv") || $0.hasSuffix(".jsonl") || $0.hasSuffix(".txt") }.sorted()
        #expect(!files.isEmpty)
        for file in files {
            let data = try String(contentsOfFile: corpora + "/" + file, encoding: .utf8)
            for line in data.split(separator: "\n").prefix(1500) { try expectSame(String(line), cached, vocabulary) }
        }
    }

    static let corpora: String? = {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpora").path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }()
}
