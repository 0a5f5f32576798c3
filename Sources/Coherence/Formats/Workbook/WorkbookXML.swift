import Foundation
import XMLCoder

/// The parts of SpreadsheetML (ECMA-376 part 1, §18) that reading tables needs, as Decodable
/// structs for XMLCoder. Attributes and child elements are both looked up by name; anything not
/// named here (styles of cells, column widths, drawings …) is ignored.
enum WorkbookXML {
    /// Text with optional attributes (`<t xml:space="preserve">…</t>`), or a plain element's text.
    struct Text: Decodable {
        let value: String
        enum CodingKeys: String, CodingKey { case value = "" }
        init(from decoder: Decoder) throws {
            if let container = try? decoder.container(keyedBy: CodingKeys.self),
               let value = try? container.decodeIfPresent(String.self, forKey: .value) {
                self.value = value
            } else if let value = try? decoder.singleValueContainer().decode(String.self) {
                self.value = value
            } else {
                self.value = ""
            }
        }
    }

    /// A string item: plain (`<t>`) or rich text (`<r><t>…</t></r>` runs); phonetic runs (`rPh`) are ignored.
    struct RichText: Decodable {
        let t: Text?
        let r: [Run]?
        struct Run: Decodable { let t: Text? }
        /// The text as a reader sees it.
        var text: String {
            (t?.value ?? "") + (r ?? []).map { $0.t?.value ?? "" }.joined()
        }
    }

    /// `[Content_Types].xml`-independent package relationships (`_rels/.rels`, `xl/_rels/workbook.xml.rels`).
    struct Relationships: Decodable {
        let relationship: [Relationship]?
        enum CodingKeys: String, CodingKey { case relationship = "Relationship" }
    }

    /// One relationship: an id, a type URI and a target part.
    struct Relationship: Decodable {
        let id: String
        let type: String
        let target: String
        let targetMode: String?
        enum CodingKeys: String, CodingKey {
            case id = "Id", type = "Type", target = "Target", targetMode = "TargetMode"
        }
    }

    /// `xl/workbook.xml`: the sheets in tab order.
    struct Workbook: Decodable {
        let sheets: Sheets?
        struct Sheets: Decodable { let sheet: [SheetEntry]? }
    }

    /// A sheet of the workbook: its name, visibility and the relationship id of its part.
    struct SheetEntry: Decodable {
        let name: String
        let state: String?
        let relationshipID: String?

