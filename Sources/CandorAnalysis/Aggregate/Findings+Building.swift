import CandorCore
import CandorText

extension Findings {
    /// Computes the findings of a run.
    ///
    /// - Parameters:
    ///   - summary: the merged summary.
    ///   - themes: the run's theme model.
    ///   - taxonomy: for flaw names and order.
    ///   - configuration: inputs, minimum count, redaction.
    ///   - textFields: the text field names.
    ///   - diagnostics: the input problems.
    public init(
        summary: RunSummary, themes: ThemeModel, taxonomy: Taxonomy, configuration: RunConfiguration,
        textFields: [String], diagnostics: DiagnosticLog
    ) {
        let redactor = configuration.redact ? PersonalDataRedactor() : nil
        let analysed = summary.analysed
        let fieldName = { (index: Int) in index < textFields.count ? textFields[index] : "field\(index + 1)" }
        let csat = summary.scores.looksLikeCSAT
        let groups = ScoreGroups(csat: csat)

        inputs = configuration.inputs
        self.textFields = textFields
        minCount = configuration.minCount
        counts = Counts(
            read: summary.read, analysed: analysed, empty: summary.empty, skipped: summary.skipped,
            replacedUTF8: summary.replacedUTF8, withFlaw: summary.flawed)
        languages = summary.languages.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map {
            LanguageShare(language: $0.key.rawValue, responses: $0.value, share: Self.round(Double($0.value) / Double(max(1, analysed))))
        }
        let scores = summary.scores
        score = scores.total == 0 ? nil : ScoreSummary(
            scale: csat ? "csat" : "nps", responses: scores.total, mean: Self.round(scores.mean ?? 0, 2),
            nps: csat ? nil : Statistics.nps(scores).map { Self.round($0, 1) },
            detractors: scores.count(in: groups.detractors), passives: scores.count(in: groups.passives),
            promoters: scores.count(in: groups.promoters))

        flaws = taxonomy.categories.compactMap { category -> FlawFinding? in
            guard let figures = summary.flaws[category.id] else { return nil }
            let interval = Statistics.wilson(figures.count, analysed)
            return FlawFinding(
                id: category.id, name: category.name(in: .english), responses: figures.count,
                share: Self.round(Double(figures.count) / Double(max(1, analysed))),
                interval: [Self.round(interval.lowerBound), Self.round(interval.upperBound)],
                meanConfidence: Self.round(figures.scoreSum / Double(max(1, figures.count)), 3),
                byLanguage: Dictionary(uniqueKeysWithValues: figures.byLanguage.map { ($0.key.rawValue, $0.value) }),
                byField: Dictionary(uniqueKeysWithValues: figures.byField.map { (fieldName($0.key), $0.value) }),
                scoreWith: groups.headline(figures.scores).map { Self.round($0, 1) },
                quotes: figures.quotes.items.map { Self.quote($0, fieldName: fieldName, redactor: redactor) })
        }

        var themeFindings: [ThemeFinding] = []
        for theme in themes.themes {
            guard let figures = summary.themes[theme.index] else { continue }
            let base = max(1, summary.languages[theme.language] ?? analysed)
            let interval = Statistics.wilson(figures.count, base)
            themeFindings.append(ThemeFinding(
                label: theme.label, language: theme.language.rawValue, phrases: Array(theme.phrases.prefix(8)),
                responses: figures.count, share: Self.round(Double(figures.count) / Double(base)),
                interval: [Self.round(interval.lowerBound), Self.round(interval.upperBound)], firstTheme: figures.first,
                byField: Dictionary(uniqueKeysWithValues: figures.byField.map { (fieldName($0.key), $0.value) }),
                flaws: taxonomy.categories.compactMap { category in
                    guard let count = figures.flaws[category.id] else { return nil }
                    return FlawMix(id: category.id, responses: count, share: Self.round(Double(count) / Double(max(1, figures.count))))
                },
                score: Self.themeScore(figures.scores, overall: scores, groups: groups, minCount: configuration.minCount),
                sentiment: Self.sentiment(figures),
                quotes: figures.quotes.items.map { Self.quote($0, fieldName: fieldName, redactor: redactor) }))
        }
        themeFindings.sort { ($1.responses, $0.language, $0.label) < ($0.responses, $1.language, $1.label) }
        self.themes = themeFindings
        detractorThemes = Self.lifts(themeFindings, summary: summary, themes: themes, groups: groups, promoters: false, minCount: configuration.minCount)
        promoterThemes = Self.lifts(themeFindings, summary: summary, themes: themes, groups: groups, promoters: true, minCount: configuration.minCount)
        coverage = Coverage(
            eligible: summary.coverageBase, covered: summary.covered,
            share: Self.round(Double(summary.covered) / Double(max(1, summary.coverageBase))))
        let segmentNames = configuration.ingest.segmentFields
        segments = summary.segments.keys.sorted().map { field in
            let values = summary.segments[field] ?? [:]
            let name = field < segmentNames.count ? segmentNames[field] : "segment\(field + 1)"
            let rows = values.map { value, figures -> SegmentValue in
                let size = Double(max(1, figures.responses))
                let top = figures.themes.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(3).compactMap { index, count -> LabelShare? in
                    guard index < themes.themes.count else { return nil }
                    return LabelShare(label: themes.themes[index].label, share: Self.round(Double(count) / size))
                }
                return SegmentValue(
                    value: value, responses: figures.responses, share: Self.round(Double(figures.responses) / Double(max(1, analysed))),
                    score: groups.headline(figures.scores).map { Self.round($0, 1) },
                    flaws: Dictionary(uniqueKeysWithValues: figures.flaws.map { ($0.key, Self.round(Double($0.value) / size)) }),
                    themes: Array(top), ranked: figures.responses >= configuration.minCount)
            }.sorted { ($1.responses, $0.value) < ($0.responses, $1.value) }
            return Segment(field: name, values: Array(rows.prefix(50)))
        }
        problems = Problems(
            total: diagnostics.total, byCode: diagnostics.counts,
            first: diagnostics.kept.prefix(20).map(\.description))
    }

