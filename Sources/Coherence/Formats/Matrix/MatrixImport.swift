/// Builds a network from cross-impact matrices alone, for analysing a workshop matrix without a model.
public enum MatrixImport {
    /// A network whose interactions are the matrices' cells, one expert per matrix.
    ///
    /// Ids that are not goals or targets become objectives labelled with their id.
    ///
    /// - Throws: ``InputError`` when two matrices name the same expert or a cell is invalid.
    public static func network(from matrices: [CrossImpactMatrix], name: String, language: Language = .en,
                               scale: ScoreScale = .nilsson, catalogue: SDGCatalogue = .standard) throws(InputError) -> PolicyNetwork {
        var builder = PolicyNetworkBuilder(name: name, language: language, scale: scale, catalogue: catalogue)
        var objectives = Set<String>()
        var experts = Set<String>()
        for matrix in matrices {
            if !experts.insert(matrix.expert).inserted {
                builder.report(Diagnostic(at: matrix.cells.first?.location, "two matrices for the same expert `\(matrix.expert)`"))
            }
            for id in matrix.ids where !objectives.contains(id) {
                if case .notAnSDGID = catalogue.lookup(id) {
                    objectives.insert(id)
                    builder.addObjective(id: id, label: id, at: matrix.idLocations[id])
                }
            }
            for cell in matrix.cells {
                builder.addJudgement(InteractionJudgement(expert: matrix.expert, from: cell.from, to: cell.to, score: cell.score),
                                     at: cell.location)
            }
        }
        return try builder.build()
    }
}
