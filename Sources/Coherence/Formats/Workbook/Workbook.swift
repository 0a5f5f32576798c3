import Foundation

/// An opened workbook: its archive, its sheets with the parts that hold them, and the shared
/// strings and date formats every sheet uses.
struct Workbook {
    /// A sheet and the part that holds it.
    struct Entry {
        var info: WorkbookReader.SheetInfo
        /// The worksheet part (`xl/worksheets/sheet1.xml`), or `nil` when the relationship is missing.
        var part: String?
    }

    let archive: WorkbookArchive
    let file: String
    let sheets: [Entry]
    let sharedStringsPart: String?
    let stylesPart: String?

    private static let officeDocument = "/officeDocument"

    /// Opens a workbook and reads its list of sheets.
    ///
    /// - Throws: ``InputError`` when the bytes are not an XLSX workbook or its workbook part is missing.
    init(data: Data, file: String, limits: WorkbookLimits) throws(InputError) {
        self.file = file
        archive = try WorkbookArchive(data: data, file: file, limits: limits)
        let location = SourceLocation(file: file)
        // The package relationships name the workbook part; writers almost always use xl/workbook.xml.
        var workbookPart = "xl/workbook.xml"
        if let rels = try archive.part("_rels/.rels") {
            let relationships = try WorkbookXML.decode(WorkbookXML.Relationships.self, from: rels, part: "_rels/.rels", file: file)
            if let main = relationships.relationship?.first(where: { $0.type.hasSuffix(Self.officeDocument) }) {
                workbookPart = WorkbookArchive.resolve(main.target, relativeTo: "")
            }
        }
        guard let workbookData = try archive.part(workbookPart) else {
            throw InputError(at: location, "not an XLSX workbook: the ZIP archive has no workbook part (`\(workbookPart)`)",
                             expected: "an Excel workbook (.xlsx)",
                             suggestion: archive.contains("word/document.xml") ? "This is a Word document, not a workbook." :
                                 "Save the file from the spreadsheet program as .xlsx, or save the sheet as CSV.")
        }
        let workbook = try WorkbookXML.decode(WorkbookXML.Workbook.self, from: workbookData, part: workbookPart, file: file)
        let folder = (workbookPart as NSString).deletingLastPathComponent
        let relsPart = (folder.isEmpty ? "" : folder + "/") + "_rels/" + (workbookPart as NSString).lastPathComponent + ".rels"
        var targets: [String: (type: String, part: String)] = [:]
        var shared: String?
        var styles: String?
        if let relsData = try archive.part(relsPart) {
            let relationships = try WorkbookXML.decode(WorkbookXML.Relationships.self, from: relsData, part: relsPart, file: file)
            for relationship in relationships.relationship ?? [] where relationship.targetMode?.lowercased() != "external" {
                let part = WorkbookArchive.resolve(relationship.target, relativeTo: folder)
                targets[relationship.id] = (relationship.type, part)
                if relationship.type.hasSuffix("/sharedStrings") { shared = part }
                if relationship.type.hasSuffix("/styles") { styles = part }
            }
        }
        sharedStringsPart = shared ?? (archive.contains(folder + "/sharedStrings.xml") ? folder + "/sharedStrings.xml" : nil)
        stylesPart = styles ?? (archive.contains(folder + "/styles.xml") ? folder + "/styles.xml" : nil)
        var entries: [Entry] = []
        for (offset, sheet) in (workbook.sheets?.sheet ?? []).enumerated() {
            let hidden = ["hidden", "veryhidden"].contains(sheet.state?.lowercased() ?? "")
            var part = sheet.relationshipID.flatMap { targets[$0]?.part }
            let type = sheet.relationshipID.flatMap { targets[$0]?.type } ?? "/worksheet"
            if part == nil, archive.contains("\(folder)/worksheets/sheet\(offset + 1).xml") {
                part = "\(folder)/worksheets/sheet\(offset + 1).xml"
            }
            entries.append(Entry(info: .init(name: sheet.name, isHidden: hidden, isWorksheet: type.hasSuffix("/worksheet")),
                                 part: part))
        }
        guard !entries.isEmpty else {
            throw InputError(at: location, "the workbook lists no sheets", suggestion: "Save the workbook again from the spreadsheet program.")
        }
        sheets = entries
    }

