// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Communique",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "communique", targets: ["communique"]),
        .library(name: "Communique", targets: ["Communique"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
    ],
    targets: [
        .systemLibrary(name: "CCSV", path: "Sources/CCSV"),
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", pkgConfig: "zlib"),
        .target(name: "CShims", path: "Sources/CShims"),
        .target(
            name: "Communique",
            dependencies: [
                "CCSV", "CZlib", "CShims",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .executableTarget(
            name: "communique",
            dependencies: [
                "Communique",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "CommuniqueTests",
            dependencies: ["Communique"]
        ),
    ]
)
