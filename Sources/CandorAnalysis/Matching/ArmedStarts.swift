/// What an armed scan reads (`AutomatonMatcher.Scan.scanArmed`): each pattern's start states,
/// what each set predicate consumes, and the start rows of the scope markers alone.
///
/// A sentence the gate opens can only match the rules of the gates it opens (`SentenceGate`).
/// Walking the start row of every token's word tries every pattern that could begin with it,
/// and most fail their wake test: common words ("the", "pas") head long rows. An armed scan
/// instead lists, per sentence, the words and prefixes that start the armed patterns, so a
/// token costs one load unless it starts one of them.
struct ArmedStarts: Sendable {
    /// Per pattern: its start states (compressed rows).
    var patternStartOffsets: [Int32] = [0]
    var patternStartItems: [Int32] = []
    /// Per set predicate (`RuleAutomaton.Predicate.set`; not the `WordSetNumbering` sets): its
    /// words and its prefixes (compressed rows).
    var predicateWordOffsets: [Int32] = [0]
    var predicateWordItems: [Int32] = []
    var predicatePrefixOffsets: [Int32] = [0]
    var predicatePrefixItems: [Int32] = []
    /// The start rows and checks of the scope markers' patterns only (`RuleAutomaton.Flat`'s
    /// rows, filtered), and their start states on numbers, digits and any token.
    var markerWordStartOffsets: [Int32] = [0]
    var markerWordStartItems: [Int32] = []
    var markerWordStartChecks: [RuleAutomaton.Flat.StartCheck] = []
    var markerPrefixStartOffsets: [Int32] = [0]
    var markerPrefixStartItems: [Int32] = []
    var markerPrefixStartChecks: [RuleAutomaton.Flat.StartCheck] = []
    var markerStartsOnNumber: [Int32] = []
    var markerStartsOnDigits: [Int32] = []
    var markerStartsOnAny: [Int32] = []
    /// The most (id, start state) links a sentence can list: as many as if it armed every
    /// pattern (a sentence arms a pattern once).
    var linkCapacity = 1

    init() {}

    /// The armed-scan tables of `automaton`, whose flat form `flat` already holds its start rows.
    init(_ automaton: RuleAutomaton, _ flat: RuleAutomaton.Flat) {
        (patternStartOffsets, patternStartItems) = compressedRows(automaton.startsByPattern)
        (predicateWordOffsets, predicateWordItems) = compressedRows(automaton.sets.map(\.words))
        (predicatePrefixOffsets, predicatePrefixItems) = compressedRows(automaton.sets.map(\.prefixes))
        let isMarker = { (state: Int32) in !automaton.isRulePattern[Int(automaton.patternOfState[Int(state)])] }
        (markerWordStartOffsets, markerWordStartItems, markerWordStartChecks) =
            Self.filtered(flat.wordStartOffsets, flat.wordStartItems, flat.wordStartChecks, isMarker)
        (markerPrefixStartOffsets, markerPrefixStartItems, markerPrefixStartChecks) =
            Self.filtered(flat.prefixStartOffsets, flat.prefixStartItems, flat.prefixStartChecks, isMarker)
        markerStartsOnNumber = flat.startsOnNumber.filter(isMarker)
        markerStartsOnDigits = flat.startsOnDigits.filter(isMarker)
        markerStartsOnAny = flat.startsOnAny.filter(isMarker)
        var links = 0
        for state in patternStartItems {
            let argument = Int(flat.argument[Int(state)])
            links += flat.opcode[Int(state)] == RuleAutomaton.Flat.set
                ? automaton.sets[argument].words.count + automaton.sets[argument].prefixes.count : 1
        }
        linkCapacity = max(1, links)
    }

    /// The rows `offsets`/`items` (with their parallel `checks`) keeping the items `keep` says.
    private static func filtered(
        _ offsets: [Int32], _ items: [Int32], _ checks: [RuleAutomaton.Flat.StartCheck], _ keep: (Int32) -> Bool
    ) -> ([Int32], [Int32], [RuleAutomaton.Flat.StartCheck]) {
        var newOffsets: [Int32] = [0]
        var newItems: [Int32] = []
        var newChecks: [RuleAutomaton.Flat.StartCheck] = []
        for row in 0..<max(0, offsets.count - 1) {
            for index in Int(offsets[row])..<Int(offsets[row + 1]) where keep(items[index]) {
                newItems.append(items[index])
                newChecks.append(checks[index])
            }
            newOffsets.append(Int32(newItems.count))
        }
        return (newOffsets, newItems, newChecks)
    }
}
