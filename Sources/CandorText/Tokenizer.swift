import CICU
import CandorCore

/// Splits text into tokens with ICU's word break iterator and normalizes each token.
///
/// ICU gives word boundaries for every script (dictionaries for Thai, Lao, Khmer, Chinese and
/// Japanese). On top of ICU: web and e-mail addresses stay whole, French elisions are split
/// (`l'avion` → `l'` + `avion`), and every token gets `norm` and `key` forms (`Normalizer`),
/// kept in the text's `TokenForms`.
/// ICU's answers are memoized: a text is cut into pieces at spaces where every word break
/// agrees (`pieceEnd`), and a piece met before takes its tokens from `TokenFormCache`.
/// A tokenizer owns its ICU iterator and scratch buffers: use one per thread.
public final class Tokenizer {
    private let breaker: OpaquePointer
    private let normalizer = Normalizer()
    /// The tokens of segments and pieces met before (`TokenFormCache`).
    let formCache = TokenFormCache()
    /// False forms every token afresh (the reference the cache's tests compare with). A flag,
    /// not an optional cache: binding the optional retained the cache per token.
    var cachingForms = true
    private var starts: [Int32] = Array(repeating: 0, count: 512)
    private var ends: [Int32] = Array(repeating: 0, count: 512)
    private var kinds: [UInt8] = Array(repeating: 0, count: 512)
    /// A text's pieces and their hashes (`findPieces`), in memory the tokenizer owns.
    var pieces = UnsafeMutablePointer<(start: Int32, end: Int32, hash: UInt64)>.allocate(capacity: 256)
    var pieceCapacity = 256
    /// Where a text's UTF-16 units are written before they are copied into its array.
    private var unitScratch = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: 1024)
    /// Where a text's tokens are written before they are copied into its array (`TokenSink`).
    private var sink = TokenSink(capacity: 1024)
    /// Numbers word and number keys, when the caller wants token ids.
    public let vocabulary: TokenVocabulary?
    /// Where the forms of the tokens formed go (`TokenForms`); a new store when this one has no
    /// room for the next text (the cache's tokens name this store's forms, so it empties too).
    /// The first text makes the first store.
    private var forms = TokenForms(capacity: 0)
    /// The forms a store holds: as many as the cache holds tokens, so a new store rarely
    /// empties a cache that was not about to empty itself (tests make it small).
    var formCapacity = 1 << 18

    /// Opens ICU's word break iterator for `locale` (the root rules suit every language).
    /// - Parameter vocabulary: numbers word and number keys into `Token.id` when given.
    /// - Throws: `TextError` `TXT001` when ICU cannot open it (missing ICU data).
    public init(locale: String = "", vocabulary: TokenVocabulary? = nil) throws(TextError) {
        self.vocabulary = vocabulary
        var status: Int32 = 0
        guard let breaker = cicu_words_open(locale, &status) else {
            throw TextError(code: "TXT001", message: "ICU word break iterator unavailable (ICU error \(status))")
        }
        self.breaker = breaker
    }

    deinit {
        cicu_breaker_close(breaker)
        pieces.deallocate()
        unitScratch.deallocate()
        sink.deallocate()
    }

    /// Tokenizes `text`.
    public func tokenize(_ text: String) -> TokenizedText {
        var tokenized = TokenizedText(utf16: [], tokens: [], forms: forms)
        tokenize(text, into: &tokenized)
        return tokenized
    }

    /// Tokenizes `text` into `tokenized`, whose arrays are refilled in place when nothing else
    /// holds them: a worker refills the same text response after response
    /// (`ResponseAnalyzer.recycle`). Made afresh per response, a text's units and tokens had 103
    /// of the 743 allocator samples in the second pass (`perf`, two threads, 200 MB dump).
    public func tokenize(_ text: String, into tokenized: inout TokenizedText) {
        formCache.follow(generation: vocabulary?.generation ?? 0)
        let units = Tokenizer.utf16(text, into: &unitScratch)
        tokenized.utf16.refill(with: units)
        // A text forms at most one token per unit (an elision splits a segment of three or
        // more units in two).
        if forms.remaining < units.count {
            forms = TokenForms(capacity: max(formCapacity, units.count))
            formCache.removeAll()
        }
        tokenized.forms = forms
        tokenized.tokens.refill(with: tokenize(units: units))
        tokenized.tokens.withUnsafeMutableBufferPointer { Self.markLineBreaks($0, in: units) }
    }

    /// Sets each token's `lineBreakBefore` from the units between it and the token before it.
    @inline(__always)
    static func markLineBreaks(_ tokens: UnsafeMutableBufferPointer<Token>, in units: UnsafeBufferPointer<UInt16>) {
        var previousEnd = 0
        for index in tokens.indices {
            let start = min(Int(tokens[index].start), units.count)
            var found = false
            var unit = previousEnd
            while unit < start {
                let value = units[unit]
                if value == 0x0A || value == 0x0D || value == 0x2028 || value == 0x2029 {
                    found = true
                    break
                }
                unit += 1
            }
            tokens[index].lineBreakBefore = found
            previousEnd = max(previousEnd, Int(tokens[index].end))
        }
    }

    /// The UTF-16 code units of `text`, decoded by `UTF8Decoding` from the string's UTF-8
    /// storage.
    static func utf16(_ text: String) -> [UInt16] {
        var scratch = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: 0)
        defer { scratch.deallocate() }
        return utf16(text, scratch: &scratch)
    }

    /// `utf16(_:into:)` copied into an exact array (for `utf16(_:)` and the tests; the tokenizer
    /// copies the units into the text's own array).
    static func utf16(_ text: String, scratch: inout UnsafeMutableBufferPointer<UInt16>) -> [UInt16] {
        Array(utf16(text, into: &scratch))
    }

    /// The UTF-16 units of `text`, written into `scratch` (`reserveScratch`): valid until its
    /// next use.
    static func utf16(_ text: String, into scratch: inout UnsafeMutableBufferPointer<UInt16>) -> UnsafeBufferPointer<UInt16> {
        var text = text
        return text.withUTF8 { utf8 -> UnsafeBufferPointer<UInt16> in
            guard !utf8.isEmpty, let bytes = utf8.baseAddress else { return UnsafeBufferPointer(start: nil, count: 0) }
            let capacity = utf8.count
            scratch.reserveScratch(capacity)
            guard let out = scratch.baseAddress else { return UnsafeBufferPointer(start: nil, count: 0) }
            let count = UTF8Decoding.decode(bytes, count: capacity, into: out)
            return UnsafeBufferPointer(start: out, count: count)
        }
    }

    /// The tokens of `units`, in the sink (valid until the next text).
    private func tokenize(units: UnsafeBufferPointer<UInt16>) -> UnsafeBufferPointer<Token> {
        guard !units.isEmpty else { return UnsafeBufferPointer(start: nil, count: 0) }
        var tokens = sink
        tokens.reset(room: units.count)
        defer { sink = tokens }
        // The reference forms every token afresh, from one run of ICU over the whole text.
        guard cachingForms else {
            tokenizePiece(units, 0..<units.count, &tokens)
            return tokens.written(from: 0)
        }
        // First every piece and its hash, asking for its slot: the lookups below then find most
        // slots fetched (a lookup missed the cache two or three times, the most of its cost).
        // A piece's units and tokens are asked for four pieces ahead: two ahead, the compare of
        // its units with the cached ones still waited on memory (`memcmp` samples in the second
        // pass, 100 MB dump, two threads, two runs each: 308 and 283 at two ahead, 203 and 192
        // at four; eight ahead did no better).
        let pieceCount = findPieces(units)
        for index in 0..<pieceCount {
            let (start, end, hash) = (Int(pieces[index].start), Int(pieces[index].end), pieces[index].hash)
            if index + 4 < pieceCount { formCache.prefetchEntry(hash: pieces[index + 4].hash) }
            let piece = UnsafeBufferPointer(rebasing: units[start..<end])
            if piece.count <= Self.longestCachedPiece {
                if !formCache.append(tag: TokenFormCache.pieceTag, piece, hash: hash, at: start, to: &tokens) {
                    let before = tokens.count
                    tokenizePiece(units, start..<end, &tokens)
                    formCache.store(tag: TokenFormCache.pieceTag, piece, hash: hash, at: start, formed: tokens.written(from: before))
                }
            } else {
                tokenizePiece(units, start..<end, &tokens)
            }
        }
        return tokens.written(from: 0)
    }

    /// Runs ICU over the piece `span` of `units` alone and appends its tokens (offsets in
    /// `units`), with any address in it kept whole. A pure function of the piece's units (so its
    /// tokens can be cached by them): an address holds no space, and `WebAddressScanner` reads no
    /// further than the spaces around it, so the piece alone shows the addresses the whole text
    /// shows there. Offsets below are the piece's until a token is appended.
    private func tokenizePiece(_ units: UnsafeBufferPointer<UInt16>, _ span: Range<Int>, _ tokens: inout TokenSink) {
        let piece = UnsafeBufferPointer(rebasing: units[span])
        let addresses = hasAddressHint(piece) ? WebAddressScanner.spans(in: piece) : []
        let count = segment(piece)
        let base = span.lowerBound
        var nextAddress = 0
        var index = 0
        while index < count {
            let start = Int(starts[index])
            let end = Int(ends[index])
            if nextAddress < addresses.count, end > addresses[nextAddress].start {
                // An address: emit what precedes it in this segment, the address, and what
                // follows it in the last segment it covers.
                let address = addresses[nextAddress]
                nextAddress += 1
                if start < address.start {
                    appendToken(kind: Tokenizer.kind(of: kinds[index]), start: base + start, end: base + address.start, units, &tokens)
                }
                appendAddress(address, offset: base, units, &tokens)
                while index < count, Int(starts[index]) < address.end {
                    if Int(ends[index]) > address.end {
                        appendToken(kind: Tokenizer.kind(of: kinds[index]), start: base + address.end, end: base + Int(ends[index]),
                                    units, &tokens)
                    }
                    index += 1
                }
                continue
            }
            appendToken(kind: Tokenizer.kind(of: kinds[index]), start: base + start, end: base + end, units, &tokens)
            index += 1
        }
    }

    /// Runs ICU over `units`, filling `starts`, `ends`, `kinds`; returns the segment count.
    private func segment(_ units: UnsafeBufferPointer<UInt16>) -> Int {
        while true {
            let capacity = Int32(starts.count)
            let result = starts.withUnsafeMutableBufferPointer { s in
                ends.withUnsafeMutableBufferPointer { e in
                    kinds.withUnsafeMutableBufferPointer { k in
                        cicu_segment(breaker, units.baseAddress, Int32(units.count), s.baseAddress, e.baseAddress,
                                     k.baseAddress, capacity)
                    }
                }
            }
            if result >= 0 { return Int(result) }
            let needed = Int(-result) + 64
            starts = Array(repeating: 0, count: needed)
            ends = Array(repeating: 0, count: needed)
            kinds = Array(repeating: 0, count: needed)
        }
    }

    /// True when the text may hold an address: an `@`, a `://`, or a `www.` (scanning for
    /// these alone is much cheaper than running the scanner over every text with a full stop).
    private func hasAddressHint(_ units: UnsafeBufferPointer<UInt16>) -> Bool {
        let count = units.count
        var index = 0
        while index < count {
            let unit = units[index]
            if unit == 0x40 { return true }
            if unit == 0x3A, index + 2 < count, units[index + 1] == 0x2F, units[index + 2] == 0x2F { return true }
            if unit | 0x20 == 0x77, index + 3 < count, units[index + 1] | 0x20 == 0x77, units[index + 2] | 0x20 == 0x77,
                units[index + 3] == 0x2E
            {
                return true
            }
            index += 1
        }
        return false
    }

    private static func kind(of code: UInt8) -> TokenKind {
        switch Int32(code) {
        case Int32(CICU_WORD), Int32(CICU_IDEO): return .word
        case Int32(CICU_NUMBER): return .number
        case Int32(CICU_EMOJI): return .emoji
        default: return .punctuation
        }
    }

    /// Appends the address `span` (offsets from `offset` in `units`) as one token.
    private func appendAddress(
        _ span: WebAddressScanner.Span, offset: Int, _ units: UnsafeBufferPointer<UInt16>, _ tokens: inout TokenSink
    ) {
        let (start, end) = (offset + span.start, offset + span.end)
        let forms = normalizer.normalize(UnsafeBufferPointer(rebasing: units[start..<end]))
        tokens.append(Token(kind: span.kind, start: Int32(start), end: Int32(end), norm: forms.norm, key: forms.norm, in: self.forms))
    }

    private func appendToken(kind: TokenKind, start: Int, end: Int, _ units: UnsafeBufferPointer<UInt16>, _ tokens: inout TokenSink) {
        let slice = UnsafeBufferPointer(rebasing: units[start..<end])
        guard cachingForms else { return formToken(kind: kind, start: start, end: end, slice, &tokens) }
        let cached = formCache.append(kind, slice, at: start, to: &tokens)
        guard !cached.found else { return }
        let before = tokens.count
        formToken(kind: kind, start: start, end: end, slice, &tokens)
        formCache.store(kind, slice, hash: cached.hash, at: start, formed: tokens.written(from: before))
    }

    /// Normalizes a segment into its token (two for an elision) and numbers its key.
    private func formToken(kind: TokenKind, start: Int, end: Int, _ slice: UnsafeBufferPointer<UInt16>, _ tokens: inout TokenSink) {
        let forms = normalizer.normalize(slice)
        if kind == .word, slice.count > 2, slice.contains(where: Normalizer.isApostrophe),
            let split = Elision.split(norm: forms.norm, key: forms.key, units: slice)
        {
            let cut = Int32(start + split.prefixLength)
            tokens.append(Token(kind: .word, start: Int32(start), end: cut, norm: split.prefixNorm, key: split.prefixNorm,
                                id: vocabulary?.id(split.prefixNorm) ?? -1, in: self.forms))
            tokens.append(Token(kind: .word, start: cut, end: Int32(end), norm: split.restNorm, key: split.restKey,
                                id: vocabulary?.id(split.restKey) ?? -1, in: self.forms))
            return
        }
        let id = kind == .word || kind == .number ? vocabulary?.id(forms.key) ?? -1 : -1
        tokens.append(Token(kind: kind, start: Int32(start), end: Int32(end), norm: forms.norm, key: forms.key, id: id, in: self.forms))
    }
}
