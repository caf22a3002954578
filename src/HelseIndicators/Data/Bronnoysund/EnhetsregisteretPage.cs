using HelseIndicators.Model;

namespace HelseIndicators.Data.Bronnoysund;

/// <summary>One page of an Enhetsregisteret search (<c>GET /enhetsregisteret/api/enheter?…</c>).</summary>
/// <param name="Firms">The firms of this page; empty when the search has no hits.</param>
/// <param name="PageNumber">The 0-based page number (<c>page.number</c>).</param>
/// <param name="PageSize">The page size (<c>page.size</c>).</param>
/// <param name="TotalPages">The number of pages (<c>page.totalPages</c>).</param>
/// <param name="TotalElements">The number of hits over all pages (<c>page.totalElements</c>).</param>
/// <remarks>Equality: by value (the firm list by reference). Thread safety: immutable.</remarks>
public sealed record EnhetsregisteretPage(IReadOnlyList<Firm> Firms, int PageNumber, int PageSize, int TotalPages, long TotalElements);
