/// Node outline shapes that may be drawn (an allow-list: no record shapes, no `epsf`, no custom
/// shapes, because those read label syntax or files).
public enum NodeShape: String, Sendable, Hashable, Codable, CaseIterable {
    case box, ellipse, circle, doubleCircle = "doublecircle", diamond, hexagon, octagon
    case parallelogram, note, tab, folder, cylinder, underline, point
    /// Text only, no outline, no padding (Graphviz `plain`).
    case plain
    /// Text only, no outline (Graphviz `plaintext`).
    case plainText = "plaintext"
}

/// How a line is drawn. Together with colour this encodes the sign of a score twice
/// (see ``Palette``), so diagrams read in greyscale and for colour-blind readers.
public enum LineStyle: String, Sendable, Hashable, Codable, CaseIterable {
    case solid, dashed, dotted, bold
}

/// Arrow-head shapes (Graphviz's primitive arrows, an allow-list).
public enum ArrowHead: String, Sendable, Hashable, Codable, CaseIterable {
    case normal, none, vee, empty, dot, openDot = "odot", tee, diamond, openDiamond = "odiamond"
    case inverted = "inv", box, crow
}

/// Direction of the main flow in the dot layout (`rankdir`).
public enum RankDirection: String, Sendable, Hashable, Codable, CaseIterable {
    case topToBottom = "TB", leftToRight = "LR", bottomToTop = "BT", rightToLeft = "RL"
}

/// How edges are routed (`splines`).
public enum EdgeRouting: String, Sendable, Hashable, Codable, CaseIterable {
    case spline = "true", polyline, orthogonal = "ortho", straight = "false", curved
}

/// What force-directed engines (neato, fdp, sfdp) do about overlapping nodes (`overlap`).
public enum OverlapRemoval: String, Sendable, Hashable, Codable, CaseIterable {
    /// Leave overlaps.
    case allow = "true"
    /// Remove overlaps while keeping the layout's shape (Graphviz's default remover).
    case remove = "false"
    /// Scale the layout up until nodes no longer overlap.
    case scale
}

/// Horizontal alignment of text in an HTML-like table cell.
public enum TextAlignment: String, Sendable, Hashable, Codable, CaseIterable {
    case left = "LEFT", center = "CENTER", right = "RIGHT"
}
