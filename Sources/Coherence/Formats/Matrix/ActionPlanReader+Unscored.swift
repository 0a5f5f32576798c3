import Foundation

extension ActionPlanReader {
    /// Reads an action-plan file with an optional ownership file and cross-impact matrices, reading
    /// the matrices with `matrixOptions`: cells holding an unscored code (such as `-100`) become the
    /// network's ``PolicyNetwork/unscoredLinks`` instead of being refused.
    ///
    /// Without unscored codes this is ``read(contentsOf:displayName:ownership:matrices:options:)``.
    ///
    /// - Parameters:
    ///   - url: the plan (CSV or XLSX).
    ///   - displayName: its name in messages (default: the path as given).
    ///   - ownership: a table of which domain owns which goals and targets (CSV or XLSX).
    ///   - matrices: cross-impact matrices (CSV or XLSX, square or long).
    ///   - options: name, language, sheet, scale and catalogue.
    ///   - matrixOptions: the unscored codes of the matrices.
    /// - Returns: the network.
    /// - Throws: ``InputError`` with every problem found, and when a code lies on the scale.
    /// - Complexity: O(size of the files + (n + m) log(n + m)).
    public static func read(contentsOf url: URL, displayName: String? = nil, ownership: URL? = nil, matrices: [URL] = [],
                            options: ActionPlanOptions = .init(), matrixOptions: MatrixReadOptions) throws(InputError) -> PolicyNetwork {
        guard !matrixOptions.unscoredCodes.isEmpty else {
            return try read(contentsOf: url, displayName: displayName, ownership: ownership, matrices: matrices, options: options)
        }
        var problems = matrixOptions.problems(scale: options.scale)
        if !problems.isEmpty { throw InputError(problems) }
        func attempt<T>(_ body: () throws(InputError) -> T) -> T? {
            do { return try body() } catch { problems.append(contentsOf: error.diagnostics); return nil }
        }
        let name = displayName ?? url.relativePath
        let tables = attempt { () throws(InputError) in
            try Self.tables(data: InputText.readFile(url, displayName: name), file: name, sheet: options.sheet)
        }
        let separate = ownership.flatMap { ownershipURL in
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
