/// Splits CSV text into rows of fields, on UTF-8 bytes.
///
/// The rules are those of RFC 4180 as spreadsheets write it, and exactly those of the CSV.swift
/// reader this replaces (`CSVReader` with `trimFields: false`; a test compares the two on every
/// fixture and on random text): fields are separated by the separator and rows by CR, LF or CRLF;
/// a field that starts with `"` is quoted — separators and line breaks inside it are text, `""` is
/// one `"`, and a stray `"` inside it followed by another character keeps the `"` and drops that
/// character; a `"` inside an unquoted field is text. An empty line is a row with one empty field.
/// Every character the rules treat specially is ASCII, so working on bytes never splits a
/// character — except the dropped character, which is dropped whole.
///
/// - Complexity: O(n) for n bytes; one allocation per field.
enum CSVRows {
    /// The rows of `text` with fields separated by `separator` (an ASCII character).
    static func rows(_ text: String, separator: UInt8) -> [[String]] {
        var text = text
        return text.withUTF8 { rows(bytes: $0, separator: separator) }
    }

    static func rows(bytes: UnsafeBufferPointer<UInt8>, separator: UInt8) -> [[String]] {
        let quote = UInt8(ascii: "\""), cr: UInt8 = 13, lf: UInt8 = 10
        let n = bytes.count
        var rows: [[String]] = []
        var i = 0
        /// Steps past a line break at `j` (CR, LF or CRLF) and returns the index after it.
        func afterBreak(_ j: Int) -> Int {
            bytes[j] == cr && j + 1 < n && bytes[j + 1] == lf ? j + 2 : j + 1
        }
        while i < n {
            var row: [String] = []
            var rowEnded = false
            while !rowEnded {
                if i < n, bytes[i] == quote {
                    // Quoted field.
                    var field: [UInt8] = []
                    var j = i + 1
                    var ended = false
                    while j < n {
                        let b = bytes[j]
                        if b != quote { field.append(b); j += 1; continue }
                        let k = j + 1
                        if k >= n { j = k; rowEnded = true; ended = true; break }
                        let next = bytes[k]
                        if next == cr || next == lf { j = afterBreak(k); rowEnded = true; ended = true; break }
                        if next == separator { j = k + 1; ended = true; break }
                        if next == quote { field.append(quote); j = k + 1; continue }
                        // A stray quote: keep it, drop the character after it (all of its bytes).
                        field.append(quote)
                        j = k + 1
                        while j < n, bytes[j] & 0xC0 == 0x80 { j += 1 }
                    }
                    if !ended { rowEnded = true }   // the text ends inside the quoted field
                    row.append(String(decoding: field, as: UTF8.self))
                    i = j
                } else {
                    // Unquoted field: up to the separator or a line break.
                    var j = i
                    while j < n, bytes[j] != separator, bytes[j] != cr, bytes[j] != lf { j += 1 }
                    row.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<j]), as: UTF8.self))
                    if j >= n { i = j; rowEnded = true }
                    else if bytes[j] == separator {
                        i = j + 1
                        if i >= n { row.append(""); rowEnded = true }   // a separator at the very end: one more empty field
                    } else { i = afterBreak(j); rowEnded = true }
                }
            }
            rows.append(row)
        }
        return rows
    }
}
