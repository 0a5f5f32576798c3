/// Who owns what, as flat arrays: domains get dense ordinals 0..<d, and each node a sorted list of
/// owning ordinals (CSR), so that "does domain D own t" costs a scan of one or two entries.
struct OwnerTable: Sendable {
    /// The node index of each domain ordinal, in node order.
    let domains: [Int]
    /// Per node: its domain ordinal when it is a domain, else −1.
    let ordinal: [Int]
    /// Per node: the ordinal of the action's domain, or −1 for other nodes.
    let actionDomain: [Int]
    /// CSR offsets into ``list``; `offsets[i]..<offsets[i+1]` are node i's owners.
    let offsets: [Int]
    /// Owner ordinals, node after node, sorted within each node.
    let list: [Int]

    /// Builds the table from ``PolicyNetwork/owners(of:)``.
    ///
    /// - Complexity: O(n · (d + t)) for n objective-like nodes, d ownership edges, t targets per goal.
    init(network: PolicyNetwork) {
        let n = network.nodes.count
        let domains = network.indices(of: .domain)
        var ordinal = [Int](repeating: -1, count: n)
        for (k, node) in domains.enumerated() { ordinal[node] = k }
        var actionDomain = [Int](repeating: -1, count: n)
        var offsets = [Int](repeating: 0, count: n + 1)
        var list: [Int] = []
        for i in 0..<n {
            let node = network.nodes[i]
            if node.kind == .action, let d = network.domainIndex(ofAction: i) { actionDomain[i] = ordinal[d] }
            if node.kind.isObjectiveLike {
                list.append(contentsOf: network.owners(of: i).map { ordinal[$0] }.sorted())
            }
            offsets[i + 1] = list.count
        }
        self.domains = domains
        self.ordinal = ordinal
        self.actionDomain = actionDomain
        self.offsets = offsets
        self.list = list
    }

    /// The owner ordinals of a node.
    @inline(__always) func owners(of node: Int) -> ArraySlice<Int> { list[offsets[node]..<offsets[node + 1]] }

    /// Whether a node has any owner.
    @inline(__always) func hasOwner(_ node: Int) -> Bool { offsets[node + 1] > offsets[node] }

    /// Whether domain ordinal `d` owns `node`.
    @inline(__always) func owns(_ d: Int, _ node: Int) -> Bool {
        guard d >= 0 else { return false }
        var k = offsets[node]
        let end = offsets[node + 1]
        while k < end {
            if list[k] == d { return true }
            k += 1
        }
        return false
    }
}
