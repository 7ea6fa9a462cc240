extension RuleAutomaton {
    /// The automaton in flat arrays (opcodes, compressed rows), the form the matcher's hot loop
    /// reads: no enum payloads, no nested arrays, no dictionary lookups per token. Built once per
    /// automaton; each matcher freezes a copy (`MatcherTables`).
    struct Flat: Sendable {
        static let word: UInt8 = 0, prefix: UInt8 = 1, number: UInt8 = 2, digits: UInt8 = 3, any: UInt8 = 4
        static let split: UInt8 = 5, accept: UInt8 = 6, set: UInt8 = 7
        /// Per state: opcode and argument (word id, prefix id or pattern id).
        var opcode: [UInt8] = []
        var argument: [Int32] = []
        /// Per consuming state: where its successors (the ε-closure after it) are in `followItems`.
        var followOffsets: [Int32] = []
        var followItems: [Int32] = []
        /// Start states by word id and by prefix id, as compressed rows.
        var wordStartOffsets: [Int32] = []
        var wordStartItems: [Int32] = []
        var prefixStartOffsets: [Int32] = []
        var prefixStartItems: [Int32] = []
        var startsOnNumber: [Int32] = []
        var startsOnDigits: [Int32] = []
        var startsOnAny: [Int32] = []
        /// Set membership bits: `wordBits[set * wordStride + word / 64]`, likewise for prefixes.
        var wordBits: [UInt64] = []
        var prefixBits: [UInt64] = []
        var wordStride = 0
        var prefixStride = 0
        /// The pattern of each state.
        var patternOfState: [Int32] = []
        /// Per pattern: the languages (bits) whose responses it applies to.
        var patternLanguage: [UInt64] = []
        /// Per pattern: its mandatory word sets (compressed rows), coded by `sets`.
        var patternSetOffsets: [Int32] = [0]
        var patternSetItems: [Int32] = []
        /// The distinct sets of several words the wake tests and the sentence gate ask about,
        /// and per word id the sets holding it.
        var sets = WordSetNumbering()
        var wordSetOffsets: [Int32] = [0]
        var wordSetItems: [Int32] = []
        /// Parallel to `wordStartItems` and `prefixStartItems`: a cheap first test of each start
        /// state (its pattern's languages and one mandatory set other than the starting word),
        /// read in sequence, so most patterns a common word could start are dismissed with one load.
        var wordStartChecks: [StartCheck] = []
        var prefixStartChecks: [StartCheck] = []
        /// Which sentences can hold a rule match.
        var gate = SentenceGate()
        /// What a scan of a sentence with armed patterns reads.
        var armed = ArmedStarts()

        /// See `wordStartChecks`.
        struct StartCheck: BitwiseCopyable {
            var languages: UInt64
            /// A mandatory set of the pattern (coded as in `patternSetItems`), or -1.
            var set: Int32
        }

        init() {}

        init(_ automaton: RuleAutomaton, languageMasks: [UInt64]) {
            for kind in automaton.kinds {
                let (code, value): (UInt8, Int32)
                switch kind {
                case .consume(.word(let id)): (code, value) = (Self.word, id)
                case .consume(.prefix(let id)): (code, value) = (Self.prefix, id)
                case .consume(.number): (code, value) = (Self.number, 0)
                case .consume(.digits): (code, value) = (Self.digits, 0)
                case .consume(.any): (code, value) = (Self.any, 0)
                case .consume(.set(let id)): (code, value) = (Self.set, id)
                case .split: (code, value) = (Self.split, 0)
                case .accept(let pattern): (code, value) = (Self.accept, pattern)
                }
                opcode.append(code)
                argument.append(value)
            }
            followOffsets.reserveCapacity(automaton.kinds.count + 1)
            for state in automaton.kinds.indices {
                followOffsets.append(Int32(followItems.count))
                let next = automaton.next[state]
                let consumes = opcode[state] <= Self.any || opcode[state] == Self.set
                if consumes, next >= 0 { followItems.append(contentsOf: automaton.closures[Int(next)]) }
            }
            followOffsets.append(Int32(followItems.count))
            patternOfState = automaton.patternOfState
            patternLanguage = automaton.requirements.indices.map { $0 < languageMasks.count ? languageMasks[$0] : UInt64.max }
            wordStride = (automaton.vocabulary.wordCount + 63) / 64
            prefixStride = (automaton.vocabulary.prefixCount + 63) / 64
            wordBits = Array(repeating: 0, count: wordStride * automaton.sets.count)
            prefixBits = Array(repeating: 0, count: prefixStride * automaton.sets.count)
            for (id, set) in automaton.sets.enumerated() {
                for word in set.words { Self.setBit(&wordBits, word, row: id, stride: wordStride) }
                for prefix in set.prefixes { Self.setBit(&prefixBits, prefix, row: id, stride: prefixStride) }
            }
            (wordStartOffsets, wordStartItems) = Self.rows(automaton.startsByWord, count: automaton.vocabulary.wordCount)
            (prefixStartOffsets, prefixStartItems) = Self.rows(automaton.startsByPrefix, count: automaton.vocabulary.prefixCount)
            startsOnNumber = automaton.startsOnNumber
            startsOnDigits = automaton.startsOnDigits
            startsOnAny = automaton.startsOnAny
            for required in automaton.requirements {
                for words in required { patternSetItems.append(sets.code(words)) }
                patternSetOffsets.append(Int32(patternSetItems.count))
            }
            gate = SentenceGate(
                automaton, wordCount: wordStride * 64, prefixStride: prefixStride, patternLanguage: patternLanguage, sets: &sets)
            (wordSetOffsets, wordSetItems) = sets.setsByWord(wordCount: wordStride * 64)
            wordStartChecks = startChecks(automaton.requirements, wordStartOffsets, wordStartItems) { Int32($0) }
            prefixStartChecks = startChecks(automaton.requirements, prefixStartOffsets, prefixStartItems) { _ in nil }
            armed = ArmedStarts(automaton, self)
        }

        /// The start checks of the start states in `items` (rows by `offsets`); `word(row)` is
        /// the word starting the row's patterns, if the row is a word's.
        private func startChecks(
            _ requirements: [[[Int32]]], _ offsets: [Int32], _ items: [Int32], word: (Int) -> Int32?
        ) -> [StartCheck] {
            var result = Array(repeating: StartCheck(languages: .max, set: -1), count: items.count)
            for row in 0..<max(0, offsets.count - 1) {
                for index in Int(offsets[row])..<Int(offsets[row + 1]) {
                    let pattern = Int(patternOfState[Int(items[index])])
                    result[index].languages = patternLanguage[pattern]
                    // The first mandatory set the starting word does not satisfy by itself.
                    for (offset, words) in requirements[pattern].enumerated() {
                        if let start = word(row), words.contains(start) { continue }
                        result[index].set = patternSetItems[Int(patternSetOffsets[pattern]) + offset]
                        break
                    }
                }
            }
            return result
        }

        /// Compressed rows of `table` for ids `0..<count`.
        private static func rows(_ table: [Int32: [Int32]], count: Int) -> ([Int32], [Int32]) {
            let rows = compressedRows((0..<count).map { table[Int32($0)] ?? [] })
            return (rows.offsets, rows.items)
        }

        /// Sets bit `index` of row `row` (of `stride` words) in `bits`.
        static func setBit(_ bits: inout [UInt64], _ index: Int32, row: Int = 0, stride: Int = 0) {
            bits[row * stride + Int(index) >> 6] |= 1 << UInt64(index & 63)
        }
    }
}
