/// Which way a change verb points.
package enum ChangeDirection: String, Sendable, Hashable { case up, down }
