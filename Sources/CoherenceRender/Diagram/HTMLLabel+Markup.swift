extension HTMLLabel {
    /// The label as Graphviz HTML-like markup, without the enclosing `<` `>` of DOT.
    ///
    /// Always well formed: text is XML-escaped, empty parts are filled with a space (Graphviz
    /// rejects empty tables, rows and formatting elements), and the markup always ends with a
    /// newline, which Graphviz ignores in HTML-like labels but which no escaped plain label can
    /// contain — so a plain label and an HTML label can never share Graphviz's interned string
    /// (which carries the "this is HTML" flag).
    var markup: String {
        var out = ""
        switch content {
        case .text(let runs): HTMLMarkup.write(runs, to: &out)
        case .table(let table): HTMLMarkup.write(table, to: &out)
        }
        if out.isEmpty { out = " " }
        return out + "\n"
    }
}

/// Writes the typed HTML-like label parts as markup.
enum HTMLMarkup {
    static func write(_ runs: [HTMLText], to out: inout String) {
        for run in runs { write(run, to: &out) }
    }

    static func write(_ run: HTMLText, to out: inout String) {
        switch run {
        case .text(let text):
            out += escape(text)
        case .lineBreak:
            out += "<BR/>"
        case .bold(let inner):
            wrap("<B>", "</B>", inner, to: &out)
        case .italic(let inner):
            wrap("<I>", "</I>", inner, to: &out)
        case .font(let colour, let size, let inner):
            var open = "<FONT"
            if let colour { open += " COLOR=\"\(colour.hex)\"" }
            if let size { open += " POINT-SIZE=\"\(GraphvizNumber.format(size.value))\"" }
            open += ">"
            wrap(open, "</FONT>", inner, to: &out)
        }
    }

    static func wrap(_ open: String, _ close: String, _ inner: [HTMLText], to out: inout String) {
        var body = ""
        write(inner, to: &body)
        out += open + (body.isEmpty ? " " : body) + close
    }

    static func write(_ table: HTMLTable, to out: inout String) {
        out += "<TABLE BORDER=\"\(table.border)\" CELLBORDER=\"\(table.cellBorder)\""
        out += " CELLSPACING=\"\(table.cellSpacing)\" CELLPADDING=\"\(table.cellPadding)\""
        if let background = table.background { out += " BGCOLOR=\"\(background.hex)\"" }
        if let colour = table.borderColour { out += " COLOR=\"\(colour.hex)\"" }
        out += ">"
        let rows = table.rows.isEmpty ? [HTMLRow([])] : table.rows
        for row in rows {
            out += "<TR>"
            let cells = row.cells.isEmpty ? [HTMLCell(.empty)] : row.cells
            for cell in cells { write(cell, to: &out) }
            out += "</TR>"
        }
        out += "</TABLE>"
    }

    static func write(_ cell: HTMLCell, to out: inout String) {
        out += "<TD"
        if cell.columnSpan > 1 { out += " COLSPAN=\"\(cell.columnSpan)\"" }
        if let alignment = cell.alignment { out += " ALIGN=\"\(alignment.rawValue)\"" }
        if let background = cell.background { out += " BGCOLOR=\"\(background.hex)\"" }
        if let colour = cell.borderColour { out += " COLOR=\"\(colour.hex)\"" }
        if let border = cell.border { out += " BORDER=\"\(border)\"" }
        if let size = cell.fixedSize {
            out += " FIXEDSIZE=\"TRUE\" WIDTH=\"\(size.width)\" HEIGHT=\"\(size.height)\""
        }
        out += ">"
        switch cell.content {
        case .text(let runs):
            var body = ""
            write(runs, to: &body)
            out += body
        case .table(let table):
            write(table, to: &out)
        case .empty:
            break
        }
        out += "</TD>"
    }

    /// Escapes text for an HTML-like label: `& < > " '` become entities; a backslash is doubled,
    /// because Graphviz expands `\N`, `\G`, `\E`, `\T`, `\H`, `\L` in HTML-like text too (after
    /// XML decoding, so an entity would not help) and reads `\\` as one backslash; a line break
    /// (`\n`, `\r\n`, `\r`) becomes `<BR/>`, a tab a space, other control characters are dropped
    /// (XML cannot carry them).
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\\": out += "\\\\"
            case "\r": out += "<BR/>"
            case "\n": if !previousWasCR { out += "<BR/>" }
            case "\t": out += " "
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
