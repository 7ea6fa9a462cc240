/// A parsed flaw pattern: a small regular language over normalized tokens.
///
/// Syntax (one pattern per string, words separated by spaces):
/// - `hold` a word, compared by accent- and case-folded key (`telephone` matches `Téléphone`);
///   a word that ICU splits (`l'attente`, `e-mail`) stands for its tokens in sequence
/// - `rembours*` any word starting with `rembours` (at least 3 letters before `*`)
/// - `(still|yet again)` one of several sequences; `[on the]` or `word?` optional
/// - `<num>` a number or number word; `<digits>` a number written in digits; `_` or `<any>`
///   any one token
/// - `...` up to 3 tokens of any kind; `~N` up to N tokens (N ≤ 8)
/// - `@time-unit` a word list defined in the taxonomy's `lists` for the rule's language
public indirect enum PatternNode: Sendable, Hashable {
    /// One token whose key equals the string.
    case word(String)
    /// One token whose key starts with the string.
    case prefix(String)
    /// One number token or number word.
    case number
    /// One number written in digits.
    case digits
    /// Any one token.
    case any
    /// Between 0 and `max` arbitrary tokens.
    case gap(max: Int)
    /// The nodes in order.
    case sequence([PatternNode])
    /// One of the alternatives.
    case choice([PatternNode])
    /// The node or nothing.
    case optional(PatternNode)

    /// True for a single word or prefix (what a word set can hold).
    public var isSingleWordOrPrefix: Bool {
        switch self {
        case .word, .prefix: return true
        default: return false
        }
    }

    /// The fewest tokens this node can match.
    public var minimumLength: Int {
        switch self {
        case .word, .prefix, .number, .digits, .any: return 1
        case .gap, .optional: return 0
        case .sequence(let nodes): return nodes.reduce(0) { $0 + $1.minimumLength }
        case .choice(let nodes): return nodes.map(\.minimumLength).min() ?? 0
        }
    }

}
