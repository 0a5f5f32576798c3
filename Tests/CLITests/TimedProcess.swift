import Foundation

/// Runs the built `coherence` binary with a deadline, and can stop it part-way (for the kill test).
struct TimedProcess {
    /// How a run ended.
    struct Outcome {
        /// The exit status, or the signal number when `signalled`.
        var status: Int32
        /// Whether the process was ended by a signal (a crash, or our own kill).
        var signalled: Bool
        /// Whether the deadline passed and the process was killed.
        var timedOut: Bool
        var stdout: String
        var stderr: String
        var seconds: Double
    }

    let process = Process()
    private let out = Pipe(), err = Pipe()
    private let errBuffer = LockedData(), outBuffer = LockedData()

    /// Starts the binary with arguments, in the repository root, with extra environment variables.
    init(_ arguments: [String], in directory: URL = CLIRunner.root, environment: [String: String] = [:]) throws {
        process.executableURL = CLIRunner.binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        let errBuffer = errBuffer, outBuffer = outBuffer
        err.fileHandleForReading.readabilityHandler = { handle in errBuffer.append(handle.availableData) }
        out.fileHandleForReading.readabilityHandler = { handle in outBuffer.append(handle.availableData) }
        try process.run()
    }

    /// What the process has written to standard error so far.
    var stderrSoFar: String { String(decoding: errBuffer.data, as: UTF8.self) }

    /// Waits until `condition` holds for standard error, or the deadline passes; true when it held.
    func wait(forStderr condition: (String) -> Bool, seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition(stderrSoFar) { return true }
            if !process.isRunning { return condition(stderrSoFar) }
            usleep(10_000)
        }
        return false
    }

    /// Sends SIGKILL.
    func kill() { if process.isRunning { Darwin_kill(process.processIdentifier, SIGKILL) } }

    /// Waits for the process to end, killing it when the deadline passes.
    func finish(timeout seconds: Double = 60) -> Outcome {
        let start = Date()
        var timedOut = false
        while process.isRunning {
            if Date().timeIntervalSince(start) > seconds { timedOut = true; kill(); break }
            usleep(5_000)
        }
        process.waitUntilExit()
        err.fileHandleForReading.readabilityHandler = nil
        out.fileHandleForReading.readabilityHandler = nil
        errBuffer.append(err.fileHandleForReading.readDataToEndOfFile())
        outBuffer.append(out.fileHandleForReading.readDataToEndOfFile())
        return Outcome(status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
                       timedOut: timedOut, stdout: String(decoding: outBuffer.data, as: UTF8.self),
                       stderr: String(decoding: errBuffer.data, as: UTF8.self), seconds: Date().timeIntervalSince(start))
    }

    /// Runs to the end with a deadline.
    static func run(_ arguments: [String], timeout: Double = 60, environment: [String: String] = [:]) throws -> Outcome {
        try TimedProcess(arguments, environment: environment).finish(timeout: timeout)
    }
}

/// Bytes appended from a pipe's handler thread and read from the test's.
final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var bytes = Data()
    func append(_ more: Data) { lock.lock(); bytes.append(more); lock.unlock() }
    var data: Data { lock.lock(); defer { lock.unlock() }; return bytes }
}

#if canImport(Glibc)
import Glibc
private func Darwin_kill(_ pid: pid_t, _ signal: Int32) { _ = Glibc.kill(pid, signal) }
#else
import Darwin
private func Darwin_kill(_ pid: pid_t, _ signal: Int32) { _ = Darwin.kill(pid, signal) }
#endif
