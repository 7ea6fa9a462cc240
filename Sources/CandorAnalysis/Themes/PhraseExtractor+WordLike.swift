extension PhraseExtractor {
    /// True when a key holds two letters, or a letter and a digit ("4g"), or an ideograph
    /// (Chinese, Japanese), and is not one character repeated (redactions such as `XXXX`).
    static func isWordLike(_ key: String) -> Bool {
        // ASCII keys (most) on their bytes: a letter is alphabetic, a digit numeric, nothing
        // ideographic.
        let bytes = key.utf8
        if bytes.allSatisfy({ $0 < 0x80 }) {
            guard let first = bytes.first, !bytes.allSatisfy({ $0 == first }) else { return false }
            var letters = 0
            var digits = 0
            for byte in bytes {
                if (0x61...0x7A).contains(byte | 0x20) { letters += 1 } else if (0x30...0x39).contains(byte) { digits += 1 }
                if letters >= 2 || (letters >= 1 && digits >= 1) { return true }
            }
            return false
        }
        return scalarWordLike(key)
    }

    /// `isWordLike` on Unicode scalars, for any key (internal: tests compare the two paths).
    static func scalarWordLike(_ key: String) -> Bool {
        if let first = key.unicodeScalars.first, key.unicodeScalars.allSatisfy({ $0 == first }) { return false }
        var letters = 0
        var digits = 0
        for scalar in key.unicodeScalars {
            if scalar.properties.isIdeographic { return true }
            if scalar.properties.isAlphabetic { letters += 1 } else if scalar.properties.numericType != nil { digits += 1 }
            if letters >= 2 || (letters >= 1 && digits >= 1) { return true }
        }
        return false
    }
}
