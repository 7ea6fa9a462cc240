import CandorCore
import CandorText

/// A candidate's stems and surface text, rebuilt from its tokens.
extension PhraseExtractor {
    /// The stems and surface text of a candidate, rebuilt from its tokens (only when a phrase is
    /// first counted, so the string work is per distinct phrase, not per occurrence).
    public static func describe(_ candidate: PhraseCandidate, in text: TokenizedText, facts: [WordFacts?]) -> (stems: Stems, surface: String) {
        (stems(of: candidate, facts: facts), surface(of: candidate, in: text))
    }

    /// The stems of a candidate's content words.
    static func stems(of candidate: PhraseCandidate, facts: [WordFacts?]) -> Stems {
        var stems = Stems()
        for index in Int(candidate.firstToken)...Int(candidate.lastToken) {
            if let word = facts[index], !word.isStop { stems.append(word.stem) }
        }
        return stems
    }

    /// A candidate's words as written (normalized, accents kept), space-separated: a single
    /// word is its norm as it is (no new string). Not on a hot path: made once per phrase new
    /// to the statistics.
    static func surface(of candidate: PhraseCandidate, in text: TokenizedText) -> String {
        surface(from: Int(candidate.firstToken), through: Int(candidate.lastToken), of: text.tokens, forms: text.forms)
    }

    /// The words `first` through `last` of `tokens` (forms in `forms`) as `surface(of:in:)`
    /// writes a candidate's: one word's norm as it is, several joined by spaces, written into
    /// a string sized once (joined with `+=`, a new surface cost 270 instructions a word).
    static func surface(from first: Int, through last: Int, of tokens: [Token], forms: TokenForms) -> String {
        guard first < last else { return forms.norm(tokens[first].form) }
        var length = last - first
        for index in first...last { length += forms.norm(tokens[index].form).utf8.count }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var at = 0
            for index in first...last {
                if index > first {
                    buffer[at] = 0x20
                    at += 1
                }
                var norm = forms.norm(tokens[index].form)
                norm.withUTF8 { bytes in
                    if let from = bytes.baseAddress, let to = buffer.baseAddress { (to + at).initialize(from: from, count: bytes.count) }
                    at += bytes.count
                }
            }
            return at
        }
    }
}
