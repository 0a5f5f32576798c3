import Foundation
import Testing

/// Where a message must point in a bad file.
enum Place: Sendable, CustomStringConvertible {
    /// `FILE:LINE:` (YAML, JSON, and CSV syntax errors), optionally `FILE:LINE:COLUMN:`.
    case line(Int, column: Int? = nil)
    /// `FILE: row N` (a table), optionally `, column M` (after an optional `(label)`).
    case row(Int, column: Int? = nil)
    /// `FILE: sheet S, cell C` (a workbook cell).
    case cell(String)
    /// `FILE: sheet S` (a whole sheet of a workbook).
    case sheet
    /// Only the file: it has no place (empty, not text, not a ZIP archive, a zip bomb).
    case file

    var description: String {
        switch self {
        case .line(let l, let c): "line \(l)" + (c.map { ", column \($0)" } ?? "")
        case .row(let r, let c): "row \(r)" + (c.map { ", column \($0)" } ?? "")
        case .cell(let c): "cell \(c)"
        case .sheet: "sheet"
        case .file: "file"
        }
    }

    /// Whether a line of standard error names `path` and this place.
    func matches(_ line: String, path: String) -> Bool {
        guard line.hasPrefix(path) else { return false }
        let rest = String(line.dropFirst(path.count))
        let pattern: String
        switch self {
        case .line(let l, let c): pattern = "^:\(l):" + (c.map { "\($0):" } ?? "")
        case .row(let r, let c): pattern = "^: row \(r)\\b" + (c.map { "( \\([^)]*\\))?, column \($0)\\b" } ?? "")
        case .cell(let c): pattern = "^: sheet [^,:]+, cell \(c)\\b"
        case .sheet: pattern = "^: sheet "
        case .file: pattern = "^(: |:? ?error: )"
        }
        return rest.range(of: pattern, options: .regularExpression) != nil
    }
}

/// Every file of Tests/Fixtures/bad is refused with status 2, a message naming the file and the place
/// of the fault, no crash, no hang and no output left behind. See Tests/Fixtures/bad/README.md.
@Suite("bad-input corpus")
struct BadInputCorpusTests {
    static let folder = "Tests/Fixtures/bad"

