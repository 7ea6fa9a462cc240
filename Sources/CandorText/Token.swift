/// What a token is: the kinds the tokenizer tells apart.
public enum TokenKind: UInt8, Sendable, Hashable, Codable, CaseIterable {
    /// Letters (any script, including dictionary-segmented Thai or CJK words).
    case word
    /// A number ("45", "2,5", "1.200").
    case number
    /// An emoji or flag.
    case emoji
    /// A web address.
    case url
    /// An e-mail address.
    case email
    /// Punctuation or a symbol; kept because it bounds clauses.
    case punctuation

    /// True for tokens that carry meaning (not punctuation).
    public var isContent: Bool { self != .punctuation }
}

/// One token of a text, with its place in the text and its normalized forms.
///
/// Offsets are UTF-16 code units into `TokenizedText.utf16`; `TokenizedText` converts them to
/// Unicode scalar offsets for output.
public struct Token: Sendable, Hashable {
    /// The token's kind.
    public var kind: TokenKind {
        didSet { breaks = Self.breaks(kind, norm) }
    }
    /// UTF-16 start offset in the text.
    public var start: Int32
    /// UTF-16 end offset (exclusive).
    public var end: Int32
    /// NFKC + case-folded form, apostrophes unified to `'`: `téléphone`, `l'`, `don't`.
    public var norm: String {
        didSet { breaks = Self.breaks(kind, norm) }
    }
    /// `norm` without accents (`telephone`), the key used for matching and counting.
    public var key: String
    /// The key's number in the worker's `TokenVocabulary` (words and numbers), or -1.
    public var id: Int32 = -1
    /// For punctuation, the break it makes (`TokenBreak.of(punctuation:)` of its norm); `.none`
    /// for other tokens. Held in the padding after `kind`: a token is no larger for it. Set when
    /// the token is made (copied from the cache with it) and again if its kind or norm changes.
    public private(set) var breaks: TokenBreak

    /// Creates a token.
    public init(kind: TokenKind, start: Int32, end: Int32, norm: String, key: String, id: Int32 = -1) {
        self.init(kind: kind, start: start, end: end, norm: norm, key: key, id: id, breaks: Self.breaks(kind, norm))
    }

    /// The break a token of `kind` written `norm` makes.
    private static func breaks(_ kind: TokenKind, _ norm: String) -> TokenBreak {
        kind == .punctuation ? TokenBreak.of(punctuation: norm) : .none
    }

    /// Creates a token whose break is known (a copy of a cached token).
    @inline(__always)
    init(kind: TokenKind, start: Int32, end: Int32, norm: String, key: String, id: Int32, breaks: TokenBreak) {
        self.kind = kind
        self.start = start
        self.end = end
        self.norm = norm
        self.key = key
        self.id = id
        self.breaks = breaks
    }
}
