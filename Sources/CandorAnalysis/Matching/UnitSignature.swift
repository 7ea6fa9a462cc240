/// A 256-bit summary of which sentence-gate units a sentence may hold, to drop most gates
/// before their units are tested.
///
/// Each unit a gate checks beyond its anchor (`SentenceGate`) owns a bit (past 256 units, bits
/// are shared). A word's signature has the bits of every unit it is in, a sentence's is the
/// union of its words', and a gate needs the bits of its units: a gate whose needed bits are
/// not all in the sentence's signature has a unit the sentence does not hold, and cannot open.
/// The converse does not hold (shared bits), so a gate that passes is still tested unit by unit.
///
/// Why: a sentence lists about 15 gates through its anchor words and 95 % of them fail
/// (`candor-bench tag-overhead` on 76,000 responses: 3.37 M listed, 140 k opened). Testing a
/// gate read its record, its pattern's stamp and its first unit, each a likely cache miss; the
/// signature drops 87 % of them with four AND instructions over memory read in order.
struct UnitSignature: Sendable {
    /// 64-bit words per signature.
    static let lanes = 4

    /// Per word id: its signature (`lanes` words each).
    private(set) var words: [UInt64] = []
    /// Per gate: the bits of its units other than the anchor (`lanes` words each).
    private(set) var gates: [UInt64] = []

    /// No signature (a gate with no units).
    init() {}

    /// The signatures of `wordCount` word ids and of each gate, whose units (coded by `sets`:
    /// see `WordSetNumbering.code`) are `unitItems[unitOffsets[g]..<unitOffsets[g + 1]]`.
    init(unitOffsets: [Int32], unitItems: [Int32], sets: WordSetNumbering, wordCount: Int) {
        var bitOfUnit: [Int32: Int32] = [:]
        words = Array(repeating: 0, count: max(1, wordCount) * Self.lanes)
        for (rank, unit) in Set(unitItems).sorted().enumerated() {
            let bit = Int32(rank % (Self.lanes * 64))
            bitOfUnit[unit] = bit
            for word in sets.words(of: unit) where Int(word) < wordCount {
                RuleAutomaton.Flat.setBit(&words, bit, row: Int(word), stride: Self.lanes)
            }
        }
        let gateCount = max(0, unitOffsets.count - 1)
        gates = Array(repeating: 0, count: gateCount * Self.lanes)
        for gate in 0..<gateCount {
            for unit in unitItems[Int(unitOffsets[gate])..<Int(unitOffsets[gate + 1])] {
                if let bit = bitOfUnit[unit] { RuleAutomaton.Flat.setBit(&gates, bit, row: gate, stride: Self.lanes) }
            }
        }
    }
}
