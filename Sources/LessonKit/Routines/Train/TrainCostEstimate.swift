extension TrainRoutine {
    /// A run's time in microseconds of one core, from a model of a training
    /// step on a batch of `b` examples through a network of `W` weights:
    ///
    ///     step ≈ 1 µs + b · (10 ns + 0.2 ns · W)
    ///
    /// (bookkeeping per step; activations, sigmoid and bias sums per example;
    /// three multiply-adds per weight and example, forward and backward),
    /// times `epochs · ⌈m / b⌉` steps, and ×5 on the autodiff engine, which
    /// records and replays a tape every step. Fitted to the course runs on a
    /// Zen 4 core (release build); it is within about 25 % of each of them,
    /// which is all that ordering the runs needs.
    public func estimatedCost(_ parameters: JSONValue, context: ValidationContext) -> Double {
        guard let layers = ParameterReader.ints(parameters["layers"]),
              let epochs = parameters["epochs"]?.intValue,
              let dataset = DatasetCheck.load(parameters, context: context).dataset else { return 0 }
        let examples = max(dataset.trainCount, 1)
        let batches = (Double(examples) / Double(min(parameters["mini_batch_size"]?.intValue ?? examples, examples)))
            .rounded(.up)
        let batch = Double(examples) / batches
        let step = 1 + batch * (0.010 + 0.0002 * ResourceLimits.weights(layers))
        let engine = TrainEngine.usesAutodiff(parameters, classes: dataset.classes) ? 5.0 : 1.0
        return Double(epochs) * batches * step * engine
    }
}
