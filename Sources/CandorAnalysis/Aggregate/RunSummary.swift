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
        for (index, text) in analysis.response.texts.enumerated() where !Self.isBlank(text) {
            answeredFields[index, default: 0] += 1
        }
        if analysis.wordCount >= 3 {
            coverageBase += 1
            if !analysis.themes.isEmpty { covered += 1 }
        }
        if !analysis.flaws.isEmpty { flawed += 1 }
        for (field, value) in analysis.response.segments.enumerated() { addSegment(field, value, analysis) }
        // Each field's readability, measured once per response (a quote is offered per flaw and
        // for the first theme, and measuring counts the text's scalars).
        var readability = Readability(texts: analysis.response.texts)
        for tag in analysis.flaws { addFlaw(tag, analysis, &readability) }
        for (rank, theme) in analysis.themes.enumerated() { addTheme(theme, rank: rank, analysis, &readability) }
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

    // The figures are changed where they lie, through the dictionaries' `default:` subscripts:
    // taking them out and putting them back copied them (their dictionaries and quotes retained)
    // and hashed the key twice, 1.5 % of the second pass (`perf`, 200 MB dump).

    private mutating func addFlaw(_ tag: FlawTag, _ analysis: ResponseAnalysis, _ readability: inout Readability) {
        let capacity = quoteCapacity
        Self.add(tag, analysis, &readability, to: &flaws[tag.id, default: FlawFigures(quotes: TopK(capacity: capacity, by: Quote.ranksBefore))])
    }

    private static func add(_ tag: FlawTag, _ analysis: ResponseAnalysis, _ readability: inout Readability, to figures: inout FlawFigures) {
        figures.count += 1
        figures.scoreSum += tag.score
        figures.byLanguage[analysis.language, default: 0] += 1
        // Each field with evidence once (a tag has a few pieces of evidence: no set).
        for (index, evidence) in tag.evidence.enumerated() where !tag.evidence[..<index].contains(where: { $0.field == evidence.field }) {
            figures.byField[evidence.field, default: 0] += 1
        }
        if let score = analysis.response.score { figures.scores.add(score) }
        if let evidence = tag.evidence.first, evidence.field < analysis.response.texts.count {
            let text = analysis.response.texts[evidence.field]
            figures.quotes.insert(Quote(
                row: analysis.response.row, id: analysis.response.id, field: evidence.field, text: text,
                highlight: evidence.start..<evidence.end, quality: tag.score + 0.5 * readability.of(evidence.field)))
        }
    }

    private mutating func addTheme(_ theme: Int, rank: Int, _ analysis: ResponseAnalysis, _ readability: inout Readability) {
        let capacity = quoteCapacity
        Self.add(theme, rank: rank, analysis, &readability, to: &themes[theme, default: ThemeFigures(quotes: TopK(capacity: capacity, by: Quote.ranksBefore))])
    }

    private static func add(
        _ theme: Int, rank: Int, _ analysis: ResponseAnalysis, _ readability: inout Readability, to figures: inout ThemeFigures
    ) {
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
            if let field = texts.indices.max(by: { readability.of($0) < readability.of($1) }) {
                figures.quotes.insert(Quote(
                    row: analysis.response.row, id: analysis.response.id, field: field, text: texts[field],
                    quality: readability.of(field) + (analysis.themes.count == 1 ? 0.2 : 0)))
            }
        }
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
