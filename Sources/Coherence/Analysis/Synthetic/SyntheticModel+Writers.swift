import Foundation

/// Writers of a synthetic model: model YAML, a square matrix CSV, an ownership CSV and an
/// action-plan CSV (streamed, for plans of a million contributions).
extension SyntheticModel {
    /// The model as YAML (``ModelWriter/yaml(_:)`` of ``network(name:)``).
    ///
    /// Meant for small and mid-sized models: the whole network is built in memory. For a
    /// region-sized plan write the action-plan CSV instead.
    ///
    /// - Throws: ``InputError`` when the network cannot be built.
    /// - Complexity: as ``network(name:)``.
    public func yaml(name: String? = nil) throws(InputError) -> String {
        ModelWriter.yaml(try network(name: name))
    }

    /// The cross-impact matrix as a square CSV: `from\to` and the element ids in the header,
    /// one row per element, blank where a pair is not scored, scores as signed integers.
    ///
    /// - Complexity: O(elements²).
    public func matrixCSV() -> String {
        var out = "from\\to," + elements.joined(separator: ",") + "\r\n"
        for row in elements.indices {
            var cells = [String](repeating: "", count: elements.count)
            for (column, score) in interactions(row: row) { cells[column] = String(Int(score)) }
            out += elements[row] + "," + cells.joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// The ownership table as CSV: `domain,targets`, one owned element per row, domains named by
    /// their label (whose slug is the domain id). Custom objectives are not listed (an ownership
    /// table names goals and targets only).
    ///
    /// - Complexity: O(elements).
    public func ownershipCSV() -> String {
        var out = "domain,targets\r\n"
        for d in domainIDs.indices {
            for e in owned[d] where e < options.targets { out += domainLabel(d) + "," + elements[e] + "\r\n" }
        }
        return out
    }

    /// The header of the action-plan CSV: `id,label,domain,budget,sdg,groups`.
    public static let planHeader = "id,label,domain,budget,sdg,groups\r\n"

    /// One action's row of the action-plan CSV: SDG tags as `11.6:+2; 3.9:-1`, the group effect
    /// as `older-persons:+1`. Contributions to custom objectives are left out (an action plan can
    /// only tag goals and targets); ``SyntheticModelOptions/objectives`` should be 0 for plans.
    ///
    /// - Complexity: O(contributionsPerAction).
    public func planRow(_ action: Action) -> String {
        let tags = action.contributions.filter { $0.element < options.targets }
            .map { elements[$0.element] + ":" + Self.signed($0.score) }.joined(separator: "; ")
        let group = action.groupEffect.map { groupIDs[$0.group] + ":" + Self.signed($0.score) } ?? ""
        return action.id + "," + action.label + "," + domainLabel(action.domain) + ","
            + String(Int(action.budget)) + "," + tags + "," + group + "\r\n"
    }

    /// The whole action-plan CSV in memory (for small plans and tests; see ``writePlanCSV(to:)``).
    ///
    /// - Complexity: O(actions × contributionsPerAction²).
    public func planCSV() -> String {
        var out = Self.planHeader
        for index in 0..<options.actions { out += planRow(action(index)) }
        return out
    }

    /// Streams the action-plan CSV to a file, one megabyte at a time, without holding the plan in
    /// memory; the file appears complete or not at all (written beside it, then moved).
    ///
    /// - Parameter url: the file to write (replaced when it exists).
    /// - Throws: the file system's error when the file cannot be written.
    /// - Complexity: O(actions × contributionsPerAction²) time, O(1 MB) memory.
    public func writePlanCSV(to url: URL) throws {
        let partial = url.deletingLastPathComponent()
            .appendingPathComponent("." + url.lastPathComponent + ".partial")
        guard FileManager.default.createFile(atPath: partial.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: partial.path])
        }
        let handle = try FileHandle(forWritingTo: partial)
        do {
            var buffer = Self.planHeader
            for index in 0..<options.actions {
                buffer += planRow(action(index))
                if buffer.utf8.count >= 1 << 20 {
                    try handle.write(contentsOf: Data(buffer.utf8))
                    buffer.removeAll(keepingCapacity: true)
                }
            }
            try handle.write(contentsOf: Data(buffer.utf8))
            try handle.close()
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(at: partial)
            throw error
        }
        if FileManager.default.fileExists(atPath: url.path) { try FileManager.default.removeItem(at: url) }
        try FileManager.default.moveItem(at: partial, to: url)
    }

    /// A score as a signed integer: `+2`, `-1`.
    static func signed(_ score: Double) -> String {
        let value = Int(score)
        return value > 0 ? "+\(value)" : String(value)
    }
}
