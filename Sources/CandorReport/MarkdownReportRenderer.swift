import CandorAnalysis

/// Renders the findings as a Markdown summary an analyst reads top to bottom: counts, the five
/// flaws with evidence, themes per language with quotes, the score lens.
public enum MarkdownReportRenderer {
    /// The Markdown document.
    public static func render(_ findings: Findings) -> String {
        var out = "# Candor summary\n\n"
        out += header(findings)
        out += flaws(findings)
        out += themes(findings)
        out += scoreLens(findings)
        out += segments(findings)
        out += problems(findings)
        return out
    }

    static func percent(_ share: Double, places: Int = 1) -> String {
        Format.fixed(share * 100, places) + " %"
    }

    static func interval(_ bounds: [Double]) -> String {
        guard bounds.count == 2 else { return "" }
        return "\(Format.fixed(bounds[0] * 100, 1))–\(Format.fixed(bounds[1] * 100, 1))"
    }

    private static func header(_ findings: Findings) -> String {
        let counts = findings.counts
        var out = "**\(counts.read) responses read**: \(counts.analysed) analysed, \(counts.empty) empty, \(counts.skipped) skipped"
        if counts.replacedUTF8 > 0 { out += ", \(counts.replacedUTF8) with invalid UTF-8 replaced" }
        out += ".  \n"
        out += "Input: " + findings.inputs.map { "`\($0)`" }.joined(separator: ", ")
        out += "; text: " + findings.textFields.map { "`\(MarkdownEscaping.escape($0))`" }.joined(separator: ", ") + ".  \n"
        if !findings.languages.isEmpty {
            out += "Languages: " + findings.languages.map { "\($0.language) \($0.responses) (\(percent($0.share)))" }.joined(separator: ", ") + ".  \n"
        }
        if let score = findings.score {
            if let nps = score.nps {
                out += "Score: **NPS \(Format.signed(nps, 1))** from \(score.responses) scores (\(score.detractors) detractors, \(score.passives) passives, \(score.promoters) promoters); mean \(Format.fixed(score.mean, 2)).  \n"
            } else {
                out += "Score: **CSAT mean \(Format.fixed(score.mean, 2))** / 5 from \(score.responses) scores (\(score.detractors) dissatisfied, \(score.passives) neutral, \(score.promoters) satisfied).  \n"
            }
        }
        out += "\(counts.withFlaw) responses (\(percent(Double(counts.withFlaw) / Double(max(1, counts.analysed))))) show at least one of the five flaws; \(percent(findings.coverage.share)) of responses with three words or more carry a theme.\n\n"
        return out
    }

    private static func flaws(_ findings: Findings) -> String {
        var out = "## The five flaws\n\n"
        guard !findings.flaws.isEmpty else { return out + "No flaw was found.\n\n" }
        let scored = findings.score != nil
        out += "| flaw | responses | share (95 % CI) |" + (scored ? " score of those |" : "") + "\n"
        out += "|---|---:|---|" + (scored ? "---:|" : "") + "\n"
        for flaw in findings.flaws {
            out += "| \(flaw.name) | \(flaw.responses) | \(percent(flaw.share)) (\(interval(flaw.interval))) |"
            if scored { out += " \(flaw.scoreWith.map { findings.score?.nps != nil ? Format.signed($0, 1) : Format.fixed($0, 2) } ?? "–") |" }
            out += "\n"
        }
        out += "\n"
        for flaw in findings.flaws {
            out += "### \(flaw.name)\n\n"
            for quote in flaw.quotes {
                out += "> \(MarkdownEscaping.quote(quote.text, start: quote.start, end: quote.end))  \n"
                out += "> — \(MarkdownEscaping.escape(quote.id))" + (findings.textFields.count > 1 ? " (\(MarkdownEscaping.escape(quote.field)))" : "") + "\n\n"
            }
        }
        return out
    }

    private static func themes(_ findings: Findings) -> String {
        var out = "## Top themes\n\n"
        guard !findings.themes.isEmpty else { return out + "No theme reached the minimum count.\n\n" }
        let languages = Array(Set(findings.themes.map(\.language))).sorted { lhs, rhs in
            let left = findings.languages.first { $0.language == lhs }?.responses ?? 0
            let right = findings.languages.first { $0.language == rhs }?.responses ?? 0
            return (right, lhs) < (left, rhs)
        }
        let nps = findings.score?.nps != nil
        for language in languages {
            let themes = findings.themes.filter { $0.language == language }
            out += "### Themes in \(LanguageNames.name(language))\n\n"
            out += "| theme | responses | share (95 % CI) | sentiment + / − | top flaw |" + (findings.score != nil ? " detractors | impact |" : "") + "\n"
            out += "|---|---:|---|---|---|" + (findings.score != nil ? "---:|---:|" : "") + "\n"
            for theme in themes.prefix(15) {
                let flaw = theme.flaws.max { ($0.responses, $1.id) < ($1.responses, $0.id) }
                out += "| \(MarkdownEscaping.escape(theme.label)) | \(theme.responses) | \(percent(theme.share)) (\(interval(theme.interval))) | "
                out += "\(percent(theme.sentiment.positive, places: 0)) / \(percent(theme.sentiment.negative, places: 0)) | "
                out += flaw.map { "\($0.id) (\(percent($0.share, places: 0)))" } ?? "–"
                out += " |"
                if findings.score != nil {
                    if let score = theme.score {
                        let impact = nps ? Format.signed(score.impact, 1) + " pts" : Format.signed(score.impact, 2)
                        out += " \(percent(score.detractorShare, places: 0)) | " + (score.ranked ? impact : "(n<\(findings.minCount))") + " |"
                    } else {
                        out += " – | – |"
                    }
                }
                out += "\n"
            }
            out += "\n"
            for theme in themes.prefix(8) {
                out += "**\(MarkdownEscaping.escape(theme.label))**"
                let others = theme.phrases.filter { $0 != theme.label }.prefix(4)
                if !others.isEmpty { out += " (also: " + others.map(MarkdownEscaping.escape).joined(separator: ", ") + ")" }
                out += "\n\n"
                for quote in theme.quotes {
                    out += "> \(MarkdownEscaping.quote(quote.text, start: quote.start, end: quote.end)) — \(MarkdownEscaping.escape(quote.id))\n\n"
                }
            }
        }
        if findings.score != nil {
            out += "_Impact: how much the overall " + (nps ? "NPS" : "CSAT mean") + " would move if the theme's responses scored like the rest. Themes under \(findings.minCount) scored responses are not ranked._\n\n"
        }
        return out
    }

