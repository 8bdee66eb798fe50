import Foundation
import Synchronization

/// A progress line on stderr (articles done / total, rate), only when stderr is a terminal.
final class ProgressLine: Sendable {
    private let state = Mutex((last: ContinuousClock.now, started: ContinuousClock.now))

    static func forTerminal() -> ProgressLine? {
        isatty(STDERR_FILENO) == 1 ? ProgressLine() : nil
    }

    func update(_ done: Int, _ total: Int) {
        let now = ContinuousClock.now
        let line: String? = state.withLock { state in
            guard done == total || now - state.last > .milliseconds(200) else { return nil }
            state.last = now
            let elapsed = now - state.started
            let seconds = max(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18, 0.001)
            return String(format: "\r%d/%d articles, %.0f articles/s", done, total, Double(done) / seconds)
        }
        if let line { try? FileHandle.standardError.write(contentsOf: Data(line.utf8)) }
    }

    func finish() {
        try? FileHandle.standardError.write(contentsOf: Data("\r\u{1B}[K".utf8))
    }
}
