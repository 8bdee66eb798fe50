#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive `flock` on a file beside the output folder, so two runs never write at once.
///
/// The lock belongs to the open file description: it is released when the process exits,
/// however it exits, so a killed run never leaves a stale lock behind.
package final class RunLock: Sendable {
    package let path: String
    private let fd: Int32

    /// Takes the lock, polling for up to `wait` seconds.
    package init(path: String, wait: Int) throws(PublishError) {
        self.path = path
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .io(path: path, operation: "open lock file", errno: errno) }
        var waited = 0.0
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                let code = errno
                close(fd)
                throw .io(path: path, operation: "flock", errno: code)
            }
            guard waited < Double(wait) else {
                close(fd)
                throw .locked(path: path, waited: wait)
            }
            usleep(100_000)
            waited += 0.1
        }
        self.fd = fd
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
