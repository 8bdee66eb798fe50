import CommuniqueOutput
import Dispatch
import Foundation
import Logging
import Synchronization

/// Turns SIGHUP, SIGINT, SIGQUIT and SIGTERM into a clean stop with a log line that says what
/// the run was doing: staging folders are removed, the published output is left as it was, and
/// the process exits 128 + the signal's number (129, 130, 131, 143).
///
/// The swap that publishes a new output takes milliseconds and is never cut in half: a signal
/// that arrives during it is reported once the swap is done (`endPublishing`).
final class SignalGuard {
    /// What the run is doing, which decides what a signal does.
    enum Phase: Sendable {
        case starting
        case waitingForLock(String)
        case running(OutputPublisher)
        case publishing
        case stopping
        case finished
    }

    /// The signals handled, their names and the exit code each gives.
    static let handled: [(signal: Int32, name: String, code: Int32)] = [
        (SIGHUP, "SIGHUP", 129), (SIGINT, "SIGINT", 130), (SIGQUIT, "SIGQUIT", 131), (SIGTERM, "SIGTERM", 143),
    ]

    private let state: SignalState
    private var sources: [DispatchSourceSignal] = []

    init(logger: Logger) {
        let state = SignalState(logger: logger)
        self.state = state
        for (number, name, code) in Self.handled {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { state.received(name, code: code) }
            source.resume()
            sources.append(source)
        }
    }

    deinit {
        for source in sources { source.cancel() }
    }

    func waitingForLock(_ path: String) { state.set(.waitingForLock(path)) }

    func running(_ publisher: OutputPublisher) { state.set(.running(publisher)) }
    /// Makes the staging folder unless a signal is already stopping the run (nil then): a
    /// signal's sweep either sees the folder, marked, or comes before it is made.
    func makeStaging(_ publisher: OutputPublisher) throws(PublishError) -> String? { try state.makeStaging(publisher) }

    /// Enters the swap; false when a signal is already stopping the run (do not publish).
    func beginPublishing() -> Bool { state.beginPublishing() }

    /// Leaves the swap; the name of a signal that arrived during it, if any.
    func endPublishing() -> String? { state.endPublishing() }
}

/// The phase the signal handlers read, behind one lock.
private final class SignalState: Sendable {
    private let state = Mutex<(phase: SignalGuard.Phase, pending: String?)>((.starting, nil))
    private let logger: Logger

    init(logger: Logger) { self.logger = logger }

    func set(_ phase: SignalGuard.Phase) { state.withLock { $0.phase = phase } }

    func makeStaging(_ publisher: OutputPublisher) throws(PublishError) -> String? {
        let made = state.withLock { state -> Result<String, PublishError>? in
            if case .stopping = state.phase { return nil }
            return Result { () throws(PublishError) in try publisher.makeStagingFolder() }
        }
        return try made?.get()
    }
    func beginPublishing() -> Bool {
        state.withLock { state in
            if case .stopping = state.phase { return false }
            state.phase = .publishing
            return true
        }
    }

    func endPublishing() -> String? {
        state.withLock { state in
            state.phase = .finished
            return state.pending
        }
    }

    func received(_ name: String, code: Int32) {
        let phase: SignalGuard.Phase? = state.withLock { state in
            switch state.phase {
            case .publishing:
                state.pending = name
                return nil
            case .stopping, .finished:
                return nil
            default:
                let phase = state.phase
                state.phase = .stopping
                return phase
            }
        }
        guard let phase else { return }
        switch phase {
        case .waitingForLock(let path):
            logger.error("interrupted by \(name) while waiting for the lock \(path) held by another run: nothing was done")
        case .running(let publisher):
            logger.error("interrupted by \(name): nothing was published, the previous output is intact")
            publisher.sweep()
        default:
            logger.error("interrupted by \(name) before the run started: nothing was done")
        }
        exit(code)
    }
}
