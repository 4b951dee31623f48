/// A labelled data set in the course's layout: `X` is `(features, m)` with one
/// column per example, `Y` is `(1, m)` holding class indices `0, 1, …`.
public struct Dataset: Sendable, Equatable {
    public var name: String
    public var trainX: Matrix
    public var trainY: Matrix
    /// The course's week-2 data has no test set.
    public var testX: Matrix?
    public var testY: Matrix?
    /// Number of classes (2 for the binary data sets).
    public var classes: Int

    public init(name: String, trainX: Matrix, trainY: Matrix, testX: Matrix? = nil,
                testY: Matrix? = nil, classes: Int = 2) {
        precondition(trainX.columns == trainY.columns, "X and Y disagree on the number of examples")
        self.name = name
        self.trainX = trainX
        self.trainY = trainY
        self.testX = testX
        self.testY = testY
        self.classes = classes
    }

    public var features: Int { trainX.rows }
    public var trainCount: Int { trainX.columns }
    public var testCount: Int { testX?.columns ?? 0 }
}
