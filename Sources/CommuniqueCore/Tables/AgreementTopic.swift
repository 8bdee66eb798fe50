/// What a document is about (`agreements.topic`, a `;`-list).
public enum AgreementTopic: String, Sendable, CaseIterable, Vocabulary {
    case defense, security, trade, economy, investment, energy, education, health, migration, culture, integration, other
}
