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

/// One token of a text: its kind, its place in the text and the number of its written forms.
///
/// Offsets are UTF-16 code units into `TokenizedText.utf16`; `TokenizedText` converts them to
/// Unicode scalar offsets for output. The forms themselves (`norm`: NFKC + case-folded,
/// apostrophes unified to `'`, as in `téléphone`, `l'`, `don't`; `key`: the norm without
/// accents, as in `telephone`, used for matching and counting) are in the text's `TokenForms`:
/// `TokenizedText.norm(of:)` and `key(of:)` read them. A token is plain data (no strings), so
/// arrays of tokens copy and free without reference counting.
public struct Token: Sendable, Hashable {
    /// The token's kind.
    public let kind: TokenKind
    /// For punctuation, the break it makes (`TokenBreak.of(punctuation:)` of its norm); `.none`
    /// for other tokens. Set when the token is formed, copied with it from the tokenizer's cache.
    public let breaks: TokenBreak
    /// True when `key` is `norm` (no accent to fold): the word as written is its key.
    public let isPlain: Bool
    /// True when a line break (LF, CR, U+2028, U+2029) lies between the previous token (or the
    /// text's start) and this one: the stages that cut sentences read it here, set once per
    /// text by the tokenizer, instead of each scanning the gaps again.
    public internal(set) var lineBreakBefore = false
    /// UTF-16 start offset in the text.
    public var start: Int32
    /// UTF-16 end offset (exclusive).
    public var end: Int32
    /// The key's number in the worker's `TokenVocabulary` (words and numbers), or -1.
    public let id: Int32
    /// The number of the token's forms in its text's `TokenForms`.
    public let form: Int32

    /// Creates a token whose forms `norm` and `key` are stored in `forms`.
    public init(kind: TokenKind, start: Int32, end: Int32, norm: String, key: String, id: Int32 = -1, in forms: TokenForms) {
        self.kind = kind
        breaks = kind == .punctuation ? TokenBreak.of(punctuation: norm) : .none
        isPlain = norm == key
        self.start = start
        self.end = end
        self.id = id
        form = forms.append(norm: norm, key: key)
    }
}
