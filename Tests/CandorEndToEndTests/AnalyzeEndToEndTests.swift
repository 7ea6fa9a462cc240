import Foundation
import Testing

/// `candor analyze` and `candor tag` on the demo corpus, run as a user runs them.
@Suite(.serialized)
struct AnalyzeEndToEndTests {
    static let demo = ["Corpora/demo/survey.csv", "--text", "reason", "--text", "improve", "--id", "response_id", "--score", "nps", "--segment", "channel"]

    @Test func analyzeDemoPrintsAReadableSummary() throws {
        let run = try CandorBinary.run(["analyze"] + Self.demo)
        #expect(run.status == 0, "\(run.stderr)")
        let text = run.output
        #expect(text.hasPrefix("# Candor summary"))
        #expect(text.contains("responses read"))
        #expect(text.contains("## The five flaws"))
        #expect(text.contains("## Top themes"))
        #expect(text.contains("What detractors talk about"))
        for flaw in ["Ignorance", "Information gaps", "Denial", "Alignment", "Avoidance"] {
            #expect(text.contains("| \(flaw) |"), "missing \(flaw)")
        }
        // Personal data in the demo corpus is masked by default.
        #expect(!text.contains("4111 1111 1111 1111"))
        #expect(!text.contains("@example.com"))
    }

    @Test func jsonIsIdenticalForOneAndTwoThreads() throws {
        let folder = try CandorBinary.temporaryFolder()
        let one = folder.appendingPathComponent("one.json").path
        let two = folder.appendingPathComponent("two.json").path
        let first = try CandorBinary.run(["analyze"] + Self.demo + ["--threads", "1", "--json", one, "--output", folder.appendingPathComponent("one.md").path])
        let second = try CandorBinary.run(["analyze"] + Self.demo + ["--threads", "2", "--json", two, "--output", folder.appendingPathComponent("two.md").path])
        #expect(first.status == 0 && second.status == 0, "\(first.stderr)\(second.stderr)")
        let left = try Data(contentsOf: URL(fileURLWithPath: one))
        let right = try Data(contentsOf: URL(fileURLWithPath: two))
        #expect(!left.isEmpty)
        #expect(left == right)
        let object = try JSONSerialization.jsonObject(with: left) as? [String: Any]
        #expect((object?["counts"] as? [String: Any])?["read"] as? Int == 582)
    }

    /// `--stats` tells a cron log where the time went, and that the binary runs on mimalloc
    /// (the README's figures are measured so; a link that lost the override says so instead).
    @Test func statsNameTheStagesThroughputAndAllocator() throws {
        let run = try CandorBinary.run(["analyze"] + Self.demo + ["--stats"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stderr.split(separator: "\n").filter { $0.hasPrefix("candor: stats: ") }
        #expect(lines.contains { $0.contains("read+tokenize+count phrases") })
        #expect(lines.contains { $0.contains("read+tokenize+tag+assign") })
        #expect(lines.contains { $0.contains("rows/s") && $0.contains("MB/s") && $0.contains("peak RSS") })
        #expect(lines.contains { $0.hasPrefix("candor: stats: allocator mimalloc 2.") }, "\(run.stderr)")
        #expect(run.output.hasPrefix("# Candor summary"))
    }

    @Test func tagWritesOneJSONLinePerRowInInputOrder() throws {
        let run = try CandorBinary.run(["tag"] + Self.demo + ["--threads", "2"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.output.split(separator: "\n")
        #expect(lines.count == 582)
        var previous = ""
        for (index, line) in lines.enumerated() {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let id = try #require(object["id"] as? String)
            #expect(id > previous, "line \(index + 1) out of order")
            previous = id
            #expect(["en", "fr", "und"].contains(object["lang"] as? String ?? ""))
            #expect(object["flaws"] is [Any])
            #expect(object["themes"] is [Any])
        }
        let single = try CandorBinary.run(["tag"] + Self.demo + ["--threads", "1"])
        #expect(single.stdout == run.stdout)
    }

    @Test func stdinReadsLikeAFile() throws {
        let data = try Data(contentsOf: CandorBinary.root.appendingPathComponent("Corpora/demo/survey.csv"))
        let viaStdin = try CandorBinary.run(["tag", "-", "--text", "reason", "--id", "response_id"], stdin: data)
        let viaFile = try CandorBinary.run(["tag", "Corpora/demo/survey.csv", "--text", "reason", "--id", "response_id"])
        #expect(viaStdin.status == 0, "\(viaStdin.stderr)")
        #expect(viaStdin.stdout == viaFile.stdout)
    }

    @Test func evalReportsMacroF1OnTheGoldSet() throws {
        let run = try CandorBinary.run(["eval", "--gold", "Corpora/gold/en.csv", "--misses", "3"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.output.contains("macro_f1="))
        for flaw in ["ignorance", "information-gaps", "denial", "alignment", "avoidance"] {
            #expect(run.output.contains(flaw))
        }
    }

    @Test func helpShowsExamplesForEveryCommand() throws {
        for command in ["analyze", "tag", "eval"] {
            let run = try CandorBinary.run([command, "--help"])
            #expect(run.status == 0)
            #expect(run.output.contains("Examples:"), "\(command)")
        }
    }
}
