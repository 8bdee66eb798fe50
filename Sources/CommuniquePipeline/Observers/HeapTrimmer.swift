import CShims

/// Hands the heap that a phase freed (texts, analyses, parsed manifests) back to the system at
/// each boundary, so the next phase's peak is not stacked on the last one's garbage (glibc
/// keeps it otherwise).
package struct HeapTrimmer: RunObserver {
    package init() {}

    package func reached(_ boundary: RunBoundary, seconds: Double) {
        communique_trim_heap()
    }
}
