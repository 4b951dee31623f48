#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The output unit of the network.
public enum OutputActivation: String, Sendable, CaseIterable {
    /// `σ(z) = 1 / (1 + e^(−z))`, one unit, binary labels 0/1.
    case sigmoid
    /// `softmax(z)ᵢ = e^(zᵢ − max z) / Σⱼ e^(zⱼ − max z)` over one column per
    /// example, one unit per class, labels are class indices.
    case softmax
}

/// Elementwise activation kernels on raw buffers (in place).
enum ActivationKernels {
    /// `a = max(0, z)` (the course's `np.maximum(0, z)`; NaN only reaches
    /// here once training has diverged, which the trainer reports).
    @inline(__always)
    static func relu(_ a: UnsafeMutablePointer<Double>, count: Int) {
        for i in 0..<count { let z = a[i]; a[i] = z > 0 ? z : 0 }
    }

    /// `a = 1 / (1 + exp(−z))`, computed exactly as `init_utils.sigmoid`.
    @inline(__always)
    static func sigmoid(_ a: UnsafeMutablePointer<Double>, count: Int) {
        for i in 0..<count { a[i] = 1.0 / (1.0 + exp(-a[i])) }
    }
}
