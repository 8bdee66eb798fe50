import CommuniqueOutput
import Dispatch
import Foundation
import Logging

/// Turns SIGINT and SIGTERM into a clean stop: staging folders are removed, the published
/// output is left as it was, and the process exits 130 or 143.
final class SignalGuard {
    private var sources: [DispatchSourceSignal] = []

    init(publisher: OutputPublisher, logger: Logger) {
        for (signalNumber, code) in [(SIGINT, Int32(130)), (SIGTERM, Int32(143))] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                logger.error("interrupted by signal \(signalNumber): nothing was published")
                publisher.sweep()
                exit(code)
            }
            source.resume()
            sources.append(source)
        }
    }

    deinit {
        for source in sources { source.cancel() }
    }
}
