import CBLAS

/// Facts about the library that results and reports record.
public enum NeuralNetLibrary {
    /// The library's version; part of every result-cache key together with a
    /// fingerprint of the sources, so a change to the numerics reruns experiments.
    public static let version = "0.1.0"

    /// Caps the threads OpenBLAS may use for one product (at least 1).
    ///
    /// A caller that runs trainings on every core, one after another or at
    /// once, should leave each product one thread: OpenBLAS's helper threads
    /// compete for those cores, and they keep spinning for a while after every
    /// product (the decision-boundary grids end each run with two of them).
    /// Measured on the nine course runs at `--jobs 2`: 0.85 → 0.81 s wall,
    /// 1.33 → 1.23 s summed run time; at `--jobs 1`, two BLAS threads cost
    /// 1.2 → 2.0 s of CPU for no gain in wall time.
    public static func limitBLASThreads(to threads: Int) {
        openblas_set_num_threads(Int32(clamping: max(1, threads)))
    }

    /// The BLAS that computes the matrix products, e.g. `OpenBLAS 0.3.21`
    /// (the first two words of `openblas_get_config()`).
    public static var blasDescription: String {
        guard let config = openblas_get_config() else { return "OpenBLAS" }
        let words = String(cString: config).split(separator: " ")
        return words.prefix(2).joined(separator: " ")
    }
}
