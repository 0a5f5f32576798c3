/// The colours, line styles and widths that encode an interaction score, and legend entries
/// explaining them.
///
/// The sign is encoded twice, so diagrams read in greyscale and for colour-blind readers:
///
/// | sign | colour | line |
/// |---|---|---|
/// | positive | green `#2E7D32` | solid |
/// | negative | red `#C62828` | dashed |
/// | zero (scored as *consistent*) | grey `#757575` | dotted |
///
/// Width grows with the magnitude: on the 7-point scale (s = 3) |score| 1 → 1.0 pt,
/// 2 → 2.2 pt, 3 → 3.6 pt. In general m = 3·|score|/s (the magnitude on the 7-point scale) and
/// width = 0.1·m² + 0.9·m points, at least 0.6 pt (so a zero score stays visible) and at most 10.
public enum Palette {
    /// Colour of positive (synergy) links: green `#2E7D32`.
    public static let positive: Colour = "#2E7D32"
    /// Colour of negative (trade-off) links: red `#C62828`.
    public static let negative: Colour = "#C62828"
    /// Colour of zero-score (consistent) links: grey `#757575`.
    public static let neutral: Colour = "#757575"

    /// Line colour for a score: ``positive``, ``negative`` or ``neutral``.
    /// - Parameter score: The interaction score (any scale).
    /// - Returns: The colour for its sign.
    public static func colour(forScore score: Double) -> Colour {
        score > 0 ? positive : (score < 0 ? negative : neutral)
    }

    /// Line style for a score: solid (positive), dashed (negative), dotted (zero).
    /// - Parameter score: The interaction score (any scale).
    /// - Returns: The line style for its sign.
    public static func lineStyle(forScore score: Double) -> LineStyle {
        score > 0 ? .solid : (score < 0 ? .dashed : .dotted)
    }

    /// Line width for a score (see the table in ``Palette``).
    /// - Parameters:
    ///   - score: The interaction score; only its magnitude counts.
    ///   - scaleMagnitude: s, the scale's magnitude max(|min|, |max|) (3 on the default scale).
    /// - Returns: 0.1·m² + 0.9·m with m = 3·|score|/s, within 0.6…10 points.
    /// - Complexity: O(1).
    public static func penWidth(forScore score: Double, scaleMagnitude: Double = 3) -> PenWidth {
        let magnitude = scaleMagnitude > 0 && scaleMagnitude.isFinite ? 3 * abs(score) / scaleMagnitude : 0
        let width = 0.1 * magnitude * magnitude + 0.9 * magnitude
        return PenWidth(clamping: max(0.6, (width * 100).rounded() / 100))
    }

    /// The full edge style for a score: colour, line style and width.
    /// - Parameters:
    ///   - score: The interaction score. Negative scores are drawn red and dashed.
    ///   - scaleMagnitude: s, the scale's magnitude (3 on the default scale).
    /// - Returns: An edge style with colour, line style and pen width set.
    public static func edgeStyle(forScore score: Double, scaleMagnitude: Double = 3) -> EdgeStyle {
        EdgeStyle(
            colour: colour(forScore: score), lineStyle: lineStyle(forScore: score),
            penWidth: penWidth(forScore: score, scaleMagnitude: scaleMagnitude))
    }

    /// Legend entries for the sign and width encoding.
    /// - Parameters:
    ///   - positive: Text for positive links.
    ///   - negative: Text for negative links.
    ///   - neutral: Text for zero-score links, or `nil` to leave that entry out.
    ///   - includeWidths: Also add entries for |score| 1, 2 and 3 (on the 7-point scale).
    /// - Returns: Entries for a ``Legend``.
    public static func signLegendEntries(
        positive: String = "positive (synergy)", negative: String = "negative (trade-off)",
        neutral: String? = "consistent (0)", includeWidths: Bool = true
    ) -> [LegendEntry] {
        var entries = [
            LegendEntry(.line(colour: Palette.positive, style: .solid, width: penWidth(forScore: 2)), positive),
            LegendEntry(.line(colour: Palette.negative, style: .dashed, width: penWidth(forScore: -2)), negative),
        ]
        if let neutral {
            entries.append(LegendEntry(.line(colour: Palette.neutral, style: .dotted, width: penWidth(forScore: 0)), neutral))
        }
        if includeWidths {
            for magnitude in 1...3 {
                entries.append(
                    LegendEntry(
                        .line(colour: Palette.neutral, style: .solid, width: penWidth(forScore: Double(magnitude))),
                        "|score| \(magnitude)"))
            }
        }
        return entries
    }
}
