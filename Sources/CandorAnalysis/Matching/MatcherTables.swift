/// A fixed-size copy of an array in memory the matcher owns, read without bounds or
/// exclusivity checks.
///
/// Written by hand because the matcher's inner loop reads a dozen automaton tables per token:
/// through Swift arrays each read pays a bounds check, and through a class's stored property an
/// exclusivity check too; profiles showed those checks as a large share of tagging time.
final class FrozenTable<Element: BitwiseCopyable>: @unchecked Sendable {
    /// The first element (the table never changes after `init`).
    let base: UnsafeMutablePointer<Element>
    /// The number of elements.
    let count: Int

    init(_ elements: [Element]) {
        count = elements.count
        base = .allocate(capacity: max(1, elements.count))
        elements.withUnsafeBufferPointer { source in
            if let start = source.baseAddress { base.initialize(from: start, count: source.count) }
        }
    }

    deinit { base.deallocate() }
}

/// The automaton's flat arrays (`RuleAutomaton.Flat`) as frozen tables, copied once per
/// matcher. A class, so a scan takes it with one reference count, not one per table.
final class MatcherTables {
    typealias StartCheck = RuleAutomaton.Flat.StartCheck

    let opcode: FrozenTable<UInt8>
    let argument: FrozenTable<Int32>
    let followOffsets: FrozenTable<Int32>
    let followItems: FrozenTable<Int32>
    let wordStartOffsets: FrozenTable<Int32>
    let wordStartItems: FrozenTable<Int32>
    let wordStartChecks: FrozenTable<StartCheck>
    let prefixStartOffsets: FrozenTable<Int32>
    let prefixStartItems: FrozenTable<Int32>
    let prefixStartChecks: FrozenTable<StartCheck>
    let wordBits: FrozenTable<UInt64>
    let prefixBits: FrozenTable<UInt64>
    let patternOfState: FrozenTable<Int32>
    let patternLanguage: FrozenTable<UInt64>
    let patternSetOffsets: FrozenTable<Int32>
    let patternSetItems: FrozenTable<Int32>
    /// The words of each distinct set of several words (`WordSetNumbering`), and per word id
    /// the sets holding it.
    let setWordOffsets: FrozenTable<Int32>
    let setWordItems: FrozenTable<Int32>
    let wordSetOffsets: FrozenTable<Int32>
    let wordSetItems: FrozenTable<Int32>
    /// The sentence gate's tables (`SentenceGate`).
    let wordAnchoredItems: FrozenTable<Int32>
    /// Per item of `wordAnchoredItems`, its gate's needed bits, in row order so a sentence
    /// reads its listed gates' in sequence (`UnitSignature`: `lanes` words each). Each word's
    /// own signature and row of items are in the matcher's `GateWords`.
    let anchoredNeeds: FrozenTable<UInt64>
    let gateUnitItems: FrozenTable<Int32>
    /// Per gate, what `arm` reads of it in one place (one cache line, not four tables).
    let gates: FrozenTable<Gate>
    let anchorPrefixBits: FrozenTable<UInt64>
    /// The armed scan's tables (`ArmedStarts`).
    let patternStartOffsets: FrozenTable<Int32>
    let patternStartItems: FrozenTable<Int32>
    let predicateWordOffsets: FrozenTable<Int32>
    let predicateWordItems: FrozenTable<Int32>
    let predicatePrefixOffsets: FrozenTable<Int32>
    let predicatePrefixItems: FrozenTable<Int32>
    let markerWordStartOffsets: FrozenTable<Int32>
    let markerWordStartItems: FrozenTable<Int32>
    let markerWordStartChecks: FrozenTable<StartCheck>
    let markerPrefixStartOffsets: FrozenTable<Int32>
    let markerPrefixStartItems: FrozenTable<Int32>
    let markerPrefixStartChecks: FrozenTable<StartCheck>
    let markerStartsOnNumber: [Int32], markerStartsOnDigits: [Int32], markerStartsOnAny: [Int32]
    let patternCount: Int
    let linkCapacity: Int
    let gateCount: Int
    let alwaysActive: Bool
    let setCount: Int
    let wordStride: Int
    let prefixStride: Int
    /// Start states on any number, on digits, on any token.
    let startsOnNumber: [Int32], startsOnDigits: [Int32], startsOnAny: [Int32]

