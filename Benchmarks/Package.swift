// swift-tools-version: 6.1
import PackageDescription

// Benchmark executables, kept out of the project's own package so that it has one executable product (`leniency`).
// Build: swift build -c release --package-path Benchmarks (Benchmarks/peer/run.sh does it).
let package = Package(
    name: "LeniencyBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Leniency", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "decide-bench",
            dependencies: [.product(name: "LeniencyLibrary", package: "Leniency")],
            path: "decide-bench"
        ),
    ],
    swiftLanguageModes: [.v6]
)
