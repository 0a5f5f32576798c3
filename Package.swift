// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Coherence",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "Coherence", targets: ["Coherence"]),
        .library(name: "CoherenceRender", targets: ["CoherenceRender"]),
        .library(name: "CoherenceReport", targets: ["CoherenceReport"]),
        .library(name: "CoherenceWorkbook", targets: ["CoherenceWorkbook"]),
        .executable(name: "coherence", targets: ["coherence"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", exact: "1.6.0"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", exact: "2.5.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        .package(url: "https://github.com/CoreOffice/XMLCoder", exact: "0.18.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // libxlsxwriter (Debian: libxlsxwriter-dev), imported only by CoherenceWorkbook.
        .systemLibrary(
            name: "CXLSXWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        .target(
            name: "Coherence",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "XMLCoder", package: "XMLCoder"),
                .product(name: "Collections", package: "swift-collections"),
            ]
        ),
        .target(
            name: "CoherenceRender",
            dependencies: ["Coherence", "CGraphviz"]
        ),
        // Writes XLSX workbooks (typed sheets, cells, formats, validations) through libxlsxwriter.
        .target(
            name: "CoherenceWorkbook",
            dependencies: ["CXLSXWriter"]
        ),
        .target(
            name: "CoherenceReport",
            dependencies: ["Coherence", "CoherenceRender"]
        ),
        .executableTarget(
            name: "coherence",
            dependencies: [
                "Coherence", "CoherenceRender", "CoherenceReport", "CoherenceWorkbook",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        // CSV.swift is the reference the byte-level CSV reader (CSVRows) is compared with.
        .testTarget(name: "CoherenceTests", dependencies: [
            "Coherence", "TestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            .product(name: "CSV", package: "CSV.swift"),
        ]),
        .testTarget(name: "CoherenceRenderTests", dependencies: ["CoherenceRender", "Coherence"]),
        .testTarget(name: "CoherenceReportTests", dependencies: ["CoherenceReport", "CoherenceRender", "Coherence"]),
        .testTarget(name: "CoherenceWorkbookTests", dependencies: ["CoherenceWorkbook", "Coherence", "TestSupport"]),
        .testTarget(name: "CLITests", dependencies: ["Coherence", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
