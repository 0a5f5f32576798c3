import Foundation
import Testing
@testable import CoherenceRender

/// Resident memory must stay bounded over many renders: every graph, layout and render buffer
/// is freed. Runs alone in its suite; other suites may run at the same time, which is why the
/// bound is generous.
@Suite("Memory", .serialized)
struct MemoryTests {
    /// Resident set size in bytes, from /proc/self/statm (Linux).
    static func residentBytes() -> Int? {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return nil }
        let fields = statm.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    @Test("1,000 renders grow resident memory by less than 30 MB")
    func thousandRenders() throws {
        try #require(Self.residentBytes() != nil, "needs /proc/self/statm")
        let renderer = Renderer()
        let diagram = Fixtures.goals()
        let chain = Fixtures.chain(60)
        for _ in 0..<50 {
            _ = try renderer.render(diagram, format: .svg)
            _ = try renderer.render(chain, format: .json)
        }
        let before = try #require(Self.residentBytes())
        for index in 0..<1_000 {
            let rendered = try renderer.render(index.isMultiple(of: 2) ? diagram : chain, format: index.isMultiple(of: 3) ? .json : .svg)
            #expect(!rendered.data.isEmpty)
        }
        let after = try #require(Self.residentBytes())
        let growth = after - before
        #expect(growth < 30 * 1024 * 1024, "resident memory grew by \(growth / 1024) KiB over 1,000 renders")
        if ProcessInfo.processInfo.environment["COHERENCE_PRINT_RSS"] != nil {
            print("RSS before \(before / 1024) KiB, after \(after / 1024) KiB, growth \(growth / 1024) KiB")
        }
    }
}
