import Foundation
@testable import Coherence

/// Reads a model from text, with no other files available.
func readModel(_ text: String, file: String = "test.yaml", format: ModelFileFormat = .yaml,
               files: [String: String] = [:]) throws(InputError) -> PolicyNetwork {
    try ModelReader().read(data: Data(text.utf8), file: file, format: format) { path throws(InputError) in
        guard let content = files[path] else { throw InputError(at: SourceLocation(file: path), "no such file") }
        return (Data(content.utf8), path)
    }
}

/// The diagnostics reading a model gives, or an empty list when it reads.
func problems(_ text: String, file: String = "test.yaml", format: ModelFileFormat = .yaml,
              files: [String: String] = [:]) -> [Diagnostic] {
    do {
        _ = try readModel(text, file: file, format: format, files: files)
        return []
    } catch {
        return error.errors
    }
}

/// The root folder of the repository.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
