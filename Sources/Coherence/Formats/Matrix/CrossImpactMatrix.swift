/// One expert's cross-impact matrix: the scored cells of "how does progress on row i influence
/// progress on column j?".
///
/// Read from a square matrix (one file or sheet per expert) or from one expert's rows of a long
/// table (`expert, from, to, score, rationale`). Scores are kept as given: negative scores are
/// trade-offs, 0 is *scored as consistent*, and a cell nobody scored is absent. A cell holding a
/// code of ``MatrixReadOptions/unscoredCodes`` (such as `-100`) is an *unscored link*: it is kept
/// in ``unscored``, apart from the scored cells, and never becomes a score.
public struct CrossImpactMatrix: Sendable, Hashable {
    /// One scored cell.
    public struct Cell: Sendable, Hashable {
        /// The influencing goal, target or objective (canonical id).
        public var from: String
        /// The influenced one.
        public var to: String
        /// The score (0 means scored as consistent; negative means a trade-off).
        public var score: Double
        /// Where the cell is in the file.
        public var location: SourceLocation
        /// Confidence, rationale and source, when a long table gives them.
        public var annotation: EdgeAnnotation

        /// Creates a cell.
        public init(from: String, to: String, score: Double, location: SourceLocation, annotation: EdgeAnnotation = .none) {
            self.from = from
            self.to = to
            self.score = score
            self.location = location
            self.annotation = annotation
        }
    }

    /// A cell that says a link exists without a score (it held an unscored code such as `-100`).
    public struct UnscoredCell: Sendable, Hashable {
        /// The influencing goal, target or objective (canonical id).
        public var from: String
        /// The influenced one.
        public var to: String
        /// Where the cell is in the file.
        public var location: SourceLocation
        /// Rationale and source, when a long table gives them.
        public var annotation: EdgeAnnotation

        /// Creates an unscored cell.
        ///
        /// - Complexity: O(1).
        public init(from: String, to: String, location: SourceLocation, annotation: EdgeAnnotation = .none) {
            self.from = from
            self.to = to
            self.location = location
            self.annotation = annotation
        }
    }

    /// The expert whose scores these are.
    public var expert: String
    /// The ids of the rows, in file order (canonical: `SDG11`, `11.6`, objective ids as written).
    public var ids: [String]
    /// The scored cells, row by row; blank cells are absent.
    public var cells: [Cell]
    /// The links that exist without a score, row by row (empty unless the reader was given unscored codes).
    public var unscored: [UnscoredCell]
    /// Where each id was read (its header cell), for messages about it.
    public var idLocations: [String: SourceLocation]
    /// Things in the file that were read but are probably not what the author meant (warnings).
    public var warnings: [Diagnostic]

    /// Creates a matrix.
    public init(expert: String, ids: [String], cells: [Cell], unscored: [UnscoredCell] = [],
                idLocations: [String: SourceLocation] = [:], warnings: [Diagnostic] = []) {
        self.expert = expert
        self.ids = ids
        self.cells = cells
        self.unscored = unscored
        self.idLocations = idLocations
        self.warnings = warnings
    }

    /// The judgements of this matrix, for a ``PolicyNetworkBuilder``.
    public var judgements: [InteractionJudgement] {
        cells.map { InteractionJudgement(expert: expert, from: $0.from, to: $0.to, score: $0.score, annotation: $0.annotation) }
    }

    /// The unscored links of this matrix (its expert on each), for ``PolicyNetworkBuilder/build(unscored:)``.
    ///
    /// - Complexity: O(u) for u unscored cells.
    public var unscoredLinks: [UnscoredLink] {
        unscored.map { UnscoredLink(expert: expert, from: $0.from, to: $0.to, annotation: $0.annotation) }
    }
}
