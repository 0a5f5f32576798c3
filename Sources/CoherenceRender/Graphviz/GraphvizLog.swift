import Foundation

/// Collects what Graphviz logs through `agerr` while one job runs.
///
/// Graphviz hands its user error function fragments: `"Error"` or `"Warning"`, then `": "`, then
/// the formatted message; a continuation message (level `AGPREV`) comes without the prefix. The
/// fragments are joined into whole messages here.
///
/// Only touched from the Graphviz error callback and from `GraphvizEngine`, both while the
/// engine's lock is held — hence `@unchecked Sendable`.
final class GraphvizLog: @unchecked Sendable {
    struct Message: Sendable, Hashable {
        var isError: Bool
        var text: String
    }

    static let shared = GraphvizLog()

    private var messages: [Message] = []
    private var expectingSeparator = false

    private init() {}

    func reset() {
        messages = []
        expectingSeparator = false
    }

    func receive(_ fragment: String) {
        if fragment == "Error" || fragment == "Warning" {
            messages.append(Message(isError: fragment == "Error", text: ""))
            expectingSeparator = true
            return
        }
        if expectingSeparator {
            expectingSeparator = false
            if fragment == ": " { return }
        }
        if messages.isEmpty { messages.append(Message(isError: false, text: "")) }
        messages[messages.count - 1].text += fragment
    }

    /// Messages so far, each on one line (Graphviz's line breaks joined with spaces).
    var collected: [Message] {
        messages.compactMap { message in
            let text = message.text.split(whereSeparator: { $0 == "\n" || $0 == "\r" })
                .map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
                .joined(separator: " ")
            return text.isEmpty ? nil : Message(isError: message.isError, text: text)
        }
    }
}
