/// The library's version. It is part of every result-cache key, so a change
/// to the numerics invalidates cached results (a test guards the sources' hash).
public enum NeuralNetLibrary {
    public static let version = "0.1.0"
}
