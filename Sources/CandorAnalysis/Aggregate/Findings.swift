import CandorCore

/// What an analyst reads: the run's figures, computed from the summary and ready to render.
///
/// Renderers (Markdown, JSON, HTML) are pure functions of this value. Every list is in a fixed
/// order and every number rounded, so the same input gives the same bytes.
public struct Findings: Sendable, Encodable, Equatable {
    /// Record counts: nothing is dropped silently.
    public struct Counts: Sendable, Encodable, Equatable {
        public var read: Int
        public var analysed: Int
        public var empty: Int
        public var skipped: Int
        public var replacedUTF8: Int
        public var withFlaw: Int
    }

    /// Responses of one language.
    public struct LanguageShare: Sendable, Encodable, Equatable {
        public var language: String
        public var responses: Int
        public var share: Double
    }

    /// The score scale and its headline figures.
    public struct ScoreSummary: Sendable, Encodable, Equatable {
        /// `nps` (0–10) or `csat` (1–5).
        public var scale: String
        public var responses: Int
        public var mean: Double
        /// NPS (promoters − detractors, in points) on the NPS scale.
        public var nps: Double?
        /// Detractors (NPS 0–6, CSAT 1–2), passives, promoters (NPS 9–10, CSAT 4–5).
        public var detractors: Int
        public var passives: Int
        public var promoters: Int
    }

    /// A quote with its highlighted span.
    public struct QuoteFinding: Sendable, Encodable, Equatable {
        public var id: String
        public var field: String
        public var text: String
        /// Highlighted span in Unicode scalars of `text`, when there is one.
        public var start: Int?
        public var end: Int?
    }

    /// One flaw's figures.
    public struct FlawFinding: Sendable, Encodable, Equatable {
        public var id: String
        public var name: String
        public var responses: Int
        /// Share of analysed responses, with its 95 % Wilson interval.
        public var share: Double
        public var interval: [Double]
        public var meanConfidence: Double
        public var byLanguage: [String: Int]
        public var byField: [String: Int]
        /// NPS (or CSAT mean) of the responses with the flaw, when scores are given.
        public var scoreWith: Double?
        public var quotes: [QuoteFinding]
    }

    /// A flaw's presence within a theme.
    public struct FlawMix: Sendable, Encodable, Equatable {
        public var id: String
        public var responses: Int
        public var share: Double
    }

    /// The score lens on one theme.
    public struct ThemeScore: Sendable, Encodable, Equatable {
        public var responses: Int
        public var meanWith: Double
        public var meanWithout: Double?
        public var detractorShare: Double
        public var detractorInterval: [Double]
        public var promoterShare: Double
        public var promoterInterval: [Double]
        /// How much the overall NPS (CSAT mean) would move if these responses scored like the rest.
        public var impact: Double
        /// False when the theme has fewer scored responses than the minimum count.
        public var ranked: Bool
    }

    /// One theme's figures.
    public struct ThemeFinding: Sendable, Encodable, Equatable {
        public var label: String
        public var language: String
        public var phrases: [String]
        public var responses: Int
        /// Share of the language's analysed responses, with its Wilson interval.
        public var share: Double
        public var interval: [Double]
        public var firstTheme: Int
        public var byField: [String: Int]
        public var flaws: [FlawMix]
        public var score: ThemeScore?
        /// Mentions by sentiment, as shares of the theme's responses.
        public var sentiment: Sentiment
        public var quotes: [QuoteFinding]
    }

    /// The sentiment of a theme's mentions.
    public struct Sentiment: Sendable, Encodable, Equatable {
        public var positive: Double
        public var neutral: Double
        public var negative: Double
        /// positive − negative, in [-1, 1].
        public var net: Double
    }

    /// A theme's lift in a score group.
    public struct Lift: Sendable, Encodable, Equatable {
        public var label: String
        public var language: String
        public var responses: Int
        public var shareInGroup: Double
        public var shareOverall: Double
        public var lift: Double
    }

    /// Theme coverage: analysed responses of three words or more with a theme.
    public struct Coverage: Sendable, Encodable, Equatable {
        public var eligible: Int
        public var covered: Int
        public var share: Double
    }

    /// One value of a segment field.
    public struct SegmentValue: Sendable, Encodable, Equatable {
        public var value: String
        public var responses: Int
        /// Share of all analysed responses.
        public var share: Double
        /// NPS (or CSAT mean) of the value's scored responses.
        public var score: Double?
        /// Share of the value's responses showing each flaw.
        public var flaws: [String: Double]
        /// The value's most frequent themes with their share of its responses.
        public var themes: [LabelShare]
        /// False when the value has fewer responses than the minimum count.
        public var ranked: Bool
    }

    /// A theme label with a share.
    public struct LabelShare: Sendable, Encodable, Equatable {
        public var label: String
        public var share: Double
    }

    /// A segment field and its values, largest first.
    public struct Segment: Sendable, Encodable, Equatable {
        public var field: String
        public var values: [SegmentValue]
    }

    /// Input problems.
    public struct Problems: Sendable, Encodable, Equatable {
        public var total: Int
        public var byCode: [String: Int]
        public var first: [String]
    }

    public var inputs: [String]
    public var textFields: [String]
    public var counts: Counts
    public var languages: [LanguageShare]
    public var score: ScoreSummary?
    public var flaws: [FlawFinding]
    public var themes: [ThemeFinding]
    public var detractorThemes: [Lift]
    public var promoterThemes: [Lift]
    public var coverage: Coverage
    public var segments: [Segment]
    public var problems: Problems
    public var minCount: Int
}
