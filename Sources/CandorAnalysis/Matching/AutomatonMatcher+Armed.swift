extension AutomatonMatcher.Scan {
    /// Tests the gates anchored on the words `notes` listed, arms the patterns of every one of
    /// the response's languages whose units the sentence all holds, and links each of their
    /// start states under the words and prefixes it consumes (`ArmedStarts`); false when no
    /// gate opens. A gate anchored on two words of the sentence is tested twice: its pattern's
    /// stamp skips it once armed, and a test that failed fails again (cheaper than a stamp
    /// per gate, now that the signature drops most gates).
    mutating func arm() -> Bool {
        var opened = false
        linkCount = 0
        otherCount = 0
        let lanes = signature
        for listed in 0..<anchorCount {
            let word = Int(anchors[listed])
            for anchored in Int(words[word].anchoredStart)..<Int(words[word].anchoredEnd) {
                let need = t.anchoredNeeds.base + anchored * UnitSignature.lanes
                guard (need[0] & ~lanes.0) | (need[1] & ~lanes.1) | (need[2] & ~lanes.2) | (need[3] & ~lanes.3) == 0 else {
                    continue
                }
                if open(gate: Int(t.wordAnchoredItems.base[anchored])) { opened = true }
            }
        }
        return opened
    }

    /// Tests gate `gate`, whose signature passed: arms its pattern when the gate applies to
    /// the response's languages and the sentence holds all its units; true when it armed it.
    @inline(__always)
    private mutating func open(gate: Int) -> Bool {
        let record = t.gates.base[gate]
        guard record.languages & languages != 0 else { return false }
        let pattern = Int(record.pattern)
        guard armed.patternStamp[pattern] != sentenceStamp else { return false }
        var item = Int(record.unitStart)
        let end = Int(record.unitEnd)
        while item < end, holds(t.gateUnitItems.base[item]) { item += 1 }
        guard item >= end else { return false }
        armed.patternStamp[pattern] = sentenceStamp
        for index in Int(t.patternStartOffsets.base[pattern])..<Int(t.patternStartOffsets.base[pattern + 1]) {
            let state = t.patternStartItems.base[index]
            let argument = Int(t.argument.base[Int(state)])
            switch t.opcode.base[Int(state)] {
            case RuleAutomaton.Flat.word: link(state, under: argument, armed.wordStamp, armed.wordHead)
            case RuleAutomaton.Flat.prefix: link(state, under: argument, armed.prefixStamp, armed.prefixHead)
            case RuleAutomaton.Flat.set
                where predicateWords(argument).count + predicatePrefixes(argument).count <= linkedSetLimit:
                for member in predicateWords(argument) {
                    link(state, under: Int(t.predicateWordItems.base[member]), armed.wordStamp, armed.wordHead)
                }
                for member in predicatePrefixes(argument) {
                    link(state, under: Int(t.predicatePrefixItems.base[member]), armed.prefixStamp, armed.prefixHead)
                }
            default:
                armed.others[otherCount] = state
                otherCount += 1
            }
        }
        return true
    }

    /// Where set predicate `set`'s words are in `predicateWordItems`.
    @inline(__always)
    private func predicateWords(_ set: Int) -> Range<Int> {
        Int(t.predicateWordOffsets.base[set])..<Int(t.predicateWordOffsets.base[set + 1])
    }

    /// Where set predicate `set`'s prefixes are in `predicatePrefixItems`.
    @inline(__always)
    private func predicatePrefixes(_ set: Int) -> Range<Int> {
        Int(t.predicatePrefixOffsets.base[set])..<Int(t.predicatePrefixOffsets.base[set + 1])
    }

    /// Links start state `state` under id `id` (a word's or a prefix's) for this sentence. A
    /// pattern is armed once per sentence, so the links fit (`ArmedStarts.linkCapacity`).
    @inline(__always)
    private mutating func link(
        _ state: Int32, under id: Int, _ stamps: UnsafeMutablePointer<UInt32>, _ heads: UnsafeMutablePointer<Int32>
    ) {
        assert(linkCount < armed.linkCapacity, "more links than ArmedStarts counted")
        if stamps[id] != sentenceStamp {
            stamps[id] = sentenceStamp
            heads[id] = -1
        }
        armed.linkState[linkCount] = state
        armed.linkNext[linkCount] = heads[id]
        heads[id] = Int32(linkCount)
        linkCount += 1
    }

    /// Starts the start states linked under id `id` at token `end`.
    @inline(__always)
    private mutating func startLinked(
        _ id: Int, _ stamps: UnsafeMutablePointer<UInt32>, _ heads: UnsafeMutablePointer<Int32>, at end: Int32,
        _ found: inout [AutomatonMatcher.Match]
    ) {
        guard stamps[id] == sentenceStamp else { return }
        var link = Int(heads[id])
        while link >= 0 {
            follow(armed.linkState[link], start: end, end: end, mask: 0, &found)
            link = Int(armed.linkNext[link])
        }
    }

    /// True when a start state is linked under `symbol`'s word or one of its prefixes.
    @inline(__always)
    private func beginsLinked(_ symbol: MatchSymbol) -> Bool {
        if symbol.word >= 0, armed.wordStamp[Int(symbol.word)] == sentenceStamp { return true }
        var prefix = Int(symbol.prefixStart)
        while prefix < Int(symbol.prefixStart + symbol.prefixCount) {
            if armed.prefixStamp[Int(pool[prefix])] == sentenceStamp { return true }
            prefix += 1
        }
        return false
    }

    /// Runs the rules `arm` armed over a sentence: they start from the start states linked
    /// under the token's word and prefixes. It finds the rule matches `scan` finds: the start
    /// rows' wake tests only keep threads that cannot match from starting, and no rule outside
    /// the armed ones can match in the sentence. Scope markers are left to `scan(_:_:markersOnly:_:)`.
    mutating func scanArmed(
        _ symbols: UnsafeBufferPointer<MatchSymbol>, _ sentence: Range<Int>, _ found: inout [AutomatonMatcher.Match]
    ) {
        currentCount = 0
        let quiet = otherCount == 0
        for position in sentence {
            let symbol = symbols[position]
            // With no thread alive and no start state tested on every token, only a token that
            // begins a linked start state does anything.
            if currentCount == 0, quiet, !beginsLinked(symbol) { continue }
            let end = step(to: position, in: sentence, symbols, &found)
            if symbol.word >= 0 { startLinked(Int(symbol.word), armed.wordStamp, armed.wordHead, at: end, &found) }
            var prefix = Int(symbol.prefixStart)
            while prefix < Int(symbol.prefixStart + symbol.prefixCount) {
                startLinked(Int(pool[prefix]), armed.prefixStamp, armed.prefixHead, at: end, &found)
                prefix += 1
            }
            for index in 0..<otherCount {
                let state = armed.others[index]
                let code = t.opcode.base[Int(state)]
                if accepts(state, code, symbol) {
                    follow(state, start: end, end: end, mask: code == RuleAutomaton.Flat.any ? 1 : 0, &found)
                }
            }
            swap(&current, &next)
            currentCount = nextCount
        }
    }
}
