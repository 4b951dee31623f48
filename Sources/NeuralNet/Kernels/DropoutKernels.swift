/// Dropout's elementwise step, for the paths that do not fuse it into a
/// product (`RowCombination`'s epilogues do the same per entry).
enum DropoutKernels {
    /// `a = (a ⊙ d) / keepProb` (the course's two statements, in its order).
    @inline(__always)
    static func apply(_ a: UnsafeMutablePointer<Double>, mask d: UnsafePointer<Double>, count: Int,
                      keepProb: Double) {
        for i in 0..<count { a[i] = (a[i] * d[i]) / keepProb }
    }
}
