import CandorAnalysis
import CandorCore
import CandorText

/// Renders `candor tag` output: one JSON object per response, keys in the documented order
/// (`id`, `lang`, `flaws`, `themes`, then `row` and `blocked`: the rule matches a negation,
/// hypothetical or contrast blocked, so every scope considered is visible).
public struct TagLineRenderer: Sendable {
    /// Theme labels by theme index.
    let labels: [String]
    /// Text field names, for evidence.
    let fields: [String]
    /// Masks personal data in evidence text.
    let redactor: PersonalDataRedactor?

    /// Creates a renderer for a run's themes and fields.
    public init(themes: ThemeModel, textFields: [String], redact: Bool) {
        labels = themes.themes.map(\.label)
        fields = textFields
        redactor = redact ? PersonalDataRedactor() : nil
    }

    /// Appends one line (with its newline) for `analysis` to `writer`'s bytes.
    public func render(_ analysis: ResponseAnalysis, into output: inout [UInt8]) {
        var json = JSONWriter()
        json.beginObject()
        json.key("id")
        json.string(analysis.response.id)
        json.key("lang")
        json.string(analysis.language.rawValue)
        json.key("flaws")
        json.beginArray()
        for tag in analysis.flaws {
            json.beginObject()
            json.key("id")
            json.string(tag.id)
            json.key("score")
            json.number(tag.score, decimals: 3)
            json.key("evidence")
            json.beginArray()
            for evidence in tag.evidence {
                json.beginObject()
                json.key("text")
                json.string(redactor?.redact(evidence.text) ?? evidence.text)
                json.key("start")
                json.int(evidence.start)
                json.key("end")
                json.int(evidence.end)
                json.key("field")
                json.string(evidence.field < fields.count ? fields[evidence.field] : String(evidence.field))
                json.key("rule")
                json.string(evidence.rule)
                json.endObject()
            }
            json.endArray()
            json.endObject()
        }
        json.endArray()
        json.key("themes")
        json.beginArray()
        for theme in analysis.themes where theme < labels.count { json.string(labels[theme]) }
        json.endArray()
        json.key("theme_sentiment")
        json.beginArray()
        for (index, theme) in analysis.themes.enumerated() where theme < labels.count {
            json.int(index < analysis.themeSentiment.count ? Int(analysis.themeSentiment[index]) : 0)
        }
        json.endArray()
        json.key("row")
        json.int(analysis.response.row)
        json.key("blocked")
        json.beginArray()
        for hit in analysis.blocked {
            guard let block = hit.blockedBy else { continue }
            json.beginObject()
            json.key("flaw")
            json.string(hit.category)
            json.key("rule")
            json.string(hit.rule)
            json.key("text")
            json.string(redactor?.redact(hit.evidence.text) ?? hit.evidence.text)
            json.key("start")
            json.int(hit.evidence.start)
            json.key("end")
            json.int(hit.evidence.end)
            json.key("field")
            json.string(hit.evidence.field < fields.count ? fields[hit.evidence.field] : String(hit.evidence.field))
            json.key("scope")
            json.string(block.kind)
            json.key("marker")
            json.string(block.marker)
            json.endObject()
        }
        json.endArray()
        json.endObject()
        output.append(contentsOf: json.bytes)
        output.append(0x0A)
    }
}
