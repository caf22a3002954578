using HelseIndicators.Data.Csv;
using HelseIndicators.Model;

namespace HelseIndicators.Data.PriceIndices;

/// <summary>A price index read from CSV, with the accounting of the read.</summary>
/// <param name="PriceIndex">The index built from the rows used.</param>
/// <param name="Diagnostics">Rows read, used and rejected, and warnings (unknown columns).</param>
/// <param name="Problems">The problems of the rejected rows (lenient mode), capped at <see cref="CsvReadOptions.MaxProblems"/>.</param>
/// <param name="Dialect">The dialect of the file.</param>
/// <remarks>Equality: by reference of the index. Thread safety: immutable.</remarks>
public sealed record PriceIndexCsvResult(PriceIndex PriceIndex, ReadDiagnostics Diagnostics, IReadOnlyList<DataProblem> Problems, CsvDialect Dialect);
