import CandorCore
import CandorIngest
import CandorText
import Foundation
import Testing
@testable import CandorAnalysis

/// The byte paths for ASCII keys (stemming, `isWordLike`, pattern prefixes) agree with the
/// character and scalar paths they shortcut, on every key of the demo survey and on edge cases.
struct WordShapeTests {
    static let demo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Corpora/demo/survey.csv").path

    static let edgeCases = [
        "", "a", "as", "bus", "ies", "flies", "fries", "dies", "glasses", "boss", "status", "analysis", "boxes",
        "churches", "wishes", "horses", "taxes", "quizzes", "axes", "news", "cats", "cat's", "check-ins",
        "travaux", "chevaux", "eaux", "peaux", "bateaux", "prix", "choix", "délais", "ss", "xxxx", "4g", "x2",
        "22", "--", "''", "a-", "ab", "Cats", "BOXES", "3d", "redis", "mass", "perhaps", "ways",
    ]

    private func demoKeys() throws -> [String] {
        var options = IngestOptions()
        options.textFields = ["reason", "improve"]
        let texts = try readAll(paths: [Self.demo], options: options).responses.flatMap(\.texts)
        let tokenizer = try Tokenizer()
        var keys = Set<String>()
        for text in texts { keys.formUnion(tokenizer.tokenize(text).keys) }
        return keys.sorted()
    }

    @Test func asciiStemsMatchCharacterStems() throws {
        let stemmer = Stemmer()
        let keys = try demoKeys() + Self.edgeCases
        #expect(keys.count > 500)
        for language in [Language.english, .french, .undetermined] {
            for key in keys {
                #expect(stemmer.stem(key, language: language) == stemmer.characterStem(key, language: language), "\(key)")
            }
        }
        #expect(stemmer.stem("flies", language: .english) == "fly")
        #expect(stemmer.stem("chevaux", language: .french) == "cheval")
    }

    @Test func asciiWordShapeMatchesScalarShape() throws {
        for key in try demoKeys() + Self.edgeCases {
            #expect(PhraseExtractor.isWordLike(key) == PhraseExtractor.scalarWordLike(key), "\(key)")
        }
        #expect(!PhraseExtractor.isWordLike("xxxx"))
        #expect(PhraseExtractor.isWordLike("4g"))
    }
}
