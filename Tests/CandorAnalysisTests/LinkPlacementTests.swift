import CandorCore
import Testing
@testable import CandorAnalysis

/// Which language's links place a response: its own, or the fallback language's for `und`,
/// for a language without links and for one whose links are empty.
struct LinkPlacementTests {
    static let german = Language(rawValue: "de")

    /// A table linking key `key` to theme `theme`.
    static func table(_ key: UInt64, theme: Int) -> PhraseTable<[ThemeModel.Link]> {
        var table = PhraseTable<[ThemeModel.Link]>()
        table.set(key, [ThemeModel.Link(theme: theme, weight: 1), ThemeModel.Link(theme: theme + 10, weight: 0.5)])
        return table
    }

    /// The theme the placement's links give key `key` for `language`, or nil.
    static func placed(_ placement: LinkPlacement, _ language: Language, key: UInt64) -> [Int]? {
        guard let links = placement.links(for: language) else { return nil }
        var themes: [Int] = []
        links.forEachLinked(1, key: { _ in key }) { _, found in themes = found.map(\.theme) }
        return themes
    }

    @Test func placesByOwnLanguageElseTheFallback() {
        let links: [Language: PhraseTable<[ThemeModel.Link]>] = [
            .english: Self.table(1, theme: 0), .french: Self.table(2, theme: 1), Self.german: PhraseTable(),
        ]
        let placement = LinkPlacement(links: links, fallback: .french)
        #expect(Self.placed(placement, .english, key: 1) == [0, 10])
        #expect(Self.placed(placement, .english, key: 2) == [])
        #expect(Self.placed(placement, .french, key: 2) == [1, 11])
        #expect(Self.placed(placement, .undetermined, key: 2) == [1, 11])
        #expect(Self.placed(placement, Self.german, key: 2) == [1, 11], "empty links: the fallback's")
        #expect(Self.placed(placement, Language(rawValue: "es"), key: 2) == [1, 11], "no links: the fallback's")

        let alone = LinkPlacement(links: links, fallback: nil)
        #expect(Self.placed(alone, .undetermined, key: 2) == nil)
        #expect(Self.placed(alone, Language(rawValue: "es"), key: 2) == nil)
        #expect(Self.placed(alone, Self.german, key: 2) == [])
        #expect(Self.placed(alone, .english, key: 1) == [0, 10])
    }
}
