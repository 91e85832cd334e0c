// swift-tools-version: 6.1
// Release-mode benchmarks (ordo-one/benchmark), kept in their own package so that the main
// build and CI's tests never compile them. Run from this folder:
//     swift package --disable-sandbox benchmark
//     swift package --disable-sandbox benchmark --target TextLayer
//     swift package --disable-sandbox benchmark --target Lexicons
//     swift package --disable-sandbox benchmark --target NGrams
import PackageDescription

let package = Package(
    name: "VerbatimBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "Verbatim", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: ["TextLayer", "Quotes", "NGrams", "Lexicons", "Clusters", "Scan"].map(benchmark) + [
        // CPU time, the repository's files and the shared mixed corpus, for every suite.
        .target(name: "BenchmarkSupport", path: "BenchmarkSupport"),
    ]
)

/// A benchmark suite: an executable target in the folder of its name.
func benchmark(_ name: String) -> Target {
    .executableTarget(
        name: name,
        dependencies: [
            "BenchmarkSupport",
            .product(name: "Verbatim", package: "Verbatim"),
            .product(name: "Benchmark", package: "benchmark"),
        ],
        path: name,
        plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    )
}
