namespace HelseIndicators.Model;

/// <summary>The version of the Norwegian standard industrial classification a <see cref="NaceCode"/> belongs to.</summary>
/// <remarks>Values are explicit and never renumbered.</remarks>
public enum ClassificationVersion
{
    /// <summary>SN2007 (Standard for næringsgruppering 2007), the Norwegian version of NACE Rev. 2.</summary>
    SN2007 = 1,

    /// <summary>SN2025, the Norwegian version of NACE Rev. 2.1, now also published by Brønnøysund.</summary>
    SN2025 = 2,
}
