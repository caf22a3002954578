namespace HelseIndicators.Data.Panel;

/// <summary>Thrown by a checking <see cref="FilePartStream"/> at a quote character or bare CR: the file must be read
/// in one pass. Never reaches a user.</summary>
internal sealed class PartNotSplittableException()
    : Exception("The part holds a quote character or a bare CR: read the file in one pass.");
