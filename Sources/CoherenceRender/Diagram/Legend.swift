/// The key of a diagram: what colours, line styles and widths mean.
///
/// Drawn as one HTML-table node (named ``Diagram/legendNodeID``, not connected to anything) with a
/// sample and a text per entry, so it looks the same with every layout engine. Graphviz places it
/// as a separate component: with dot, beside the first rank.
public struct Legend: Sendable, Hashable {
    /// Heading of the legend (default "Legend").
    public var title: String
    /// Entries, top to bottom.
    public var entries: [LegendEntry]
    /// Lines of free text under the entries, for example "links below |score| 2 are hidden".
    public var notes: [String]

    /// Creates a legend.
    /// - Parameters:
    ///   - title: Heading.
    ///   - entries: Entries, top to bottom.
    ///   - notes: Free-text lines under the entries.
    public init(title: String = "Legend", entries: [LegendEntry], notes: [String] = []) {
        self.title = title
        self.entries = entries
        self.notes = notes
    }
}

/// One line of a ``Legend``: a sample and what it means.
public struct LegendEntry: Sendable, Hashable {
    /// What is drawn left of the text.
    public var sample: LegendSample
    /// What the sample means (drawn literally).
    public var text: String

    /// Creates an entry.
    /// - Parameters:
    ///   - sample: Swatch or line sample.
    ///   - text: Its meaning.
    public init(_ sample: LegendSample, _ text: String) {
        self.sample = sample
        self.text = text
    }
}

/// The sample drawn in a legend entry.
public enum LegendSample: Sendable, Hashable {
    /// A filled square: a node colour.
    case swatch(Colour)
    /// A short line: an edge colour, style and width.
    case line(colour: Colour, style: LineStyle, width: PenWidth)
    /// No sample, text only.
    case none
}
