import CShims

/// Hands the heap that a phase freed (texts, analyses, parsed manifests) back to the system at
/// each boundary, so the next phase's peak is not stacked on the last one's garbage (glibc
/// keeps it otherwise). During extraction it trims every `articles` articles too: the spills'
/// buffers and the articles' texts come and go, and the freed pieces would otherwise pile up.
package struct HeapTrimmer: RunObserver {
    let articles: Int

    package init(every articles: Int = 8192) { self.articles = articles }

    package func articleDone(_ done: Int, of total: Int) {
        if done % articles == 0 { communique_trim_heap() }
    }

    package func reached(_ boundary: RunBoundary, seconds: Double) {
        communique_trim_heap()
    }
}
