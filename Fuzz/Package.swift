// swift-tools-version: 6.0
// libFuzzer harnesses for the four parsers of Coherence, in their own package so that libFuzzer's
// `main` never meets the CLI's and the normal build never sees `-sanitize=fuzzer`.
// Build and run them with `make fuzz` from the repository root (Scripts/fuzz.sh); see README.md.
//
// Every product must be built with `-Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library`:
// libFuzzer supplies `main` and calls `LLVMFuzzerTestOneInput`, which each harness exports.
import Foundation
import PackageDescription

/// The main package's identity is the name of its folder (a path dependency), whatever the clone is called.
let mainPackage = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

/// A harness: one executable target, one file, depending on the Coherence library and the shared helpers.
func harness(_ name: String) -> Target {
    .executableTarget(
        name: name,
        dependencies: ["FuzzSupport", .product(name: "Coherence", package: mainPackage)],
        path: "Sources/\(name)"
    )
}

let package = Package(
    name: "CoherenceFuzz",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "FuzzModel", targets: ["FuzzModel"]),
        .executable(name: "FuzzMatrix", targets: ["FuzzMatrix"]),
        .executable(name: "FuzzActionPlan", targets: ["FuzzActionPlan"]),
        .executable(name: "FuzzWorkbook", targets: ["FuzzWorkbook"]),
    ],
    dependencies: [
        .package(path: ".."),
    ],
    targets: [
        // Splitting an input into parts, assembling XLSX parts into a ZIP archive in memory, and the
        // checks every harness makes on what a reader throws.
        .target(name: "FuzzSupport", dependencies: ["CFuzzDriver", .product(name: "Coherence", package: mainPackage)], path: "Sources/FuzzSupport"),
        // The declaration of libFuzzer's `LLVMFuzzerRunDriver`.
        .target(name: "CFuzzDriver", path: "Sources/CFuzzDriver"),
        harness("FuzzModel"),
        harness("FuzzMatrix"),
        harness("FuzzActionPlan"),
        harness("FuzzWorkbook"),
    ],
    swiftLanguageModes: [.v6]
)
