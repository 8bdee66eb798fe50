/// What the load stage does with a file that is not valid UTF-8.
package enum InvalidUTF8Policy: String, Sendable, CaseIterable {
    case replace, skip
}
