import CandorCore
import Foundation
import Yams

/// A problem found while reading a taxonomy file, with its line.
public struct TaxonomyIssue: Sendable, Equatable, CustomStringConvertible {
    /// The file ("built-in" for the resource).
    public var source: String
    /// The line, from 1.
    public var line: Int
    /// What is wrong.
    public var message: String

    /// `source:line: message`.
    public var description: String { "\(source):\(line): \(message)" }
}

extension Taxonomy {
    /// Keys each level of the file may hold; anything else is reported.
    static let topKeys: Set<String> = ["version", "threshold", "extends", "lists", "categories"]
    static let categoryKeys: Set<String> = ["id", "names", "description", "rules"]
    static let ruleKeys: Set<String> = ["id", "lang", "weight", "patterns", "negation", "hypothetical", "contrast", "examples"]
    static let exampleKeys: Set<String> = ["match", "no-match"]

    /// Parses a taxonomy from YAML text.
    ///
    /// - Parameters:
    ///   - yaml: the file's text.
    ///   - source: the path, for messages.
    ///   - base: the taxonomy an `extends: built-in` file builds on.
    /// - Returns: the taxonomy and the issues found (unknown keys and the like), which do not
    ///   stop loading.
    /// - Throws: `AnalysisError` `ANA002` when the file is not valid YAML or has a wrong type.
    public static func parse(yaml: String, source: String, base: Taxonomy? = nil) throws(AnalysisError) -> (Taxonomy, [TaxonomyIssue]) {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            throw AnalysisError(code: "ANA002", message: "\(source): not valid YAML: \(error)")
        }
        var reader = NodeReader(source: source)
        guard let mapping = root?.mapping else {
            throw AnalysisError(code: "ANA002", message: "\(source):1: a taxonomy is a mapping with `categories`")
        }
        reader.checkKeys(mapping, allowed: topKeys, context: "taxonomy")
        let extends = mapping["extends"]?.string
        var taxonomy = Taxonomy(source: source)
        if let extends {
            guard extends == "built-in", let base else {
                throw AnalysisError(code: "ANA002", message: "\(source):\(reader.line(mapping["extends"])): `extends` can only be `built-in`")
            }
            taxonomy = base
            taxonomy.source = source
        }
        if let node = mapping["version"] { taxonomy.version = try reader.int(node, "version") }
        if let node = mapping["threshold"] { taxonomy.threshold = try reader.fraction(node, "threshold") }
        if let lists = mapping["lists"] { try reader.readLists(lists, into: &taxonomy.lists) }
        for node in try reader.sequence(mapping["categories"], "categories") {
            let category = try reader.readCategory(node)
            if let index = taxonomy.categories.firstIndex(where: { $0.id == category.id }) {
                taxonomy.categories[index].merge(category)
            } else {
                taxonomy.categories.append(category)
            }
        }
        return (taxonomy, reader.issues)
    }

    /// Loads a taxonomy file.
    /// - Throws: `AnalysisError` `ANA001` (exit 66) when the file cannot be read, `ANA002` when invalid.
    public static func load(path: String, base: Taxonomy? = nil) throws(AnalysisError) -> (Taxonomy, [TaxonomyIssue]) {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw AnalysisError(code: "ANA001", message: "cannot read taxonomy \(path): \(error.localizedDescription)", exitStatus: .noInput)
        }
        return try parse(yaml: text, source: path, base: base)
    }

    /// The built-in taxonomy: the codebook's five flaws in English and French.
    /// - Throws: `AnalysisError` `ANA004` when the resource is missing (a broken install).
    public static func builtIn() throws(AnalysisError) -> Taxonomy {
        let text = try ResourceFiles.text("taxonomy.yaml")
        return try parse(yaml: text, source: "built-in").0
    }

    /// The built-in taxonomy's YAML text, as shipped.
    public static func builtInYAML() throws(AnalysisError) -> String {
        try ResourceFiles.text("taxonomy.yaml")
    }
}

extension Category {
    /// Applies an overriding category: names and description replace, rules with the same id
    /// replace, new rules are appended.
    mutating func merge(_ other: Category) {
        names.merge(other.names) { _, new in new }
        if !other.description.isEmpty { description = other.description }
        for rule in other.rules {
            if let index = rules.firstIndex(where: { $0.id == rule.id }) {
                rules[index] = rule
            } else {
                rules.append(rule)
            }
        }
    }
}
