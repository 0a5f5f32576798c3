import Yams

extension Yams.Node {
    /// The location of this node in a file.
    func location(in file: String) -> SourceLocation {
        SourceLocation(file: file, line: mark?.line, column: mark?.column)
    }

    /// A short description of what kind of value this is, for "found …" in messages.
    var kindDescription: String {
        switch self {
        case .scalar(let scalar): return scalar.string.isEmpty ? "an empty value" : "`\(scalar.string)`"
        case .mapping: return "a mapping (key: value pairs)"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    /// The text of a scalar, or nil for mappings and lists.
    var scalarText: String? {
        if case .scalar(let scalar) = self { return scalar.string }
        return nil
    }

    /// Whether this is a YAML null (`~`, `null` or an empty plain scalar).
    var isNull: Bool {
        guard case .scalar(let scalar) = self, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }
}
