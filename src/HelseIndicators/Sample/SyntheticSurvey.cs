using System.Globalization;
using System.Text;
using HelseIndicators.Model;

namespace HelseIndicators.Sample;

/// <summary>
/// The embedded synthetic survey: 150 invented respondents from the health industry, in the survey CSV format of
/// INDICATORS.md §6 (<c>respondent,question,answer,weight,org_number</c>), reproducing the published results of the
/// 2016 survey: 8 of 10 firms have international ambitions, 1 of 3 aim to be world-leading, and access to capital is
/// the most named bottleneck.
/// </summary>
/// <remarks>
/// <para>
/// Questions: <c>international_ambitions</c> (<c>yes</c> 120, <c>no</c> 30: p = 0.8); <c>ambition</c>
/// (<c>world_leading</c> 50, <c>international</c> 70, <c>national</c> 30: p = 1/3 for world-leading; a respondent
/// has international ambitions exactly when its ambition is world-leading or international);
/// <c>bottlenecks</c>, multiple choice (<c>access_to_capital</c> 84, <c>qualified_staff</c> 63,
/// <c>market_access</c> 52, <c>regulation</c> 37, <c>public_procurement</c> 29, and <c>none</c> for a respondent who
/// named none). Every weight is 1. The organisation numbers are those of industry-link firms of the embedded panel.
/// The text is fixed: the same on every machine and in every version of this package that does not announce a change.
/// </para>
/// <para>Thread safety: immutable, safe to share.</para>
/// </remarks>
public static class SyntheticSurvey
{
    /// <summary>The number of respondents.</summary>
    public const int Respondents = 150;

    /// <summary>The bottleneck answers and how many respondents name each, most named first.</summary>
    private static readonly (string Answer, int Count)[] s_bottlenecks =
    [
        ("access_to_capital", 84), ("qualified_staff", 63), ("market_access", 52), ("regulation", 37), ("public_procurement", 29),
    ];

    private static readonly Lazy<string> s_csv = new(Build);

    /// <summary>Gets the notice to show wherever the survey appears, in Norwegian (bokmål) and English.</summary>
    public static LocalizedName Notice { get; } = new(
        "Syntetisk spørreundersøkelse: svarene er oppdiktet, men gjenskaper publiserte resultater fra 2016 " +
        "(8 av 10 har internasjonale ambisjoner, 1 av 3 vil bli verdensledende, tilgang på kapital er den største flaskehalsen).",
        "Synthetic survey: the answers are invented, but reproduce published 2016 results " +
        "(8 of 10 have international ambitions, 1 of 3 aim to be world-leading, access to capital is the biggest bottleneck).");

    /// <summary>Gets the survey as CSV text: UTF-8 content, comma-separated, header row, LF line ends.</summary>
    public static string CsvText => s_csv.Value;

    /// <summary>Opens the survey as a read-only stream of UTF-8 bytes (no byte-order mark).</summary>
    /// <returns>A new stream positioned at the start; the caller disposes it.</returns>
    public static Stream OpenCsv() => new MemoryStream(new UTF8Encoding(false).GetBytes(CsvText), writable: false);

    private static string Build()
    {
        var rng = new SampleRandom(0x5_0B_2016UL);
        var organisationNumbers = IndustryFirms(Respondents);

        // Ambition: a shuffled order of respondents takes 50 world-leading, 70 international, 30 national.
        var order = Shuffled(rng, Respondents);
        var ambition = new string[Respondents];
        for (var k = 0; k < Respondents; k++)
        {
            ambition[order[k]] = k < 50 ? "world_leading" : k < 120 ? "international" : "national";
        }

        // Bottlenecks: each answer goes to its count of respondents, drawn independently.
        var bottlenecks = new List<string>[Respondents];
        for (var r = 0; r < Respondents; r++)
        {
            bottlenecks[r] = [];
        }

        foreach (var (answer, count) in s_bottlenecks)
        {
            var chosen = Shuffled(rng, Respondents);
            for (var k = 0; k < count; k++)
            {
                bottlenecks[chosen[k]].Add(answer);
            }
        }

        var text = new StringBuilder();
        text.Append("respondent,question,answer,weight,org_number\n");
        for (var r = 0; r < Respondents; r++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"R{r + 1:D3}");
            var org = organisationNumbers[r].ToString("D", CultureInfo.InvariantCulture);
            void Line(string question, string answer) =>
                text.Append(CultureInfo.InvariantCulture, $"{id},{question},{answer},1,{org}\n");

            Line("international_ambitions", ambition[r] == "national" ? "no" : "yes");
            Line("ambition", ambition[r]);
            if (bottlenecks[r].Count == 0)
            {
                Line("bottlenecks", "none");
            }

            foreach (var answer in bottlenecks[r])
            {
                Line("bottlenecks", answer);
            }
        }

        return text.ToString();
    }

    private static int[] Shuffled(SampleRandom rng, int n)
    {
        var items = new int[n];
        for (var i = 0; i < n; i++)
        {
            items[i] = i;
        }

        for (var i = n - 1; i > 0; i--)
        {
            var j = rng.NextInt(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }

        return items;
    }

    /// <summary>The organisation numbers of the first <paramref name="count"/> industry-link firms of the embedded panel.</summary>
    private static List<OrganisationNumber> IndustryFirms(int count)
    {
        var generator = new SyntheticPanelGenerator(SyntheticPanel.Default);
        var numbers = new List<OrganisationNumber>(count);
        for (long i = 0; numbers.Count < count && i < SyntheticPanel.Default.Firms; i++)
        {
            if (generator.Segment(generator.SegmentOf(i)).Link.Id == "industry")
            {
                numbers.Add(SyntheticPanelGenerator.OrganisationNumberOf(i));
            }
        }

        return numbers;
    }
}
