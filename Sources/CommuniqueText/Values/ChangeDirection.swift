import CommuniqueCore

/// Which way a change verb points.
public enum ChangeDirection: String, Sendable, Hashable, CaseIterable, Vocabulary { case up, down }
