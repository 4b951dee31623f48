#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CLibm
import Testing
@testable import NeuralNet

/// The sigmoid calls glibc's `exp` implementation past its errno wrapper;
/// the results must be the C library's `exp`, bit for bit, everywhere.
@Suite struct ActivationTests {
    @Test func expWithoutErrnoIsTheLibraryExp() {
        #if canImport(Glibc) && arch(x86_64)
        #expect(clibm_exp_without_errno() != nil, "glibc exports __exp_finite@GLIBC_2.15")
        #endif
        var inputs: [Double] = [0, -0.0, 1, -1, 1e-300, -1e-300, 709.78, 709.79, 710, -708.4, -745.1, -745.2, -746,
                                .infinity, -.infinity, .greatestFiniteMagnitude, -.greatestFiniteMagnitude,
                                .leastNonzeroMagnitude, .ulpOfOne]
        for k in 0..<200_000 { inputs.append(Double(k) * 0.007_39 - 740) }
        let mismatches = inputs.filter { ActivationKernels.expWithoutErrno($0).bitPattern != exp($0).bitPattern }
        #expect(mismatches.isEmpty, "differs from exp at \(mismatches.prefix(5))")
        #expect(ActivationKernels.expWithoutErrno(.nan).isNaN)
    }

    /// `1 / (1 + exp(−z))` as written, including the saturated ends (the
    /// course's ×10 initialization reaches both).
    @Test func sigmoidMatchesTheFormula() {
        var z: [Double] = [-800, -745, -40, -1, -0.0, 0, 1e-10, 1, 36, 37, 40, 800]
        for k in 0..<301 { z.append(Double(k) * 0.1 - 15) }
        let expected = z.map { 1.0 / (1.0 + exp(-$0)) }
        z.withUnsafeMutableBufferPointer { ActivationKernels.sigmoid($0.baseAddress!, count: $0.count) }
        #expect(z.map(\.bitPattern) == expected.map(\.bitPattern))
        #expect(z[0] == 0 && z[z.count - 302] == 1)
    }
}
