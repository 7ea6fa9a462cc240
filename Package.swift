// swift-tools-version: 6.0
import PackageDescription

/// Release builds of Candor's own targets leave out the runtime exclusivity checks: they were
/// 2.6 % of a run's instructions (callgrind, one thread, 18 MB sample: 13,486 M to 13,140 M),
/// spread over every stage. Debug builds keep them, and `swift test` (every unit and
/// end-to-end test) runs a debug build, so an overlapping access still traps there.
let releaseSettings: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]

/// Candor: five-flaw tagging and actionable themes for free-text customer feedback.
let package = Package(
    name: "Candor",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "candor", targets: ["candor"]),
        .library(name: "CandorCore", targets: ["CandorCore"]),
        .library(name: "CandorText", targets: ["CandorText"]),
        .library(name: "CandorIngest", targets: ["CandorIngest"]),
        .library(name: "CandorAnalysis", targets: ["CandorAnalysis"]),
        .library(name: "CandorReport", targets: ["CandorReport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    ],
    targets: [
        // Plain C wrappers over ICU's version-renamed C API (Swift cannot call through its macros).
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n"), .linkedLibrary("icudata")]
        ),
        // Plain C wrappers over zlib for transparent `.gz` input.
        .target(name: "CZlib", linkerSettings: [.linkedLibrary("z")]),
        // mimalloc in place of malloc, for the executables only (see callocator.c for why).
        .target(name: "CAllocator", linkerSettings: [.linkedLibrary("mimalloc")]),
        // A cache prefetch hint (see cprefetch.h for why).
        .target(name: "CPrefetch"),
        .target(name: "CandorCore", swiftSettings: releaseSettings),
        .target(name: "CandorText", dependencies: ["CandorCore", "CICU"], swiftSettings: releaseSettings),
        .target(name: "CandorIngest", dependencies: ["CandorCore", "CZlib"], swiftSettings: releaseSettings),
        .target(
            name: "CandorAnalysis",
            dependencies: ["CandorCore", "CandorText", "CandorIngest", "CPrefetch", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources")],
            swiftSettings: releaseSettings
        ),
        .target(name: "CandorReport", dependencies: ["CandorCore", "CandorAnalysis"], swiftSettings: releaseSettings),
        .executableTarget(
            name: "candor",
            dependencies: [
                "CandorCore", "CandorText", "CandorIngest", "CandorAnalysis", "CandorReport", "CAllocator",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: releaseSettings
        ),
        // Stage micro-benchmarks for the README's figures (`swift run -c release candor-bench`).
        .executableTarget(
            name: "candor-bench", dependencies: ["CandorAnalysis", "CandorIngest", "CandorText", "CandorCore", "CAllocator"],
            path: "Benchmarks/CandorBench", swiftSettings: releaseSettings
        ),
        .testTarget(name: "CandorCoreTests", dependencies: ["CandorCore"]),
        .testTarget(name: "CandorTextTests", dependencies: ["CandorText"]),
        .testTarget(name: "CandorIngestTests", dependencies: ["CandorIngest"]),
        .testTarget(name: "CandorAnalysisTests", dependencies: ["CandorAnalysis", "CandorIngest", "CandorText"]),
        .testTarget(name: "CandorReportTests", dependencies: ["CandorReport", "CandorAnalysis"]),
        // Runs the built `candor` binary (the dependency makes `swift test` build it first).
        .testTarget(name: "CandorEndToEndTests", dependencies: ["candor"]),
    ]
)
