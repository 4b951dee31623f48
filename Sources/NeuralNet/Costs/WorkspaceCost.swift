extension NetworkWorkspace {
    /// The cross-entropy of the last forward pass's outputs against the
    /// loaded labels, reduced as `reduction` says (see `CostReduction`).
    func cost(_ reduction: CostReduction) -> Double {
        let m = columns
        if output == .sigmoid {
            CrossEntropy.binaryTerms(outputActivations, labels, count: m, into: lossTerms)
        } else {
            CrossEntropy.softmaxTerms(outputActivations, labels, classes: layers[layerCount], count: m,
                                      into: lossTerms)
        }
        return CrossEntropy.reduce(lossTerms, count: m, reduction)
    }
}
