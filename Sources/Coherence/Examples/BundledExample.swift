import Foundation

/// The example model shipped inside the binary: a fictional Flemish municipality's multi-year
/// plan (in Dutch) with a two-expert cross-impact matrix.
///
/// It is what `coherence` analyses when given no input, and the same text as `Models/example.yaml`
/// and its matrix files (a test checks that they are equal).
public enum BundledExample {
    /// The name shown in messages and provenance for the bundled example.
    public static let displayName = "example.yaml (bundled)"

    /// The model file's text.
    public static var modelText: String { files["example.yaml"]! }

    /// The SHA-256 of the bundled files, for provenance.
    public static var hash: String {
        SHA256.hex(Data(files.keys.sorted().map { $0 + "\n" + files[$0]! }.joined().utf8))
    }

    /// Reads the bundled example.
    ///
    /// - Throws: ``InputError`` only if the embedded files are broken (a test guards against that).
    public static func network(reader: ModelReader = ModelReader()) throws(InputError) -> PolicyNetwork {
        try reader.read(data: Data(modelText.utf8), file: displayName, format: .yaml) { path throws(InputError) in
            guard let text = files[path] else {
                throw InputError(at: SourceLocation(file: displayName), "the bundled example names a file it does not include: \(path)")
            }
            return (Data(text.utf8), "\(path) (bundled)")
        }
    }
}
