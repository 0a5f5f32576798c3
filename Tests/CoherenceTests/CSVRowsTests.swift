import CSV
import Foundation
import Testing
@testable import Coherence

/// The byte-level CSV reader gives exactly the rows of the CSV.swift reader it replaced.
@Suite("CSV rows against CSV.swift")
struct CSVRowsTests {
    /// The rows CSV.swift reads (`trimFields: false`, no header), the reference.
    static func reference(_ text: String, separator: Character) throws -> [[String]] {
        let reader = try CSVReader(string: text, hasHeaderRow: false, trimFields: false,
                                   delimiter: separator.unicodeScalars.first!)
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        return rows
    }

    static let cases: [String] = [
        "", "a", "a,b", "a,b\n", "a,b\r\n1,2\r\n", "a,b\r1,2", "\n", "\n\n", "a,\n", "a,", ",", ",,",
        "\"a,b\",c", "\"a\"\"b\"", "\"a\nb\",c\nd", "\"a\"x,b", "\"a\"é,b", "\"a\"\r", "\"a\"\rb", "\"a\",",
        "\"\"", "\"\",\"\"", "a\"b,c", "é,ü\n€,漢字", "x,\"y\"\r\n", "\"open", "a,b\n\n\nc", "1;2;3", "a\tb\n",
        "\"a\"\"\",b", "a,\"b\"", "a,\"b\",", "\"\"\"\"", "a\r\n\r\nb",
    ]

    @Test("hand-picked texts", arguments: cases)
    func agrees(_ text: String) throws {
        for separator in [",", ";", "\t"] as [Character] {
            #expect(CSVRows.rows(text, separator: separator.asciiValue!) == (try Self.reference(text, separator: separator)),
                    "\(text.debugDescription) separated by \(separator.debugDescription)")
        }
    }

    @Test("seeded random texts over the special characters")
    func random() throws {
        var generator = SplitMix64(seed: 20261129)
        let alphabet: [String] = [",", ";", "\"", "\n", "\r", "a", "b", " ", "é", "1", "\t"]
        for _ in 0..<3_000 {
            let length = Int(generator.next() % 24)
            let text = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }.joined()
            let separator: Character = generator.next() % 2 == 0 ? "," : ";"
            #expect(CSVRows.rows(text, separator: separator.asciiValue!) == (try Self.reference(text, separator: separator)),
                    "\(text.debugDescription)")
        }
    }

    @Test("every CSV fixture of the repository")
    func fixtures() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var checked = 0
        for folder in ["Tests/Fixtures/bad", "Tests/Fixtures/bad/handled", "Models/matrices", "Tests/Fixtures/models"] {
            let url = root.appendingPathComponent(folder)
            for name in (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [] where name.hasSuffix(".csv") {
                guard let text = String(data: try Data(contentsOf: url.appendingPathComponent(name)), encoding: .utf8) else { continue }
                for separator in [",", ";"] as [Character] {
                    #expect(CSVRows.rows(text, separator: separator.asciiValue!) == (try Self.reference(text, separator: separator)), "\(folder)/\(name)")
                }
                checked += 1
            }
        }
        #expect(checked > 20)
    }
}
