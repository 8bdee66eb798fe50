/// The kind of document signed or planned (`agreements.doc_type`).
public enum DocumentType: String, Sendable, CaseIterable, Vocabulary {
    case jointStatement = "joint_statement"
    case declaration, agreement, memorandum
    case `protocol`
    case contract, amendment
    /// A batch of documents ("a package of 15 documents", "18 agreements").
    case `package`
}
