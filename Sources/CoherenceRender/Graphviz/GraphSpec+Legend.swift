extension GraphSpec {
    /// The legend as an HTML-like table: a bold heading, one row per entry (sample, text), then
    /// the notes in grey italics.
    static func legendTable(_ legend: Legend) -> HTMLTable {
        var rows = [HTMLRow([HTMLCell(.text([.bold(legend.title)]), columnSpan: 2, alignment: .left)])]
        for entry in legend.entries {
            if case .none = entry.sample {
                rows.append(HTMLRow([HTMLCell(.text([.text(entry.text)]), columnSpan: 2, alignment: .left)]))
            } else {
                let sample = sampleTable(entry.sample)
                // A fixed-size cell keeps Graphviz from stretching the sample when a long note
                // widens the column (it spreads spare width over the sample's cells otherwise).
                let cell = HTMLCell(
                    .table(sample.table), alignment: .left,
                    fixedSize: (sample.width + 2 * legendPadding, max(sample.height, 11) + 2 * legendPadding))
                rows.append(
                    HTMLRow([
                        cell,
                        HTMLCell(.text([.text(entry.text)]), alignment: .left),
                    ]))
            }
        }
        for note in legend.notes {
            rows.append(
                HTMLRow([
                    HTMLCell(
                        .text([.font(colour: ReportDefaults.subtitle, size: nil, [.italic([.text(note)])])]), columnSpan: 2,
                        alignment: .left)
                ]))
        }
        return HTMLTable(
            rows: rows, border: 1, cellBorder: 0, cellSpacing: 2, cellPadding: legendPadding, background: .white,
            borderColour: ReportDefaults.legendFrame)
    }

    /// A sample drawn with fixed-size table cells (Graphviz 2.43 mis-draws dashed cell borders,
    /// so dashes and dots are separate filled cells of the line's thickness).
    static let legendPadding = 3

    /// The sample's table and its size in points.
    static func sampleTable(_ sample: LegendSample) -> (table: HTMLTable, width: Int, height: Int) {
        var cells: [HTMLCell] = []
        switch sample {
        case .none:
            cells = [HTMLCell(.empty, fixedSize: (36, 1))]
        case .swatch(let colour):
            cells = [HTMLCell(.empty, background: colour, borderColour: ReportDefaults.edgeLine, border: 1, fixedSize: (16, 11))]
        case .line(let colour, let style, let width):
            var thickness = max(1, Int(width.value.rounded()))
            var pattern: [(on: Bool, length: Int)]
            switch style {
            case .solid:
                pattern = [(true, 36)]
            case .bold:
                thickness = max(2, thickness)
                pattern = [(true, 36)]
            case .dashed:
                pattern = Array(repeating: [(true, 6), (false, 3)], count: 4).flatMap { $0 }.dropLast()
            case .dotted:
                let dot = max(2, thickness)
                let count = max(2, (36 + 2) / (dot + 2))
                pattern = Array(repeating: [(true, dot), (false, 2)], count: count).flatMap { $0 }.dropLast()
            }
            cells = pattern.map { segment in
                HTMLCell(.empty, background: segment.on ? colour : nil, border: 0, fixedSize: (segment.length, thickness))
            }
        }
        let width = cells.reduce(0) { $0 + ($1.fixedSize?.width ?? 0) }
        let height = cells.map { $0.fixedSize?.height ?? 0 }.max() ?? 1
        return (HTMLTable(rows: [HTMLRow(cells)], border: 0, cellBorder: 0, cellSpacing: 0, cellPadding: 0), width, height)
    }
}
