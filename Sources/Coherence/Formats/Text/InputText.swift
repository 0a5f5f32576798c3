import Foundation

/// Turns the bytes of an input file into text, refusing what is not text.
public enum InputText {
    /// The largest input file read by default (50 MB).
    public static let defaultByteLimit = 50 * 1024 * 1024

    /// The largest input file ``readFile(_:displayName:byteLimit:)`` reads when no limit is passed
    /// (``defaultByteLimit`` unless the command line's `--max-input-mb` changed it; set it once at
    /// start-up, before any reading starts).
    nonisolated(unsafe) public static var byteLimit = defaultByteLimit

    /// Reads a file from disk.
    ///
    /// - Throws: ``InputError`` when the file cannot be read or is larger than `byteLimit`.
    public static func readFile(_ url: URL, displayName: String, byteLimit: Int = InputText.byteLimit) throws(InputError) -> Data {
        let location = SourceLocation(file: displayName)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw InputError(at: location, "no such file", suggestion: "Check the path; it is relative to the current directory.")
        }
        if isDirectory.boolValue {
            throw InputError(at: location, "this is a folder, not a file")
        }
        if let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size]) as? NSNumber,
           size.intValue > byteLimit {
            throw InputError(at: location, "the file is too large (\(size.intValue / 1_048_576) MB)",
                             expected: "at most \(byteLimit / 1_048_576) MB",
                             suggestion: "Raise the limit with --max-input-mb if the file is really meant to be this large.")
        }
        do {
            return try Data(contentsOf: url)
        } catch {
            throw InputError(at: location, "cannot read the file: \(error.localizedDescription)")
        }
    }

    /// Decodes UTF-8 text, dropping a byte-order mark.
    ///
    /// - Throws: ``InputError`` for an empty file, or with the line and column of the first byte
    ///   that is not UTF-8 (a file saved as Latin-1 or Windows-1252, or a binary file).
    public static func decode(_ data: Data, file: String) throws(InputError) -> String {
        if data.isEmpty || data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw InputError(at: SourceLocation(file: file), "the file is empty", expected: "a model, matrix or plan")
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if !bytes.contains(0), let text = String(validating: bytes, as: UTF8.self) {
            return text
        }
        let (line, column, offset) = firstInvalidByte(bytes)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw InputError(at: SourceLocation(file: file), "the file is UTF-16 text, not UTF-8",
                             suggestion: "Save it as UTF-8 (in Excel: CSV UTF-8).")
        }
        throw InputError(at: SourceLocation(file: file, line: line, column: column),
                         "the file is not UTF-8 text (byte 0x\(String(bytes[offset], radix: 16, uppercase: true)) at offset \(offset))",
                         expected: "UTF-8 text",
                         suggestion: "Save the file as UTF-8 (in Excel: \"CSV UTF-8\"; in a text editor: encoding UTF-8).")
    }

    /// The line, column and offset of the first byte that breaks UTF-8 (or a NUL byte).
    static func firstInvalidByte(_ bytes: [UInt8]) -> (line: Int, column: Int, offset: Int) {
        var line = 1, column = 1, i = 0
        while i < bytes.count {
            let b = bytes[i]
            var length = 0
            if b == 0 { return (line, column, i) }
            if b < 0x80 { length = 1 } else if b & 0xE0 == 0xC0 { length = 2 } else if b & 0xF0 == 0xE0 { length = 3 }
            else if b & 0xF8 == 0xF0 { length = 4 } else { return (line, column, i) }
            if i + length > bytes.count { return (line, column, i) }
            if length > 1 {
                if String(validating: bytes[i..<(i + length)], as: UTF8.self) == nil { return (line, column, i) }
            }
            if b == 0x0A { line += 1; column = 1 } else { column += 1 }
            i += length
        }
        return (line, column, max(0, bytes.count - 1))
    }
}
