// swift-tools-version: 6.1
// The benchmarks of Coherence, in their own package so that the main package stays light:
// ordo-one's benchmark package (with its malloc interposer) is a dependency of this one only.
// Run them with `make bench` from the repository root (Benchmarks/run.sh); see README.md.
import Foundation
import PackageDescription

/// The main package's identity is the name of its folder (a path dependency), whatever the clone is called.
let mainPackage = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "CoherenceBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/package-benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // Kernel-only benchmarks W1–W6 for `swift package benchmark` (ordo-one).
        .executableTarget(
            name: "CoherenceKernels",
            dependencies: [
                "BenchmarkInputs",
                .product(name: "Benchmark", package: "package-benchmark"),
                .product(name: "Coherence", package: mainPackage),
                .product(name: "CoherenceRender", package: mainPackage),
            ],
            path: "Kernels",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
        ),
        // The inputs of the workloads, generated in process with the same options and seeds as
        // the files run.sh writes with `coherence generate`.
        .target(
            name: "BenchmarkInputs",
            dependencies: [.product(name: "Coherence", package: mainPackage)],
            path: "Inputs"
        ),
        // `bench-tool`: end-to-end SVG rendering (W5) and a plain kernel timer run.sh reads.
        .executableTarget(
            name: "bench-tool",
            dependencies: [
                "BenchmarkInputs",
                .product(name: "Coherence", package: mainPackage),
                .product(name: "CoherenceRender", package: mainPackage),
            ],
            path: "Tool"
        ),
    ],
    swiftLanguageModes: [.v6]
)
