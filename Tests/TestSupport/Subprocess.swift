import Foundation

/// What a program printed and how it ended.
public struct ProgramResult: Sendable {
    /// The exit status.
    public var status: Int32
    /// Standard output, decoded as UTF-8.
    public var stdout: String
    /// Standard error, decoded as UTF-8.
    public var stderr: String
}

/// Runs a program to its end and captures both output streams (read concurrently, so a full pipe
/// never blocks the child). Shared by every test target that starts a process.
///
/// - Parameters:
///   - executable: the program.
///   - arguments: its arguments.
///   - directory: the working directory.
///   - environment: variables added to (or replacing) this process's environment.
public func runProgram(_ executable: URL, _ arguments: [String], in directory: URL? = nil,
                       environment: [String: String] = [:]) throws -> ProgramResult {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    if !environment.isEmpty {
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
    }
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    nonisolated(unsafe) var errData = Data()
    let reader = Thread { errData = err.fileHandleForReading.readDataToEndOfFile() }
    reader.start()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    while !reader.isFinished { usleep(1000) }
    return ProgramResult(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                         stderr: String(decoding: errData, as: UTF8.self))
}
