/// A value's stored fields behind one reference, copied on write (`CaseRecord`, `RecordedDecision`): copying the value
/// is one retain instead of a retain for each of its strings and arrays.
///
/// `@unchecked Sendable` and `@exclusivity(unchecked)`: `fields` is written only through the owning value's `_modify`
/// accessors after `unique(_:)` (a shared box is copied first), so a box that two values or two threads can see is
/// never written; the unchecked access spares a dynamic exclusivity check on every read of a field.
@usableFromInline
final class CopyOnWriteBox<Fields: Sendable>: @unchecked Sendable {
    @usableFromInline @exclusivity(unchecked) var fields: Fields

    @usableFromInline
    init(_ fields: Fields) { self.fields = fields }

    /// `box`, copied first (and the copy stored in `box`) when another value shares it.
    @inlinable
    static func unique(_ box: inout CopyOnWriteBox<Fields>) -> CopyOnWriteBox<Fields> {
        if !isKnownUniquelyReferenced(&box) { box = CopyOnWriteBox(box.fields) }
        return box
    }
}
