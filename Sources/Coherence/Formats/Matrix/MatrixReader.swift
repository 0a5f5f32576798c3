import Foundation

/// Reads cross-impact matrices as researchers and officials export them from spreadsheets.
///
/// Two layouts are read, told apart by the header:
/// - **square**: the first row and the first column hold node ids (the top-left cell may hold
///   anything, such as `From\to`); cell (i, j) holds the influence of row i on column j as a number
///   or a label of the scale. One file (or sheet) per expert.
/// - **long**: one row per scored cell with the columns `expert, from, to, score, rationale`
///   (optional `confidence`, `source`), headers in English or Dutch (`deskundige, van, naar,
///   score, motivering`), in any order. One table for every expert.
///
/// CSV (separator `,` `;` or tab detected, UTF-8 with or without BOM, quoted cells, CRLF) and XLSX
/// (first visible sheet or a named one) are both read. A blank cell is *not scored*; `0` is scored
/// as *consistent*; negative scores are trade-offs and are kept as they are. Scores may be written
/// `+2`, `−2` (Unicode minus), `0,5` (decimal comma, on a continuous scale) or as a label
/// (`reinforcing`, or its Dutch name on the default scale). Ids may be target numbers, goal ids or
/// custom objectives; a header cell may follow the id with a name (`7.2 Renewable energy`). Every
/// bad cell is reported at once with its row, column, both ids and the text found. A cell holding
/// one of ``MatrixReadOptions/unscoredCodes`` (such as `-100`, also written `−100` or `-100,0`) is an
/// unscored link (``CrossImpactMatrix/unscored``); without that option such a cell is refused, with a
/// suggestion that names it.
public enum MatrixReader {
    /// Reads a matrix file (CSV or XLSX) from disk as one expert's matrix.
    ///
    /// - Parameters:
    ///   - url: the file.
    ///   - displayName: the name used in messages (defaults to the path as given).
    ///   - scale: the scale every score must be on.
    ///   - expert: the expert's name (defaults to the file name without extension); for a long
    ///     table, the expert whose rows to read.
    ///   - sheet: for XLSX, the sheet to read (defaults to the first visible one).
    ///   - options: unscored codes (such as `-100`); none by default.
    /// - Throws: ``InputError`` with every problem in the file; for a long table with several
    ///   experts and none named, use ``readAny(contentsOf:displayName:scale:expert:sheet:catalogue:options:)``.
    /// - Complexity: O(cells of the table).
    public static func read(contentsOf url: URL, displayName: String? = nil, scale: ScoreScale = .nilsson,
                            expert: String? = nil, sheet: String? = nil, catalogue: SDGCatalogue = .standard,
                            options: MatrixReadOptions = .standard) throws(InputError) -> CrossImpactMatrix {
        let name = displayName ?? url.path
        let data = try InputText.readFile(url, displayName: name)
        return try read(data: data, file: name, scale: scale,
                        expert: expert ?? url.deletingPathExtension().lastPathComponent, sheet: sheet, catalogue: catalogue,
                        options: options)
    }

    /// Reads one expert's matrix from the bytes of a CSV or XLSX file (XLSX is recognised by its ZIP
    /// signature or its extension).
    ///
    /// - Parameters:
    ///   - expert: the expert's name for a square matrix; for a long table, the expert whose rows
    ///     to read when the table has an expert column holding that name, else every row.
    ///   - options: unscored codes (such as `-100`); none by default.
    /// - Throws: ``InputError`` with every problem; for a long table with several experts, none of
    ///   them `expert`, an error that lists them.
    /// - Complexity: O(cells of the table).
    public static func read(data: Data, file: String, scale: ScoreScale = .nilsson, expert: String,
                            sheet: String? = nil, catalogue: SDGCatalogue = .standard,
                            options: MatrixReadOptions = .standard) throws(InputError) -> CrossImpactMatrix {
        let table = try table(data: data, file: file, sheet: sheet)
        if let header = LongTableHeader(table) {
            let all = try readLong(table, header: header, scale: scale, defaultExpert: expert, catalogue: catalogue, options: options)
            if all.count == 1 { return all[0] }
            if let chosen = all.first(where: { $0.expert == expert }) { return chosen }
            throw InputError(at: table.location(row: header.row, column: header.expert),
                             "the long table holds the scores of \(all.count) experts (\(all.map(\.expert).joined(separator: ", "))), but one matrix was asked for",
                             suggestion: "Read every expert at once (a model's `matrices:` entry or the command line do), or name one with {file: …, expert: …}.")
        }
        return try read(table, scale: scale, expert: expert, catalogue: catalogue, options: options)
    }

