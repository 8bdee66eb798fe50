import CommuniqueKnowledge
/// One name an article mentions: where, and what it stands for.
package struct EntityMention: Sendable {
    /// Index of the sentence (in the article) that names it.
    var sentence: Int
    /// The token the name starts at, in that sentence.
    var tokenStart: Int
    var entity: EntityRef
    /// True for a leader named as "former" ("former President ..."); always false for other names.
    var isFormerLeader: Bool
    /// True for a place named as an attribute of something else ("a Beijing-based agency").
    var isAttribute: Bool = false
}
