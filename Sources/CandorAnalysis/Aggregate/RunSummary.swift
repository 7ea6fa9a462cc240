import CandorCore
import Foundation

/// Everything a report needs about a run, accumulated response by response: counts, flaws,
/// themes, scores and quotes. Mergeable: workers build partial summaries of their chunks and
/// the driver merges them in chunk order; the result is the same for any chunking.
public struct RunSummary: Sendable {
    /// Per-flaw figures.
    public struct FlawFigures: Sendable {
        /// Responses tagged.
        public var count = 0
        /// Sum of tag scores.
        public var scoreSum = 0.0
        /// Responses tagged, by language.
        public var byLanguage: [Language: Int] = [:]
        /// Responses with evidence in each text field.
        public var byField: [Int: Int] = [:]
        /// Scores of the tagged responses.
        public var scores = ScoreHistogram()
        /// The best evidence quotes.
        public var quotes: TopK<Quote>
    }

    /// Per-theme figures.
    public struct ThemeFigures: Sendable {
        /// Responses carrying the theme.
        public var count = 0
        /// Responses where it is the first (most relevant) theme.
        public var first = 0
        /// Responses carrying it, by text field whose phrases evoked it.
        public var byField: [Int: Int] = [:]
        /// Flaw tags among its responses.
        public var flaws: [String: Int] = [:]
        /// Scores of its responses.
        public var scores = ScoreHistogram()
        /// Mentions by sentiment: positive, neutral, negative.
        public var positive = 0
        public var neutral = 0
        public var negative = 0
        /// The most representative quotes.
        public var quotes: TopK<Quote>
    }

    /// Per-segment-value figures (`--segment channel` → "phone", "chat"…).
    public struct SegmentFigures: Sendable {
        /// Analysed responses with this value.
        public var responses = 0
        /// Flaw tags among them.
        public var flaws: [String: Int] = [:]
        /// Theme counts among them.
        public var themes: [Int: Int] = [:]
        /// Their scores.
        public var scores = ScoreHistogram()

        mutating func merge(_ other: SegmentFigures) {
            responses += other.responses
            flaws.merge(other.flaws, uniquingKeysWith: +)
            themes.merge(other.themes, uniquingKeysWith: +)
            scores.merge(other.scores)
        }
    }

    /// Distinct values kept per segment field; later new values count under "(other)".
    public static let segmentValueLimit = 10_000

    /// Segment figures by segment field index, then value.
    public var segments: [Int: [String: SegmentFigures]] = [:]

    /// Records read (including skipped ones).
    public var read = 0
    /// Records skipped as malformed.
    public var skipped = 0
    /// Records with no text.
    public var empty = 0
    /// Records with replaced invalid UTF-8.
    public var replacedUTF8 = 0
    /// Responses analysed (not skipped, not empty).
    public var analysed = 0
    /// Analysed responses by language.
    public var languages: [Language: Int] = [:]
    /// Non-empty answers per text field.
    public var answeredFields: [Int: Int] = [:]
    /// Scores of all responses read (with or without text): the run's headline score.
    public var scores = ScoreHistogram()
    /// Analysed responses with at least three words (the base of theme coverage)…
    public var coverageBase = 0
    /// …and how many of them carry a theme.
    public var covered = 0
    /// Responses with at least one flaw.
    public var flawed = 0
    /// Flaw figures by category id.
    public var flaws: [String: FlawFigures] = [:]
    /// Theme figures by theme index.
    public var themes: [Int: ThemeFigures] = [:]
    /// Quotes kept per flaw and theme.
    public let quoteCapacity: Int

    /// Creates an empty summary.
    public init(quoteCapacity: Int = 3) {
        self.quoteCapacity = quoteCapacity
    }

    /// Adds one analysed response.
    public mutating func add(_ analysis: ResponseAnalysis) {
        if let score = analysis.response.score { scores.add(score) }
        guard !analysis.isEmpty else {
            empty += 1
            return
        }
        analysed += 1
        languages[analysis.language, default: 0] += 1
        for (index, text) in analysis.response.texts.enumerated() where !text.allSatisfy(\.isWhitespace) {
            answeredFields[index, default: 0] += 1
        }
        if analysis.wordCount >= 3 {
            coverageBase += 1
            if !analysis.themes.isEmpty { covered += 1 }
        }
        if !analysis.flaws.isEmpty { flawed += 1 }
        for (field, value) in analysis.response.segments.enumerated() { addSegment(field, value, analysis) }
        for tag in analysis.flaws { addFlaw(tag, analysis) }
        for (rank, theme) in analysis.themes.enumerated() { addTheme(theme, rank: rank, analysis) }
    }

    private mutating func addSegment(_ field: Int, _ raw: String, _ analysis: ResponseAnalysis) {
        var value = Self.trimmedValue(raw)
        if value.isEmpty { value = "(none)" }
        // Changed in place through the dictionaries' `default:` subscripts (one lookup each, no
        // copy of the inner collections): taking them out and putting them back hashed the
        // value three times per response.
        Self.count(analysis, as: value, in: &segments[field, default: [:]])
    }

    /// Counts a response among the figures of segment value `value`, or of `(other)` when the
    /// field already holds `segmentValueLimit` other values.
    private static func count(_ analysis: ResponseAnalysis, as value: String, in values: inout [String: SegmentFigures]) {
        let key = values.count >= segmentValueLimit && values[value] == nil ? "(other)" : value
        add(analysis, to: &values[key, default: SegmentFigures()])
    }

