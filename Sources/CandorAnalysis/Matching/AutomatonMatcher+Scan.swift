import CandorText

extension AutomatonMatcher {
    /// The state of one scan, in locals the optimizer keeps in registers.
    struct Scan {
        let t: MatcherTables
        let languages: UInt64
        let mark: UnsafeMutablePointer<UInt32>
        let slot: UnsafeMutablePointer<Int32>
        let capacity: Int
        let words: UnsafeMutablePointer<GateWord>
        let gateWords: GateWords
        var sentenceStamp: UInt32
        let anchors: UnsafeMutablePointer<Int32>
        let setStamp: UnsafeMutablePointer<UInt32>
        let setHeld: UnsafeMutablePointer<Bool>
        let armed: ArmedScratch
        let linkedSetLimit: Int
        var linkCount = 0
        var otherCount = 0
        var anchorCount = 0
        /// The current sentence's unit signature (`UnitSignature`), one lane each.
        var signature: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var generation: UInt32
        var current: (UnsafeMutablePointer<Int32>, UnsafeMutablePointer<Int32>, UnsafeMutablePointer<UInt64>)
        var next: (UnsafeMutablePointer<Int32>, UnsafeMutablePointer<Int32>, UnsafeMutablePointer<UInt64>)
        var currentCount = 0
        var nextCount = 0
        /// The token after the current one in the sentence, if any: a successor becomes a
        /// thread only if it accepts it (most would die at that token anyway).
        var upcoming = MatchSymbol(word: -1, prefixStart: 0, prefixCount: 0, flags: 0)
        var hasUpcoming = false
        var pool = UnsafeBufferPointer<Int32>(start: nil, count: 0)

        init(matcher: AutomatonMatcher, languages: UInt64) {
            t = matcher.tables
            self.languages = languages
            mark = matcher.mark
            slot = matcher.slot
            capacity = matcher.capacity
            gateWords = matcher.gateWords
            words = matcher.gateWords.base
            sentenceStamp = matcher.sentenceStamp
            anchors = matcher.anchors
            setStamp = matcher.setStamp
            setHeld = matcher.setHeld
            armed = matcher.armedScratch
            linkedSetLimit = matcher.linkedSetLimit
            generation = matcher.generation
            current = (matcher.states.0, matcher.starts.0, matcher.masks.0)
            next = (matcher.states.1, matcher.starts.1, matcher.masks.1)
        }

        /// True when the state's pattern applies to the language and every one of its
        /// mandatory word sets has a word in the current sentence: read off the sets `markSets`
        /// marked, or asked `lazily` (`holds`) in a sentence whose sets were not marked.
        @inline(__always)
        func wakes(_ state: Int32, lazily: Bool = false) -> Bool {
            let pattern = Int(t.patternOfState.base[Int(state)])
            if t.patternLanguage.base[pattern] & languages == 0 { return false }
            var index = Int(t.patternSetOffsets.base[pattern])
            let end = Int(t.patternSetOffsets.base[pattern + 1])
            while index < end {
                let set = t.patternSetItems.base[index]
                if !(lazily ? holds(set) : marked(set)) { return false }
                index += 1
            }
            return true
        }

        /// Adds the successors of `state` that accept the upcoming token as threads for it;
        /// reports accepts.
        @inline(__always)
        mutating func follow(_ state: Int32, start: Int32, end: Int32, mask: UInt64, _ found: inout [Match]) {
            var index = Int(t.followOffsets.base[Int(state)])
            let upper = Int(t.followOffsets.base[Int(state) + 1])
            while index < upper {
                let target = t.followItems.base[index]
                index += 1
                let code = t.opcode.base[Int(target)]
                if code == RuleAutomaton.Flat.accept {
                    found.append(Match(pattern: t.argument.base[Int(target)], start: start, end: end, wildcards: mask))
                    continue
                }
                guard hasUpcoming, accepts(target, code, upcoming) else { continue }
                if mark[Int(target)] == generation {
                    // Two paths from the same start: a token is a wildcard only if both skipped it.
                    let other = Int(slot[Int(target)])
                    if next.1[other] == start { next.2[other] &= mask }
                    continue
                }
                mark[Int(target)] = generation
                slot[Int(target)] = Int32(nextCount)
                next.0[nextCount] = target
                next.1[nextCount] = start
                next.2[nextCount] = mask
                nextCount += 1
            }
        }