    /// Rounds to `places` decimals.
    static func round(_ value: Double, _ places: Int = 4) -> Double {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return (value * scale).rounded() / scale
    }

    private static func quote(_ quote: Quote, fieldName: (Int) -> String, redactor: PersonalDataRedactor?) -> QuoteFinding {
        guard let redactor else {
            return QuoteFinding(id: quote.id, field: fieldName(quote.field), text: quote.text, start: quote.highlight?.lowerBound, end: quote.highlight?.upperBound)
        }
        let scalars = Array(quote.text.unicodeScalars)
        guard let span = quote.highlight, span.lowerBound >= 0, span.upperBound <= scalars.count else {
            return QuoteFinding(id: quote.id, field: fieldName(quote.field), text: redactor.redact(quote.text), start: nil, end: nil)
        }
        func text(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        let before = redactor.redact(text(0..<span.lowerBound))
        let middle = redactor.redact(text(span))
        let after = redactor.redact(text(span.upperBound..<scalars.count))
        let start = before.unicodeScalars.count
        return QuoteFinding(
            id: quote.id, field: fieldName(quote.field), text: before + middle + after,
            start: start, end: start + middle.unicodeScalars.count)
    }

    private static func sentiment(_ figures: RunSummary.ThemeFigures) -> Sentiment {
        let total = Double(max(1, figures.positive + figures.neutral + figures.negative))
        return Sentiment(
            positive: round(Double(figures.positive) / total), neutral: round(Double(figures.neutral) / total),
            negative: round(Double(figures.negative) / total), net: round(Double(figures.positive - figures.negative) / total))
    }

    private static func themeScore(_ with: ScoreHistogram, overall: ScoreHistogram, groups: ScoreGroups, minCount: Int) -> ThemeScore? {
        guard with.total > 0 else { return nil }
        let without = Statistics.subtract(overall, with)
        let detractors = with.count(in: groups.detractors)
        let promoters = with.count(in: groups.promoters)
        let detractorInterval = Statistics.wilson(detractors, with.total)
        let promoterInterval = Statistics.wilson(promoters, with.total)
        var impact = 0.0
        if let all = groups.headline(overall), let rest = groups.headline(without) { impact = rest - all }
        return ThemeScore(
            responses: with.total, meanWith: round(with.mean ?? 0, 2), meanWithout: without.mean.map { round($0, 2) },
            detractorShare: round(Double(detractors) / Double(with.total)),
            detractorInterval: [round(detractorInterval.lowerBound), round(detractorInterval.upperBound)],
            promoterShare: round(Double(promoters) / Double(with.total)),
            promoterInterval: [round(promoterInterval.lowerBound), round(promoterInterval.upperBound)],
            impact: round(impact, 2), ranked: with.total >= minCount)
    }

    private static func lifts(
        _ findings: [ThemeFinding], summary: RunSummary, themes: ThemeModel, groups: ScoreGroups, promoters: Bool, minCount: Int
    ) -> [Lift] {
        let overall = summary.scores
        let range = promoters ? groups.promoters : groups.detractors
        let groupTotal = overall.count(in: range)
        guard groupTotal > 0, overall.total > 0 else { return [] }
        var out: [Lift] = []
        for theme in themes.themes {
            guard let figures = summary.themes[theme.index], figures.scores.total >= minCount else { continue }
            let inGroup = figures.scores.count(in: range)
            let shareInGroup = Double(inGroup) / Double(groupTotal)
            let shareOverall = Double(figures.scores.total) / Double(overall.total)
            let lift = shareOverall > 0 ? shareInGroup / shareOverall : 0
            guard lift > 1, inGroup > 0 else { continue }
            out.append(Lift(
                label: theme.label, language: theme.language.rawValue, responses: inGroup, shareInGroup: round(shareInGroup),
                shareOverall: round(shareOverall), lift: round(lift, 2)))
        }
        out.sort { ($1.lift, $1.responses, $0.label) < ($0.lift, $0.responses, $1.label) }
        return Array(out.prefix(8))
    }
}

/// The score groups of a scale: NPS detractors 0–6, passives 7–8, promoters 9–10; CSAT
/// dissatisfied 1–2, neutral 3, satisfied 4–5.
struct ScoreGroups {
    let csat: Bool
    var detractors: ClosedRange<Int> { csat ? 0...2 : 0...6 }
    var passives: ClosedRange<Int> { csat ? 3...3 : 7...8 }
    var promoters: ClosedRange<Int> { csat ? 4...5 : 9...10 }

    /// The headline figure: NPS in points, or the CSAT mean.
    func headline(_ histogram: ScoreHistogram) -> Double? {
        csat ? histogram.mean : Statistics.nps(histogram)
    }
}
