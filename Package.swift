// swift-tools-version: 6.0
import PackageDescription

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
        .target(name: "CandorCore"),
        .target(name: "CandorText", dependencies: ["CandorCore", "CICU"]),
        .target(name: "CandorIngest", dependencies: ["CandorCore", "CZlib"]),
        .target(
            name: "CandorAnalysis",
            dependencies: ["CandorCore", "CandorText", "CandorIngest", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources")]
        ),
        .target(name: "CandorReport", dependencies: ["CandorCore", "CandorAnalysis"]),
        .executableTarget(
            name: "candor",
            dependencies: [
                "CandorCore", "CandorText", "CandorIngest", "CandorAnalysis", "CandorReport", "CAllocator",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Stage micro-benchmarks for the README's figures (`swift run -c release candor-bench`).
        .executableTarget(
            name: "candor-bench", dependencies: ["CandorAnalysis", "CandorIngest", "CandorText", "CandorCore", "CAllocator"],
            path: "Benchmarks/CandorBench"
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
