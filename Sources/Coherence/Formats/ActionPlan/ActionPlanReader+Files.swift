import Foundation

extension ActionPlanReader {
    /// The tables of an action-plan file: the plan and, in a workbook, its ownership sheet.
    ///
    /// CSV (separator detected) is one table. In an XLSX workbook the plan is the sheet named by
    /// `sheet`, else the first visible worksheet whose header looks like an action plan (else the
    /// first visible one); the ownership sheet is the worksheet named `ownership`, `eigenaarschap`
    /// or `eigenaar` (case, accents and spaces ignored).
    ///
    /// - Parameters:
    ///   - data: the file's bytes (XLSX is recognised by its ZIP signature or its extension).
    ///   - file: its name in messages.
    ///   - sheet: the plan's sheet in a workbook.
    /// - Returns: the plan's table and the ownership sheet's, when there is one.
    /// - Throws: ``InputError`` for unreadable files, an unknown sheet (with a did-you-mean), or
    ///   `sheet` given for a CSV file.
    /// - Complexity: O(size of the file).
    public static func tables(data: Data, file: String, sheet: String? = nil) throws(InputError) -> (plan: Table, ownership: Table?) {
        guard WorkbookReader.looksLikeWorkbook(data) || WorkbookReader.isWorkbookName(file) else {
            return (try MatrixReader.table(data: data, file: file, sheet: sheet), nil)
        }
        let sheets = try WorkbookReader.sheets(data: data, file: file).filter(\.isWorksheet)
        let ownershipSheet = sheets.first { OwnershipHeader.isOwnershipSheet($0.name) && $0.name != sheet }
        let ownership = try ownershipSheet.map { info throws(InputError) in try WorkbookReader.table(data: data, file: file, sheet: info.name) }
        if let sheet { return (try WorkbookReader.table(data: data, file: file, sheet: sheet), ownership) }
        let candidates = sheets.filter { !$0.isHidden && !OwnershipHeader.isOwnershipSheet($0.name) }
        var first: Table? = nil
        for info in candidates {
            let table = try WorkbookReader.table(data: data, file: file, sheet: info.name)
            if ActionPlanHeader(table) != nil { return (table, ownership) }
            if first == nil { first = table }
        }
        if let first { return (first, ownership) }
        return (try WorkbookReader.table(data: data, file: file, sheet: nil), ownership)
    }

    /// The ownership table in a CSV file or a workbook (its ownership sheet, else its first visible sheet).
    ///
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - file: its name in messages.
    /// - Returns: the table, to read with the plan (``builder(from:ownership:matrices:options:)``).
    /// - Throws: ``InputError`` when the file cannot be read.
    /// - Complexity: O(size of the file).
    public static func ownershipTable(data: Data, file: String) throws(InputError) -> Table {
        guard WorkbookReader.looksLikeWorkbook(data) || WorkbookReader.isWorkbookName(file) else {
            return try MatrixReader.table(data: data, file: file, sheet: nil)
        }
        let names = try WorkbookReader.sheetNames(data: data, file: file)
        return try WorkbookReader.table(data: data, file: file, sheet: names.first(where: OwnershipHeader.isOwnershipSheet))
    }

    /// Reads an action-plan file, with an optional separate ownership file and cross-impact matrices.
    ///
    /// An ownership file replaces a workbook's ownership sheet (a warning says so). Every problem of
    /// every file is reported at once.
    ///
    /// - Parameters:
    ///   - url: the plan (CSV or XLSX).
    ///   - displayName: its name in messages (default: the path as given).
    ///   - ownership: a table of which domain owns which goals and targets (CSV or XLSX).
    ///   - matrices: cross-impact matrices (CSV or XLSX, square or long; one file per expert or a
    ///     long table with an expert column).
    ///   - options: name, language, sheet, scale and catalogue.
    ///   - matrixOptions: unscored codes for the matrices: cells holding one (such as `-100`) become
    ///     the network's ``PolicyNetwork/unscoredLinks`` instead of being refused (none by default).
    /// - Returns: the network.
    /// - Throws: ``InputError`` with every problem found, and when an unscored code lies on the scale.
    /// - Complexity: O(size of the files + (n + m) log(n + m)).
    public static func read(contentsOf url: URL, displayName: String? = nil, ownership: URL? = nil, matrices: [URL] = [],
                            options: ActionPlanOptions = .init(), matrixOptions: MatrixReadOptions = .standard) throws(InputError) -> PolicyNetwork {
        try read(url, tables: nil, displayName: displayName, ownership: ownership, matrices: matrices,
                 options: options, matrixOptions: matrixOptions)
    }

    /// ``read(contentsOf:displayName:ownership:matrices:options:matrixOptions:)`` with the plan's
    /// tables, and the separate ownership file's table, already read (by a caller that read them to
    /// tell what the files are), so that no file is read twice.
    static func read(_ url: URL, tables known: (plan: Table, ownership: Table?)?, displayName: String? = nil,
                     ownership: URL? = nil, ownershipTable knownOwnership: Table? = nil,
                     matrices: [URL] = [], options: ActionPlanOptions = .init(),
                     matrixOptions: MatrixReadOptions = .standard) throws(InputError) -> PolicyNetwork {
        var problems = matrixOptions.problems(scale: options.scale)
        if !problems.isEmpty { throw InputError(problems) }
        func attempt<T>(_ body: () throws(InputError) -> T) -> T? {
            do { return try body() } catch { problems.append(contentsOf: error.diagnostics); return nil }
        }
        let name = displayName ?? url.relativePath
        let tables = known ?? attempt { () throws(InputError) in
            try Self.tables(data: InputText.readFile(url, displayName: name), file: name, sheet: options.sheet)
        }
        let separate = knownOwnership ?? ownership.flatMap { ownershipURL in
            attempt { () throws(InputError) in
                try ownershipTable(data: InputText.readFile(ownershipURL, displayName: ownershipURL.relativePath), file: ownershipURL.relativePath)
            }
        }
        var read: [CrossImpactMatrix] = []
        for matrix in matrices {
            if let found = attempt({ () throws(InputError) in
                try MatrixReader.readAny(contentsOf: matrix, displayName: matrix.relativePath, scale: options.scale,
                                         catalogue: options.catalogue, options: matrixOptions)
            }) { read += found }
        }
        guard let tables, problems.isEmpty else { throw InputError(problems) }
        var options = options
        if options.name == nil { options.name = MatrixReader.defaultExpert(for: name) }
        if options.unscoredCodes.isEmpty { options.unscoredCodes = matrixOptions.unscoredCodes }
        var builder = try builder(from: tables.plan, ownership: separate.map { [$0] } ?? tables.ownership.map { [$0] } ?? [],
                                  matrices: read, options: options)
        if separate != nil, let sheet = tables.ownership {
            builder.report(Diagnostic(.warning, at: SourceLocation(file: name, sheet: sheet.sheet, cell: nil),
                                      "the ownership sheet of the workbook is not read: the ownership file \(ownership!.relativePath) replaces it"))
        }
        var unscored: [(link: UnscoredLink, location: SourceLocation?)] = []
        for matrix in read {
            for (cell, link) in zip(matrix.unscored, matrix.unscoredLinks) { unscored.append((link, cell.location)) }
        }
        return try builder.build(unscored: unscored)
    }
}
