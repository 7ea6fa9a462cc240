import ArgumentParser
import CandorCore

/// Runs a command body, printing Candor errors on stderr and exiting with their sysexits code.
func runMapped(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as CandorError {
        Console.warn("error: \(error)")
        throw ExitCode(error.exitStatus.rawValue)
    }
}
