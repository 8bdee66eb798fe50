/// The kind of people a delegation is made of (`delegations.category`).
public enum DelegationCategory: String, Sendable, CaseIterable, Vocabulary {
    case education, business, government, culture, military, media, other
}
