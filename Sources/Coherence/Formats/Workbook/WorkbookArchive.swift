import Foundation
import ZIPFoundation

/// Limits that keep a hostile or broken workbook from exhausting memory.
///
/// An XLSX file is a ZIP archive; a "zip bomb" is a small archive whose entries expand to
/// gigabytes. The reader refuses a workbook whose entries declare more than
/// ``maxUncompressedBytes`` in total, or any entry larger than ``ratioFloor`` that expands more
/// than ``maxRatio`` times, and stops reading a part that expands beyond what it declared.
public struct WorkbookLimits: Sendable, Hashable {
    /// The most bytes all entries may expand to together (default 200 MB).
    public var maxUncompressedBytes: UInt64
    /// The largest expansion ratio (uncompressed : compressed) of one entry (default 100).
    public var maxRatio: UInt64
    /// Entries smaller than this (default 1 MB) are not held to ``maxRatio`` (tiny XML parts compress very well).
    public var ratioFloor: UInt64
    /// The most cells a sheet may hold once its rows are laid out (default 5 million).
    public var maxCells: Int

    /// Creates limits.
    public init(maxUncompressedBytes: UInt64 = 200 * 1_048_576, maxRatio: UInt64 = 100,
                ratioFloor: UInt64 = 1_048_576, maxCells: Int = 5_000_000) {
        self.maxUncompressedBytes = maxUncompressedBytes
        self.maxRatio = maxRatio
        self.ratioFloor = ratioFloor
        self.maxCells = maxCells
    }

    /// The default limits.
    public static let standard = WorkbookLimits()
}

/// The parts of an XLSX file: a ZIP archive checked against ``WorkbookLimits`` before anything is expanded.
struct WorkbookArchive {
    let archive: Archive
    let file: String
    let limits: WorkbookLimits
    /// Entry paths by their lowercased path, for writers that spell a part's case differently in relationships.
    let pathsByLowercase: [String: String]

