// swift-tools-version: 6.1
import PackageDescription

// Pipeline, one module per stage (imports point down only):
// LeniencyCore → LeniencyYAML → LeniencyCatalog → LeniencyLint / LeniencyCaseInput → LeniencyEngine / LeniencyRegister (case register: SQLite, PostgreSQL)
//   → LeniencyRuleTests / LeniencyAudit / LeniencyDiff (two rule versions compared, past cases replayed)
//   → LeniencyReports → LeniencyService (HTTP) → LeniencyCLI → leniency
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Leniency",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "leniency", targets: ["leniency"]),
        // For the benchmark package under Benchmarks/ (in-process figures); the project's only executable stays `leniency`.
        .library(name: "LeniencyLibrary", targets: ["LeniencyCore", "LeniencyCatalog", "LeniencyCaseInput", "LeniencyEngine"]),
        // The input readers, for the libFuzzer targets in Fuzz/ (a library product, not an executable).
        .library(name: "LeniencyReaders", targets: ["LeniencyCore", "LeniencyYAML", "LeniencyCatalog", "LeniencyCaseInput"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
        // The case register (SQLite through GRDB, PostgreSQL through postgres-nio).
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        // `leniency serve`: Hummingbird's core only (traits off: no swift-configuration).
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
    ],
    targets: [
        .systemLibrary(
            name: "SystemLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .target(name: "LeniencyCore", swiftSettings: strictSettings),
        .target(name: "LeniencyYAML", dependencies: ["LeniencyCore", "SystemLibYAML"], swiftSettings: strictSettings),
        .target(name: "LeniencyCatalog", dependencies: ["LeniencyCore", "LeniencyYAML"], swiftSettings: strictSettings),
        .target(name: "LeniencyLint", dependencies: ["LeniencyCore", "LeniencyYAML", "LeniencyCatalog"], swiftSettings: strictSettings),
        .target(name: "LeniencyCaseInput", dependencies: ["LeniencyCore", "LeniencyYAML", "LeniencyCatalog"], swiftSettings: strictSettings),
        .target(name: "LeniencyEngine", dependencies: ["LeniencyCore", "LeniencyCatalog", "LeniencyCaseInput"], swiftSettings: strictSettings),
        .target(
            name: "LeniencyRegister",
            dependencies: [
                "LeniencyCore", "LeniencyCatalog", "LeniencyCaseInput",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            swiftSettings: strictSettings
        ),
        .target(name: "LeniencyRuleTests", dependencies: ["LeniencyCore", "LeniencyYAML", "LeniencyCatalog", "LeniencyCaseInput", "LeniencyEngine"], swiftSettings: strictSettings),
        .target(name: "LeniencyAudit", dependencies: ["LeniencyCore", "LeniencyYAML", "LeniencyCatalog", "LeniencyCaseInput", "LeniencyEngine"], swiftSettings: strictSettings),
        .target(name: "LeniencyDiff", dependencies: ["LeniencyCore", "LeniencyYAML", "LeniencyCatalog", "LeniencyCaseInput", "LeniencyEngine"], swiftSettings: strictSettings),
        .target(name: "LeniencyReports", dependencies: ["LeniencyCore", "LeniencyCatalog", "LeniencyCaseInput", "LeniencyEngine", "LeniencyLint", "LeniencyRuleTests", "LeniencyAudit", "LeniencyRegister", "LeniencyDiff"], swiftSettings: strictSettings),
        .target(
            name: "LeniencyService",
            dependencies: [
                "LeniencyCore", "LeniencyYAML", "LeniencyCatalog", "LeniencyCaseInput", "LeniencyLint", "LeniencyEngine",
                "LeniencyRegister", "LeniencyReports",
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "LeniencyCLI",
            dependencies: [
                "LeniencyCore", "LeniencyYAML", "LeniencyCatalog", "LeniencyCaseInput", "LeniencyLint", "LeniencyEngine",
                "LeniencyRuleTests", "LeniencyAudit", "LeniencyReports", "LeniencyRegister", "LeniencyService", "LeniencyDiff",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "leniency", dependencies: ["LeniencyCLI"], exclude: ["link"], swiftSettings: strictSettings,
            // The Swift driver exports every symbol of an executable (~50,000 with the static standard library); the
            // runtime's start-up then spends 1.7 million instructions in `dladdr` walking them to find its own path,
            // a sixth of a cold `check`. Nothing looks our symbols up dynamically, and crash backtraces read `.symtab`.
            linkerSettings: [
                .unsafeFlags(["-Xlinker", "--no-export-dynamic"], .when(platforms: [.linux])),
                // Release builds link the C++ runtime (used by the Swift runtime, ICU and BoringSSL) statically: loading
                // libstdc++.so and resolving ~800 type-info relocations against it was 2 million of a cold `check`'s 24
                // million instructions. `link/libstdc++.so` is a linker script naming `libstdc++.a`, found before the
                // system's because SwiftPM itself passes `-lstdc++`; lld because gold takes an archive named twice
                // only once, at its first place, before anything needs it. (A release build with the dynamic Swift
                // runtime still loads libstdc++.so for it; nothing C++ crosses between the two copies.)
                .unsafeFlags(["-use-ld=lld", "-L\(Context.packageDirectory)/Sources/leniency/link", "-Xclang-linker", "-static-libgcc"],
                             .when(platforms: [.linux], configuration: .release)),
            ]
        ),

        .testTarget(name: "LeniencyCoreTests", dependencies: ["LeniencyCore"]),
        .testTarget(name: "LeniencyYAMLTests", dependencies: ["LeniencyYAML", "LeniencyCore"]),
        .testTarget(name: "LeniencyCatalogTests", dependencies: ["LeniencyCatalog", "LeniencyYAML", "LeniencyCore"]),
        .testTarget(name: "LeniencyCaseInputTests", dependencies: ["LeniencyCaseInput", "LeniencyCatalog", "LeniencyYAML", "LeniencyCore"]),
        .testTarget(name: "LeniencyLintTests", dependencies: ["LeniencyLint", "LeniencyCatalog", "LeniencyCore", "LeniencyReports"]),
        .testTarget(
            name: "LeniencyEngineTests",
            dependencies: [
                "LeniencyEngine", "LeniencyCaseInput", "LeniencyCatalog", "LeniencyYAML", "LeniencyCore",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(name: "LeniencyRuleTestsTests", dependencies: ["LeniencyRuleTests", "LeniencyReports", "LeniencyCaseInput", "LeniencyCatalog", "LeniencyCore"]),
        .testTarget(name: "LeniencyDiffTests", dependencies: ["LeniencyDiff", "LeniencyReports", "LeniencyEngine", "LeniencyCaseInput", "LeniencyCatalog", "LeniencyCore"]),
        .testTarget(name: "LeniencyAuditTests", dependencies: ["LeniencyAudit", "LeniencyReports", "LeniencyCaseInput", "LeniencyCatalog", "LeniencyEngine", "LeniencyCore"]),
        .testTarget(name: "LeniencyEndToEndTests", dependencies: ["LeniencyCLI", "LeniencyCaseInput", "LeniencyCore", "LeniencyYAML"]),
        .testTarget(name: "LeniencyServiceTests", dependencies: ["LeniencyService", "LeniencyRegister", "LeniencyCaseInput", "LeniencyCatalog", "LeniencyCore"]),
        .testTarget(name: "LeniencyRegisterTests", dependencies: ["LeniencyRegister", "LeniencyCaseInput", "LeniencyCatalog", "LeniencyCore"]),
    ],
    swiftLanguageModes: [.v6]
)
