namespace HelseIndicators.Aggregation;

/// <summary>
/// The finest breakdown of a classified firm-year: its segment (index in the taxonomy), county (index in a
/// <see cref="CountyTable"/>, −1 = none) and size class. Every group of every request is a union of slots. A read that
/// leaves a dimension out (<see cref="SlotDetail"/>) gives it −1 (county) or 0 (size class) in every slot.
/// </summary>
internal readonly record struct CellSlot(short Segment, int County, byte Size);
