import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a report folder so that a run that is killed leaves either the old report or the new
/// one complete, never a mix.
///
/// Every file is written into a fresh temporary folder beside the target. Then the temporary
/// folder takes the target's name in one step: a rename when there was no report, or (with
/// `replace`) an atomic exchange of the two folders (Linux `renameat2` with `RENAME_EXCHANGE`),
/// after which the old report is deleted.
public struct ReportFolderWriter {
    /// The problems writing a report folder can meet.
    public enum Failure: Error, CustomStringConvertible, Equatable {
        /// The folder exists and replacing it was not asked for.
        case exists(String)
        /// The target exists and is a file, not a folder.
        case notAFolder(String)
        /// The file system refused.
        case io(String)

        /// A sentence for the user.
        public var description: String {
            switch self {
            case .exists(let path): return "\(path) already exists; use --force to replace it (the old report is kept until the new one is complete)"
            case .notAFolder(let path): return "\(path) exists and is not a folder"
            case .io(let message): return message
            }
        }
    }

    /// The target folder.
    public let destination: URL
    /// Whether an existing folder may be replaced.
    public let replace: Bool
    /// Test hook: pause (sleep until killed) after writing this many files.
    let pauseAfterFiles: Int?

    /// Creates a writer for a target folder.
    public init(destination: URL, replace: Bool) {
        self.destination = destination.standardizedFileURL
        self.replace = replace
        self.pauseAfterFiles = ProcessInfo.processInfo.environment["COHERENCE_TEST_PAUSE_AFTER_FILES"].flatMap(Int.init)
    }

    /// Writes the files (relative path → bytes) and puts the folder in place.
    ///
    /// - Throws: ``Failure``; on failure the temporary folder is removed and the old report is untouched.
    public func write(_ files: [(path: String, data: Data)]) throws(Failure) {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        let exists = fm.fileExists(atPath: destination.path, isDirectory: &isDirectory)
        if exists && !isDirectory.boolValue { throw .notAFolder(destination.path) }
        if exists && !replace { throw .exists(destination.path) }
        let parent = destination.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(destination.lastPathComponent).new-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))")
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
            try fm.createDirectory(at: staging, withIntermediateDirectories: false)
            var written = 0
            for file in files {
                let url = staging.appendingPathComponent(file.path)
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try file.data.write(to: url)
                written += 1
                if let pause = pauseAfterFiles, written >= pause {
                    FileHandle.standardError.write(Data("coherence: test pause after \(written) files\n".utf8))
                    while true { sleep(60) }
                }
            }
        } catch {
            try? fm.removeItem(at: staging)
            throw .io("cannot write the report: \(error.localizedDescription)")
        }
        if !exists {
            if rename(staging.path, destination.path) != 0 {
                let message = String(cString: strerror(errno))
                try? fm.removeItem(at: staging)
                throw .io("cannot move the report into place: \(message)")
            }
            return
        }
        if Self.exchange(staging.path, destination.path) {
            try? fm.removeItem(at: staging) // now holds the old report
            return
        }
        // No atomic exchange (not Linux, or an old kernel): move the old report aside first.
        let aside = parent.appendingPathComponent(".\(destination.lastPathComponent).old-\(ProcessInfo.processInfo.processIdentifier)")
        guard rename(destination.path, aside.path) == 0 else {
            try? fm.removeItem(at: staging)
            throw .io("cannot replace \(destination.path): \(String(cString: strerror(errno)))")
        }
        guard rename(staging.path, destination.path) == 0 else {
            _ = rename(aside.path, destination.path)
            try? fm.removeItem(at: staging)
            throw .io("cannot move the report into place: \(String(cString: strerror(errno)))")
        }
        try? fm.removeItem(at: aside)
    }

    /// Atomically exchanges two paths (Linux renameat2 RENAME_EXCHANGE); false where unsupported.
    static func exchange(_ a: String, _ b: String) -> Bool {
        #if os(Linux)
        // glibc's renameat2 wrapper is not visible to Swift; look it up in the C library.
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "renameat2") else { return false }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let renameExchange: UInt32 = 2
        return a.withCString { pa in b.withCString { pb in renameat2(AT_FDCWD, pa, AT_FDCWD, pb, renameExchange) == 0 } }
        #else
        return false
        #endif
    }
}
