#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CLibm

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
    ///
    /// One `exp` per example per step is a fifth of a full-batch step on the
    /// course's networks; calling glibc's implementation directly (see
    /// `expWithoutErrno`) takes about 3.5 instead of 5.5 ns an element.
    @inline(__always)
    static func sigmoid(_ a: UnsafeMutablePointer<Double>, count: Int) {
        let exp = expWithoutErrno
        for i in 0..<count { a[i] = 1.0 / (1.0 + exp(-a[i])) }
    }

    /// The C library's `exp` minus its errno bookkeeping where glibc exports
    /// that (`clibm_exp_without_errno`), else `exp` itself: bit for bit the
    /// same results either way.
    static let expWithoutErrno: @convention(c) (Double) -> Double = clibm_exp_without_errno() ?? { exp($0) }
}
