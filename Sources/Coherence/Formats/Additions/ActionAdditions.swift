import Foundation

/// Actions to add to a plan for a what-if comparison, read from a file in model or plan form.
///
/// - **Model form** (`.yaml`, `.yml`, `.json`): a model file's `actions:` (and, when the actions
///   need them, new `domains:`, `groups:`, `stakeholders:` and `objectives:`); `coherence: 1` and
///   `name` may be left out. Scores are read on the scale of the model the actions are added to.
/// - **Plan form** (`.csv`, `.tsv`, `.txt`, `.xlsx`, `.xlsm`): an action plan, one row per action,
///   with the headers an action plan takes (see the *ActionPlans* article); its target groups may
///   name the model's own groups by id or label besides the catalogue's.
///
/// Domains, groups, stakeholders and objectives the file names are matched to the model's own by
/// id, else by label (case, accents and spacing ignored; a plan names domains by their label), so
/// `Mobiliteit` in a plan is the model's `mobiliteit`. One the model does not have is added, and
/// the variant's warnings say so. Add the actions with ``PolicyNetwork/variant(without:adding:)``.
public struct ActionAdditions: Sendable {
    /// The file's name in messages.
    public let file: String
    /// The declarations read from the file (with their places in it, for messages).
    var builder: PolicyNetworkBuilder

    /// The ids of the actions the file adds, in file order.
    public var actionIDs: [String] { builder.declarations.filter { $0.kind == .action }.map(\.id) }

    /// The labels of the actions the file adds, in file order.
    public var actionLabels: [String] { builder.declarations.filter { $0.kind == .action }.map(\.label) }

    /// Reads a file of actions to add.
    ///
    /// - Parameters:
    ///   - url: The file.
    ///   - displayName: Its name in messages (default: the path as given).
    ///   - network: The model the actions will be added to (its scale and language).
    ///   - sheet: For a workbook, the sheet of the plan.
    ///   - byteLimit: The largest file read, in bytes.
    /// - Returns: The additions.
    /// - Throws: ``InputError`` with every problem of the file (unknown keys or headers, scores off
    ///   the scale, a file that adds no action); references to the model are checked when the
    ///   variant is built.
    /// - Complexity: O(size of the file).
    public static func read(contentsOf url: URL, displayName: String? = nil, for network: PolicyNetwork,
                            sheet: String? = nil, byteLimit: Int = InputText.defaultByteLimit) throws(InputError) -> ActionAdditions {
        let name = displayName ?? url.relativePath
        let data = try InputText.readFile(url, displayName: name, byteLimit: byteLimit)
        return try read(data: data, file: name, for: network, sheet: sheet)
    }

    /// Reads actions to add from bytes (see ``read(contentsOf:displayName:for:sheet:byteLimit:)``).
    ///
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - file: Its name in messages; its extension tells the form.
    ///   - network: The model the actions will be added to.
    ///   - sheet: For a workbook, the sheet of the plan.
    /// - Returns: The additions.
    /// - Throws: ``InputError`` with every problem of the file.
    public static func read(data: Data, file: String, for network: PolicyNetwork, sheet: String? = nil) throws(InputError) -> ActionAdditions {
        let lower = file.lowercased()
        let tables = [".csv", ".tsv", ".txt", ".xlsx", ".xlsm"].contains { lower.hasSuffix($0) } || WorkbookReader.looksLikeWorkbook(data)
        if tables { return try plan(data: data, file: file, for: network, sheet: sheet) }
        let text = try InputText.decode(data, file: file)
        let root = try ModelReader().compose(text, file: file, format: ModelFileFormat(path: file))
        var parser = ModelParser(file: file, catalogue: .standard)
        parser.builder.name = network.name
        parser.builder.language = network.language
        parser.builder.scale = network.scale
        parser.parseAdditions(root: root)
        if parser.visited > ModelParser.valueLimit {
            throw InputError(at: SourceLocation(file: file), "the file holds more than \(ModelParser.valueLimit) values (YAML aliases that expand without end?)")
        }
        var builder = parser.builder
        builder.report(contentsOf: parser.log.diagnostics)
        return ActionAdditions(file: file, builder: builder)
    }

    /// Reads an action plan as actions to add (no ownership table: ownership is the model's).
    static func plan(data: Data, file: String, for network: PolicyNetwork, sheet: String?) throws(InputError) -> ActionAdditions {
        let table = try ActionPlanReader.tables(data: data, file: file, sheet: sheet).plan
        let header = try ActionPlanReader.header(of: table)
        let options = ActionPlanOptions(name: network.name, language: network.language, scale: network.scale)
        var importer = PlanImporter(name: network.name, language: network.language, options: options)
        for group in network.nodes(of: .group) where !group.fromCatalogue { importer.groups.add(id: group.id, label: group.label) }
        importer.readPlan(table, header: header)
        for diagnostic in importer.log.diagnostics { importer.builder.report(diagnostic) }
        return ActionAdditions(file: file, builder: importer.builder)
    }
}
