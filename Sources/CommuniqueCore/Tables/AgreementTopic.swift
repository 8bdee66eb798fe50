/// What a document is about (`agreements.topic`, a `;`-list).
package enum AgreementTopic: String, Sendable, CaseIterable, Vocabulary {
    case defense, security, trade, economy, investment, energy, education, health, migration, culture, integration, other
}
