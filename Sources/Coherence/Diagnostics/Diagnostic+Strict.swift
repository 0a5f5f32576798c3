extension Diagnostic {
    /// The same problem as an error: what a warning becomes when warnings are not accepted
    /// (`--strict` on the command line).
    public var escalated: Diagnostic {
        var copy = self
        copy.severity = .error
        return copy
    }
}

extension PolicyNetwork {
    /// Throws the network's warnings as errors, for callers that accept no warning (as `--strict`
    /// does on the command line); returns the network when it has none.
    ///
    /// - Throws: ``InputError`` with every warning of the read as an error, in input order.
    /// - Complexity: O(w log w) for w warnings.
    public func strict() throws(InputError) -> PolicyNetwork {
        guard !warnings.isEmpty else { return self }
        throw InputError(DiagnosticLog.inInputOrder(warnings.map(\.escalated)))
    }
}
