import ArgumentParser
import Coherence
import Foundation

extension ExportFormat: ExpressibleByArgument {}

/// `coherence export`: the model as a graph file for Gephi, networkx or R's igraph.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the model as a graph for other tools: GraphML, GEXF (Gephi), node-link JSON (networkx) or CSV edge lists (R igraph).",
        discussion: """
            Every node carries its kind, label, goal number and colour (the official goal colour for \
            goals and targets), domain and budget (actions), stakeholder kind and UNDP factors; every \
            edge its kind, score, sign (+1, -1, 0), scope, confidence, whether the score was assumed, \
            and for a mitigation the group or target it is about. The provenance (tool and catalogue \
            version, input hash) goes along: graph data in GraphML and node-link, <meta> in GEXF, \
            provenance.json beside the CSV tables.

            --to csv writes a folder: DIR/nodes.csv, DIR/edges.csv and DIR/provenance.json (made if \
            missing; each file written atomically). The other formats write one file, or standard \
            output without -o (or with -o -).

            Load in networkx:  nx.read_graphml(path), nx.read_gexf(path), \
            nx.node_link_graph(json.load(f), edges="edges").
            Load in R:  igraph::graph_from_data_frame(read.csv("DIR/edges.csv"), vertices = read.csv("DIR/nodes.csv")).

            Example:
              coherence export Models/example.yaml --to gexf -o leiewaarde.gexf
              coherence export --to graphml -o example.graphml
              coherence export Models/example.yaml --to node-link -o model.json
              coherence export Models/example.yaml --to csv -o tables --csv-dialect excel-nl
            """
    )

    @OptionGroup var input: ModelInput

    @Option(name: .customLong("to"), help: ArgumentHelp("The format to write.", valueName: "format"))
    var format: ExportFormat

    @Option(name: .shortAndLong, help: ArgumentHelp(
        "The file to write (standard output when omitted or -); for csv the folder to write the tables into.",
        valueName: "file-or-dir"))
    var output: String?

    @Option(name: .customLong("csv-dialect"), help: "For --to csv: standard (comma) or excel-nl (semicolon, decimal comma, BOM).")
    var csvDialect: CSVDialect?

    func validate() throws {
        if format == .csv, output == nil || output == "-" {
            throw ValidationError("--to csv writes a folder with nodes.csv and edges.csv: give it with -o DIR.")
        }
        if format != .csv, csvDialect != nil {
            throw ValidationError("--csv-dialect only applies to --to csv.")
        }
    }

    func run() throws {
        let network = try input.load()
        let provenance = input.provenance(parameters: ["format": format.rawValue])
        if let document = format.document(network, provenance: provenance) {
            try CLI.emit(document, to: output)
            return
        }
        guard let output else { return }
        let tables = EdgeListExporter.export(network, provenance: provenance, dialect: csvDialect ?? .standard)
        let directory = URL(fileURLWithPath: output)
        do {
            try tables.write(to: directory)
        } catch {
            CLI.printError("error: cannot write the CSV tables into \(output): \(error.localizedDescription)")
            throw ExitCode(1)
        }
        let files = "\(EdgeListExport.nodesFile), \(EdgeListExport.edgesFile)"
        let counts = (nodes: network.nodes.count, edges: network.edges.count)
        CLI.printError(network.language == .nl
            ? "\(files) en \(EdgeListExport.provenanceFile) geschreven in \(output) (\(counts.nodes) knopen, \(counts.edges) verbindingen)."
            : "Wrote \(files) and \(EdgeListExport.provenanceFile) to \(output) (\(counts.nodes) nodes, \(counts.edges) edges).")
    }
}
