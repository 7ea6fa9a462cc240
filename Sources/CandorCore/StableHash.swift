/// A 64-bit FNV-1a hash that is the same in every process and on every machine.
///
/// Swift's `Hasher` is seeded per process, so it must never decide anything that reaches the
/// output; this one may (sampling, tie-breaking, shard keys).
public struct StableHash: Sendable {
    /// The current hash value.
    public private(set) var value: UInt64 = StableHash.offsetBasis

    /// FNV-1a's starting value.
    @inlinable public static var offsetBasis: UInt64 { 0xcbf2_9ce4_8422_2325 }

    /// One FNV-1a step over a byte (or a UTF-16 code unit): for loops that hash code units, or
    /// that read the hash of every prefix of a key along the way.
    @inlinable @inline(__always)
    public static func step(_ hash: UInt64, _ unit: UInt64) -> UInt64 { (hash ^ unit) &* 0x0000_0100_0000_01b3 }

    /// Creates an empty hash.
    public init() {}

    /// Mixes in bytes.
    public mutating func combine<S: Sequence>(bytes: S) where S.Element == UInt8 {
        var hash = value
        for byte in bytes { hash = Self.step(hash, UInt64(byte)) }
        value = hash
    }

    /// Mixes in a string's UTF-8 bytes followed by a separator. The bytes are read from the
    /// string's own storage when it has one (native strings do): the token vocabulary hashes
    /// every token's key here, and the generic walk over `utf8` cost it 4 % of tokenizing
    /// (measured).
    public mutating func combine(_ string: String) {
        let done: Void? = string.utf8.withContiguousStorageIfAvailable { combine(bytes: $0) }
        if done == nil { combine(bytes: string.utf8) }
        combine(bytes: CollectionOfOne(0xFF))
    }

    /// The hash of one string.
    public static func of(_ string: String) -> UInt64 {
        var hash = StableHash()
        hash.combine(string)
        return hash.value
    }
}
