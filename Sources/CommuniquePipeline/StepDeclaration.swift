import CommuniqueCore

/// An extractor or aggregate step as the pipeline file declares it: its registered name and
/// the options written under it.
package struct StepDeclaration: Sendable {
    package var name: String
    package var options: StepOptions

    package init(name: String, options: StepOptions) {
        self.name = name
        self.options = options
    }
}
