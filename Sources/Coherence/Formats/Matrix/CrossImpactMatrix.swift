/// One expert's cross-impact matrix: the scored cells of "how does progress on row i influence
/// progress on column j?".
public struct CrossImpactMatrix: Sendable, Hashable {
    /// One scored cell.
    public struct Cell: Sendable, Hashable {
        /// The influencing goal, target or objective (canonical id).
        public var from: String
        /// The influenced one.
        public var to: String
        /// The score (0 means scored as consistent).
        public var score: Double
        /// Where the cell is in the file.
        public var location: SourceLocation
    }

    /// The expert whose scores these are.
    public var expert: String
    /// The ids of the rows, in file order (canonical: `SDG11`, `11.6`, objective ids as written).
    public var ids: [String]
    /// The scored cells, row by row; blank cells are absent.
    public var cells: [Cell]
    /// Where each id was read (its header cell), for messages about it.
    public var idLocations: [String: SourceLocation]
}
