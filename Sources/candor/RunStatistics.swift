import CAllocator
import CandorAnalysis
import Foundation

/// `--stats`: where the time went, throughput and peak memory, on stderr (for cron logs).
enum RunStatistics {
    static func print(runner: AnalysisRunner, summary: RunSummary, since start: Date) {
        let seconds = Date().timeIntervalSince(start)
        for (stage, time) in runner.timings {
            Console.warn(String(format: "stats: %-30@ %8.3f s", stage as NSString, time))
        }
        let rows = Double(summary.read)
        Console.warn(String(format: "stats: total %.3f s, %.0f rows/s, %.1f MB/s, peak RSS %.1f MB, %d threads",
                            seconds, rows / max(seconds, 1e-9), Double(runner.bytesRead) / 1e6 / max(seconds, 1e-9),
                            Double(peakResidentBytes()) / 1e6, runner.configuration.threads))
        Console.warn("stats: allocator \(allocator)")
    }

    /// The allocator in effect: mimalloc and its version, or the C library's when the link
    /// did not replace `malloc` (the figures then are not the README's).
    static var allocator: String {
        let version = callocator_mimalloc_version()
        guard callocator_malloc_is_mimalloc() != 0 else { return "system malloc (mimalloc \(version) linked, not in effect)" }
        return "mimalloc \(version / 100).\(version / 10 % 10).\(version % 10)"
    }

    /// The process's peak resident set size, from /proc/self/status (VmHWM).
    static func peakResidentBytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.split(separator: " ").compactMap { Int($0) }.first ?? 0
            return digits * 1024
        }
        return 0
    }
}
