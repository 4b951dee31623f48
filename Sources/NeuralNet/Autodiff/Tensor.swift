/// A node of a reverse-mode automatic-differentiation graph: a matrix value
/// plus, after ``backward()``, the gradient of a scalar loss with respect to it.
///
/// This is the whole idea of a "framework" such as TensorFlow, in one
/// sitting (in the spirit of Karpathy's micrograd, but over matrices):
///
/// - **Forward**: every operation on tensors computes its value at once and
///   remembers its inputs and a *pullback*, the function that turns the
///   gradient of the loss with respect to the output, `Ḡ = ∂L/∂out`, into
///   the gradients with respect to each input (the chain rule, one step):
///   for `C = A·B` the pullback is `Ḡ ↦ (Ḡ·Bᵀ, Aᵀ·Ḡ)`.
/// - **Backward**: ``backward()`` sorts the graph so that every node comes
///   after its inputs, seeds the output with `∂L/∂L = 1`, and walks the
///   order backwards, calling each node's pullback and *adding* what it
///   returns into the inputs' gradients (a value used twice receives both
///   contributions: the multivariate chain rule).
///
/// Leaves are either *parameters* (``parameter(_:)``, gradients wanted) or
/// *constants* (``constant(_:)``, data and labels). An operation whose inputs
/// are all constants is a constant too, so no gradient is ever computed for
/// the data. Values are `Double` matrices in the course's layout (one column
/// per example).
///
/// A graph lives on one thread: it is built, differentiated and dropped in
/// one training step, so the class is deliberately not `Sendable`.
public final class Tensor {
    /// The forward value. Parameters are updated in place by an optimizer
    /// between steps; values captured by an old graph's pullbacks are copies
    /// and do not change.
    public var value: Matrix
    /// `∂L/∂self` after the last ``backward()`` through this node, same shape
    /// as ``value``; `nil` before, or when the node does not require one.
    public internal(set) var gradient: Matrix?
    /// Whether gradients flow to this node (a parameter, or computed from one).
    public let requiresGradient: Bool
    /// The operation's name, for printing the graph ("matmul", "relu", …).
    public let operation: String

    let inputs: [Tensor]
    /// `Ḡ ↦ [∂L/∂inputᵢ]`; an entry is `nil` for an input that needs no gradient.
    let pullback: ((Matrix) -> [Matrix?])?

    /// A leaf. Prefer ``parameter(_:)`` and ``constant(_:)``.
    public init(_ value: Matrix, requiresGradient: Bool) {
        self.value = value
        self.requiresGradient = requiresGradient
        self.operation = requiresGradient ? "parameter" : "constant"
        self.inputs = []
        self.pullback = nil
    }

    /// An interior node made by an operation.
    init(_ value: Matrix, operation: String, inputs: [Tensor], pullback: @escaping (Matrix) -> [Matrix?]) {
        self.value = value
        self.operation = operation
        self.requiresGradient = inputs.contains { $0.requiresGradient }
        self.inputs = inputs
        // A constant result never runs its pullback: do not keep it alive.
        self.pullback = requiresGradient ? pullback : nil
    }

    /// A trainable variable (TensorFlow's `tf.Variable`).
    public static func parameter(_ value: Matrix) -> Tensor { Tensor(value, requiresGradient: true) }

    /// Data that needs no gradient (TensorFlow's `tf.constant` / a placeholder's feed).
    public static func constant(_ value: Matrix) -> Tensor { Tensor(value, requiresGradient: false) }

    public var shape: (rows: Int, columns: Int) { value.shape }

    /// The value of a `1×1` tensor (a loss).
    public var scalar: Double {
        precondition(value.count == 1, "scalar of a \(value.rows)×\(value.columns) tensor")
        return value.elements[0]
    }

    /// Computes `∂self/∂t` for every tensor `t` this one was computed from,
    /// storing it in `t.gradient` (replacing what an earlier pass left).
    ///
    /// For a `1×1` loss the seed is `∂L/∂L = 1`. For a larger tensor the seed
    /// is all ones, i.e. the gradient of the sum of its entries (as
    /// `tf.GradientTape.gradient` does for a non-scalar target).
    public func backward() {
        let order = topologicalOrder()
        for node in order { node.gradient = nil }
        gradient = Matrix(rows: value.rows, columns: value.columns, repeating: 1)
        for node in order.reversed() {
            guard let pullback = node.pullback, let upstream = node.gradient else { continue }
            let contributions = pullback(upstream)
            for (input, contribution) in zip(node.inputs, contributions) {
                guard input.requiresGradient, let contribution else { continue }
                precondition(contribution.rows == input.value.rows && contribution.columns == input.value.columns,
                             "\(node.operation): gradient shape does not match its input")
                if let existing = input.gradient {
                    input.gradient = existing + contribution
                } else {
                    input.gradient = contribution
                }
            }
        }
    }

    /// Nodes that need gradients, each after all of its inputs (depth-first,
    /// with an explicit stack so deep graphs cannot overflow the call stack).
    func topologicalOrder() -> [Tensor] {
        var order = [Tensor]()
        var visited = Set<ObjectIdentifier>()
        var stack: [(node: Tensor, expanded: Bool)] = [(self, false)]
        while let (node, expanded) = stack.popLast() {
            if expanded { order.append(node); continue }
            guard node.requiresGradient, visited.insert(ObjectIdentifier(node)).inserted else { continue }
            stack.append((node, true))
            for input in node.inputs where input.requiresGradient { stack.append((input, false)) }
        }
        return order
    }
}

extension Tensor: CustomStringConvertible {
    public var description: String {
        "Tensor(\(operation), \(value.rows)×\(value.columns)\(requiresGradient ? ", grad" : ""))"
    }
}
