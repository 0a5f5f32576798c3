import Foundation

/// How the harnesses cut one fuzzer input into the files a reader needs, and how they build an
/// XLSX workbook from its parts so that the fuzzer can mutate the XML itself (a mutated ZIP
/// archive almost always fails its CRC-32 check before any XML is read).
///
/// Nothing here touches the file system: every "file" lives in memory.
public enum FuzzInput {
    /// The bytes before and after the first occurrence of `separator`, or all of them and `nil`.
    ///
    /// - Complexity: O(n · s) for n bytes and a separator of s bytes.
    public static func split(_ data: Data, at separator: String) -> (head: Data, tail: Data?) {
        guard let range = data.firstRange(of: Data(separator.utf8)) else { return (data, nil) }
        return (data[data.startIndex..<range.lowerBound], data[range.upperBound...])
    }

    /// The marker that starts every part of a workbook written as text: `@@ path` on a line of its own.
    public static let partMarker = "@@ "

    /// The parts of a workbook written as text, or `nil` when the input does not start with ``partMarker``.
    ///
    /// The text form is `@@ xl/workbook.xml` on a line, the part's bytes, a newline, `@@ next/part`
    /// and so on. Parts keep their bytes exactly, without the newline before the next marker.
    public static func workbookParts(_ data: Data) -> [(path: String, bytes: Data)]? {
        let marker = Data(partMarker.utf8)
        guard data.starts(with: marker) else { return nil }
        var parts: [(String, Data)] = []
        var rest = data[data.startIndex...]
        let next = Data(("\n" + partMarker).utf8)
        while rest.starts(with: marker) {
            rest = rest.dropFirst(marker.count)
            let lineEnd = rest.firstIndex(of: 0x0A) ?? rest.endIndex
            let path = String(decoding: rest[rest.startIndex..<lineEnd], as: UTF8.self)
            rest = lineEnd == rest.endIndex ? rest[lineEnd...] : rest[(lineEnd + 1)...]
            if let range = rest.firstRange(of: next) {
                parts.append((path, Data(rest[rest.startIndex..<range.lowerBound])))
                rest = rest[(range.lowerBound + 1)...]
            } else {
                parts.append((path, Data(rest)))
                rest = rest[rest.endIndex...]
            }
        }
        return parts
    }

    /// A ZIP archive holding `parts` uncompressed ("stored"), with correct CRC-32s and sizes.
    ///
    /// - Complexity: O(total bytes).
    public static func storedZip(_ parts: [(path: String, bytes: Data)]) -> Data {
        var out = Data()
        var central = Data()
        for (path, bytes) in parts {
            let name = Data(path.utf8)
            let crc = crc32(bytes)
            let offset = UInt32(truncatingIfNeeded: out.count)
            out.appendLE(UInt32(0x0403_4B50))
            out.appendLE(UInt16(20)); out.appendLE(UInt16(0x0800)); out.appendLE(UInt16(0))   // version, UTF-8 names, stored
            out.appendLE(UInt16(0)); out.appendLE(UInt16(0x5C61))                              // 2026-03-01 00:00
            out.appendLE(crc); out.appendLE(UInt32(bytes.count)); out.appendLE(UInt32(bytes.count))
            out.appendLE(UInt16(truncatingIfNeeded: name.count)); out.appendLE(UInt16(0))
            out.append(name); out.append(bytes)

            central.appendLE(UInt32(0x0201_4B50))
            central.appendLE(UInt16(20)); central.appendLE(UInt16(20)); central.appendLE(UInt16(0x0800)); central.appendLE(UInt16(0))
            central.appendLE(UInt16(0)); central.appendLE(UInt16(0x5C61))
            central.appendLE(crc); central.appendLE(UInt32(bytes.count)); central.appendLE(UInt32(bytes.count))
            central.appendLE(UInt16(truncatingIfNeeded: name.count)); central.appendLE(UInt16(0)); central.appendLE(UInt16(0))
            central.appendLE(UInt16(0)); central.appendLE(UInt16(0)); central.appendLE(UInt32(0))
            central.appendLE(offset)
            central.append(name)
        }
        let centralOffset = UInt32(truncatingIfNeeded: out.count)
        out.append(central)
        out.appendLE(UInt32(0x0605_4B50))
        out.appendLE(UInt16(0)); out.appendLE(UInt16(0))
        out.appendLE(UInt16(truncatingIfNeeded: parts.count)); out.appendLE(UInt16(truncatingIfNeeded: parts.count))
        out.appendLE(UInt32(central.count)); out.appendLE(centralOffset); out.appendLE(UInt16(0))
        return out
    }

    /// The bytes of an XLSX file given either as a ZIP archive (passed on as it is) or as parts in
    /// text form (assembled with ``storedZip(_:)``); `nil` for anything else.
    public static func workbook(_ data: Data) -> Data? {
        if data.starts(with: [0x50, 0x4B]) { return data }
        return workbookParts(data).map(storedZip)
    }

    /// The CRC-32 (ISO-HDLC, as ZIP uses) of `data`.
    static func crc32(_ data: Data) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
        }
        return crc ^ 0xFFFF_FFFF
    }

    private static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }
}

extension Data {
    /// Appends an integer in little-endian byte order.
    mutating func appendLE<T: FixedWidthInteger>(_ value: T) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
}
