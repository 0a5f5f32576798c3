/// A syntax check for strict JSON (RFC 8259) that reports the line and column of the first error.
///
/// Model files in JSON are parsed through the YAML reader (which gives every value its
/// position), but YAML accepts things JSON does not — trailing commas, comments, single quotes,
/// unquoted keys. This check runs first so that such a file is refused with its position.
enum StrictJSON {
    /// A syntax error with its position.
    struct SyntaxError: Error {
        var line: Int
        var column: Int
        var message: String
        var found: String
    }

    /// Checks the text; throws the first syntax error.
    ///
    /// - Complexity: O(n); nesting deeper than `maxDepth` is an error, not a stack overflow.
    static func validate(_ text: String, maxDepth: Int = 256) throws(SyntaxError) {
        var scanner = Scanner(scalars: Array(text.unicodeScalars), maxDepth: maxDepth)
        try scanner.skipSpace()
        try scanner.value(depth: 0)
        try scanner.skipSpace()
        if scanner.position < scanner.scalars.count {
            throw scanner.error("unexpected text after the JSON value")
        }
    }

    struct Scanner {
        let scalars: [Unicode.Scalar]
        let maxDepth: Int
        var position = 0
        var line = 1
        var column = 1

        init(scalars: [Unicode.Scalar], maxDepth: Int) {
            self.scalars = scalars
            self.maxDepth = maxDepth
        }

        var current: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

        func error(_ message: String) -> SyntaxError {
            let found: String
            if let c = current {
                found = c == "\n" ? "a line break" : "`\(Character(c))`"
            } else {
                found = "the end of the file"
            }
            return SyntaxError(line: line, column: column, message: message, found: found)
        }

        mutating func advance() {
            if current == "\n" { line += 1; column = 1 } else { column += 1 }
            position += 1
        }

        mutating func skipSpace() throws(SyntaxError) {
            while let c = current {
                if c == " " || c == "\t" || c == "\n" || c == "\r" { advance() }
                else if c == "/" || c == "#" { throw error("comments are not allowed in JSON") }
                else { break }
            }
        }

        mutating func expect(_ c: Unicode.Scalar, _ message: String) throws(SyntaxError) {
            guard current == c else { throw error(message) }
            advance()
        }

        mutating func value(depth: Int) throws(SyntaxError) {
            guard depth < maxDepth else { throw error("the JSON is nested more than \(maxDepth) levels deep") }
            guard let c = current else { throw error("expected a value") }
            switch c {
            case "{":
                advance(); try skipSpace()
                if current == "}" { advance(); return }
                while true {
                    guard current == "\"" else {
                        throw error(current == "}" ? "a trailing comma before `}` is not allowed in JSON" : "expected a key in double quotes")
                    }
                    try string()
                    try skipSpace()
                    try expect(":", "expected `:` after a key")
                    try skipSpace()
                    try value(depth: depth + 1)
                    try skipSpace()
                    if current == "," { advance(); try skipSpace(); continue }
                    if current == "}" { advance(); return }
                    throw error("expected `,` or `}` in an object")
                }
            case "[":
                advance(); try skipSpace()
                if current == "]" { advance(); return }
                while true {
                    if current == "]" { throw error("a trailing comma before `]` is not allowed in JSON") }
                    try value(depth: depth + 1)
                    try skipSpace()
                    if current == "," { advance(); try skipSpace(); continue }
                    if current == "]" { advance(); return }
                    throw error("expected `,` or `]` in an array")
                }
            case "\"":
                try string()
            case "t": try word("true")
            case "f": try word("false")
            case "n": try word("null")
            case "-", "0"..."9": try number()
            case "'": throw error("strings in JSON use double quotes")
            default: throw error("expected a value (object, array, string, number, true, false or null)")
            }
        }

        mutating func word(_ w: String) throws(SyntaxError) {
            for s in w.unicodeScalars {
                guard current == s else { throw error("expected `\(w)`") }
                advance()
            }
        }

        mutating func string() throws(SyntaxError) {
            advance()
            while let c = current {
                if c == "\"" { advance(); return }
                if c == "\n" || c.value < 0x20 { throw error("a control character or line break inside a string") }
                if c == "\\" {
                    advance()
                    guard let e = current else { break }
                    if "\"\\/bfnrt".unicodeScalars.contains(e) { advance(); continue }
                    if e == "u" {
                        advance()
                        for _ in 0..<4 {
                            guard let h = current, h.properties.isASCIIHexDigit else { throw error("expected four hex digits after \\u") }
                            advance()
                        }
                        continue
                    }
                    throw error("an invalid escape in a string")
                }
                advance()
            }
            throw error("a string that is never closed")
        }

        mutating func number() throws(SyntaxError) {
            if current == "-" { advance() }
            guard let first = current, ("0"..."9").contains(first) else { throw error("expected a digit") }
            if first == "0" { advance() } else { while let d = current, ("0"..."9").contains(d) { advance() } }
            if current == "." {
                advance()
                guard let d = current, ("0"..."9").contains(d) else { throw error("expected a digit after the decimal point") }
                while let d = current, ("0"..."9").contains(d) { advance() }
            }
            if current == "e" || current == "E" {
                advance()
                if current == "+" || current == "-" { advance() }
                guard let d = current, ("0"..."9").contains(d) else { throw error("expected a digit in the exponent") }
                while let d = current, ("0"..."9").contains(d) { advance() }
            }
        }
    }
}
