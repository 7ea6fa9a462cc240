// Micro-benchmarks of Candor's stages on a real corpus, for the README's figures (not tests:
// no wall-clock limit is asserted anywhere).
//
//   candor-bench tag-overhead FILE [--text COL] [--repeat N] [--tag-alone]
//     Reads FILE once, then times, on one core, tokenizing every response alone and tokenizing
//     plus tagging the five flaws, each run with a fresh worker (its caches fill from the corpus
//     once, as in the pipeline); prints both and the overhead tagging adds. `--tag-alone`
//     also times tagging alone over texts tokenized beforehand (all held in memory: a target
//     for profiling the tagger by itself; its tokens are read cold, unlike in the pipeline).
import CandorAnalysis
import CandorCore
import CandorIngest
import CandorText
import Foundation

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("candor-bench: \(message)\n".utf8))
    exit(64)
}

func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 2, arguments[0] == "tag-overhead" else {
    fail("usage: candor-bench tag-overhead FILE [--text COL] [--repeat N] [--tag-alone]")
}
var options = IngestOptions()
var repeats = 3
var tagAlone = false
var index = 2
while index < arguments.count {
    switch arguments[index] {
    case "--text" where index + 1 < arguments.count: options.textFields.append(arguments[index + 1]); index += 2
    case "--repeat" where index + 1 < arguments.count: repeats = Int(arguments[index + 1]) ?? 3; index += 2
    case "--tag-alone": tagAlone = true; index += 1
    default: fail("unknown argument \(arguments[index])")
    }
}
do {
    let read = try readAll(paths: [arguments[1]], options: options)
    let texts = read.responses.flatMap(\.texts)
    let bytes = texts.reduce(0) { $0 + $1.utf8.count }
    let engine = try AnalysisEngine.builtIn()
    let guesser = engine.guesser
    /// A worker's state as the pipeline makes it, fresh for each timed run: the caches
    /// (tokenizer's pieces and forms, tagger's symbols) fill from the corpus once, as in a run
    /// over it, instead of starting warm from the run before.
    func worker() throws -> (TokenVocabulary, Tokenizer, FlawTagger, LanguageGuesser.Cache) {
        // Tokens carry vocabulary ids (one hash per token, in the tokenizer), as in the pipeline.
        let vocabulary = TokenVocabulary()
        return (vocabulary, try Tokenizer(vocabulary: vocabulary), FlawTagger(compiled: engine.compiled, vocabulary: vocabulary),
                LanguageGuesser.Cache(vocabulary: vocabulary))
    }
    var tokenizeOnly = Double.infinity
    var withTagging = Double.infinity
    var tokens = 0
    var tags = 0
    for _ in 0..<repeats {
        var (vocabulary, tokenizer, tagger, guessCache) = try worker()
        tokenizeOnly = min(tokenizeOnly, seconds {
            tokens = 0
            for text in texts {
                vocabulary.startResponse()
                let tokenized = tokenizer.tokenize(text)
                tokens += tokenized.tokens.count
                _ = guesser.guess(tokenized, cache: guessCache)
            }
        })
        (vocabulary, tokenizer, tagger, guessCache) = try worker()
        withTagging = min(withTagging, seconds {
            tags = 0
            for text in texts {
                vocabulary.startResponse()
                let tokenized = tokenizer.tokenize(text)
                let language = guesser.guess(tokenized, cache: guessCache)
                tags += tagger.tag([tokenized], language: language).count
            }
        })
    }
    let megabytes = Double(bytes) / 1e6
    print(String(format: "responses=%d tokens=%d text_mb=%.1f rules=%d automaton_states=%d", texts.count, tokens, megabytes,
                 engine.compiled.taxonomy.rules.count, engine.compiled.automaton.stateCount))
    print(String(format: "tokenize_only_s=%.3f (%.1f MB/s)  tokenize_and_tag_s=%.3f (%.1f MB/s)  tags=%d", tokenizeOnly,
                 megabytes / tokenizeOnly, withTagging, megabytes / withTagging, tags))
    print(String(format: "tagging_overhead=%.1f%%", (withTagging / tokenizeOnly - 1) * 100))
    if tagAlone {
        var tokenized: [(TokenizedText, Language)] = []
        let (vocabulary, tokenizer, _, guessCache) = try worker()
        let generation = vocabulary.generation
        for text in texts {
            vocabulary.startResponse()
            let tokens = tokenizer.tokenize(text)
            tokenized.append((tokens, guesser.guess(tokens, cache: guessCache)))
        }
        // Ids from before a renumbering would read other words' symbols.
        if vocabulary.generation != generation { fail("--tag-alone: the token vocabulary renumbered; use a smaller FILE") }
        var alone = Double.infinity
        for _ in 0..<repeats {
            // A fresh tagger over the tokens' vocabulary: its symbol cache fills once per run.
            let tagger = FlawTagger(compiled: engine.compiled, vocabulary: vocabulary)
            alone = min(alone, seconds {
                tags = 0
                for (text, language) in tokenized { tags += tagger.tag([text], language: language).count }
            })
        }
        print(String(format: "tag_alone_s=%.3f  tags=%d", alone, tags))
    }
} catch let error as CandorError {
    fail(error.description)
} catch {
    fail("\(error)")
}
