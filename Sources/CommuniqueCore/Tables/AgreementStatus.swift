/// The stage a document is at (`agreements.status`).
public enum AgreementStatus: String, Sendable, CaseIterable, Vocabulary {
    case signed, ratified, preliminary, planned, agreed
}
