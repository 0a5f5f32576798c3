import CXLSXWriter
import Foundation

/// One libxlsxwriter workbook being written: the C handle, the C strings handed to it (kept alive
/// until the workbook is closed, then freed), and one C format per distinct ``XLSXFormat``.
///
/// Every call that can fail is checked; the first failure stops the write and the workbook is still
/// closed (libxlsxwriter frees everything in `workbook_close`), so nothing leaks.
final class XLSXSession {
    private let workbook: UnsafeMutablePointer<lxw_workbook>
    private var strings: [UnsafeMutablePointer<CChar>] = []
    private var formats: [XLSXFormat: UnsafeMutablePointer<lxw_format>] = [:]
    private var closed = false

    private init(workbook: UnsafeMutablePointer<lxw_workbook>) {
        self.workbook = workbook
    }

    deinit {
        if !closed { _ = workbook_close(workbook) }
        for pointer in strings { free(pointer) }
    }

    /// Writes a checked workbook to a file.
    ///
    /// - Parameters:
    ///   - description: the workbook (already checked by ``XLSXWriter/problems(in:)``).
    ///   - path: the file to write.
    ///   - temporaryFolder: where libxlsxwriter may keep its temporary files.
    /// - Throws: ``XLSXWriterError/library(call:message:)``.
    static func write(_ description: XLSXWorkbook, to path: String, temporaryFolder: String) throws(XLSXWriterError) {
        let folder = strdup(temporaryFolder)
        defer { free(folder) }
        var options = lxw_workbook_options(constant_memory: 0, tmpdir: folder, use_zip64: 0)
        guard let handle = workbook_new_opt(path, &options) else {
            throw .library(call: "workbook_new", message: "cannot create \(path)")
        }
        let session = XLSXSession(workbook: handle)
        try session.fill(description)
        try session.close()
    }

    /// A C copy of a Swift string, freed with the session.
    private func c(_ text: String) throws(XLSXWriterError) -> UnsafeMutablePointer<CChar> {
        guard let pointer = strdup(text) else { throw .library(call: "strdup", message: "out of memory") }
        strings.append(pointer)
        return pointer
    }

    private func check(_ error: lxw_error, _ call: String) throws(XLSXWriterError) {
        guard error != LXW_NO_ERROR else { return }
        let message = lxw_strerror(error).map { String(cString: $0) } ?? "error \(error.rawValue)"
        throw .library(call: call, message: message)
    }

    private func close() throws(XLSXWriterError) {
        closed = true
        try check(workbook_close(workbook), "workbook_close")
    }

    private func fill(_ description: XLSXWorkbook) throws(XLSXWriterError) {
        try setProperties(description.properties)
        var handles: [UnsafeMutablePointer<lxw_worksheet>] = []
        for sheet in description.sheets {
            guard let worksheet = workbook_add_worksheet(workbook, try c(sheet.name)) else {
                throw .library(call: "workbook_add_worksheet", message: "cannot add the sheet `\(sheet.name)`")
            }
            handles.append(worksheet)
        }
        // The first visible sheet is active unless one says otherwise (Excel refuses a hidden active sheet).
        let active = description.sheets.firstIndex(where: { $0.active && !$0.hidden })
            ?? description.sheets.firstIndex(where: { !$0.hidden }) ?? 0
        for (sheet, worksheet) in zip(description.sheets, handles) {
            try fill(worksheet, with: sheet)
        }
        worksheet_activate(handles[active])
        for (index, sheet) in description.sheets.enumerated() where sheet.hidden && index != active {
            worksheet_hide(handles[index])
        }
        for defined in description.definedNames {
            try check(workbook_define_name(workbook, try c(defined.name), try c(defined.formula)), "workbook_define_name")
        }
    }

    private func setProperties(_ properties: XLSXProperties) throws(XLSXWriterError) {
        var doc = lxw_doc_properties()
        if let title = properties.title { doc.title = try c(title) }
        if let subject = properties.subject { doc.subject = try c(subject) }
        if let author = properties.author { doc.author = try c(author) }
        if let comments = properties.comments { doc.comments = try c(comments) }
        doc.created = time_t((properties.created ?? Date(timeIntervalSince1970: 1_767_225_600)).timeIntervalSince1970)
        try check(workbook_set_properties(workbook, &doc), "workbook_set_properties")
    }

