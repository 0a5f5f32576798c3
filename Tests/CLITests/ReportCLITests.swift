import Foundation
import TestSupport
import Testing

/// Chromium from Debian's packages (installed by `Scripts/setup.sh --browser`, which `make test` runs).
func chromium() -> String? {
    for path in ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
    where FileManager.default.isExecutableFile(atPath: path) { return path }
    return nil
}

/// Runs headless Chromium on a page; returns its standard output and error.
func runChromium(_ arguments: [String]) throws -> (stdout: String, stderr: String, status: Int32) {
    let browser = try #require(chromium(), "Chromium is missing: run `Scripts/setup.sh --browser` (make test does)")
    let arguments = ["120", browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--no-first-run", "--user-data-dir=\(FileManager.default.temporaryDirectory.path)/coherence-chromium-\(UUID().uuidString)",
                     "--enable-logging=stderr", "--v=0"] + arguments
    let result = try runProgram(URL(fileURLWithPath: "/usr/bin/timeout"), arguments)
    return (result.stdout, result.stderr, result.status)
}

@Suite("coherence report", .serialized)
struct ReportCLITests {
    @Test("report writes the folder, refuses to overwrite without --force, replaces with it")
    func reportFolder() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = try CLIRunner.run(["report", "-o", dir.appendingPathComponent("r").path])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("index.html"))
        for name in ["index.html", "report.md", "results.json", "lnob.svg", "lnob.png", "coverage.svg", "coverage.png", "domains.svg", "network.png", "micmac.svg"] {
            #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("r/\(name)").path), "\(name)")
        }
        let again = try CLIRunner.run(["report", "-o", dir.appendingPathComponent("r").path])
        #expect(again.status == 2)
        #expect(again.stderr.contains("--force"))
        let forced = try CLIRunner.run(["report", "-o", dir.appendingPathComponent("r").path, "--force", "--lang", "en"])
        #expect(forced.status == 0, "\(forced.stderr)")
        let html = try String(contentsOf: dir.appendingPathComponent("r/index.html"), encoding: .utf8)
        #expect(html.contains("<html lang=\"en\">"))
    }

    @Test("in headless Chromium the report renders without console errors, and a hostile model runs no script")
    func browser() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let model = dir.appendingPathComponent("hostile.yaml")
        try Data("""
        coherence: 1
        name: "<img src=x onerror=\\"document.title='pwned'\\"><script>document.title='pwned'</script>"
        language: en
        domains: [{id: d, label: "<svg onload=\\"document.title='pwned'\\">", owns: ["11.2"]}]
        actions:
          - {id: a, label: "<img src=x onerror=\\"document.title='pwned'\\">", domain: d, targets: {"3.9": -2, "11.2": 2}, groups: {low-income: -2}}
        """.utf8).write(to: model)
        for (input, name) in [(nil, "example"), (model.path, "hostile")] {
            let out = dir.appendingPathComponent(name)
            let result = try CLIRunner.run(["report"] + (input.map { [$0] } ?? []) + ["-o", out.path])
            #expect(result.status == 0, "\(result.stderr)")
            let page = "file://" + out.appendingPathComponent("index.html").path
            let dom = try runChromium(["--dump-dom", page])
            #expect(dom.stdout.contains("</html>"), "Chromium rendered the page")
            #expect(!dom.stdout.contains("pwned</title>"), "no script ran")
            #expect(!dom.stderr.contains("Uncaught"), "\(dom.stderr)")
            let consoleErrors = dom.stderr.split(separator: "\n").filter { $0.contains("CONSOLE") && $0.contains("ERROR") }
            #expect(consoleErrors.isEmpty, "\(consoleErrors)")
            let shot = dir.appendingPathComponent("\(name).png")
            _ = try runChromium(["--screenshot=\(shot.path)", "--window-size=1280,2000", page])
            let png = try Data(contentsOf: shot)
            #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]) && png.count > 10_000, "a screenshot was taken")
        }
    }
}
