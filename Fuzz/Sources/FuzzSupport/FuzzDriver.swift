import CFuzzDriver
import Foundation

/// Hands control to libFuzzer.
///
/// SwiftPM links every executable target on Linux with `--defsym main=<Module>_main` (so that tests
/// can link executables), and `-parse-as-library` leaves no such symbol: the link fails with
/// "undefined symbol 'FuzzModel_main'". Each harness therefore has an `@main` type (which the
/// compiler names `<Module>_main`) whose `main()` calls ``run(_:)``, which runs libFuzzer through
/// `LLVMFuzzerRunDriver` with the usual libFuzzer command line.
public enum FuzzDriver {
    /// Runs libFuzzer on `callback` with this process's arguments, then exits with its status.
    public static func run(_ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, callback))
    }
}