    private func fill(_ worksheet: UnsafeMutablePointer<lxw_worksheet>, with sheet: XLSXSheet) throws(XLSXWriterError) {
        for width in sheet.columnWidths {
            try check(worksheet_set_column(worksheet, lxw_col_t(width.first), lxw_col_t(width.last), width.width,
                                           try width.format.map { f throws(XLSXWriterError) in try format(f) }),
                      "worksheet_set_column")
        }
        for (row, height) in sheet.rowHeights.sorted(by: { $0.key < $1.key }) {
            try check(worksheet_set_row(worksheet, lxw_row_t(row), height, nil), "worksheet_set_row")
        }
        for cell in sheet.cells {
            let row = lxw_row_t(cell.row), column = lxw_col_t(cell.column)
            let cellFormat = try cell.format.map { f throws(XLSXWriterError) in try format(f) }
            switch cell.value {
            case .text(let text):
                try check(worksheet_write_string(worksheet, row, column, try c(text), cellFormat), "worksheet_write_string")
            case .number(let value):
                try check(worksheet_write_number(worksheet, row, column, value, cellFormat), "worksheet_write_number")
            case .blank:
                try check(worksheet_write_blank(worksheet, row, column, cellFormat), "worksheet_write_blank")
            }
        }
        for range in sheet.merges {
            let first = sheet.cells.last { $0.row == range.firstRow && $0.column == range.firstColumn }
            var text = ""
            if case .text(let value)? = first?.value { text = value }
            try check(worksheet_merge_range(worksheet, lxw_row_t(range.firstRow), lxw_col_t(range.firstColumn),
                                            lxw_row_t(range.lastRow), lxw_col_t(range.lastColumn), try c(text),
                                            try first?.format.map { f throws(XLSXWriterError) in try format(f) }),
                      "worksheet_merge_range")
        }
        for validation in sheet.validations { try add(validation, to: worksheet) }
        for note in sheet.notes {
            var options = lxw_comment_options()
            if let author = note.author { options.author = try c(author) }
            options.width = 320
            options.height = 120
            try check(worksheet_write_comment_opt(worksheet, lxw_row_t(note.row), lxw_col_t(note.column), try c(note.text), &options),
                      "worksheet_write_comment")
        }
        if let freeze = sheet.freeze { worksheet_freeze_panes(worksheet, lxw_row_t(freeze.rows), lxw_col_t(freeze.columns)) }
        if let colour = sheet.tabColour { worksheet_set_tab_color(worksheet, Self.colour(colour)) }
        if let zoom = sheet.zoom { worksheet_set_zoom(worksheet, UInt16(zoom)) }
        if let protection = sheet.protection {
            var options = lxw_protection()
            if protection.allowFormatting {
                options.format_cells = 1
                options.format_columns = 1
                options.format_rows = 1
            }
            let password = try protection.password.map { p throws(XLSXWriterError) in try c(p) }
            worksheet_protect(worksheet, password, &options)
        }
    }

    private func add(_ validation: XLSXValidation, to worksheet: UnsafeMutablePointer<lxw_worksheet>) throws(XLSXWriterError) {
        var rule = lxw_data_validation()
        let on = UInt8(LXW_VALIDATION_ON.rawValue), off = UInt8(LXW_VALIDATION_OFF.rawValue)
        rule.ignore_blank = validation.allowBlank ? on : off
        rule.show_input = validation.inputMessage == nil ? off : on
        rule.show_error = on
        rule.error_type = UInt8(LXW_VALIDATION_ERROR_TYPE_STOP.rawValue)
        if let title = validation.inputTitle { rule.input_title = try c(title) }
        if let message = validation.inputMessage { rule.input_message = try c(message) }
        if let title = validation.errorTitle { rule.error_title = try c(title) }
        if let message = validation.errorMessage { rule.error_message = try c(message) }
        let range = validation.range
        let call = { (rule: inout lxw_data_validation) -> lxw_error in
            worksheet_data_validation_range(worksheet, lxw_row_t(range.firstRow), lxw_col_t(range.firstColumn),
                                            lxw_row_t(range.lastRow), lxw_col_t(range.lastColumn), &rule)
        }
        switch validation.rule {
        case .list(let values):
            rule.validate = UInt8(LXW_VALIDATION_TYPE_LIST.rawValue)
            var list: [UnsafeMutablePointer<CChar>?] = []
            for value in values { list.append(try c(value)) }
            list.append(nil)
            let error = list.withUnsafeMutableBufferPointer { buffer -> lxw_error in
                rule.value_list = buffer.baseAddress
                return call(&rule)
            }
            try check(error, "worksheet_data_validation_range")
        case .wholeNumber(let min, let max):
            rule.validate = UInt8(LXW_VALIDATION_TYPE_INTEGER.rawValue)
            rule.criteria = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue)
            rule.minimum_number = Double(min)
            rule.maximum_number = Double(max)
            try check(call(&rule), "worksheet_data_validation_range")
        case .decimal(let min, let max):
            rule.validate = UInt8(LXW_VALIDATION_TYPE_DECIMAL.rawValue)
            rule.criteria = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue)
            rule.minimum_number = min
            rule.maximum_number = max
            try check(call(&rule), "worksheet_data_validation_range")
        }
    }

    /// The C format for a format value, made once per distinct value.
    private func format(_ value: XLSXFormat) throws(XLSXWriterError) -> UnsafeMutablePointer<lxw_format> {
        if let known = formats[value] { return known }
        guard let format = workbook_add_format(workbook) else {
            throw .library(call: "workbook_add_format", message: "out of memory")
        }
        if value.bold { format_set_bold(format) }
        if value.italic { format_set_italic(format) }
        if let size = value.fontSize { format_set_font_size(format, size) }
        if let colour = value.fontColour { format_set_font_color(format, Self.colour(colour)) }
        if let fill = value.fill {
            format_set_pattern(format, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(format, Self.colour(fill))
        }
        if value.wrap { format_set_text_wrap(format) }
        switch value.alignment {
        case .left?: format_set_align(format, UInt8(LXW_ALIGN_LEFT.rawValue))
        case .centre?: format_set_align(format, UInt8(LXW_ALIGN_CENTER.rawValue))
        case .right?: format_set_align(format, UInt8(LXW_ALIGN_RIGHT.rawValue))
        case nil: break
        }
        switch value.verticalAlignment {
        case .top?: format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        case .centre?: format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue))
        case .bottom?: format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_BOTTOM.rawValue))
        case nil: break
        }
        if let border = value.border {
            format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue))
            format_set_border_color(format, Self.colour(border))
        }
        if let numberFormat = value.numberFormat { format_set_num_format(format, try c(numberFormat)) }
        if !value.locked { format_set_unlocked(format) }
        if value.vertical { format_set_rotation(format, 90) }
        formats[value] = format
        return format
    }

    /// libxlsxwriter's colour for `0xRRGGBB` (its 0 means "unset", so black has its own code).
    static func colour(_ rgb: UInt32) -> lxw_color_t {
        let masked = rgb & 0xFFFFFF
        return masked == 0 ? lxw_color_t(LXW_COLOR_BLACK.rawValue) : masked
    }
}
