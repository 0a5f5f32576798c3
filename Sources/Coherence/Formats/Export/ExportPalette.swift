/// The colours exports give nodes and edges, as `#RRGGBB`.
///
/// Goals and targets take the official colour of their goal (from the catalogue). The other kinds
/// take a colour of their own, chosen to stay apart from the seventeen goal colours:
///
/// | kind | colour |
/// |---|---|
/// | objective | brown `#795548` |
/// | domain | dark blue-grey `#37474F` |
/// | action | light blue-grey `#90A4AE` |
/// | group | purple `#7B1FA2` |
/// | stakeholder | teal `#00796B` |
///
/// In GEXF, scored edges are coloured by the sign of their score, as in the diagrams: green
/// `#2E7D32` positive, red `#C62828` negative, grey `#757575` for 0.
public enum ExportPalette {
    /// The colour of nodes of a kind that has no goal colour.
    ///
    /// - Parameter kind: the node kind.
    /// - Returns: the kind's colour; goals and targets get a neutral grey here, since their real
    ///   colour depends on the goal (see ``colour(kind:goal:)``).
    /// - Complexity: O(1).
    public static func colour(of kind: NodeKind) -> String {
        switch kind {
        case .goal, .target: "#9E9E9E"
        case .objective: "#795548"
        case .domain: "#37474F"
        case .action: "#90A4AE"
        case .group: "#7B1FA2"
        case .stakeholder: "#00796B"
        }
    }

    /// The colour of a node: its goal's official colour for goals and targets, the kind's colour otherwise.
    ///
    /// - Parameters:
    ///   - kind: the node kind.
    ///   - goal: the goal number of a goal or target node.
    /// - Returns: `#RRGGBB`.
    /// - Complexity: O(1).
    public static func colour(kind: NodeKind, goal: Int?) -> String {
        if kind == .goal || kind == .target, let goal, let official = SDGCatalogue.standard.goal(goal) {
            return official.colour.uppercased()
        }
        return colour(of: kind)
    }

    /// The colour of a scored edge by its sign: green for positive, red for negative, grey for 0.
    ///
    /// - Parameter sign: +1, −1 or 0.
    /// - Returns: `#RRGGBB`.
    /// - Complexity: O(1).
    public static func colour(sign: Int) -> String {
        sign > 0 ? "#2E7D32" : (sign < 0 ? "#C62828" : "#757575")
    }

    /// The red, green and blue components of a `#RRGGBB` colour, each 0…255.
    ///
    /// - Parameter hex: a colour as `#RRGGBB`.
    /// - Returns: the components, or `nil` when the text is not of that form.
    /// - Complexity: O(1).
    public static func components(_ hex: String) -> (red: Int, green: Int, blue: Int)? {
        guard hex.count == 7, hex.first == "#", hex.dropFirst().allSatisfy(\.isHexDigit), let value = Int(hex.dropFirst(), radix: 16) else { return nil }
        return ((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF)
    }
}