    /// Each file and where its first error must point (the place of the one fault it has).
    static let expectations: [(String, Place)] = [
        ("yaml-actions-scalar.yaml", .line(5, column: 10)),
        ("yaml-bad-indentation.yaml", .line(7, column: 11)),
        ("yaml-billion-laughs-plan.yaml", .line(9, column: 11)),
        ("yaml-billion-laughs.yaml", .line(3, column: 1)),
        ("yaml-binary-junk.yaml", .line(1, column: 1)),
        ("yaml-budget-list.yaml", .line(9, column: 13)),
        ("yaml-deep-block-nesting.yaml", .line(132)),
        ("yaml-deep-flow-nesting.yaml", .line(3)),
        ("yaml-duplicate-action.yaml", .line(10, column: 9)),
        ("yaml-duplicate-key.yaml", .line(7, column: 5)),
        ("yaml-fractional-score.yaml", .line(11, column: 38)),
        ("yaml-matrix-outside-folder.yaml", .line(11, column: 5)),
        ("yaml-matrix-parent-folder.yaml", .line(11, column: 5)),
        ("yaml-missing-matrix-file.yaml", .line(11, column: 5)),
        ("yaml-missing-version.yaml", .line(1, column: 1)),
        ("yaml-nul-byte.yaml", .line(2, column: 10)),
        ("yaml-off-scale-score.yaml", .line(11, column: 38)),
        ("yaml-only-comments.yaml", .file),
        ("yaml-png-renamed.yaml", .line(1, column: 1)),
        ("yaml-root-is-list.yaml", .line(1, column: 1)),
        ("yaml-score-text.yaml", .line(11, column: 38)),
        ("yaml-self-interaction.yaml", .line(11, column: 39)),
        ("yaml-sentinel-score.yaml", .line(11, column: 38)),
        ("yaml-tab-indent.yaml", .line(6, column: 1)),
        ("yaml-target-17-1-comma.yaml", .line(9, column: 23)),
        ("yaml-truncated.yaml", .line(7, column: 26)),
        ("yaml-unclosed-flow.yaml", .line(4, column: 8)),
        ("yaml-unknown-domain.yaml", .line(8, column: 13)),
        ("yaml-unknown-interaction-id.yaml", .line(11, column: 42)),
        ("yaml-unknown-scale-key.yaml", .line(3, column: 26)),
        ("yaml-unknown-target.yaml", .line(9, column: 24)),
        ("json-array-root.json", .line(1, column: 1)),
        ("json-binary-junk.json", .line(1, column: 1)),
        ("json-comment.json", .line(2, column: 3)),
        ("json-deep-nesting.json", .line(1, column: 294)),
        ("json-domains-string.json", .line(1, column: 44)),
        ("json-duplicate-key.json", .line(1, column: 18)),
        ("json-empty-object.json", .line(1, column: 1)),
        ("json-huge-number.json", .line(1, column: 233)),
        ("json-nan-score.json", .line(1, column: 233)),
        ("json-score-string.json", .line(1, column: 233)),
        ("json-single-quotes.json", .line(1, column: 2)),
        ("json-truncated.json", .line(1, column: 77)),
        ("json-unknown-target.json", .line(1, column: 171)),
        ("json-utf16.json", .file),
        ("matrix-17-1-comma-id.csv", .row(1, column: 2)),
        ("matrix-binary-junk.csv", .line(1, column: 2)),
        ("matrix-date-id.csv", .row(1, column: 2)),
        ("matrix-decimal-comma-id.csv", .row(1, column: 2)),
        ("matrix-diagonal-scored.csv", .row(2, column: 2)),
        ("matrix-duplicate-column.csv", .row(1, column: 4)),
        ("matrix-duplicate-row.csv", .row(1)),
        ("matrix-empty.csv", .file),
        ("matrix-header-differs.csv", .row(1)),
        ("matrix-latin1.csv", .line(4, column: 4)),
        ("matrix-long-bad-score.csv", .row(3, column: 4)),
        ("matrix-long-diagonal-scored.csv", .row(2, column: 4)),
        ("matrix-long-unknown-target.csv", .row(3, column: 3)),
        ("matrix-not-square.csv", .row(1)),
        ("matrix-off-scale.csv", .row(2, column: 3)),
        ("matrix-only-header.csv", .row(1)),
        ("matrix-percent-score.csv", .row(2, column: 3)),
        ("matrix-ragged-row.csv", .row(3, column: 5)),
        ("matrix-sentinel.csv", .row(2, column: 3)),
        ("matrix-text-score.csv", .row(2, column: 3)),
        ("matrix-truncated.csv", .line(3)),
        ("matrix-unclosed-quote.csv", .line(2)),
        ("matrix-unknown-target.csv", .row(1, column: 3)),
        ("matrix-whitespace-only.csv", .file),
        ("plan-bad-budget.csv", .row(2, column: 5)),
        ("plan-date-tag.csv", .row(2, column: 4)),
        ("plan-duplicate-number.csv", .row(3, column: 3)),
        ("plan-no-actions.csv", .row(1)),
        ("plan-off-scale-tag.csv", .row(2, column: 4)),
        ("plan-sentinel-tag.csv", .row(2, column: 4)),
        ("plan-tag-17-1-comma.csv", .row(2, column: 4)),
        ("plan-unclosed-quote.csv", .line(2)),
        ("plan-unknown-target.csv", .row(2, column: 4)),
        ("plan-tag-decimal-comma-scored.csv", .row(2, column: 4)),
        ("plan-label-typo.csv", .row(2, column: 4)),
        ("plan-group-not-a-name.csv", .row(2, column: 5)),
        ("plan-tag-slash-date.csv", .row(2, column: 4)),
        ("xlsx-bad-cell-ref.xlsx", .cell("C0")),
        ("xlsx-csv-renamed.xlsx", .file),
        ("xlsx-date-id.xlsx", .cell("B1")),
        ("xlsx-duplicate-column.xlsx", .cell("D1")),
        ("xlsx-empty-sheet.xlsx", .sheet),
        ("xlsx-formula-no-value.xlsx", .cell("C2")),
        ("xlsx-header-differs.xlsx", .sheet),
        ("xlsx-huge-dimension.xlsx", .cell("A1048576")),
        ("xlsx-malformed-xml.xlsx", .sheet),
        ("xlsx-missing-sheet-part.xlsx", .sheet),
        ("xlsx-no-sheets.xlsx", .file),
        ("xlsx-not-square.xlsx", .sheet),
        ("xlsx-not-zip.xlsx", .file),
        ("xlsx-off-scale.xlsx", .cell("C2")),
        ("xlsx-plan-unknown-target.xlsx", .cell("D2")),
        ("xlsx-sentinel.xlsx", .cell("C2")),
        ("xlsx-shared-string-out-of-range.xlsx", .cell("B1")),
        ("xlsx-text-score.xlsx", .cell("C2")),
        ("xlsx-truncated.xlsx", .file),
        ("xlsx-zero-bytes.xlsx", .file),
        ("xlsx-zip-bomb-lying.xlsx", .sheet),
        ("xlsx-zip-bomb.xlsx", .file),
        // Found by fuzzing, or while fixing what it found (Fuzz/README.md): each crashed inside ZIPFoundation or FoundationXML.
        ("xlsx-central-directory-past-end.xlsx", .file),
        ("xlsx-data-descriptor-past-end.xlsx", .file),
        ("xlsx-local-header-past-end.xlsx", .file),
        ("xlsx-xml-name-not-utf8.xlsx", .sheet),
        ("xlsx-zip64-offset.xlsx", .file),
        ("xlsx-processing-instruction-no-data.xlsx", .sheet),
        ("xlsx-doctype-after-comment.xlsx", .sheet)
    ]