    /// Reads a matrix file of either layout from disk: one matrix per expert.
    ///
    /// - Parameters:
    ///   - expert: for a square matrix, its expert (default: the file name without extension); for
    ///     a long table, only that expert's rows (default: every expert).
    ///   - options: unscored codes (such as `-100`); none by default.
    /// - Throws: ``InputError`` with every problem in the file.
    /// - Complexity: O(cells of the table).
    public static func readAny(contentsOf url: URL, displayName: String? = nil, scale: ScoreScale = .nilsson,
                               expert: String? = nil, sheet: String? = nil, catalogue: SDGCatalogue = .standard,
                               options: MatrixReadOptions = .standard) throws(InputError) -> [CrossImpactMatrix] {
        let name = displayName ?? url.path
        let data = try InputText.readFile(url, displayName: name)
        return try readAny(data: data, file: name, scale: scale, expert: expert, sheet: sheet, catalogue: catalogue, options: options)
    }

    /// Reads a square matrix or a long table from the bytes of a CSV or XLSX file.
    ///
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - file: its name in messages; also the default expert (without folder and extension).
    ///   - scale: the scale every score must be on.
    ///   - expert: for a square matrix, its expert; for a long table, only that expert's rows
    ///     (an error with a did-you-mean when the table has no such expert); `nil` for the defaults.
    ///   - sheet: for XLSX, the sheet to read (defaults to the first visible one).
    ///   - options: unscored codes (such as `-100`); none by default.
    /// - Returns: one matrix per expert, in the order they first appear.
    /// - Throws: ``InputError`` with every problem.
    /// - Complexity: O(cells of the table).
    public static func readAny(data: Data, file: String, scale: ScoreScale = .nilsson, expert: String? = nil,
                               sheet: String? = nil, catalogue: SDGCatalogue = .standard,
                               options: MatrixReadOptions = .standard) throws(InputError) -> [CrossImpactMatrix] {
        let table = try table(data: data, file: file, sheet: sheet)
        let fallback = expert ?? defaultExpert(for: file)
        guard let header = LongTableHeader(table) else {
            return [try read(table, scale: scale, expert: fallback, catalogue: catalogue, options: options)]
        }
        let all = try readLong(table, header: header, scale: scale, defaultExpert: fallback, catalogue: catalogue, options: options)
        guard let expert, header.expert != nil else { return all }
        if let chosen = all.first(where: { $0.expert == expert }) { return [chosen] }
        throw InputError(at: table.location(row: header.row, column: header.expert),
                         "the long table has no expert named `\(expert)`",
                         expected: "one of \(all.map { "`\($0.expert)`" }.joined(separator: ", "))",
                         suggestion: Suggestions.didYouMean(Suggestions.closest(to: expert, in: all.map(\.expert))))
    }

    /// The expert named after a file: its name without folder and extension.
    public static func defaultExpert(for file: String) -> String {
        ((file as NSString).lastPathComponent as NSString).deletingPathExtension
    }

    /// The table in a CSV or XLSX file.
    ///
    /// - Throws: ``InputError`` when the file is neither readable CSV text nor a readable workbook.
    public static func table(data: Data, file: String, sheet: String? = nil) throws(InputError) -> Table {
        if WorkbookReader.looksLikeWorkbook(data) || WorkbookReader.isWorkbookName(file) {
            return try WorkbookReader.table(data: data, file: file, sheet: sheet)
        }
        if let sheet {
            throw InputError(at: SourceLocation(file: file), "`--sheet \(sheet)` was given, but this is a CSV file, which has no sheets",
                             suggestion: "Leave out the sheet, or give the .xlsx workbook.")
        }
        return try Table.csv(InputText.decode(data, file: file), file: file)
    }
}
