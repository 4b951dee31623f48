import CBLAS

/// Facts about the library that results and reports record.
public enum NeuralNetLibrary {
    /// The library's version; part of every result-cache key together with a
    /// fingerprint of the sources, so a change to the numerics reruns experiments.
    public static let version = "0.1.0"

    /// The BLAS that computes the matrix products, e.g. `OpenBLAS 0.3.21`
    /// (the first two words of `openblas_get_config()`).
    public static var blasDescription: String {
        guard let config = openblas_get_config() else { return "OpenBLAS" }
        let words = String(cString: config).split(separator: " ")
        return words.prefix(2).joined(separator: " ")
    }
}
