import Foundation

/// The type of an exported attribute, as the formats declare it.
public enum ExportValueType: String, Sendable, Hashable, Codable, CaseIterable {
    /// Text.
    case string
    /// A whole number.
    case integer
    /// A floating-point number.
    case double
    /// `true` or `false`.
    case boolean
    /// A list of texts: an array in node-link JSON, joined by `|` in GraphML, GEXF and CSV.
    case list

    /// The type name in a GraphML `<key attr.type=…>`.
    var graphML: String {
        switch self {
        case .string, .list: "string"
        case .integer: "int"
        case .double: "double"
        case .boolean: "boolean"
        }
    }

    /// The type name in a GEXF `<attribute type=…>`.
    var gexf: String {
        switch self {
        case .string, .list: "string"
        case .integer: "integer"
        case .double: "double"
        case .boolean: "boolean"
        }
    }
}

/// One attribute value of a node or edge.
enum ExportValue: Sendable, Hashable {
    case string(String)
    case integer(Int)
    case double(Double)
    case boolean(Bool)
    case list([String])

    /// The separator of list values in the text formats.
    static let listSeparator = "|"

    /// The value as text for XML: numbers in the shortest form that reads back exactly
    /// (`2.0`, `-1.5`, `1200000.0`), booleans as `true`/`false`, lists joined by `|`.
    var text: String {
        switch self {
        case .string(let s): s
        case .integer(let i): String(i)
        case .double(let d): ExportValue.format(d)
        case .boolean(let b): b ? "true" : "false"
        case .list(let items): items.joined(separator: Self.listSeparator)
        }
    }

    /// A double in the shortest round-trip form, always with a decimal point or exponent, so
    /// Python reads it back as a float.
    static func format(_ value: Double) -> String {
        let text = "\(value)"
        guard value.isFinite, !text.contains("."), !text.contains("e") else { return text }
        return text + ".0"
    }
}

/// An attribute every node (or every edge) may carry: its name in every format, its type, and
/// how to read it from a row; `nil` means "absent for this row".
struct ExportColumn<Row: Sendable>: Sendable {
    let name: String
    let type: ExportValueType
    let value: @Sendable (Row) -> ExportValue?
}

extension ExportNode {
    /// The node attributes in the order every format writes them (the id is written as the node's
    /// own id, not as an attribute, except in `nodes.csv`).
    ///
    /// `label` is written as GEXF's own label attribute, and as a `label` data key in GraphML
    /// (which Gephi also takes as the label).
    static let columns: [ExportColumn<ExportNode>] = [
        ExportColumn(name: "kind", type: .string) { .string($0.kind.rawValue) },
        ExportColumn(name: "label", type: .string) { .string($0.label) },
        ExportColumn(name: "goal", type: .integer) { $0.goal.map { .integer($0) } },
        ExportColumn(name: "colour", type: .string) { .string($0.colour) },
        ExportColumn(name: "domain", type: .string) { $0.domain.map { .string($0) } },
        ExportColumn(name: "budget", type: .double) { $0.budget.map { .double($0) } },
        ExportColumn(name: "stakeholder_kind", type: .string) { $0.stakeholderKind.map { .string($0.rawValue) } },
        ExportColumn(name: "factors", type: .list) { $0.factors.isEmpty ? nil : .list($0.factors.map(\.rawValue)) },
        ExportColumn(name: "plan", type: .list) { $0.plan.isEmpty ? nil : .list($0.plan) },
    ]
}

extension ExportEdge {
    /// The edge attributes in the order every format writes them (source, target and id are
    /// written in each format's own way).
    static let columns: [ExportColumn<ExportEdge>] = [
        ExportColumn(name: "kind", type: .string) { .string($0.kind.rawValue) },
        ExportColumn(name: "score", type: .double) { $0.score.map { .double($0) } },
        ExportColumn(name: "sign", type: .integer) { $0.sign.map { .integer($0) } },
        ExportColumn(name: "scope", type: .string) { $0.scope.map { .string($0.rawValue) } },
        ExportColumn(name: "confidence", type: .string) { $0.confidence.map { .string($0.rawValue) } },
        ExportColumn(name: "assumed", type: .boolean) { $0.assumed.map { .boolean($0) } },
        ExportColumn(name: "subject", type: .string) { $0.subject.map { .string($0) } },
        ExportColumn(name: "weight", type: .double) { .double($0.weight) },
    ]
}

extension ExportGraph {
    /// Graph-level attributes (model and provenance) in the order GraphML and node-link write them.
    ///
    /// `inputs` is a list: an array in node-link JSON, joined by `|` in GraphML.
    var graphAttributes: [(name: String, type: ExportValueType, value: ExportValue)] {
        var result: [(String, ExportValueType, ExportValue)] = [
            ("name", .string, .string(name)),
            ("language", .string, .string(language.rawValue)),
            ("scale_min", .double, .double(scale.min)),
            ("scale_max", .double, .double(scale.max)),
        ]
        if let step = scale.step { result.append(("scale_step", .double, .double(step))) }
        result += [
            ("tool", .string, .string("coherence")),
            ("tool_version", .string, .string(provenance.toolVersion)),
            ("catalogue_version", .string, .string(provenance.catalogueVersion)),
            ("input_hash", .string, .string(provenance.inputHash)),
            ("inputs", .list, .list(provenance.inputs)),
        ]
        return result.map { (name: $0.0, type: $0.1, value: $0.2) }
    }
}