    /// Opens the archive and checks the sizes its entries declare.
    ///
    /// - Throws: ``InputError`` "not an XLSX workbook" when the bytes are not a ZIP archive (or it is
    ///   truncated), or naming the limit a zip bomb breaks.
    init(data: Data, file: String, limits: WorkbookLimits) throws(InputError) {
        self.file = file
        self.limits = limits
        let location = SourceLocation(file: file)
        guard data.starts(with: [0x50, 0x4B, 0x03, 0x04]) || data.starts(with: [0x50, 0x4B, 0x05, 0x06]) else {
            throw InputError(at: location, "not an XLSX workbook: the file is not a ZIP archive",
                             expected: "an Excel workbook (.xlsx) or a CSV file",
                             suggestion: Self.notZipHint(data))
        }
        // ZIPFoundation trusts the offsets in the archive: it traps on a central directory or a local
        // header that lies past the end, and leaks the bytes when there is no end record (found by fuzzing).
        if let problem = Self.structureProblem(data) {
            throw InputError(at: location, "not an XLSX workbook: \(problem)",
                             suggestion: "Save the workbook again from the spreadsheet program, or save the sheet as CSV.")
        }
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw InputError(at: location, "not an XLSX workbook: the ZIP archive is truncated or damaged",
                             suggestion: "Save the workbook again from the spreadsheet program, or save the sheet as CSV.")
        }
        var total: UInt64 = 0
        var paths: [String: String] = [:]
        for entry in archive {
            paths[entry.path.lowercased()] = entry.path
            let size = entry.uncompressedSize
            let (sum, overflow) = total.addingReportingOverflow(size)
            total = overflow ? .max : sum
            if total > limits.maxUncompressedBytes {
                throw InputError(at: location,
                                 "the workbook expands to more than \(Self.megabytes(limits.maxUncompressedBytes)) when unpacked (a zip bomb, or far too large a workbook)",
                                 expected: "at most \(Self.megabytes(limits.maxUncompressedBytes)) of unpacked parts",
                                 suggestion: "Save only the sheet you need, as CSV.")
            }
            if size > limits.ratioFloor, size / max(entry.compressedSize, 1) > limits.maxRatio {
                throw InputError(at: location,
                                 "the part `\(entry.path)` expands \(size / max(entry.compressedSize, 1)) times when unpacked, more than the limit of \(limits.maxRatio) times (a zip bomb?)",
                                 expected: "at most \(limits.maxRatio):1 expansion for parts over \(Self.megabytes(limits.ratioFloor))",
                                 suggestion: "Save the workbook again from the spreadsheet program, or save the sheet as CSV.")
            }
        }
        pathsByLowercase = paths
    }

    /// Why ZIPFoundation 0.9.20 could not read the archive safely, or `nil` when it can.
    ///
    /// ZIPFoundation reads an in-memory archive through offsets it does not check: a central
    /// directory, a local header or a data descriptor that lies past the end of the bytes traps
    /// (`Range requires lowerBound <= upperBound`), 64-bit ZIP64 values overflow its arithmetic, and
    /// without an end record it scans the whole file byte by byte, then leaks the bytes. This walks
    /// the same structures first, bounds-checked: the end record (the last one, at least 22 bytes
    /// before the end and within the 64 KB a comment may take), then every central-directory entry
    /// and its local header. ZIP64 (only needed for archives over 4 GB) is refused.
    ///
    /// - Complexity: O(entries + min(n, 64 KB)).
    static func structureProblem(_ data: Data) -> String? {
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> String? in
            let n = bytes.count
            func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
            func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
            func signature(_ at: Int, _ third: UInt8, _ fourth: UInt8) -> Bool {
                at >= 0 && at + 4 <= n && bytes[at] == 0x50 && bytes[at + 1] == 0x4B && bytes[at + 2] == third && bytes[at + 3] == fourth
            }
            let damaged = "the ZIP archive is truncated or damaged"
            var end = n - 22
            while end >= max(0, n - 22 - 65_535), !signature(end, 5, 6) { end -= 1 }
            guard end >= max(0, n - 22 - 65_535), end + 22 + u16(end + 20) <= n else { return damaged }
            if signature(end - 20, 6, 7) { return "the ZIP archive uses ZIP64, which only archives over 4 GB need" }
            var entry = u32(end + 16)
            for _ in 0..<u16(end + 10) {
                guard entry + 46 <= n, signature(entry, 1, 2) else { return damaged }
                let flags = u16(entry + 8), method = u16(entry + 10)
                let name = u16(entry + 28), extra = u16(entry + 30), comment = u16(entry + 32)
                guard entry + 46 + name + extra + comment <= n else { return damaged }
                var field = entry + 46 + name
                while field + 4 <= entry + 46 + name + extra {
                    if u16(field) == 0x0001 { return "the ZIP archive uses ZIP64, which only archives over 4 GB need" }
                    field += 4 + u16(field + 2)
                }
                let local = u32(entry + 42)
                guard local + 30 <= n, signature(local, 3, 4) else { return damaged }
                let dataStart = local + 30 + u16(local + 26) + u16(local + 28)
                guard dataStart <= n else { return damaged }
                if flags & 0x8 != 0, dataStart + (method != 0 ? u32(entry + 20) : u32(entry + 24)) > n { return damaged }
                entry += 46 + name + extra + comment
            }
            return nil
        }
    }

    /// Whether the archive holds a part.
    func contains(_ path: String) -> Bool {
        pathsByLowercase[Self.normalise(path).lowercased()] != nil
    }

    /// The bytes of a part, or `nil` when the archive has no such part.
    ///
    /// - Throws: ``InputError`` when the part cannot be expanded or expands beyond what it declared.
    func part(_ path: String, sheet: String? = nil) throws(InputError) -> Data? {
        let normalised = Self.normalise(path)
        guard let actual = pathsByLowercase[normalised.lowercased()], let entry = archive[actual] else { return nil }
        let location = SourceLocation(file: file, sheet: sheet, cell: nil)
        let declared = entry.uncompressedSize
        var data = Data()
        data.reserveCapacity(Int(min(declared, limits.maxUncompressedBytes)))
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                data.append(chunk)
                if UInt64(data.count) > declared || UInt64(data.count) > limits.maxUncompressedBytes {
                    throw PartTooLarge()
                }
            }
        } catch is PartTooLarge {
            throw InputError(at: location, "the part `\(actual)` expands beyond the size it declares (a zip bomb?)",
                             suggestion: "Save the workbook again from the spreadsheet program, or save the sheet as CSV.")
        } catch {
            throw InputError(at: location, "the workbook is damaged: the part `\(actual)` cannot be unpacked (\(error))",
                             suggestion: "Save the workbook again from the spreadsheet program, or save the sheet as CSV.")
        }
        return data
    }

    /// A part's path without a leading `/`, with `..` and `.` segments resolved.
    static func normalise(_ path: String) -> String {
        var segments: [Substring] = []
        for segment in path.split(separator: "/") {
            if segment == "." || segment.isEmpty { continue }
            if segment == ".." { _ = segments.popLast(); continue }
            segments.append(segment)
        }
        return segments.joined(separator: "/")
    }

    /// The target of a relationship resolved against the folder of the part that holds it.
    static func resolve(_ target: String, relativeTo folder: String) -> String {
        if target.hasPrefix("/") { return normalise(target) }
        return normalise(folder.isEmpty ? target : folder + "/" + target)
    }

    /// Megabytes, as users read a limit.
    static func megabytes(_ bytes: UInt64) -> String {
        bytes >= 1_048_576 ? "\(bytes / 1_048_576) MB" : "\(bytes / 1024) KB"
    }

    /// A hint for bytes that are not a ZIP archive: an old `.xls`, or a CSV file named `.xlsx`.
    static func notZipHint(_ data: Data) -> String {
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            return "This is an old Excel 97–2003 workbook (.xls): save it as .xlsx or as CSV."
        }
        if data.isEmpty { return "The file is empty." }
        return "If this is a CSV file, give it the extension .csv; otherwise save it from the spreadsheet program as .xlsx."
    }

    /// Thrown inside the extraction callback to stop a part that expands too far.
    private struct PartTooLarge: Error {}
}