        /// True when consuming state `state` accepts `symbol`.
        @inline(__always)
        func accepts(_ state: Int32, _ code: UInt8, _ symbol: MatchSymbol) -> Bool {
            let argument = t.argument.base[Int(state)]
            switch code {
            case RuleAutomaton.Flat.word: return symbol.word == argument
            case RuleAutomaton.Flat.set:
                if symbol.word >= 0, MatcherTables.test(t.wordBits.base, symbol.word, row: Int(argument), stride: t.wordStride) {
                    return true
                }
                var index = Int(symbol.prefixStart)
                while index < Int(symbol.prefixStart + symbol.prefixCount) {
                    if MatcherTables.test(t.prefixBits.base, pool[index], row: Int(argument), stride: t.prefixStride) { return true }
                    index += 1
                }
                return false
            case RuleAutomaton.Flat.any: return true
            case RuleAutomaton.Flat.prefix:
                var index = Int(symbol.prefixStart)
                while index < Int(symbol.prefixStart + symbol.prefixCount) {
                    if pool[index] == argument { return true }
                    index += 1
                }
                return false
            case RuleAutomaton.Flat.number: return symbol.isNumber
            case RuleAutomaton.Flat.digits: return symbol.isDigits
            default: return false
            }
        }

        /// Starts the patterns of start row `row` (a word's or a prefix's) at token `end`: each
        /// start state passes its cheap pre-check, then the full wake test (`lazily`: see `wakes`).
        @inline(__always)
        mutating func start(
            row: Int, _ offsets: UnsafeMutablePointer<Int32>, _ items: UnsafeMutablePointer<Int32>,
            _ checks: UnsafeMutablePointer<MatcherTables.StartCheck>, at end: Int32, lazily: Bool = false,
            _ found: inout [Match]
        ) {
            var index = Int(offsets[row])
            let upper = Int(offsets[row + 1])
            while index < upper {
                let check = checks[index]
                if check.languages & languages != 0, check.set == -1 || (lazily ? holds(check.set) : marked(check.set)) {
                    let state = items[index]
                    if wakes(state, lazily: lazily) { follow(state, start: end, end: end, mask: 0, &found) }
                }
                index += 1
            }
        }

        /// Scans `symbols` sentence by sentence (a sentence runs to the next of `sentenceStarts`):
        /// through the start rows when an anchoring prefix or a rule active everywhere opens it,
        /// else for the patterns its open gates arm, skipping it when the gates shut it. An
        /// armed sentence is scanned for scope markers only when a rule matched in it: a marker
        /// scopes the matches of its own sentence alone (`FlawTagger`), so the markers of the
        /// other sentences would be dropped unread.
        mutating func run(
            _ symbols: UnsafeBufferPointer<MatchSymbol>, _ sentenceStarts: UnsafeBufferPointer<Int32>,
            _ pool: UnsafeBufferPointer<Int32>, _ found: inout [Match]
        ) {
            self.pool = pool
            var sentenceStart = 0
            var nextStart = 0
            while sentenceStart < symbols.count {
                let sentenceEnd = nextStart < sentenceStarts.count ? Int(sentenceStarts[nextStart]) : symbols.count
                nextStart += 1
                sentenceStamp &+= 1
                if sentenceStamp == 0 {
                    setStamp.update(repeating: 0, count: max(1, t.setCount))
                    gateWords.clearStamps()
                    armed.clearStamps()
                    sentenceStamp = 1
                }
                if notes(symbols, sentenceStart..<sentenceEnd) {
                    scan(symbols, sentenceStart..<sentenceEnd, markersOnly: false, &found)
                } else if arm() {
                    let before = found.count
                    scanArmed(symbols, sentenceStart..<sentenceEnd, &found)
                    // Scope markers only matter beside a rule match in their sentence.
                    if found.count > before { scan(symbols, sentenceStart..<sentenceEnd, markersOnly: true, &found) }
                }
                sentenceStart = sentenceEnd
            }
        }

