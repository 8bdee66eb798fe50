/// Which way a change verb points.
public enum ChangeDirection: String, Sendable, Hashable { case up, down }
