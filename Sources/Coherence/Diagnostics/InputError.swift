/// The error thrown when an input cannot be used: every problem found in it, not just the first.
///
/// Readers and the network builder collect all the problems they find, then throw one
/// `InputError`. The command-line tool prints each diagnostic and exits with status 2.
public struct InputError: Error, Sendable, CustomStringConvertible {
    /// The problems, in the order of the input (errors and warnings).
    public var diagnostics: [Diagnostic]

    /// Creates an error from problems found in an input.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    /// Creates an error with one problem.
    public init(at location: SourceLocation?, _ message: String,
                expected: String? = nil, found: String? = nil, suggestion: String? = nil) {
        self.diagnostics = [Diagnostic(at: location, message, expected: expected, found: found, suggestion: suggestion)]
    }

    /// The problems that are errors (not warnings).
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    /// Every diagnostic on its own line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// A collector of diagnostics, used by readers that keep going after a problem.
public struct DiagnosticLog: Sendable {
    /// The diagnostics collected so far.
    public private(set) var diagnostics: [Diagnostic] = []

    /// Creates an empty log.
    public init() {}

    /// Whether any error (not warning) has been recorded.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Records an error.
    public mutating func error(_ location: SourceLocation?, _ message: String,
                               expected: String? = nil, found: String? = nil, suggestion: String? = nil) {
        diagnostics.append(Diagnostic(.error, at: location, message, expected: expected, found: found, suggestion: suggestion))
    }

    /// Records a warning.
    public mutating func warning(_ location: SourceLocation?, _ message: String, suggestion: String? = nil) {
        diagnostics.append(Diagnostic(.warning, at: location, message, suggestion: suggestion))
    }

    /// Appends diagnostics found elsewhere.
    public mutating func append(contentsOf other: [Diagnostic]) {
        diagnostics.append(contentsOf: other)
    }

    /// Throws the collected diagnostics when any of them is an error, in input order.
    public func throwIfErrors() throws(InputError) {
        if hasErrors { throw InputError(Self.inInputOrder(diagnostics)) }
    }

    /// The diagnostics sorted by place: files in the order they first appear, then line and
    /// column (or row and column); diagnostics without a place keep their position at the end.
    public static func inInputOrder(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var fileOrder: [String: Int] = [:]
        for d in diagnostics { if let f = d.location?.file, fileOrder[f] == nil { fileOrder[f] = fileOrder.count } }
        return diagnostics.enumerated().sorted { a, b in
            let la = a.element.location, lb = b.element.location
            let ka = (la.map { fileOrder[$0.file]! } ?? Int.max, la?.line ?? la?.row ?? 0, la?.column ?? la?.tableColumn ?? 0, a.offset)
            let kb = (lb.map { fileOrder[$0.file]! } ?? Int.max, lb?.line ?? lb?.row ?? 0, lb?.column ?? lb?.tableColumn ?? 0, b.offset)
            return ka < kb
        }.map(\.element)
    }
}