    /// Quirks of real spreadsheets that must be read correctly (status 0), not refused.
    static let handled = ["matrix-unicode-minus.csv", "matrix-plus-sign.csv", "matrix-nbsp-padded.csv",
                          "matrix-trailing-spaces.csv", "long-short-row-unscored.csv", "matrix-zero-diagonal.csv",
                          "matrix-zero-diagonal.xlsx", "matrix-marked-diagonal.csv", "long-zero-diagonal.csv",
                          "long-extra-cell.csv", "plan-own-group.csv", "plan-tags-as-typed.csv", "plan-nr-actie-omschrijving.csv",
                          "plan-extra-cell.csv", "plan-domain-typo.csv"]

    /// Handled files (with the files read after them) that are read with a warning: where the warning
    /// points and a word of it. `validate` prints it and succeeds; `validate --strict` refuses the input
    /// with the warning as its first error, at the same place.
    static let warned: [(files: [String], place: Place, text: String)] = [   // the place is in the last file
        (["matrix-zero-diagonal.csv"], .row(2, column: 2), "the diagonal holds `0` in 5 cells"),
        (["matrix-zero-diagonal.xlsx"], .cell("B2"), "the diagonal holds `0` in 3 cells"),
        (["matrix-marked-diagonal.csv"], .row(2, column: 2), "the diagonal holds `X` in 1 cell, `n.v.t.` in 1 cell and `—` in 1 cell"),
        (["long-zero-diagonal.csv"], .row(2, column: 4), "the diagonal holds `0` in 2 cells"),
        (["long-extra-cell.csv"], .row(3, column: 6), "`dubbel geteld` stands outside the long table"),
        (["plan-extra-cell.csv"], .row(3, column: 5), "`11.2` stands outside the action plan"),
        (["plan-domain-typo.csv"], .row(4, column: 3), "the domain `Mobilitiet` (1 action) is nearly the same name as the domain `Mobiliteit` (2 actions)"),
        (["plan-domain-typo.csv", "ownership-domain-typo.csv"], .row(4, column: 1),
         "the ownership table names the domain `Mobilitijt`, which has no actions in the plan"),
    ]

