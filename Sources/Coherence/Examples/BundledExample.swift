import Foundation

/// The example model shipped inside the binary: a fictional Flemish municipality's multi-year
/// plan (in Dutch) with a two-expert cross-impact matrix — and the same plan one year on, so that
/// `coherence compare` has two versions to compare out of the box.
///
/// It is what `coherence` analyses when given no input, and the same text as `Models/example.yaml`,
/// `Models/example-2027.yaml` and their matrix files (a test checks that they are equal).
public enum BundledExample {
    /// The two versions of the plan that are bundled.
    public enum Version: String, Sendable, CaseIterable {
        /// The plan as adopted: `Models/example.yaml`.
        case adopted = "example.yaml"
        /// The plan one year on, after the 2027 revision: `Models/example-2027.yaml` (two actions
        /// dropped, one added, one re-budgeted, one interaction rescored by a new workshop).
        case revised2027 = "example-2027.yaml"

        /// The name shown in messages and provenance.
        public var displayName: String { "\(rawValue) (bundled)" }
    }

    /// The name shown in messages and provenance for the bundled example (the adopted plan).
    public static let displayName = Version.adopted.displayName

    /// The model file's text of the adopted plan.
    public static var modelText: String { files[Version.adopted.rawValue]! }

    /// The SHA-256 of the bundled files of the adopted plan, for provenance.
    public static var hash: String { hash(of: .adopted) }

    /// The SHA-256 of the bundled files one version reads (the model and its matrices), for provenance.
    public static func hash(of version: Version) -> String {
        let names = (filesOfModel[version.rawValue] ?? []).sorted()
        return SHA256.hex(Data(names.map { $0 + "\n" + (files[$0] ?? "") }.joined().utf8))
    }

    /// Reads the bundled example (the adopted plan).
    ///
    /// - Throws: ``InputError`` only if the embedded files are broken (a test guards against that).
    public static func network(reader: ModelReader = ModelReader()) throws(InputError) -> PolicyNetwork {
        try network(.adopted, reader: reader)
    }

    /// Reads one version of the bundled example.
    ///
    /// - Parameters:
    ///   - version: The adopted plan or the plan one year on.
    ///   - reader: The reader (its limits and matrix options).
    /// - Throws: ``InputError`` only if the embedded files are broken (a test guards against that).
    public static func network(_ version: Version, reader: ModelReader = ModelReader()) throws(InputError) -> PolicyNetwork {
        guard let text = files[version.rawValue] else {
            throw InputError(at: SourceLocation(file: version.displayName), "the bundled example does not include \(version.rawValue)")
        }
        return try reader.read(data: Data(text.utf8), file: version.displayName, format: .yaml) { path throws(InputError) in
            guard let text = files[path] else {
                throw InputError(at: SourceLocation(file: version.displayName), "the bundled example names a file it does not include: \(path)")
            }
            return (Data(text.utf8), "\(path) (bundled)")
        }
    }
}
