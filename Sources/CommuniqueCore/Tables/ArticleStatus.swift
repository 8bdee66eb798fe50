/// Whether an article was read and extracted, or why not.
public enum ArticleStatus: String, Sendable, CaseIterable, Vocabulary {
    case ok
    /// Read and extracted, but invalid UTF-8 bytes were replaced with U+FFFD.
    case repairedUTF8 = "repaired_utf8"
    case empty
    case notUTF8 = "not_utf8"
    case binary
    case tooLarge = "too_large"
    case notEnglish = "not_english"
    case unreadable
    case notAFile = "not_a_file"
    /// Another file of the input maps to the same source id and keeps it; this one is listed, not read.
    case duplicateID = "duplicate_id"
}
