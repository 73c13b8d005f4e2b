// swift-tools-version: 6.1
import PackageDescription

// libFuzzer targets, kept out of the project's own package so that it has one executable product (`leniency`).
// They use the root package's `LeniencyReaders` library (Core, YAML, Catalog, CaseInput), so a fuzz build compiles
// only those modules: not the engine's callers, Hummingbird, GRDB, postgres-nio or swift-argument-parser.
// Build and run: Fuzz/run.sh SECONDS (docs/TESTING.md, "Fuzzing").
let package = Package(
    name: "LeniencyFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Leniency", path: ".."),
    ],
    targets: [
        .target(name: "FuzzSupport", dependencies: [.product(name: "LeniencyReaders", package: "Leniency")]),
        .executableTarget(name: "fuzz-yaml", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "fuzz-expression", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "fuzz-jsonl", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "fuzz-case", dependencies: ["FuzzSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