    private static func scoreLens(_ findings: Findings) -> String {
        guard let score = findings.score else { return "" }
        let detractorName = score.scale == "nps" ? "detractors" : "dissatisfied customers"
        let promoterName = score.scale == "nps" ? "promoters" : "satisfied customers"
        var out = "## What \(detractorName) talk about, and what \(promoterName) talk about\n\n"
        out += "| \(detractorName) | lift | \(promoterName) | lift |\n|---|---:|---|---:|\n"
        let rows = max(findings.detractorThemes.count, findings.promoterThemes.count)
        if rows == 0 { return out + "| – | | – | |\n\n" }
        for index in 0..<rows {
            let left = index < findings.detractorThemes.count ? findings.detractorThemes[index] : nil
            let right = index < findings.promoterThemes.count ? findings.promoterThemes[index] : nil
            out += "| " + (left.map { "\(MarkdownEscaping.escape($0.label)) (\(percent($0.shareInGroup, places: 0)) of them)" } ?? "")
            out += " | " + (left.map { "×" + Format.fixed($0.lift, 2) } ?? "")
            out += " | " + (right.map { "\(MarkdownEscaping.escape($0.label)) (\(percent($0.shareInGroup, places: 0)) of them)" } ?? "")
            out += " | " + (right.map { "×" + Format.fixed($0.lift, 2) } ?? "") + " |\n"
        }
        return out + "\n_Lift: a theme's share among them divided by its share among all scored responses._\n\n"
    }

    private static func segments(_ findings: Findings) -> String {
        guard !findings.segments.isEmpty else { return "" }
        var out = "## Segments\n\n"
        let scoreName = findings.score?.nps != nil ? "NPS" : (findings.score != nil ? "CSAT" : nil)
        for segment in findings.segments {
            out += "### By \(MarkdownEscaping.escape(segment.field))\n\n"
            out += "| \(MarkdownEscaping.escape(segment.field)) | responses |" + (scoreName.map { " \($0) |" } ?? "") + " most frequent flaw | top themes |\n"
            out += "|---|---:|" + (scoreName == nil ? "" : "---:|") + "---|---|\n"
            for value in segment.values {
                out += "| \(MarkdownEscaping.escape(value.value)) | \(value.responses) |"
                if scoreName != nil {
                    out += " " + (value.score.map { findings.score?.nps != nil ? Format.signed($0, 1) : Format.fixed($0, 2) } ?? "–") + " |"
                }
                if !value.ranked {
                    out += " (n<\(findings.minCount)) | |\n"
                    continue
                }
                let flaw = value.flaws.max { ($0.value, $1.key) < ($1.value, $0.key) }
                out += " " + (flaw.map { "\($0.key) (\(percent($0.value, places: 0)))" } ?? "–") + " | "
                out += value.themes.map { "\(MarkdownEscaping.escape($0.label)) (\(percent($0.share, places: 0)))" }.joined(separator: ", ") + " |\n"
            }
            out += "\n"
        }
        return out
    }

    private static func problems(_ findings: Findings) -> String {
        guard findings.problems.total > 0 else { return "" }
        var out = "## Input problems\n\n\(findings.problems.total) problems: "
        out += findings.problems.byCode.sorted { $0.key < $1.key }.map { "\($0.key) × \($0.value)" }.joined(separator: ", ") + ".\n\n"
        for line in findings.problems.first { out += "- \(MarkdownEscaping.escape(line))\n" }
        return out + "\n"
    }
}

/// English names of language codes, for headings.
enum LanguageNames {
    static func name(_ code: String) -> String {
        switch code {
        case "en": return "English"
        case "fr": return "French"
        case "und": return "other languages"
        default: return code
        }
    }
}

/// Number formatting without locale surprises.
enum Format {
    /// `value` with exactly `places` decimals.
    static func fixed(_ value: Double, _ places: Int) -> String {
        guard value.isFinite else { return "–" }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let rounded = (abs(value) * scale).rounded()
        let whole = Int(rounded / scale)
        let fraction = Int(rounded.truncatingRemainder(dividingBy: scale))
        let sign = value < 0 && rounded > 0 ? "-" : ""
        guard places > 0 else { return sign + String(whole) }
        let digits = String(fraction)
        return sign + String(whole) + "." + String(repeating: "0", count: max(0, places - digits.count)) + digits
    }

    /// `value` with a sign.
    static func signed(_ value: Double, _ places: Int) -> String {
        (value > 0 ? "+" : "") + fixed(value, places)
    }
}
