namespace HelseIndicators.Tests.Laws;

/// <summary>
/// Tests that measure live memory with <see cref="GC.GetTotalMemory(bool)"/> see the whole process, so they must not
/// run beside other tests: this collection runs alone.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasurementCollection
{
    public const string Name = "Memory measurement (runs alone)";
}
