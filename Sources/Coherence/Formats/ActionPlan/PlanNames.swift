/// The ids handed out while importing a plan, so that domains, stakeholders and actions whose ids
/// are made from their names never collide with each other or with ids the sheet gives.
struct PlanIDs: Sendable {
    private var used: Set<String> = []

    /// Reserves an id the sheet gives explicitly (collisions among those are the builder's to report).
    mutating func reserve(_ id: String) { used.insert(id) }

    /// Whether an id is taken.
    func isTaken(_ id: String) -> Bool { used.contains(id) }

    /// A new id made from `base`: `base` itself when free, else `base-2`, `base-3` … A base that is
    /// a number or an SDG id gets `prefix-` in front; an empty base becomes `fallback`.
    mutating func unique(_ base: String, prefix: String, fallback: String, catalogue: SDGCatalogue) -> String {
        var stem = base.isEmpty ? fallback : base
        if catalogue.lookup(stem) != .notAnSDGID || Int(stem) != nil { stem = prefix + "-" + stem }
        var candidate = stem
        var n = 2
        while used.contains(candidate) {
            candidate = "\(stem)-\(n)"
            n += 1
        }
        used.insert(candidate)
        return candidate
    }
}

/// Things named in a sheet (domains, stakeholders), found again by any spelling of their name or id.
struct NamedRegistry: Sendable {
    /// An entry: its id and its label as first written.
    struct Entry: Sendable, Hashable {
        var id: String
        var label: String
    }
    /// The entries in the order they were first named.
    private(set) var entries: [Entry] = []
    private var index: [String: Int] = [:]
    /// Ids and labels exactly as written: most rows name a domain the way an earlier row did.
    private var exact: [String: Int] = [:]

    /// The entry a name or id refers to (case, accents, spaces and punctuation ignored).
    func find(_ name: String) -> Entry? {
        if let i = exact[name] { return entries[i] }
        for key in Self.keys(name) { if let i = index[key] { return entries[i] } }
        return nil
    }

    /// Adds an entry, findable by its id and its label.
    mutating func add(id: String, label: String) {
        entries.append(Entry(id: id, label: label))
        for key in Self.keys(id) + Self.keys(label) where index[key] == nil { index[key] = entries.count - 1 }
        for text in [id, label] where exact[text] == nil && find(text)?.id == id { exact[text] = entries.count - 1 }
    }

    /// The spellings an entry is found by: its folded text and its slug.
    private static func keys(_ text: String) -> [String] {
        let slug = PlanText.slug(text)
        return [PlanText.fold(text)] + (slug.isEmpty ? [] : [slug])
    }
}
