import Coherence

/// What every harness demands of a reader: it returns, or it throws an ``InputError`` that the
/// command-line tool can print usefully. Anything else — a crash, a trap, a hang, a sanitizer
/// report, or an error the user could not act on — is a bug, and the harness stops the fuzzer
/// with a crash artifact.
public enum FuzzOracle {
    /// Runs `body`; a thrown ``InputError`` is the expected outcome for bad input, as long as it
    /// holds at least one error and every error names the file it is about.
    ///
    /// - Parameter body: one call (or a chain of calls) into a reader.
    public static func run(_ body: () throws(InputError) -> Void) {
        do {
            try body()
        } catch {
            check(error)
        }
    }

    /// Stops the fuzzer when an ``InputError`` would leave the user without a message to act on.
    public static func check(_ error: InputError) {
        // The CLI prints every diagnostic: formatting them must not trap either.
        let lines = error.diagnostics.map(\.description)
        let errors = error.diagnostics.filter { $0.severity == .error }
        if errors.isEmpty {
            fatalError("an InputError without any error (the CLI would exit 2 without saying why): \(lines)")
        }
        for diagnostic in errors where (diagnostic.location?.file ?? "").isEmpty {
            fatalError("an error that names no file (the CLI would print it without a place): \(diagnostic)")
        }
    }
}
