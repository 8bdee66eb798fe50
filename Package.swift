// swift-tools-version:6.0
import PackageDescription

// Targets follow the data flow; each depends only on those listed before it:
// Core -> Text -> Knowledge -> Output -> Stages -> Pipeline -> the `communique` executable.
// The synthetic corpus and the benchmarks are a separate executable, outside the product.
// The hot path crosses targets (the stages call the text and value grammar in Text, the row types
// in Core): release builds optimise across modules so that splitting the package costs no speed.
let crossModule: [SwiftSetting] = [.unsafeFlags(["-cross-module-optimization"], .when(configuration: .release))]

let package = Package(
    name: "Communique",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "communique", targets: ["CommuniqueCLI"]),
        .executable(name: "communique-bench", targets: ["CommuniqueBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
    ],
    targets: [
        // System libraries and the few C calls Swift does not import.
        .systemLibrary(name: "CCSV", path: "Sources/CCSV"),
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", pkgConfig: "zlib"),
        .target(name: "CShims", path: "Sources/CShims"),

        // Dates and spans, row types and schemas, ids, errors, CSV and YAML reading.
        .target(
            name: "CommuniqueCore",
            dependencies: ["CCSV", .product(name: "Yams", package: "Yams"), .product(name: "Crypto", package: "swift-crypto")], swiftSettings: crossModule),
        // Tokenising, phrase matching and the value grammar (numbers, money, dates).
        .target(name: "CommuniqueText", dependencies: ["CommuniqueCore"], swiftSettings: crossModule),
        // Gazetteers, leaders, organisations, the lexicon and boilerplate rules, read from data files.
        .target(name: "CommuniqueKnowledge", dependencies: ["CommuniqueCore", "CommuniqueText"], swiftSettings: crossModule),
        // CSV (libcsv), gzip (zlib), atomic publication, the run manifest and the data package.
        .target(name: "CommuniqueOutput", dependencies: ["CommuniqueCore", "CCSV", "CZlib", "CShims"], swiftSettings: crossModule),
        // The stages: load, clean, extract (its extractors) and aggregate (its steps).
        .target(
            name: "CommuniqueStages",
            dependencies: ["CommuniqueCore", "CommuniqueText", "CommuniqueKnowledge", "CommuniqueOutput", "CShims"], swiftSettings: crossModule),
        // The pipeline file, the plan it declares and the runner that executes it.
        .target(
            name: "CommuniquePipeline",
            dependencies: ["CommuniqueCore", "CommuniqueText", "CommuniqueKnowledge", "CommuniqueOutput", "CommuniqueStages", "CShims"], swiftSettings: crossModule),
        // --quiet/--verbose and logging set-up shared by the two executables.
        .target(
            name: "CommuniqueCommandSupport",
            dependencies: [
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        // The `communique` command: parses arguments, sets up logging, calls the pipeline.
        .executableTarget(
            name: "CommuniqueCLI",
            dependencies: [
                "CommuniquePipeline", "CommuniqueCommandSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]),

        // Benchmarks: a deterministic synthetic corpus and the `communique-bench` command.
        .target(name: "CommuniqueSynth", dependencies: ["CommuniqueCore", "CommuniqueText", "CommuniqueKnowledge"]),
        .executableTarget(
            name: "CommuniqueBench",
            dependencies: [
                "CommuniquePipeline", "CommuniqueSynth", "CommuniqueCommandSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        .testTarget(
            name: "CommuniqueTests",
            dependencies: [
                "CommuniqueCore", "CommuniqueText", "CommuniqueKnowledge", "CommuniqueOutput", "CommuniqueStages",
                "CommuniquePipeline", "CommuniqueSynth",
            ],
            // Articles and gold the tests read by path.
            exclude: ["Fixtures"]),
    ]
)
