/// What a punctuation token does to the text around it: ends a sentence (`.`, `!`, `?`, `;`),
/// pauses within one (`,`, `:`, `...`, brackets and the like), or joins words (`-`, `'`, `/`).
///
/// Classified once, when the tokenizer forms the token (and cached with it): the tagger's clause
/// layout, the phrase extractor's runs and the sentiment scorer's sentences all read it.
public enum TokenBreak: UInt8, Sendable, Hashable {
    /// Not a break: a word, a number, or punctuation that joins words.
    case none
    /// A pause: bounds a clause, not a sentence.
    case soft
    /// The end of a sentence.
    case hard

    /// The break a punctuation token written `punctuation` (its `norm`) makes.
    public static func of(punctuation: String) -> TokenBreak {
        // Decided on the first scalar: punctuation tokens are one character but for runs such
        // as "..." or "?!", which take the class of their first. ASCII first (most tokens) is
        // read off the UTF-8 view without decoding.
        let utf8 = punctuation.utf8
        if let byte = utf8.first, byte < 0x80 {
            switch byte {
            case 0x2E: return utf8.count > 1 ? .soft : .hard  // "..." is a pause
            case 0x21, 0x3F, 0x3B: return .hard
            case 0x27, 0x2D, 0x26, 0x23, 0x40, 0x24, 0x25, 0x2B, 0x2A, 0x2F, 0x5F, 0x7E, 0x5E, 0x3D: return .none
            default: return .soft
            }
        }
        guard let scalar = punctuation.unicodeScalars.first else { return .soft }
        switch scalar.value {
        case 0x2E, 0x21, 0x3F, 0x3B, 0x3002, 0xFF01, 0xFF1F, 0x061F, 0xA1, 0xBF, 0x2029:
            return punctuation.unicodeScalars.count > 1 && scalar.value == 0x2E ? .soft : .hard  // "..." is a pause
        case 0x27, 0x2D, 0x26, 0x23, 0x40, 0x24, 0x20AC, 0xA3, 0x25, 0x2B, 0x2A, 0x2F, 0x5F, 0x7E, 0x5E, 0xB0, 0x3D, 0x2019:
            return .none
        default: return .soft
        }
    }
}
