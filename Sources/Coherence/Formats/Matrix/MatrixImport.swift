import Foundation

/// Builds a network from cross-impact matrices alone, for analysing a workshop matrix without a model.
public enum MatrixImport {
    /// Reads matrix files from disk — square matrices (one expert each, named after the file) or
    /// long tables (one or more experts) — collecting the problems of every file before throwing.
    ///
    /// - Parameters:
    ///   - paths: the files, as the user named them (relative to the working directory).
    ///   - sheet: for XLSX files, the sheet to read (default: the first visible one).
    ///   - scale: the scale every score must be on.
    ///   - catalogue: resolves goal and target ids.
    ///   - options: unscored codes (such as `-100`); none by default.
    /// - Returns: the matrices, file by file, each long table's experts in order of appearance.
    /// - Throws: ``InputError`` with every problem of every file, when two matrices name the same
    ///   expert, and when an unscored code lies on the scale.
    /// - Complexity: O(total cells).
    public static func read(files paths: [String], sheet: String? = nil, scale: ScoreScale = .nilsson,
                            catalogue: SDGCatalogue = .standard,
                            options: MatrixReadOptions = .standard) throws(InputError) -> [CrossImpactMatrix] {
        let codeProblems = options.problems(scale: scale)
        if !codeProblems.isEmpty { throw InputError(codeProblems) }
        var matrices: [CrossImpactMatrix] = []
        var problems: [Diagnostic] = []
        var experts: [String: String] = [:]
        for path in paths {
            do {
                let read = try MatrixReader.readAny(contentsOf: URL(fileURLWithPath: path), displayName: path, scale: scale,
                                                    sheet: sheet, catalogue: catalogue, options: options)
                for matrix in read {
                    if let first = experts[matrix.expert] {
                        problems.append(Diagnostic(at: SourceLocation(file: path),
                                                   "a second matrix for the expert `\(matrix.expert)` (the first is in \(first))",
                                                   suggestion: "Experts are named after their files: give each file its own name."))
                        continue
                    }
                    experts[matrix.expert] = path
                    matrices.append(matrix)
                }
            } catch {
                problems.append(contentsOf: error.diagnostics)
            }
        }
        if problems.contains(where: { $0.severity == .error }) { throw InputError(problems) }
        return matrices
    }

    /// A network name for matrices read from files: the file name for one, a count for several.
    public static func name(forFiles paths: [String]) -> String {
        paths.count == 1 ? (paths[0] as NSString).lastPathComponent : "\(paths.count) matrices"
    }

    /// A network whose interactions are the matrices' cells, one expert per matrix.
    ///
    /// Ids that are not goals or targets become objectives labelled with their id. Scores are kept
    /// as read: negative scores are trade-offs; the network's interaction edges carry the mean over
    /// the experts who scored each cell. Unscored cells become the network's
    /// ``PolicyNetwork/unscoredLinks``, apart from every score. The matrices' warnings become the
    /// network's warnings.
    ///
    /// - Parameters:
    ///   - matrices: one matrix per expert.
    ///   - name: the network's name.
    ///   - language: the language of its labels and reports.
    ///   - scale: the scale the scores are on.
    ///   - catalogue: resolves goal and target ids.
    /// - Throws: ``InputError`` when two matrices name the same expert or a cell is invalid.
    /// - Complexity: O(total cells).
    public static func network(from matrices: [CrossImpactMatrix], name: String, language: Language = .en,
                               scale: ScoreScale = .nilsson, catalogue: SDGCatalogue = .standard) throws(InputError) -> PolicyNetwork {
        var builder = PolicyNetworkBuilder(name: name, language: language, scale: scale, catalogue: catalogue)
        var objectives = Set<String>()
        var experts: [String: SourceLocation?] = [:]
        var unscored: [(link: UnscoredLink, location: SourceLocation?)] = []
        for matrix in matrices {
            builder.report(contentsOf: matrix.warnings)
            let here = matrix.cells.first?.location ?? matrix.idLocations[matrix.ids.first ?? ""]
            if let first = experts[matrix.expert] {
                builder.report(Diagnostic(at: here, "two matrices for the same expert `\(matrix.expert)`" + (first.map { " (first in \($0.file))" } ?? ""),
                                          suggestion: "Give each file its own expert (file names are the experts' names)."))
                continue
            }
            experts[matrix.expert] = here
            for id in matrix.ids where !objectives.contains(id) {
                if case .notAnSDGID = catalogue.lookup(id) {
                    objectives.insert(id)
                    builder.addObjective(id: id, label: id, at: matrix.idLocations[id])
                }
            }
            for cell in matrix.cells {
                builder.addJudgement(InteractionJudgement(expert: matrix.expert, from: cell.from, to: cell.to, score: cell.score,
                                                          annotation: cell.annotation),
                                     at: cell.location)
            }
            for (cell, link) in zip(matrix.unscored, matrix.unscoredLinks) { unscored.append((link, cell.location)) }
        }
        return try builder.build(unscored: unscored)
    }
}
