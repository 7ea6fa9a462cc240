import CandorCore

/// The 64-bit keys phrases are counted and matched by, instead of strings: building a string
/// for every n-gram of every response was most of the theme stage's cost.
///
/// A stem's hash is `StableHash` of its text (the same on every machine); a phrase's merge key
/// is the sum of its stems' mixed hashes, so it does not depend on word order ("hold time" and
/// "time on hold" share one key). Collisions at 64 bits are negligible for vocabularies of
/// millions of phrases.
public enum PhraseKey {
    /// The hash of a stem's text.
    public static func stem(_ text: String) -> UInt64 { StableHash.of(text) }

    /// The stem standing for every number ("45 minutes" and "2 hours" share `# minute…`).
    public static let number = stem("#")

    /// SplitMix64's finalizer: spreads a hash before summing, so sums of stems do not collide.
    @inline(__always)
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The merge key of a phrase with these stems (any order).
    @inline(__always)
    public static func key<S: Sequence>(_ stems: S) -> UInt64 where S.Element == UInt64 {
        stems.reduce(0) { $0 &+ mix($1) }
    }

    /// The next step of a surface hash (the words as written, in order).
    @inline(__always)
    static func surface(_ previous: UInt64, _ word: UInt64) -> UInt64 {
        mix(previous ^ word) &+ 0x2545_F491_4F6C_DD1D
    }
}

/// The stems of a phrase's content words (at most four), stored inline: a phrase table holds
/// millions of them, and an array each would be an allocation each. Slots past `count` stay 0,
/// so the synthesized equality compares the stems held.
public struct Stems: Sequence, Sendable, Equatable {
    private var a: UInt64 = 0, b: UInt64 = 0, c: UInt64 = 0, d: UInt64 = 0
    /// How many stems are held.
    public private(set) var count = 0

    /// No stems.
    public init() {}

    /// The first four of `stems`.
    public init<S: Sequence>(_ stems: S) where S.Element == UInt64 {
        for stem in stems { append(stem) }
    }

    /// Adds a stem (beyond four, ignored: phrases have at most four words).
    public mutating func append(_ stem: UInt64) {
        switch count {
        case 0: a = stem
        case 1: b = stem
        case 2: c = stem
        case 3: d = stem
        default: return
        }
        count += 1
    }

    /// The stems, in order.
    public func makeIterator() -> IndexingIterator<[UInt64]> {
        Array([a, b, c, d].prefix(count)).makeIterator()
    }
}
