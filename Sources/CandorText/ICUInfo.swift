import CICU

/// Facts about the ICU library Candor is linked against.
public enum ICUInfo {
    /// ICU's version, e.g. "72.1".
    public static var version: String {
        var buffer = [CChar](repeating: 0, count: 32)
        buffer.withUnsafeMutableBufferPointer { cicu_version($0.baseAddress, Int32($0.count)) }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// ICU's script code of a scalar (UScriptCode: 25 Latin, 17 Han, 20 Hiragana, 22 Katakana, ...).
    public static func script(of scalar: Unicode.Scalar) -> Int32 { cicu_script(scalar.value) }
}