    /// The sheet named `name`, or the first visible worksheet when `name` is nil.
    ///
    /// - Throws: ``InputError`` listing the sheets (with a did-you-mean) when no sheet has that name.
    func select(_ name: String?) throws(InputError) -> Entry {
        let listing = sheets.map { "`\($0.info.name)`" + ($0.info.isHidden ? " (hidden)" : "") }.joined(separator: ", ")
        guard let name else {
            if let first = sheets.first(where: { !$0.info.isHidden && $0.info.isWorksheet }) { return first }
            if let hidden = sheets.first(where: { $0.info.isWorksheet }) {
                throw InputError(at: SourceLocation(file: file), "every sheet of the workbook is hidden: \(listing)",
                                 suggestion: "Name the sheet to read with --sheet \"\(hidden.info.name)\", or show it in the spreadsheet program.")
            }
            throw InputError(at: SourceLocation(file: file), "the workbook has no sheet with cells (only charts): \(listing)")
        }
        let wanted = Table.clean(name)
        if let exact = sheets.first(where: { $0.info.name == name }) ?? sheets.first(where: { Table.clean($0.info.name).lowercased() == wanted.lowercased() }) {
            guard exact.info.isWorksheet else {
                throw InputError(at: SourceLocation(file: file, sheet: exact.info.name, cell: nil), "the sheet is a chart, not a table of cells")
            }
            return exact
        }
        let close = Suggestions.closest(to: wanted, in: sheets.map(\.info.name))
        throw InputError(at: SourceLocation(file: file), "the workbook has no sheet named `\(name)`",
                         expected: "one of its sheets: \(listing)",
                         suggestion: Suggestions.didYouMean(close))
    }

    /// Reads a sheet as a table.
    func table(_ entry: Entry) throws(InputError) -> Table {
        let name = entry.info.name
        guard let part = entry.part, let data = try archive.part(part, sheet: name) else {
            throw InputError(at: SourceLocation(file: file, sheet: name, cell: nil),
                             "the workbook is damaged: the part holding this sheet is missing",
                             suggestion: "Save the workbook again from the spreadsheet program, or save the sheet as CSV.")
        }
        let worksheet = try WorkbookXML.decode(WorkbookXML.Worksheet.self, from: data, part: part, file: file, sheet: name)
        var layout = SheetLayout(file: file, sheet: name, limits: archive.limits,
                                 sharedStrings: try sharedStrings(), dateStyles: try dateStyles())
        var table = try layout.table(from: worksheet)
        table.isHidden = entry.info.isHidden
        return table
    }

    /// The shared strings, in order (empty when the workbook has none).
    func sharedStrings() throws(InputError) -> [String] {
        guard let part = sharedStringsPart, let data = try archive.part(part) else { return [] }
        let strings = try WorkbookXML.decode(WorkbookXML.SharedStrings.self, from: data, part: part, file: file)
        return (strings.si ?? []).map(\.text)
    }

    /// The indices of the cell formats (`s` of a cell) that show numbers as dates or times.
    func dateStyles() throws(InputError) -> Set<Int> {
        guard let part = stylesPart, let data = try archive.part(part) else { return [] }
        let styles = try WorkbookXML.decode(WorkbookXML.Styles.self, from: data, part: part, file: file)
        var customDates = Set<Int>()
        for format in styles.numFmts?.numFmt ?? [] where Self.isDateFormat(format.formatCode) {
            customDates.insert(format.numFmtId)
        }
        var result = Set<Int>()
        for (index, xf) in (styles.cellXfs?.xf ?? []).enumerated() {
            guard let id = xf.numFmtId else { continue }
            if Self.builtInDateFormats.contains(id) || customDates.contains(id) { result.insert(index) }
        }
        return result
    }

    /// Built-in number formats that are dates or times (ECMA-376 §18.8.30, plus the East Asian date ids).
    static let builtInDateFormats: Set<Int> = Set(14...22).union(27...36).union(45...47).union(50...58)

    /// Whether a custom number format code shows a date or time: it has d, m, y, h or s outside
    /// quoted text, escapes and bracketed sections (`[Red]`, `[$-413]`).
    static func isDateFormat(_ code: String) -> Bool {
        var inQuote = false, inBracket = false, escaped = false
        for c in code.lowercased() {
            if escaped { escaped = false; continue }
            switch c {
            case "\\": escaped = true
            case "\"": inQuote.toggle()
            case "[" where !inQuote: inBracket = true
            case "]" where !inQuote: inBracket = false
            case "d", "m", "y", "h", "s":
                if !inQuote && !inBracket { return true }
            default: break
            }
        }
        return false
    }
}
