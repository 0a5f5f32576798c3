import Coherence
import CoherenceReport
import Foundation
import Testing

/// A model whose every text field tries to become markup.
let hostileModel = """
coherence: 1
name: "<img src=x onerror=alert(1)> & <script>alert('name')</script>"
language: en
domains:
  - {id: d1, label: "<b onmouseover=alert(2)>Mobility</b>", owns: ["11.2"]}
  - {id: d2, label: "javascript:alert(3)", owns: ["3.9"]}
groups:
  - {id: g, label: "<svg onload=alert(4)>", factors: [geography]}
actions:
  - id: a
    label: "<img src=x onerror=alert(1)>"
    domain: d1
    targets: {"3.9": -2, "11.2": 2}
    groups: {g: -2}
  - id: b
    label: "=HYPERLINK(\\"http://x\\") [link](javascript:alert(5)) | pipe"
    domain: d2
    targets: {"11.2": 1}
    groups: {g: 1}
"""

func reportFiles(for network: PolicyNetwork) throws -> [String: Data] {
    let provenance = Provenance(inputs: ["test"], inputHash: String(repeating: "0", count: 64))
    let files = try ReportBuilder(network: network, provenance: provenance).files()
    return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.data) })
}

@Suite("Report", .serialized)
struct ReportTests {
    @Test("the report of the bundled example has every section, every diagram, results.json and no remote resource")
    func exampleReport() throws {
        let files = try reportFiles(for: try BundledExample.network())
        let html = try #require(files["index.html"].map { String(decoding: $0, as: UTF8.self) })
        for id in ["spillovers", "lnob", "balance", "coverage", "interactions", "participation", "method"] {
            #expect(html.contains("<section id=\"\(id)\">"), "section \(id)")
        }
        for figure in ["domains", "lnob", "coverage", "network", "micmac"] {
            #expect(files["\(figure).svg"] != nil && files["\(figure).png"] != nil, "figure \(figure)")
            #expect(html.contains("id=\"fig-\(figure)\""))
            #expect(files["\(figure).png"]!.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        }
        let markdown = try #require(files["report.md"].map { String(decoding: $0, as: UTF8.self) })
        #expect(markdown.contains("![") && markdown.contains("(lnob.png)"))
        // Self-contained: nothing is fetched.
        for pattern in ["<script", "<link", " src=", "@import", "url(", "<iframe", "<object"] {
            #expect(!html.contains(pattern), "the HTML must not contain \(pattern)")
        }
        #expect(html.contains("Content-Security-Policy"))
        let results = try JSONSerialization.jsonObject(with: try #require(files["results.json"])) as? [String: Any]
        let provenance = results?["provenance"] as? [String: Any]
        #expect(provenance?["toolVersion"] as? String == CoherenceVersion.current)
        #expect((results?["results"] as? [String: Any])?["lnob"] != nil)
    }

    @Test("model text is escaped everywhere: no element or attribute comes from a label")
    func hostileText() throws {
        let network = try ModelReader().read(data: Data(hostileModel.utf8), file: "hostile.yaml", format: .yaml) { _ throws(InputError) in
            throw InputError(at: nil, "no files")
        }
        let files = try reportFiles(for: network)
        let html = String(decoding: files["index.html"]!, as: UTF8.self)
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b onmouseover"))
        #expect(!html.contains("<svg onload"))
        #expect(!html.contains("onerror=alert(1)>") || html.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(!html.contains("href=\"javascript"))
        let markdown = String(decoding: files["report.md"]!, as: UTF8.self)
        #expect(!markdown.contains("<img"))
        #expect(!markdown.contains("[link](javascript"))
        #expect(markdown.contains("\\[link\\]"))
        for (name, data) in files where name.hasSuffix(".svg") {
            let svg = String(decoding: data, as: UTF8.self)
            #expect(!svg.contains("<img") && !svg.contains("<script") && !svg.contains("<svg onload"), "\(name)")
        }
    }
}
