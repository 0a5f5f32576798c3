import Foundation

/// Runs `count` independent pieces of work side by side on the machine's cores and returns their
/// results in order.
///
/// Each piece writes only its own slot of a buffer allocated up front, and `concurrentPerform`
/// returns after every piece has finished, so the results are read without a lock.
///
/// - Complexity: the longest piece's cost when there are at least `count` cores.
func concurrently<T>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
    guard count > 0 else { return [] }
    let slots = UnsafeMutablePointer<T?>.allocate(capacity: count)
    slots.initialize(repeating: nil, count: count)
    defer { slots.deinitialize(count: count); slots.deallocate() }
    nonisolated(unsafe) let base = slots
    DispatchQueue.concurrentPerform(iterations: count) { i in base[i] = body(i) }
    return (0..<count).map { slots[$0]! }
}
