import CandorCore

/// One language's phrase-to-theme links laid flat for assigning: per merge key, where its links
/// lie in one array.
///
/// `ThemeModel.links` holds an array of links per phrase; reading one out of its table retained
/// and released it for every candidate a response names (a tenth of assigning, by perf). Here a
/// lookup yields a plain range, read through a buffer.
struct FlatLinks: Sendable, Equatable {
    /// Per merge key: the start of its links in `items` (high 32 bits) and their count.
    private var ranges: PhraseTable<UInt64>
    /// Every link, key after key, each key's in the order of its array.
    private var items: [ThemeModel.Link]
    /// How many candidates ahead `forEachLinked` asks for a key's entry.
    private static let entryLead = 4

    /// The links of `table`, flat.
    init(_ table: PhraseTable<[ThemeModel.Link]>) {
        var ranges = PhraseTable<UInt64>(capacity: table.count)
        var items: [ThemeModel.Link] = []
        for (key, links) in table {
            ranges.set(key, UInt64(items.count) << 32 | UInt64(links.count))
            items.append(contentsOf: links)
        }
        self.ranges = ranges
        self.items = items
    }

    /// Runs `body` with the links of each key `key(i)` for `i` in `0..<count` that has any, in
    /// order: `body(i, links)`.
    @inline(__always)
    func forEachLinked(
        _ count: Int, key: (Int) -> UInt64, _ body: (Int, UnsafeBufferPointer<ThemeModel.Link>) -> Void
    ) {
        // Asked for ahead (a hint): a response's candidates probe the table at random, and its
        // slots and keys outgrow the fastest caches.
        for index in 0..<count { ranges.prefetch(key(index), entry: false) }
        items.withUnsafeBufferPointer { items in
            for index in 0..<count {
                if index + Self.entryLead < count { ranges.prefetch(key(index + Self.entryLead), entry: true) }
                guard let range = ranges[key(index)] else { continue }
                let start = Int(range >> 32)
                body(index, UnsafeBufferPointer(rebasing: items[start..<start + Int(range & 0xFFFF_FFFF)]))
            }
        }
    }
}

/// Which flat links place a response of each language, resolved once per model: a response
/// of `und`, or of a language without links, is placed by the fallback language's.
///
/// Looked up by a scan of a few languages (a string comparison each) instead of hashing the
/// language code into dictionaries per response.
struct LinkPlacement: Sendable, Equatable {
    private var languages: [Language] = []
    private var placed: [FlatLinks?] = []
    private var others: FlatLinks?

    /// The placement of `links`, flattened, with `fallback`.
    init(links: [Language: PhraseTable<[ThemeModel.Link]>], fallback: Language?) {
        let flat = links.mapValues(FlatLinks.init)
        let fallbackLinks = fallback.flatMap { flat[$0] }
        for language in (Array(links.keys) + [.undetermined]).sorted() where !languages.contains(language) {
            let own = links[language]
            let usesFallback = language == .undetermined || own == nil || own?.count == 0
            languages.append(language)
            placed.append(usesFallback && fallback != nil ? fallbackLinks : flat[language])
        }
        others = fallbackLinks
    }

    /// An empty placement (no links).
    init() {}

    /// The links that place a response of `language`, if any.
    func links(for language: Language) -> FlatLinks? {
        for index in languages.indices where languages[index] == language { return placed[index] }
        return others
    }
}