    private static func add(_ analysis: ResponseAnalysis, to figures: inout SegmentFigures) {
        figures.responses += 1
        for tag in analysis.flaws { figures.flaws[tag.id, default: 0] += 1 }
        for theme in analysis.themes { figures.themes[theme, default: 0] += 1 }
        if let score = analysis.response.score { figures.scores.add(score) }
    }

    /// `raw` without the white space `CharacterSet.whitespaces` trims at either end (space
    /// separators, tab, and U+200B as Foundation counts it), without Foundation's round trip
    /// through `NSString`: it ran for every response and segment field, 2 % of a run with
    /// `--segment`. A value with nothing to trim (nearly all) is returned as it is.
    static func trimmedValue(_ raw: String) -> String {
        let scalars = raw.unicodeScalars
        guard let first = scalars.first, let last = scalars.last, isTrimmed(first) || isTrimmed(last) else { return raw }
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, isTrimmed(scalars[start]) { start = scalars.index(after: start) }
        while end > start, isTrimmed(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return String(scalars[start..<end])
    }

    /// True for the scalars `CharacterSet.whitespaces` holds.
    static func isTrimmed(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value == 0x20 || scalar.value == 0x09 }
        return scalar.value == 0x200B || scalar.properties.generalCategory == .spaceSeparator
    }

    private mutating func addFlaw(_ tag: FlawTag, _ analysis: ResponseAnalysis) {
        var figures = flaws.removeValue(forKey: tag.id) ?? FlawFigures(quotes: TopK(capacity: quoteCapacity, by: Quote.ranksBefore))
        figures.count += 1
        figures.scoreSum += tag.score
        figures.byLanguage[analysis.language, default: 0] += 1
        for field in Set(tag.evidence.map(\.field)) { figures.byField[field, default: 0] += 1 }
        if let score = analysis.response.score { figures.scores.add(score) }
        if let evidence = tag.evidence.first, evidence.field < analysis.response.texts.count {
            let text = analysis.response.texts[evidence.field]
            figures.quotes.insert(Quote(
                row: analysis.response.row, id: analysis.response.id, field: evidence.field, text: text,
                highlight: evidence.start..<evidence.end, quality: tag.score + 0.5 * Quote.readability(text)))
        }
        flaws[tag.id] = figures
    }

    private mutating func addTheme(_ theme: Int, rank: Int, _ analysis: ResponseAnalysis) {
        var figures = themes.removeValue(forKey: theme) ?? ThemeFigures(quotes: TopK(capacity: quoteCapacity, by: Quote.ranksBefore))
        figures.count += 1
        if rank == 0 { figures.first += 1 }
        for (field, themes) in analysis.fieldThemes.enumerated() where themes.contains(theme) {
            figures.byField[field, default: 0] += 1
        }
        for tag in analysis.flaws { figures.flaws[tag.id, default: 0] += 1 }
        if let score = analysis.response.score { figures.scores.add(score) }
        switch rank < analysis.themeSentiment.count ? analysis.themeSentiment[rank] : 0 {
        case 1: figures.positive += 1
        case -1: figures.negative += 1
        default: figures.neutral += 1
        }
        if rank == 0 {
            let texts = analysis.response.texts
            if let field = texts.indices.max(by: { Quote.readability(texts[$0]) < Quote.readability(texts[$1]) }) {
                figures.quotes.insert(Quote(
                    row: analysis.response.row, id: analysis.response.id, field: field, text: texts[field],
                    quality: Quote.readability(texts[field]) + (analysis.themes.count == 1 ? 0.2 : 0)))
            }
        }
        themes[theme] = figures
    }

    /// Adds another partial summary (a later chunk's).
    public mutating func merge(_ other: RunSummary) {
        read += other.read
        skipped += other.skipped
        empty += other.empty
        replacedUTF8 += other.replacedUTF8
        analysed += other.analysed
        languages.merge(other.languages, uniquingKeysWith: +)
        answeredFields.merge(other.answeredFields, uniquingKeysWith: +)
        scores.merge(other.scores)
        coverageBase += other.coverageBase
        covered += other.covered
        flawed += other.flawed
        for (id, theirs) in other.flaws {
            guard var mine = flaws[id] else {
                flaws[id] = theirs
                continue
            }
            mine.count += theirs.count
            mine.scoreSum += theirs.scoreSum
            mine.byLanguage.merge(theirs.byLanguage, uniquingKeysWith: +)
            mine.byField.merge(theirs.byField, uniquingKeysWith: +)
            mine.scores.merge(theirs.scores)
            mine.quotes.merge(theirs.quotes)
            flaws[id] = mine
        }
        for (field, theirValues) in other.segments {
            var values = segments[field] ?? [:]
            // Values are merged in the other summary's sorted order so the "(other)" overflow
            // is the same for any chunking of the same stream order.
            for value in theirValues.keys.sorted() {
                guard let theirs = theirValues[value] else { continue }
                var key = value
                if values[key] == nil, values.count >= Self.segmentValueLimit { key = "(other)" }
                var mine = values[key] ?? SegmentFigures()
                mine.merge(theirs)
                values[key] = mine
            }
            segments[field] = values
        }
        for (index, theirs) in other.themes {
            guard var mine = themes[index] else {
                themes[index] = theirs
                continue
            }
            mine.count += theirs.count
            mine.first += theirs.first
            mine.byField.merge(theirs.byField, uniquingKeysWith: +)
            mine.flaws.merge(theirs.flaws, uniquingKeysWith: +)
            mine.scores.merge(theirs.scores)
            mine.positive += theirs.positive
            mine.neutral += theirs.neutral
            mine.negative += theirs.negative
            mine.quotes.merge(theirs.quotes)
            themes[index] = mine
        }
    }
}
