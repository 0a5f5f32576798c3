/// A report as plain values: a title, a summary of key findings, and sections of paragraphs,
/// tables and figures. Renderers turn it into HTML or Markdown; neither adds content.
///
/// All text is plain text: renderers escape it for their format, so a label such as
/// `<img src=x onerror=alert(1)>` from a model file shows as text.
public struct ReportDocument: Sendable, Hashable {
    /// The report's title.
    public var title: String
    /// A line under the title (the municipality, the date).
    public var subtitle: String?
    /// The language of the report's own words.
    public var language: String
    /// The key findings, first thing a reader sees.
    public var keyFindings: [KeyFinding]
    /// The sections, in order.
    public var sections: [ReportSection]
    /// A closing note on provenance (tool, catalogue, input hash).
    public var provenanceNote: String?

    /// Creates a report.
    public init(title: String, subtitle: String? = nil, language: String, keyFindings: [KeyFinding] = [],
                sections: [ReportSection] = [], provenanceNote: String? = nil) {
        self.title = title
        self.subtitle = subtitle
        self.language = language
        self.keyFindings = keyFindings
        self.sections = sections
        self.provenanceNote = provenanceNote
    }
}

/// One key finding in the summary: a short headline and a sentence.
public struct KeyFinding: Sendable, Hashable {
    /// How urgent the finding is; drives its colour and order.
    public enum Severity: String, Sendable, Hashable, Comparable {
        /// Needs attention (an unmanaged trade-off, a forgotten group).
        case alert
        /// Worth a look.
        case notice
        /// Good news or context.
        case info

        private var order: Int { self == .alert ? 0 : self == .notice ? 1 : 2 }
        /// Alerts first.
        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.order < rhs.order }
    }

    /// How urgent it is.
    public var severity: Severity
    /// The headline.
    public var headline: String
    /// One or two sentences.
    public var text: String
    /// The id of the section that explains it.
    public var sectionID: String?

    /// Creates a key finding.
    public init(_ severity: Severity, headline: String, text: String, sectionID: String? = nil) {
        self.severity = severity
        self.headline = headline
        self.text = text
        self.sectionID = sectionID
    }
}

/// A section of a report.
public struct ReportSection: Sendable, Hashable {
    /// An id for links (`spillovers`).
    public var id: String
    /// The heading.
    public var heading: String
    /// The blocks of the section, in order.
    public var blocks: [ReportBlock]

    /// Creates a section.
    public init(id: String, heading: String, blocks: [ReportBlock] = []) {
        self.id = id
        self.heading = heading
        self.blocks = blocks
    }
}

/// A block of content.
public enum ReportBlock: Sendable, Hashable {
    /// A paragraph of plain text.
    case paragraph(String)
    /// A sub-heading.
    case subheading(String)
    /// A bulleted list of plain-text items.
    case list([String])
    /// A table.
    case table(ReportTable)
    /// A figure: an SVG diagram with its caption, alt text and the table it was drawn from.
    case figure(ReportFigure)
    /// A note that stands out (a warning, or "cannot assess").
    case callout(String)
}

/// A table of plain-text cells.
public struct ReportTable: Sendable, Hashable {
    /// A caption.
    public var caption: String?
    /// The header cells.
    public var header: [String]
    /// The rows.
    public var rows: [[String]]
    /// Columns that hold numbers (right-aligned).
    public var numericColumns: Set<Int>

    /// Creates a table.
    public init(caption: String? = nil, header: [String], rows: [[String]], numericColumns: Set<Int> = []) {
        self.caption = caption
        self.header = header
        self.rows = rows
        self.numericColumns = numericColumns
    }
}

/// A diagram in a report.
public struct ReportFigure: Sendable, Hashable {
    /// The file name stem of the diagram (`domains` → `domains.svg`, `domains.png`).
    public var name: String
    /// The caption.
    public var caption: String
    /// The text alternative.
    public var altText: String
    /// The SVG text, ready to inline (no XML prolog).
    public var svg: String
    /// The PNG bytes, for the Markdown report and for pasting into Word.
    public var png: [UInt8]
    /// The table the diagram was drawn from.
    public var table: ReportTable?

    /// Creates a figure.
    public init(name: String, caption: String, altText: String, svg: String, png: [UInt8], table: ReportTable? = nil) {
        self.name = name
        self.caption = caption
        self.altText = altText
        self.svg = svg
        self.png = png
        self.table = table
    }
}
