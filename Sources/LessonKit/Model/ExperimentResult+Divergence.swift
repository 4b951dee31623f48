extension ExperimentResult {
    /// How a routine's note says that training diverged (`TrainRunner.notes`
    /// writes "diverged at epoch k: …").
    static let divergenceNotePrefix = "diverged at epoch "

    /// The note saying that training diverged, when it did. A diverged run
    /// is a result, not a failure (PRODUCT §6: reported, plotted, the lesson
    /// goes on): its status stays `ok`, its series end at the divergence,
    /// and the command line and the page say so from this note.
    public var divergenceNote: String? {
        guard status == .ok else { return nil }
        return notes.first { $0.hasPrefix(Self.divergenceNotePrefix) }
    }

    /// "diverged at epoch k", the short status for badges, when training diverged.
    public var divergenceStatus: String? {
        divergenceNote.map { String($0.prefix { $0 != ":" }) }
    }
}
