/// The title a term is held under (`president`, `prime_minister`, ...); the office says what it counts as.
public enum LeaderRole: String, Sendable, Hashable, CaseIterable {
    case president
    case primeMinister = "prime_minister"
    case chancellor
    /// King, queen, emir, sultan, grand duke, reigning prince, pope.
    case monarch
    case supremeLeader = "supreme_leader"
    case generalSecretary = "general_secretary"
    case chairman
    case vicePresident = "vice_president"
    case crownPrince = "crown_prince"
    case coPrince = "co_prince"
    case captainRegent = "captain_regent"
    case governorGeneral = "governor_general"
    case foreignMinister = "foreign_minister"
    case chiefExecutive = "chief_executive"
    case stateCounsellor = "state_counsellor"
    case speaker
}