    @Test("the expectation table lists every file of the corpus, and there are at least 60")
    func tableIsComplete() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: CLIRunner.root.appendingPathComponent(Self.folder).path)
            .filter { [".yaml", ".json", ".csv", ".xlsx"].contains(where: $0.hasSuffix) }
        #expect(Set(files) == Set(Self.expectations.map(\.0)), "not in the table: \(Set(files).subtracting(Self.expectations.map(\.0)))")
        #expect(Self.expectations.count >= 60)
        for kind in [".yaml", ".json", ".csv", ".xlsx"] {
            #expect(files.filter { $0.hasSuffix(kind) }.count >= 8, "too few \(kind) files")
        }
    }

    @Test("validate refuses the file with status 2 and a message naming the file and the place of the fault",
          arguments: expectations.map(\.0))
    func refused(name: String) throws {
        let place = try #require(Self.expectations.first { $0.0 == name }?.1)
        let path = "\(Self.folder)/\(name)"
        let result = try TimedProcess.run(["validate", path], timeout: 60)
        #expect(!result.timedOut, "\(name) took more than 60 s")
        #expect(!result.signalled, "\(name) crashed with signal \(result.status)")
        #expect(result.status == 2, "\(name): status \(result.status)\n\(result.stderr)")
        #expect(result.stdout.isEmpty, "\(name): printed \(result.stdout)")
        let errors = result.stderr.split(separator: "\n").map(String.init).filter { $0.contains("error: ") }
        #expect(!errors.isEmpty, "\(name): no error message\n\(result.stderr)")
        #expect(errors.allSatisfy { $0.hasPrefix(path) || $0.hasPrefix("error: ") }, "\(name): a message without the file\n\(result.stderr)")
        #expect(errors.first.map { place.matches($0, path: path) } == true, "\(name): expected \(place) in \(errors.first ?? "")")
    }

    @Test("real-spreadsheet quirks are read, not refused", arguments: handled)
    func quirkHandled(name: String) throws {
        let result = try TimedProcess.run(["validate", "\(Self.folder)/handled/\(name)"], timeout: 60)
        #expect(result.status == 0, "\(name): \(result.stderr)")
        #expect(result.stdout.hasPrefix("OK: "))
    }

    @Test("quirks read with a warning: validate prints it with its place; --strict refuses the input there, with status 2",
          arguments: warned.indices)
    func quirkWarned(index: Int) throws {
        let (files, place, text) = Self.warned[index]
        let paths = files.map { "\(Self.folder)/handled/\($0)" }
        let warnedPath = paths[paths.count - 1]
        let result = try TimedProcess.run(["validate"] + paths, timeout: 60)
        #expect(result.status == 0, "\(result.stderr)")
        let line = result.stderr.split(separator: "\n").map(String.init).first { $0.contains(text) }
        #expect(line.map { place.matches($0, path: warnedPath) && $0.contains("warning: ") } == true, "\(result.stderr)")
        #expect(result.stdout.contains("warning"))

        let strict = try TimedProcess.run(["validate", "--strict"] + paths, timeout: 60)
        #expect(strict.status == 2, "\(strict.stderr)")
        #expect(strict.stdout.isEmpty)
        let errors = strict.stderr.split(separator: "\n").map(String.init).filter { $0.contains("error: ") }
        #expect(errors.contains { $0.contains(text) && place.matches($0, path: warnedPath) }, "\(strict.stderr)")
        #expect(strict.stderr.contains("under --strict"))
    }

    @Test("signs written as U+2212 or a leading + and NBSP-padded ids keep their values",
          arguments: ["matrix-unicode-minus.csv", "matrix-plus-sign.csv", "matrix-nbsp-padded.csv"])
    func quirkValues(name: String) throws {
        let parent = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: parent) }
        let result = try TimedProcess.run(["export", "--to", "csv", "-o", parent.appendingPathComponent("t").path, "\(Self.folder)/handled/\(name)"])
        try #require(result.status == 0, "\(result.stderr)")
        let edges = try String(contentsOf: parent.appendingPathComponent("t/edges.csv"), encoding: .utf8)
        let rows = edges.split(whereSeparator: \.isNewline).map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = try #require(rows.first)
        let from = try #require(header.firstIndex(of: "source") ?? header.firstIndex(of: "from"))
        let to = try #require(header.firstIndex(of: "target") ?? header.firstIndex(of: "to"))
        let weight = try #require(header.firstIndex(of: "score") ?? header.firstIndex(of: "weight"))
        // 11.6 → 3.9 is 2 (−2 written with U+2212 in the minus file); 7.2 → 11.6 is −1 everywhere.
        let score = { (a: String, b: String) -> Double? in
            rows.first { $0.count > weight && $0[from] == a && $0[to] == b }.flatMap { Double($0[weight]) }
        }
        #expect(score("11.6", "3.9") == (name.contains("minus") ? -2 : 2))
        #expect(score("7.2", "11.6") == -1)
    }

    @Test("report -o DIR on a bad file leaves no DIR and no staging folder behind",
          arguments: ["yaml-unknown-target.yaml", "matrix-not-square.csv", "xlsx-zip-bomb.xlsx", "plan-bad-budget.csv", "json-truncated.json"])
    func noOutputLeft(name: String) throws {
        let parent = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: parent) }
        let dir = parent.appendingPathComponent("report")
        let result = try TimedProcess.run(["report", "\(Self.folder)/\(name)", "-o", dir.path], timeout: 60)
        #expect(!result.signalled && !result.timedOut)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).isEmpty)
    }

    @Test("a 200 MB CSV is refused at once by its size, naming --max-input-mb; the option raises or lowers the limit")
    func hugeFile() throws {
        let parent = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: parent) }
        let big = parent.appendingPathComponent("huge.csv")
        FileManager.default.createFile(atPath: big.path, contents: nil)
        let handle = try FileHandle(forWritingTo: big)
        var header = "From\\to"
        for i in 1...9 { header += ",11.\(i)" }
        var block = header + "\n"
        while block.utf8.count < 1_048_576 { block += "11.1,,1,2,3,-1,-2,-3,0,1\n" }
        let chunk = Data(block.prefix(1_048_576).utf8)
        for _ in 0..<200 { handle.write(chunk) }
        try handle.close()
        let size = try #require(try FileManager.default.attributesOfItem(atPath: big.path)[.size] as? NSNumber)
        #expect(size.intValue >= 200 * 1_048_576)

        let result = try TimedProcess.run(["validate", big.path], timeout: 60)
        #expect(result.status == 2 && !result.signalled, "\(result.stderr)")
        #expect(result.stderr.hasPrefix(big.path), "\(result.stderr)")
        #expect(result.stderr.contains("too large") && result.stderr.contains("--max-input-mb"), "\(result.stderr)")
        #expect(result.seconds < 10, "refusing by size took \(result.seconds) s")

        // The option reaches the matrix reader and the model reader: a 1 MB limit refuses a 2 MB file of either.
        let small = parent.appendingPathComponent("two-mb.csv")
        try Data(repeating: 0x20, count: 2 * 1_048_576).write(to: small)
        let lowered = try TimedProcess.run(["validate", small.path, "--max-input-mb", "1"])
        #expect(lowered.status == 2 && lowered.stderr.contains("--max-input-mb"), "\(lowered.stderr)")
        try FileManager.default.copyItem(at: CLIRunner.root.appendingPathComponent("Models/matrices"),
                                         to: parent.appendingPathComponent("matrices"))
        let model = parent.appendingPathComponent("model.yaml")
        var text = try String(contentsOf: CLIRunner.root.appendingPathComponent("Models/example.yaml"), encoding: .utf8)
        text += String(repeating: "# padding\n", count: 2 * 1_048_576 / 10)
        try Data(text.utf8).write(to: model)
        let refused = try TimedProcess.run(["validate", model.path, "--max-input-mb", "1"])
        #expect(refused.status == 2 && refused.stderr.contains("--max-input-mb"), "\(refused.stderr)")
        let raised = try TimedProcess.run(["validate", model.path, "--max-input-mb", "3"])
        #expect(raised.status == 0, "\(raised.stderr)")
    }
}
