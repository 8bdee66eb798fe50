/// Passes the number of articles done to a callback (the terminal's progress line).
package struct ProgressObserver: RunObserver {
    let update: @Sendable (Int, Int) -> Void

    package init(_ update: @escaping @Sendable (Int, Int) -> Void) { self.update = update }

    package func articleDone(_ done: Int, of total: Int) { update(done, total) }
}
