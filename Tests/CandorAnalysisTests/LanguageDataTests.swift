import CandorCore
import CandorText
import Foundation
import Testing
@testable import CandorAnalysis

/// Language data files follow the conventions: UTF-8 NFC, one entry a line, sorted; and the
/// language guess works on typical responses.
struct LanguageDataTests {
    static let resources = Result { try ResourceFiles.directory() }

    @Test func listFilesAreSortedNFCAndUnique() throws {
        let root = try Self.resources.get()
        for language in try ResourceFiles.languages() {
            let folder = root.appendingPathComponent(language)
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".txt") {
                let entries = try ResourceFiles.list("\(language)/\(name)")
                #expect(entries == entries.sorted(), "\(language)/\(name) is not sorted")
                #expect(Set(entries).count == entries.count, "\(language)/\(name) has duplicates")
                for entry in entries {
                    #expect(entry.precomposedStringWithCanonicalMapping == entry, "\(language)/\(name): \(entry) is not NFC")
                }
            }
        }
    }

    @Test(arguments: [
        ("The delivery was late and nobody told me", "en"),
        ("La livraison est arrivée en retard et personne ne m'a prévenu", "fr"),
        ("Service client injoignable depuis trois jours", "fr"),
        ("配達が遅れました", "und"),
        ("ok", "und"),
    ])
    func guessesTheLanguage(text: String, expected: String) throws {
        let guesser = LanguageData.guesser(try LanguageData.builtIn())
        #expect(guesser.guess(try Tokenizer().tokenize(text)).rawValue == expected)
    }
}