    init(_ flat: RuleAutomaton.Flat) {
        opcode = FrozenTable(flat.opcode)
        argument = FrozenTable(flat.argument)
        followOffsets = FrozenTable(flat.followOffsets)
        followItems = FrozenTable(flat.followItems)
        wordStartOffsets = FrozenTable(flat.wordStartOffsets)
        wordStartItems = FrozenTable(flat.wordStartItems)
        wordStartChecks = FrozenTable(flat.wordStartChecks)
        prefixStartOffsets = FrozenTable(flat.prefixStartOffsets)
        prefixStartItems = FrozenTable(flat.prefixStartItems)
        prefixStartChecks = FrozenTable(flat.prefixStartChecks)
        wordBits = FrozenTable(flat.wordBits)
        prefixBits = FrozenTable(flat.prefixBits)
        patternOfState = FrozenTable(flat.patternOfState)
        patternLanguage = FrozenTable(flat.patternLanguage)
        patternSetOffsets = FrozenTable(flat.patternSetOffsets)
        patternSetItems = FrozenTable(flat.patternSetItems)
        setWordOffsets = FrozenTable(flat.sets.offsets)
        setWordItems = FrozenTable(flat.sets.items)
        wordSetOffsets = FrozenTable(flat.wordSetOffsets)
        wordSetItems = FrozenTable(flat.wordSetItems)
        wordAnchoredItems = FrozenTable(flat.gate.wordAnchoredItems)
        gateUnitItems = FrozenTable(flat.gate.gateUnitItems)
        let signature = flat.gate.signature
        anchoredNeeds = FrozenTable(flat.gate.wordAnchoredItems.flatMap { gate in
            signature.gates[Int(gate) * UnitSignature.lanes..<Int(gate + 1) * UnitSignature.lanes]
        })
        gates = FrozenTable(flat.gate.languages.indices.map { gate in
            Gate(languages: flat.gate.languages[gate], pattern: flat.gate.patterns[gate],
                 unitStart: flat.gate.gateUnitOffsets[gate], unitEnd: flat.gate.gateUnitOffsets[gate + 1])
        })
        anchorPrefixBits = FrozenTable(flat.gate.anchorPrefixBits)
        let armed = flat.armed
        patternStartOffsets = FrozenTable(armed.patternStartOffsets)
        patternStartItems = FrozenTable(armed.patternStartItems)
        predicateWordOffsets = FrozenTable(armed.predicateWordOffsets)
        predicateWordItems = FrozenTable(armed.predicateWordItems)
        predicatePrefixOffsets = FrozenTable(armed.predicatePrefixOffsets)
        predicatePrefixItems = FrozenTable(armed.predicatePrefixItems)
        markerWordStartOffsets = FrozenTable(armed.markerWordStartOffsets)
        markerWordStartItems = FrozenTable(armed.markerWordStartItems)
        markerWordStartChecks = FrozenTable(armed.markerWordStartChecks)
        markerPrefixStartOffsets = FrozenTable(armed.markerPrefixStartOffsets)
        markerPrefixStartItems = FrozenTable(armed.markerPrefixStartItems)
        markerPrefixStartChecks = FrozenTable(armed.markerPrefixStartChecks)
        markerStartsOnNumber = armed.markerStartsOnNumber
        markerStartsOnDigits = armed.markerStartsOnDigits
        markerStartsOnAny = armed.markerStartsOnAny
        patternCount = armed.patternStartOffsets.count - 1
        linkCapacity = armed.linkCapacity
        gateCount = flat.gate.gateCount
        alwaysActive = flat.gate.alwaysActive
        setCount = flat.sets.count
        wordStride = flat.wordStride
        prefixStride = flat.prefixStride
        startsOnNumber = flat.startsOnNumber
        startsOnDigits = flat.startsOnDigits
        startsOnAny = flat.startsOnAny
    }

    /// A gate of the sentence gate: its pattern's languages, its pattern, and its units other
    /// than the anchor (`gateUnitItems[unitStart..<unitEnd]`).
    struct Gate: BitwiseCopyable {
        var languages: UInt64
        var pattern: Int32
        var unitStart: Int32
        var unitEnd: Int32
    }

    /// True when bit `index` is set in `bits` (row `row` of stride `stride`).
    @inline(__always)
    static func test(_ bits: UnsafeMutablePointer<UInt64>, _ index: Int32, row: Int = 0, stride: Int = 0) -> Bool {
        bits[row * stride + Int(index) >> 6] & (1 << UInt64(index & 63)) != 0
    }
}

/// What the matcher sees of one token: plain values (no array), so copying one costs nothing.
struct MatchSymbol: Sendable, Equatable {
    static let number: UInt8 = 1, digits: UInt8 = 2, anchor: UInt8 = 4
    /// The symbol of a token no pattern reads (also scratch filling).
    static let none = MatchSymbol(word: -1, prefixStart: 0, prefixCount: 0, flags: 0)

    /// The pattern word id of the token's key, or -1.
    var word: Int32
    /// The token's pattern prefix ids: `prefixCount` items from `prefixStart` in the matcher's
    /// prefix pool.
    var prefixStart: Int32
    var prefixCount: Int32
    /// `number`, `digits` and `anchor` (the token opens its sentence by a prefix: see
    /// `SentenceGate`) bits.
    var flags: UInt8

    var isNumber: Bool { flags & Self.number != 0 }
    var isDigits: Bool { flags & Self.digits != 0 }
}
