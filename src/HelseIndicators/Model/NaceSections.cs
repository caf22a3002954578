namespace HelseIndicators.Model;

/// <summary>Which section letter holds which divisions, per classification version.</summary>
internal static class NaceSections
{
    // (last division of the section, letter), in order. Source: SSB, SN2007 (NACE Rev. 2) and SN2025 (NACE Rev. 2.1).
    private static readonly (int LastDivision, char Section)[] s_sn2007 =
    [
        (3, 'A'), (9, 'B'), (33, 'C'), (35, 'D'), (39, 'E'), (43, 'F'), (47, 'G'), (53, 'H'), (56, 'I'), (63, 'J'),
        (66, 'K'), (68, 'L'), (75, 'M'), (82, 'N'), (84, 'O'), (85, 'P'), (88, 'Q'), (93, 'R'), (96, 'S'), (98, 'T'),
        (99, 'U'),
    ];

    private static readonly (int LastDivision, char Section)[] s_sn2025 =
    [
        (3, 'A'), (9, 'B'), (33, 'C'), (35, 'D'), (39, 'E'), (43, 'F'), (47, 'G'), (53, 'H'), (56, 'I'), (60, 'J'),
        (63, 'K'), (66, 'L'), (68, 'M'), (75, 'N'), (82, 'O'), (84, 'P'), (85, 'Q'), (88, 'R'), (93, 'S'), (96, 'T'),
        (98, 'U'), (99, 'V'),
    ];

    /// <summary>
    /// Gets the section letter of a division number, or null outside 01–99. Gaps in the numbering (such as 04)
    /// are not rejected: they fall in the section whose range holds them.
    /// </summary>
    public static char? SectionOf(int division, ClassificationVersion version)
    {
        if (division is < 1 or > 99)
        {
            return null;
        }

        var table = version == ClassificationVersion.SN2025 ? s_sn2025 : s_sn2007;
        foreach (var (last, section) in table)
        {
            if (division <= last)
            {
                return section;
            }
        }

        return null;
    }
}
