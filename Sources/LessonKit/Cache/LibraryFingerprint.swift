/// The hash of the library sources this binary was built from, part of every
/// result-cache key (with `NeuralNetLibrary.version`).
///
/// Why a recorded constant: the binary cannot hash its own sources at run
/// time (it may run far from the checkout, and sources edited after the
/// build would be hashed while old code ran), and a build-tool plugin would
/// add a plugin and a tool target for one string. Instead
/// `CacheFingerprintTests` recomputes `SourceFingerprint.compute` from the
/// checkout and fails, printing the value to paste here, whenever a file
/// under `Sources/NeuralNet/` or `Sources/LessonKit/Routines/` changed
/// without this line being updated. `make test` / `.ci/run` therefore never
/// pass with a stale fingerprint.
public enum LibraryFingerprint {
    public static let sourceHash = "4f04fd4ba707455684b25e485214b450656d3cd7881e352d0cf3efd67aacf052"
}
