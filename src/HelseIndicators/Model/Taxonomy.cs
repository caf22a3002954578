namespace HelseIndicators.Model;

/// <summary>
/// The delimitation of the health industry: ordered value-chain links holding segments, each segment with
/// industry codes as a first guess. A taxonomy is data: build your own with <see cref="Create"/>, or use
/// <see cref="Default"/>, the taxonomy of Menon Economics' <i>Helsenæringens verdi</i>.
/// </summary>
/// <remarks>
/// Segment and link ids are unique; an industry code belongs to at most one segment. Classification by industry
/// code takes the longest matching code ("21.1" before "21"). Equality: by reference. Thread safety: immutable,
/// safe to share between threads.
/// </remarks>
public sealed class Taxonomy
{
    private readonly Dictionary<string, Segment> _segmentsById;
    private readonly Dictionary<string, ValueChainLink> _linksById;
    // (code, segment), longest codes first, so the first containing code is the longest match.
    private readonly (NaceCode Code, Segment Segment)[] _naceMapping;

    private Taxonomy(List<ValueChainLink> links, ClassificationVersion version)
    {
        Links = links;
        Version = version;
        Segments = links.SelectMany(l => l.Segments).ToArray();
        _segmentsById = Segments.ToDictionary(s => s.Id, StringComparer.Ordinal);
        _linksById = links.ToDictionary(l => l.Id, StringComparer.Ordinal);
        _naceMapping = Segments
            .SelectMany(s => s.NaceCodes.Select(c => (Code: c, Segment: s)))
            .OrderByDescending(p => p.Code.Digits.Length)
            .ThenBy(p => p.Code)
            .ToArray();
    }

    /// <summary>Gets the value-chain links in value-chain order.</summary>
    public IReadOnlyList<ValueChainLink> Links { get; }

    /// <summary>Gets every segment, link by link, in order.</summary>
    public IReadOnlyList<Segment> Segments { get; }

    /// <summary>Gets the classification version of the taxonomy's industry codes.</summary>
    public ClassificationVersion Version { get; }

    /// <summary>
    /// Gets the default taxonomy (INDICATORS.md §1): industry (pharma, diagnostics, medtech, ehealth, suppliers),
    /// distribution (wholesale, retail) and treatment (health_services, care_services), with SN2007 codes.
    /// </summary>
    public static Taxonomy Default { get; } = DefaultTaxonomy.Build();

    /// <summary>Builds a taxonomy from link definitions, in value-chain order.</summary>
    /// <param name="links">The links, first link of the value chain first.</param>
    /// <param name="version">The classification version of the industry codes.</param>
    /// <returns>The taxonomy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="links"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// No links; an id empty, malformed or repeated; an industry code that does not parse or is given to two segments.
    /// </exception>
    public static Taxonomy Create(IEnumerable<LinkDefinition> links, ClassificationVersion version = ClassificationVersion.SN2007)
    {
        ArgumentNullException.ThrowIfNull(links);
        var built = new List<ValueChainLink>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var codes = new Dictionary<NaceCode, string>();
        foreach (var linkDefinition in links)
        {
            CheckId(linkDefinition.Id, ids, "link");
            var link = new ValueChainLink(linkDefinition.Id, built.Count + 1, linkDefinition.Name);
            foreach (var segmentDefinition in linkDefinition.Segments)
            {
                CheckId(segmentDefinition.Id, ids, "segment");
                var segmentCodes = new List<NaceCode>();
                foreach (var text in segmentDefinition.NaceCodes)
                {
                    var parsed = NaceCode.Parse(text, version);
                    if (!parsed.TryGetValue(out var code))
                    {
                        throw new ArgumentException($"Segment '{segmentDefinition.Id}': {parsed.Error}.", nameof(links));
                    }

                    if (!codes.TryAdd(code, segmentDefinition.Id))
                    {
                        throw new ArgumentException(
                            $"The industry code {code} is given to both '{codes[code]}' and '{segmentDefinition.Id}'; a code may belong to one segment only.",
                            nameof(links));
                    }

                    segmentCodes.Add(code);
                }

                link.Add(new Segment(segmentDefinition.Id, segmentDefinition.Name, segmentCodes, link));
            }

            built.Add(link);
        }

        if (built.Count == 0)
        {
            throw new ArgumentException("A taxonomy needs at least one value-chain link.", nameof(links));
        }

        return new Taxonomy(built, version);
    }

    private static void CheckId(string id, HashSet<string> ids, string what)
    {
        if (string.IsNullOrEmpty(id) || !id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' or '-'))
        {
            throw new ArgumentException($"The {what} id '{id}' is not valid: use lower-case letters, digits, '_' and '-'.", nameof(id));
        }

        if (!ids.Add(id))
        {
            throw new ArgumentException($"The id '{id}' is used twice; link and segment ids must be unique.", nameof(id));
        }
    }

    /// <summary>Finds a segment by id (ordinal, case-sensitive).</summary>
    /// <param name="id">The segment id, such as <c>pharma</c>.</param>
    /// <returns>The segment, or null when the taxonomy has none with that id.</returns>
    public Segment? FindSegment(string? id) => id is not null && _segmentsById.TryGetValue(id, out var s) ? s : null;

    /// <summary>Finds a value-chain link by id (ordinal, case-sensitive).</summary>
    /// <param name="id">The link id, such as <c>industry</c>.</param>
    /// <returns>The link, or null when the taxonomy has none with that id.</returns>
    public ValueChainLink? FindLink(string? id) => id is not null && _linksById.TryGetValue(id, out var l) ? l : null;

    /// <summary>
    /// Classifies by industry code: the segment whose code is the longest one containing <paramref name="code"/>.
    /// </summary>
    /// <param name="code">The firm's industry code.</param>
    /// <returns>The segment, or null when no code of the taxonomy contains <paramref name="code"/>.</returns>
    public Segment? SegmentForNaceCode(NaceCode code)
    {
        foreach (var (candidate, segment) in _naceMapping)
        {
            if (candidate.Contains(code))
            {
                return segment;
            }
        }

        return null;
    }
}
