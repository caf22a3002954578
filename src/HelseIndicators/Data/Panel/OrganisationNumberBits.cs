using HelseIndicators.Model;

namespace HelseIndicators.Data.Panel;

/// <summary>
/// A set of organisation numbers as one bit for each number that can exist, added to from several threads at once:
/// the firms seen by the parts of a grouped read (<see cref="FirmGroupedOrder"/>). Its memory is bounded by the
/// numbers that can exist, not by the rows or firms of the file: at most 12.5 MB, in pages of 1 KiB made when a
/// number first falls in them; the 2 × 10⁷ numbers Brønnøysund gives out (those beginning with 8 or 9) fill at most
/// 2.5 MB.
/// </summary>
/// <remarks>
/// <para>Why bits, and why one number's bit is its first eight digits': a valid number's check digit follows from
/// them (<see cref="OrganisationNumber"/> is always valid), so 10⁸ bits hold every number. A table of the numbers
/// themselves grows with the firms (about 7 bytes a firm at the 3/4 fill of <see cref="FirmNumberSet"/>, two of them
/// when a file is read in two parts): 4 MB at 5M firm-years of the sample; these bits hold the same 6 × 10⁵ firms in
/// 2.5 MB, whatever the file's length, and parts that share them need no join of their sets.</para>
/// <para>Thread safety: <see cref="TryAdd"/> and <see cref="Contains"/> may be called from any number of threads at
/// once; of the calls that add one number, exactly one returns true. A number once added stays.</para>
/// </remarks>
internal sealed class OrganisationNumberBits
{
    private const int Stems = 100_000_000; // the first eight digits: 0 to 99 999 999
    private const int PageShift = 13; // 8192 numbers (1 KiB) a page
    private const int WordsPerPage = 1 << (PageShift - 6);
    private const int PagesPerSlab = 128; // pages are cut from arrays of 128 KiB, made as they are needed

    private readonly int[] _pageOf = new int[(Stems >> PageShift) + 1]; // each range's page + 1; 0 = no page yet
    private readonly ulong[]?[] _slabs = new ulong[]?[((Stems >> PageShift) / PagesPerSlab) + 1];
    private readonly object _gate = new();
    private int _pages;

    /// <summary>Gets the bytes of the pages made so far (the set's memory but for a fixed 50 KB).</summary>
    public long PageBytes => (long)Volatile.Read(ref _pages) * WordsPerPage * sizeof(ulong);

    /// <summary>Adds a number; false when it was there already (also when another thread added it first).</summary>
    /// <param name="number">The organisation number.</param>
    public bool TryAdd(OrganisationNumber number)
    {
        var stem = (uint)number.Value / 10;
        var page = Volatile.Read(ref _pageOf[stem >> PageShift]) - 1;
        if (page < 0)
        {
            page = NewPage(stem >> PageShift);
        }

        ref var word = ref Word(page, stem);
        var bit = 1UL << (int)stem;
        return (Volatile.Read(ref word) & bit) == 0 && (Interlocked.Or(ref word, bit) & bit) == 0;
    }

    /// <summary>Whether a number has been added.</summary>
    /// <param name="number">The organisation number.</param>
    public bool Contains(OrganisationNumber number)
    {
        var stem = (uint)number.Value / 10;
        var page = Volatile.Read(ref _pageOf[stem >> PageShift]) - 1;
        return page >= 0 && (Volatile.Read(ref Word(page, stem)) & (1UL << (int)stem)) != 0;
    }

    // A page's slab is stored before the page is published (Volatile.Write in NewPage), so a thread that reads the
    // page number (Volatile.Read) finds its slab.
    private ref ulong Word(int page, uint stem) =>
        ref _slabs[page / PagesPerSlab]![(page % PagesPerSlab * WordsPerPage) + (int)((stem >> 6) & (WordsPerPage - 1))];

    private int NewPage(uint range)
    {
        lock (_gate)
        {
            var page = _pageOf[range] - 1;
            if (page >= 0)
            {
                return page; // made by another thread meanwhile
            }

            page = _pages;
            if (page % PagesPerSlab == 0)
            {
                _slabs[page / PagesPerSlab] = new ulong[PagesPerSlab * WordsPerPage];
            }

            Volatile.Write(ref _pages, page + 1);
            Volatile.Write(ref _pageOf[range], page + 1);
            return page;
        }
    }
}
