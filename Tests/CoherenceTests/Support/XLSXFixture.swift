import Foundation
import ZIPFoundation

/// Writes small XLSX workbooks for tests: hand-written SpreadsheetML parts zipped with ZIPFoundation.
///
/// ```swift
/// let data = try XLSXFixture(sheets: [.init(name: "Matrix", rows: [[.shared("From\\to"), .shared("1.3")]])]).data()
/// ```
struct XLSXFixture {
    /// One cell as a spreadsheet program stores it.
    enum Cell {
        /// A blank cell (nothing written).
        case blank
        /// Text in the shared-strings table.
        case shared(String)
        /// Text stored in the cell (`t="inlineStr"`).
        case inline(String)
        /// Rich text in the shared-strings table, one run per piece.
        case rich([String])
        /// A number, written as given in `<v>`.
        case number(String)
        /// A number shown as a date (style 1 uses number format 14).
        case date(String)
        /// A formula with its cached numeric value.
        case formula(String, cached: String?)
        /// A formula with a cached text result (`t="str"`).
        case formulaText(String, cached: String)
        /// A boolean.
        case boolean(Bool)
        /// A formula error (`t="e"`), such as `#DIV/0!`.
        case error(String)
    }

    /// One sheet.
    struct Sheet {
        var name: String
        var rows: [[Cell]]
        var hidden = false
        /// Merged ranges such as `B1:D1`.
        var merges: [String] = []
        /// Replaces the generated worksheet XML when set.
        var rawXML: String? = nil
    }

    var sheets: [Sheet]
    /// Extra parts added as they are (path → bytes).
    var extraParts: [(String, Data)] = []
    /// Parts left out (to test missing parts).
    var omit: Set<String> = []

    /// The bytes of the workbook.
    func data() throws -> Data {
        var shared: [String] = []
        var sharedXML: [String] = []
        func sharedIndex(_ xml: String, key: String) -> Int {
            if let i = shared.firstIndex(of: key) { return i }
            shared.append(key)
            sharedXML.append(xml)
            return shared.count - 1
        }
        var parts: [(String, Data)] = []
        var sheetEntries = "", relationships = ""
        for (index, sheet) in sheets.enumerated() {
            let n = index + 1
            sheetEntries += #"<sheet name="\#(Self.escape(sheet.name))" sheetId="\#(n)" r:id="rId\#(n)"\#(sheet.hidden ? #" state="hidden""# : "")/>"#
            relationships += #"<Relationship Id="rId\#(n)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet\#(n).xml"/>"#
            var rowsXML = ""
            for (r, row) in sheet.rows.enumerated() {
                var cellsXML = ""
                for (c, cell) in row.enumerated() {
                    let ref = Self.reference(row: r, column: c)
                    switch cell {
                    case .blank: continue
                    case .shared(let text):
                        let i = sharedIndex("<si><t xml:space=\"preserve\">\(Self.escape(text))</t></si>", key: "t:" + text)
                        cellsXML += #"<c r="\#(ref)" t="s"><v>\#(i)</v></c>"#
                    case .rich(let runs):
                        let xml = "<si>" + runs.map { "<r><rPr><b/></rPr><t xml:space=\"preserve\">\(Self.escape($0))</t></r>" }.joined() + "<rPh sb=\"0\" eb=\"1\"><t>phonetic</t></rPh></si>"
                        let i = sharedIndex(xml, key: "r:" + runs.joined(separator: "\u{1}"))
                        cellsXML += #"<c r="\#(ref)" t="s"><v>\#(i)</v></c>"#
                    case .inline(let text):
                        cellsXML += #"<c r="\#(ref)" t="inlineStr"><is><t>\#(Self.escape(text))</t></is></c>"#
                    case .number(let v):
                        cellsXML += #"<c r="\#(ref)"><v>\#(v)</v></c>"#
                    case .date(let v):
                        cellsXML += #"<c r="\#(ref)" s="1"><v>\#(v)</v></c>"#
                    case .formula(let f, let cached):
                        cellsXML += #"<c r="\#(ref)"><f>\#(Self.escape(f))</f>\#(cached.map { "<v>\($0)</v>" } ?? "")</c>"#
                    case .formulaText(let f, let cached):
                        cellsXML += #"<c r="\#(ref)" t="str"><f>\#(Self.escape(f))</f><v>\#(Self.escape(cached))</v></c>"#
                    case .boolean(let b):
                        cellsXML += #"<c r="\#(ref)" t="b"><v>\#(b ? 1 : 0)</v></c>"#
                    case .error(let e):
                        cellsXML += #"<c r="\#(ref)" t="e"><v>\#(Self.escape(e))</v></c>"#
                    }
                }
                rowsXML += #"<row r="\#(r + 1)">\#(cellsXML)</row>"#
            }
            let merges = sheet.merges.isEmpty ? "" :
                #"<mergeCells count="\#(sheet.merges.count)">"# + sheet.merges.map { #"<mergeCell ref="\#($0)"/>"# }.joined() + "</mergeCells>"
            let xml = sheet.rawXML ?? """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                  <sheetData>\(rowsXML)</sheetData>\(merges)
                </worksheet>
                """
            parts.append(("xl/worksheets/sheet\(n).xml", Data(xml.utf8)))
        }
        relationships += #"<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>"#
        relationships += #"<Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#
        parts.append(("[Content_Types].xml", Data("""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>
            """.utf8)))
        parts.append(("_rels/.rels", Data("""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
            """.utf8)))
        parts.append(("xl/workbook.xml", Data("""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
              <sheets>\(sheetEntries)</sheets>
            </workbook>
            """.utf8)))
        parts.append(("xl/_rels/workbook.xml.rels", Data("""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\(relationships)</Relationships>
            """.utf8)))
        parts.append(("xl/sharedStrings.xml", Data("""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="\(shared.count)" uniqueCount="\(shared.count)">\(sharedXML.joined())</sst>
            """.utf8)))
        parts.append(("xl/styles.xml", Data("""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
              <numFmts count="1"><numFmt numFmtId="164" formatCode="0.0"/></numFmts>
              <cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164"/></cellXfs>
            </styleSheet>
            """.utf8)))
        parts.append(contentsOf: extraParts)
        return try Self.zip(parts.filter { !omit.contains($0.0) })
    }

    /// Zips parts (deflated) into an archive in memory.
    static func zip(_ parts: [(String, Data)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, data) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data!
    }

    /// A cell reference from zero-based indices.
    static func reference(row: Int, column: Int) -> String {
        var letters = "", n = column + 1
        while n > 0 {
            letters = String(UnicodeScalar(UInt8(65 + (n - 1) % 26))) + letters
            n = (n - 1) / 26
        }
        return "\(letters)\(row + 1)"
    }

    /// XML-escapes text.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}

extension XLSXFixture.Cell: ExpressibleByStringLiteral {
    /// A string literal is shared text; an empty literal is a blank cell.
    init(stringLiteral value: String) { self = value.isEmpty ? .blank : .shared(value) }
}
