import Foundation

/// Writes a policy network as two CSV tables — nodes and edges — for R's igraph
/// (`graph_from_data_frame`), Gephi's spreadsheet import, pandas or a spreadsheet.
///
/// `nodes.csv` has the columns `id, kind, label, goal, colour, domain, budget, stakeholder_kind,
/// factors, plan`; `edges.csv` has `from, to, kind, score, sign, scope, confidence, assumed,
/// subject, weight, id`. The first column of each is what `graph_from_data_frame` needs (vertex
/// names; edge ends). Cells that do not apply are empty; lists (`factors`, `plan`) are joined by
/// `|`. Text that a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+…`, `-…`, `@…`) is
/// prefixed with `'` (see ``CSVDocument``). The provenance, the model's name and scale go to a
/// third file, `provenance.json`, so the tables stay plain tables.
///
/// ```swift
/// let tables = EdgeListExporter.export(network, provenance: provenance, dialect: .excelNL)
/// try tables.write(to: URL(fileURLWithPath: "out/csv"))
/// ```
public enum EdgeListExporter {
    /// The header of `nodes.csv`.
    public static let nodeHeader = ["id"] + ExportNode.columns.map(\.name)
    /// The header of `edges.csv`.
    public static let edgeHeader = ["from", "to"] + ExportEdge.columns.map(\.name) + ["id"]

    /// The CSV tables for a network.
    ///
    /// Negative scores are written as they are (`-2` with sign `-1`).
    ///
    /// - Parameters:
    ///   - network: the network.
    ///   - provenance: tool and catalogue version, input hash and inputs, for `provenance.json`.
    ///   - dialect: `.standard` (comma, decimal point) or `.excelNL` (semicolon, decimal comma, BOM).
    /// - Returns: the three files' contents.
    /// - Complexity: O(n + m) for n nodes and m edges.
    public static func export(_ network: PolicyNetwork, provenance: Provenance,
                              dialect: CSVDialect = .standard) -> EdgeListExport {
        export(ExportGraph(network, provenance: provenance), dialect: dialect)
    }

    /// The CSV tables for a flattened network (see ``export(_:provenance:dialect:)``).
    ///
    /// - Complexity: O(n + m).
    public static func export(_ graph: ExportGraph, dialect: CSVDialect = .standard) -> EdgeListExport {
        var nodes = CSVDocument(dialect: dialect)
        nodes.append(nodeHeader)
        for node in graph.nodes {
            nodes.append([.text(node.id)] + ExportNode.columns.map { cell($0.value(node)) })
        }
        var edges = CSVDocument(dialect: dialect)
        edges.append(edgeHeader)
        for edge in graph.edges {
            edges.append([.text(edge.from), .text(edge.to)] + ExportEdge.columns.map { cell($0.value(edge)) } + [.text(edge.id)])
        }
        let record = ProvenanceRecord(
            provenance: graph.provenance,
            graph: .init(name: graph.name, language: graph.language, scale: graph.scale),
            files: .init(nodes: EdgeListExport.nodesFile, edges: EdgeListExport.edgesFile),
            csvDialect: dialect)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let json = (try? encoder.encode(record)).map { String(decoding: $0, as: UTF8.self) + "\n" } ?? "{}\n"
        return EdgeListExport(nodes: nodes.text, edges: edges.text, provenance: json)
    }

    private static func cell(_ value: ExportValue?) -> CSVDocument.Cell {
        switch value {
        case nil: .empty
        case .string(let s): .text(s)
        case .integer(let i): .number(Double(i))
        case .double(let d): .number(d)
        case .boolean(let b): .text(b ? "true" : "false")
        case .list(let items): .text(items.joined(separator: ExportValue.listSeparator))
        }
    }

    /// What `provenance.json` holds.
    struct ProvenanceRecord: Encodable {
        struct Graph: Encodable {
            let name: String
            let language: Language
            let scale: ScoreScale
        }
        struct Files: Encodable {
            let nodes: String
            let edges: String
        }
        let provenance: Provenance
        let graph: Graph
        let files: Files
        let csvDialect: CSVDialect

        enum CodingKeys: String, CodingKey {
            case provenance, graph, files
            case csvDialect = "csv_dialect"
        }
    }
}

/// The files of a CSV export: `nodes.csv`, `edges.csv` and `provenance.json`.
public struct EdgeListExport: Sendable, Hashable {
    /// The name of the node table.
    public static let nodesFile = "nodes.csv"
    /// The name of the edge table.
    public static let edgesFile = "edges.csv"
    /// The name of the provenance record.
    public static let provenanceFile = "provenance.json"

    /// The text of `nodes.csv`.
    public let nodes: String
    /// The text of `edges.csv`.
    public let edges: String
    /// The text of `provenance.json`.
    public let provenance: String

    /// The files by name, in the order they are written.
    public var files: [(name: String, text: String)] {
        [(Self.nodesFile, nodes), (Self.edgesFile, edges), (Self.provenanceFile, provenance)]
    }

    /// Writes the three files into a folder, creating it (and its parents) when missing; each file
    /// is written atomically (a temporary file, then a rename), so a reader never sees half a file.
    ///
    /// - Parameter directory: the folder.
    /// - Throws: the file system's error (the folder cannot be made, or is a file; a file cannot be written).
    /// - Complexity: O(size of the files).
    public func write(to directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for file in files {
            try AtomicFile.write(file.text, to: directory.appendingPathComponent(file.name))
        }
    }
}
