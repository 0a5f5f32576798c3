/// The formats `coherence export` writes.
public enum ExportFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// GraphML: networkx `read_graphml`, Gephi, igraph, yEd, Cytoscape. One file.
    case graphml
    /// GEXF 1.3: Gephi's own format, networkx `read_gexf`. One file.
    case gexf
    /// Node-link JSON: networkx `node_link_graph(data, edges="edges")`, D3. One file.
    case nodeLink = "node-link"
    /// Two CSV tables (`nodes.csv`, `edges.csv`) and `provenance.json`: R igraph, Gephi's
    /// spreadsheet import, pandas, Excel. A folder.
    case csv

    /// Whether the format is written as a folder of files rather than one file.
    public var isFolder: Bool { self == .csv }

    /// The usual file extension of a one-file format (`graphml`, `gexf`, `json`); `nil` for CSV.
    public var fileExtension: String? {
        switch self {
        case .graphml: "graphml"
        case .gexf: "gexf"
        case .nodeLink: "json"
        case .csv: nil
        }
    }

    /// The one-file export of a network in this format; `nil` for ``csv`` (use ``EdgeListExporter``).
    ///
    /// - Parameters:
    ///   - network: the network.
    ///   - provenance: the provenance written into the file.
    /// - Returns: the file's text.
    /// - Complexity: O(n + m) for n nodes and m edges.
    public func document(_ network: PolicyNetwork, provenance: Provenance) -> String? {
        switch self {
        case .graphml: GraphMLExporter.export(network, provenance: provenance)
        case .gexf: GEXFExporter.export(network, provenance: provenance)
        case .nodeLink: NodeLinkExporter.export(network, provenance: provenance)
        case .csv: nil
        }
    }
}
