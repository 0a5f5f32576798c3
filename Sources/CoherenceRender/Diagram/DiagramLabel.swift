/// The text of a node, edge or cluster: plain text, or an HTML-like label built with the typed
/// builder (``HTMLLabel``).
///
/// Plain text is drawn literally: a backslash stays a backslash (Graphviz would otherwise expand
/// `\N`, `\G`, `\L`, `\n` …), and a newline in the text becomes a centred line break.
public enum DiagramLabel: Sendable, Hashable, ExpressibleByStringLiteral {
    /// Literal text; newlines break lines.
    case plain(String)
    /// An HTML-like label.
    case html(HTMLLabel)

    /// A plain label.
    public init(stringLiteral value: String) { self = .plain(value) }
}
