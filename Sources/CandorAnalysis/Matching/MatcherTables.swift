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
        for (index, element) in elements.enumerated() { (base + index).initialize(to: element) }
    }

    deinit { base.deallocate() }
}

/// The automaton's flat arrays (`RuleAutomaton.Flat`) as frozen tables, built once per matcher.
/// A class, so a scan takes it with one reference count, not one per table.
final class MatcherTables {
    let opcode: FrozenTable<UInt8>
    let argument: FrozenTable<Int32>
    let followOffsets: FrozenTable<Int32>
    let followItems: FrozenTable<Int32>
    let wordStartOffsets: FrozenTable<Int32>
    let wordStartItems: FrozenTable<Int32>
    let prefixStartOffsets: FrozenTable<Int32>
    let prefixStartItems: FrozenTable<Int32>
    let wordBits: FrozenTable<UInt64>
    let prefixBits: FrozenTable<UInt64>
    let patternOfState: FrozenTable<Int32>
    let patternLanguage: FrozenTable<UInt64>
    /// Per pattern: its mandatory word sets (compressed rows), each the id of a distinct set of
    /// several words, or `-2 - word` for a single word.
    let patternSetOffsets: FrozenTable<Int32>
    let patternSetItems: FrozenTable<Int32>
    /// Per word id: the distinct mandatory sets of several words that hold it (compressed rows).
    let wordSetOffsets: FrozenTable<Int32>
    let wordSetItems: FrozenTable<Int32>
    /// The number of distinct mandatory sets of several words.
    let setCount: Int
    /// Parallel to `wordStartItems` and `prefixStartItems`: a cheap first test of each start
    /// state (its pattern's languages and one mandatory set other than the starting word), read
    /// in sequence, so most patterns a common word could start are dismissed with one load.
    let wordStartChecks: FrozenTable<StartCheck>
    let prefixStartChecks: FrozenTable<StartCheck>

    /// See `wordStartChecks`.
    struct StartCheck: BitwiseCopyable {
        var languages: UInt64
        /// A distinct mandatory set of the pattern (coded as in `patternSetItems`), or -1.
        var set: Int32
    }
    let anchorWordBits: FrozenTable<UInt64>
    let anchorPrefixBits: FrozenTable<UInt64>
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
        prefixStartOffsets = FrozenTable(flat.prefixStartOffsets)
        prefixStartItems = FrozenTable(flat.prefixStartItems)
        wordBits = FrozenTable(flat.wordBits)
        prefixBits = FrozenTable(flat.prefixBits)
        patternOfState = FrozenTable(flat.patternOfState)
        patternLanguage = FrozenTable(flat.patternLanguage)
        // Number the distinct mandatory sets of several words, so a sentence marks the sets
        // its words satisfy once, and waking a pattern reads one stamp per set instead of
        // scanning the set. A one-word set is coded `-2 - word` and tested on the word's bit.
        var setIDs: [[Int32]: Int32] = [:]
        var wordSets: [[Int32]] = Array(repeating: [], count: flat.wordStride * 64)
        var patternOffsets: [Int32] = [0], patternItems: [Int32] = []
        let patterns = flat.patternRequirementOffsets.count - 1
        for pattern in 0..<max(0, patterns) {
            for set in Int(flat.patternRequirementOffsets[pattern])..<Int(flat.patternRequirementOffsets[pattern + 1]) {
                let words = Array(flat.requirementItems[Int(flat.requirementOffsets[set])..<Int(flat.requirementOffsets[set + 1])])
                if words.count == 1 {
                    patternItems.append(-2 - words[0])
                    continue
                }
                let id: Int32
                if let known = setIDs[words] {
                    id = known
                } else {
                    id = Int32(setIDs.count)
                    setIDs[words] = id
                    for word in Set(words) { wordSets[Int(word)].append(id) }
                }
                patternItems.append(id)
            }
            patternOffsets.append(Int32(patternItems.count))
        }
        var wordOffsets: [Int32] = [0], wordItems: [Int32] = []
        for sets in wordSets {
            wordItems.append(contentsOf: sets)
            wordOffsets.append(Int32(wordItems.count))
        }
        patternSetOffsets = FrozenTable(patternOffsets)
        patternSetItems = FrozenTable(patternItems)
        wordSetOffsets = FrozenTable(wordOffsets)
        wordSetItems = FrozenTable(wordItems)
        setCount = setIDs.count
        func checks(_ offsets: [Int32], _ items: [Int32], word: (Int) -> Int32?) -> [StartCheck] {
            var result = Array(repeating: StartCheck(languages: .max, set: -1), count: items.count)
            for row in 0..<max(0, offsets.count - 1) {
                for index in Int(offsets[row])..<Int(offsets[row + 1]) {
                    let pattern = Int(flat.patternOfState[Int(items[index])])
                    result[index].languages = flat.patternLanguage[pattern]
                    // The first mandatory set the starting word does not satisfy by itself.
                    for (offset, set) in (Int(flat.patternRequirementOffsets[pattern])..<Int(flat.patternRequirementOffsets[pattern + 1])).enumerated() {
                        let words = flat.requirementItems[Int(flat.requirementOffsets[set])..<Int(flat.requirementOffsets[set + 1])]
                        if let start = word(row), words.contains(start) { continue }
                        result[index].set = patternItems[Int(patternOffsets[pattern]) + offset]
                        break
                    }
                }
            }
            return result
        }
        wordStartChecks = FrozenTable(checks(flat.wordStartOffsets, flat.wordStartItems) { Int32($0) })
        prefixStartChecks = FrozenTable(checks(flat.prefixStartOffsets, flat.prefixStartItems) { _ in nil })
        anchorWordBits = FrozenTable(flat.anchorWordBits)
        anchorPrefixBits = FrozenTable(flat.anchorPrefixBits)
        wordStride = flat.wordStride
        prefixStride = flat.prefixStride
        startsOnNumber = flat.startsOnNumber
        startsOnDigits = flat.startsOnDigits
        startsOnAny = flat.startsOnAny
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

    /// The pattern word id of the token's key, or -1.
    var word: Int32
    /// The token's pattern prefix ids: `prefixCount` items from `prefixStart` in the matcher's
    /// prefix pool.
    var prefixStart: Int32
    var prefixCount: Int32
    /// `number`, `digits` and `anchor` (the token anchors some rule) bits.
    var flags: UInt8

    var isNumber: Bool { flags & Self.number != 0 }
    var isDigits: Bool { flags & Self.digits != 0 }
}
