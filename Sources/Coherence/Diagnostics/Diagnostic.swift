/// One problem found in a user's input, phrased so that the user can fix it.
///
/// A diagnostic names where the problem is, what is wrong, what was expected and what was found,
/// and a suggestion when one exists ("did you mean `11.6`?").
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How serious a problem is.
    public enum Severity: String, Sendable, Hashable, Codable {
        /// The input cannot be used as it is.
        case error
        /// The input can be used, but something in it is probably not what the author meant.
        case warning
    }

    /// How serious the problem is.
    public var severity: Severity
    /// Where the problem is, when it is tied to a place.
    public var location: SourceLocation?
    /// What is wrong, as one sentence.
    public var message: String
    /// What the input should have held there.
    public var expected: String?
    /// What the input held there.
    public var found: String?
    /// How to fix it, when a fix can be suggested.
    public var suggestion: String?

    /// Creates a diagnostic.
    public init(
        _ severity: Severity = .error, at location: SourceLocation?, _ message: String,
        expected: String? = nil, found: String? = nil, suggestion: String? = nil
    ) {
        self.severity = severity
        self.location = location
        self.message = message
        self.expected = expected
        self.found = found
        self.suggestion = suggestion
    }

    /// `file:line:column: error: message (expected …; found …). suggestion`
    ///
    /// What was found is left out when the message already quotes it
    /// (`workshop.csv: row 7 (12.5), column 4 (13.2): error: "++" is not a score on the scale −3…+3 (expected …)`).
    public var description: String {
        var text = ""
        if let location { text += "\(location): " }
        text += "\(severity.rawValue): \(message)"
        var details: [String] = []
        if let expected { details.append("expected \(expected)") }
        if let found, !message.contains(found) { details.append("found \(found)") }
        if !details.isEmpty { text += " (" + details.joined(separator: "; ") + ")" }
        if let suggestion { text += ". \(suggestion)" }
        return text
    }
}
