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

    /// The growth of resident memory over 1,000 renders, estimated from 8 phases of 125 renders
    /// as 8 × the median phase's growth: a leak grows every phase alike, while other suites running
    /// in the same process at the same time make single phases jump (or shrink), which the median
    /// ignores.
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
        var phases: [Int] = []
        var index = 0
        for _ in 0..<8 {
            let before = try #require(Self.residentBytes())
            for _ in 0..<125 {
                let rendered = try renderer.render(index.isMultiple(of: 2) ? diagram : chain, format: index.isMultiple(of: 3) ? .json : .svg)
                #expect(!rendered.data.isEmpty)
                index += 1
            }
            phases.append(try #require(Self.residentBytes()) - before)
        }
        let median = phases.sorted()[phases.count / 2]
        let growth = 8 * median
        #expect(growth < 30 * 1024 * 1024, "resident memory grew by about \(growth / 1024) KiB over 1,000 renders (phases: \(phases.map { $0 / 1024 }) KiB)")
        if ProcessInfo.processInfo.environment["COHERENCE_PRINT_RSS"] != nil {
            print("RSS growth per phase of 125 renders: \(phases.map { $0 / 1024 }) KiB; estimate \(growth / 1024) KiB")
        }
    }
}