        /// Runs the automaton over one sentence from the start rows: every pattern, after
        /// marking the sentence's sets (an open sentence); or `markersOnly`, the scope markers
        /// from their own rows with the sets asked lazily (beside the rule matches of an armed
        /// sentence: marker patterns share no state with rules, so they match as in a scan of
        /// both).
        mutating func scan(
            _ symbols: UnsafeBufferPointer<MatchSymbol>, _ sentence: Range<Int>, markersOnly: Bool, _ found: inout [Match]
        ) {
            if !markersOnly { markSets(symbols, sentence) }
            let (wordOffsets, wordItems, wordChecks) = markersOnly
                ? (t.markerWordStartOffsets.base, t.markerWordStartItems.base, t.markerWordStartChecks.base)
                : (t.wordStartOffsets.base, t.wordStartItems.base, t.wordStartChecks.base)
            let (prefixOffsets, prefixItems, prefixChecks) = markersOnly
                ? (t.markerPrefixStartOffsets.base, t.markerPrefixStartItems.base, t.markerPrefixStartChecks.base)
                : (t.prefixStartOffsets.base, t.prefixStartItems.base, t.prefixStartChecks.base)
            let quiet = (markersOnly ? t.markerStartsOnAny : t.startsOnAny).isEmpty
            currentCount = 0
            for position in sentence {
                let symbol = symbols[position]
                if currentCount == 0, quiet, symbol.word < 0, symbol.prefixCount == 0, symbol.flags == 0 { continue }
                let end = step(to: position, in: sentence, symbols, &found)
                if symbol.word >= 0 {
                    start(row: Int(symbol.word), wordOffsets, wordItems, wordChecks, at: end, lazily: markersOnly, &found)
                }
                var prefix = Int(symbol.prefixStart)
                while prefix < Int(symbol.prefixStart + symbol.prefixCount) {
                    start(row: Int(pool[prefix]), prefixOffsets, prefixItems, prefixChecks, at: end, lazily: markersOnly, &found)
                    prefix += 1
                }
                startUnkeyed(symbol, markersOnly: markersOnly, at: end, &found)
                swap(&current, &next)
                currentCount = nextCount
            }
        }

        /// Starts at token `end` the start states that no word or prefix keys: those on a
        /// number, on digits, and on any token (a wildcard: bit 0 of the mask), each after its
        /// wake test. `markersOnly`: the scope markers' alone, wake-tested lazily (an armed scan:
        /// see `wakes`). The lists are read where used, not passed in: passing them retained
        /// three arrays per token (measured, 0.03 s on the tagging benchmark).
        @inline(__always)
        mutating func startUnkeyed(_ symbol: MatchSymbol, markersOnly: Bool, at end: Int32, _ found: inout [Match]) {
            if symbol.isNumber {
                for state in markersOnly ? t.markerStartsOnNumber : t.startsOnNumber where wakes(state, lazily: markersOnly) {
                    follow(state, start: end, end: end, mask: 0, &found)
                }
            }
            if symbol.isDigits {
                for state in markersOnly ? t.markerStartsOnDigits : t.startsOnDigits where wakes(state, lazily: markersOnly) {
                    follow(state, start: end, end: end, mask: 0, &found)
                }
            }
            for state in markersOnly ? t.markerStartsOnAny : t.startsOnAny where wakes(state, lazily: markersOnly) {
                follow(state, start: end, end: end, mask: 1, &found)
            }
        }

        /// Moves the live threads over token `position` of `sentence` (every one accepts it:
        /// `follow` checked) into the next thread list, and returns the position as the end of
        /// what starts there. The caller starts new threads, then swaps the lists.
        @inline(__always)
        mutating func step(
            to position: Int, in sentence: Range<Int>, _ symbols: UnsafeBufferPointer<MatchSymbol>, _ found: inout [Match]
        ) -> Int32 {
            generation &+= 1
            if generation == 0 {
                mark.update(repeating: 0, count: capacity)
                generation = 1
            }
            nextCount = 0
            let end = Int32(position)
            hasUpcoming = position + 1 < sentence.upperBound
            if hasUpcoming { upcoming = symbols[position + 1] }
            for index in 0..<currentCount {
                let state = current.0[index]
                let start = current.1[index]
                var mask = current.2[index]
                if t.opcode.base[Int(state)] == RuleAutomaton.Flat.any, end - start < 64 { mask |= 1 << UInt64(end - start) }
                follow(state, start: start, end: end, mask: mask, &found)
            }
            return end
        }
    }
}