        /// Any attribute name, so the relationship id is found whatever its namespace prefix (`r:id`).
        struct AnyKey: CodingKey {
            let stringValue: String
            init(stringValue: String) { self.stringValue = stringValue }
            var intValue: Int? { nil }
            init?(intValue: Int) { nil }
        }

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: AnyKey.self)
            name = try container.decode(String.self, forKey: AnyKey(stringValue: "name"))
            state = try container.decodeIfPresent(String.self, forKey: AnyKey(stringValue: "state"))
            let idKey = container.allKeys.first { $0.stringValue == "r:id" }
                ?? container.allKeys.first { $0.stringValue.hasSuffix(":id") }
            relationshipID = try idKey.flatMap { try container.decodeIfPresent(String.self, forKey: $0) }
        }
    }

    /// `xl/sharedStrings.xml`: the strings that cells of type `s` point to by index.
    struct SharedStrings: Decodable {
        let si: [RichText]?
    }

    /// `xl/styles.xml`: the number formats, to tell dates from numbers.
    struct Styles: Decodable {
        let numFmts: NumberFormats?
        let cellXfs: CellFormats?
        struct NumberFormats: Decodable { let numFmt: [NumberFormat]? }
        struct NumberFormat: Decodable { let numFmtId: Int; let formatCode: String }
        struct CellFormats: Decodable { let xf: [CellFormat]? }
        struct CellFormat: Decodable { let numFmtId: Int? }
    }

    /// A worksheet: its cells and merged ranges.
    struct Worksheet: Decodable {
        let sheetData: SheetData?
        let mergeCells: MergeCells?
        struct SheetData: Decodable { let row: [Row]? }
        struct MergeCells: Decodable { let mergeCell: [MergeCell]? }
        struct MergeCell: Decodable { let ref: String }
    }

    /// A row of a worksheet (`r` is its 1-based number; writers may leave it out).
    struct Row: Decodable {
        let r: Int?
        let c: [Cell]?
    }

    /// A cell: reference, type, style, value, formula, inline string.
    struct Cell: Decodable {
        let r: String?
        let t: String?
        let s: Int?
        let v: Text?
        let f: Text?
        let inlineString: RichText?
        enum CodingKeys: String, CodingKey { case r, t, s, v, f, inlineString = "is" }
    }

    /// Decodes a part, naming the part and the sheet in the error.
    static func decode<T: Decodable>(_ type: T.Type, from data: Data, part: String, file: String,
                                     sheet: String? = nil) throws(InputError) -> T {
        let location = SourceLocation(file: file, sheet: sheet, cell: nil)
        if containsDoctype(data) {
            throw InputError(at: location, "the part `\(part)` declares a DOCTYPE, which workbooks never do (refused: entity expansion)",
                             suggestion: "Save the workbook again from the spreadsheet program.")
        }
        if containsEmptyProcessingInstruction(data) {
            throw InputError(at: location, "the workbook is damaged: the part `\(part)` has a processing instruction without data (`<?name?>`)",
                             suggestion: "Save the workbook again from the spreadsheet program, or save the sheet as CSV.")
        }
        // FoundationXML's parser traps on an element or attribute name that is not UTF-8 (found by
        // fuzzing), so a part must be UTF-8 text, or UTF-16 with a byte-order mark (which libxml2 transcodes).
        if !data.starts(with: [0xFF, 0xFE]), !data.starts(with: [0xFE, 0xFF]), String(validating: data, as: UTF8.self) == nil {
            throw InputError(at: location, "the workbook is damaged: the part `\(part)` is not UTF-8 text",
                             suggestion: "Save the workbook again from the spreadsheet program, or save the sheet as CSV.")
        }
        let decoder = XMLDecoder(trimValueWhitespaces: false, removeWhitespaceElements: true)
        decoder.shouldProcessNamespaces = false
        do {
            return try decoder.decode(T.self, from: data)
        } catch {
            throw InputError(at: location, "the workbook is damaged: the part `\(part)` cannot be read (\(describe(error)))",
                             suggestion: "Save the workbook again from the spreadsheet program, or save the sheet as CSV.")
        }
    }

    /// Whether the XML declares a document type (the door to entity expansion, and to FoundationXML's
    /// declaration callbacks, which crash on a `<!NOTATION>` or an `<!ATTLIST … #IMPLIED>`). The whole
    /// part is searched: comments can push a DOCTYPE past any prefix (found while fuzzing).
    ///
    /// - Complexity: O(n).
    static func containsDoctype(_ data: Data) -> Bool {
        contains(data) { bytes, i in
            let needle = "<!DOCTYPE".utf8
            return i + needle.count <= bytes.count && zip(bytes[i...], needle).allSatisfy { $0 == $1 }
        }
    }

    /// Whether the XML has a processing instruction without data (`<?name?>`), for which FoundationXML
    /// calls `strlen` on a null pointer (found by fuzzing). `<?name ?>` has empty data and is read.
    ///
    /// - Complexity: O(n).
    static func containsEmptyProcessingInstruction(_ data: Data) -> Bool {
        contains(data) { bytes, i in
            guard i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "?") else { return false }
            var end = i + 2
            // The name ends at `?`, a space, or the next tag (so that the search stays linear).
            scan: while end < bytes.count {
                switch bytes[end] {
                case UInt8(ascii: "?"), UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"),
                     UInt8(ascii: "<"), UInt8(ascii: ">"): break scan
                default: end += 1
                }
            }
            return end + 1 < bytes.count && bytes[end] == UInt8(ascii: "?") && bytes[end + 1] == UInt8(ascii: ">")
        }
    }

    /// Whether `match` holds at some `<` of the bytes.
    private static func contains(_ data: Data, where match: (UnsafeRawBufferPointer, Int) -> Bool) -> Bool {
        data.withUnsafeBytes { bytes in
            var i = 0
            while i < bytes.count {
                if bytes[i] == UInt8(ascii: "<"), match(bytes, i) { return true }
                i += 1
            }
            return false
        }
    }

    /// A short description of a decoding error.
    static func describe(_ error: Error) -> String {
        if let decoding = error as? DecodingError {
            switch decoding {
            case .dataCorrupted(let context): return context.debugDescription
            case .keyNotFound(let key, _): return "the element or attribute `\(key.stringValue)` is missing"
            case .typeMismatch(_, let context), .valueNotFound(_, let context):
                return "unexpected content at \(context.codingPath.map(\.stringValue).joined(separator: "/"))"
            @unknown default: return "\(decoding)"
            }
        }
        return error.localizedDescription
    }
}
