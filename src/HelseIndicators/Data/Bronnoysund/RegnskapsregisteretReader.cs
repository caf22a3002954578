using System.Globalization;
using System.Text.Json;
using HelseIndicators.Model;

namespace HelseIndicators.Data.Bronnoysund;

/// <summary>
/// Reads annual accounts from the JSON of the Register of Company Accounts (Regnskapsregisteret): the body of
/// <c>GET /regnskapsregisteret/regnskap/{orgnr}</c>, an array of filings (one filing object is accepted too).
/// </summary>
/// <remarks>
/// <para>
/// Keys read (every one optional except the organisation number and the period end):
/// <c>virksomhet.organisasjonsnummer</c>, <c>regnskapsperiode.fraDato</c>/<c>tilDato</c> (the year of <c>tilDato</c> is
/// the fiscal year), <c>valuta</c>, <c>regnskapstype</c>, <c>id</c>, <c>journalnr</c>, <c>virksomhet.organisasjonsform</c>,
/// <c>virksomhet.morselskap</c>, <c>regnkapsprinsipper.smaaForetak</c> and <c>.regnskapsregler</c> (misspelled as
/// published), <c>resultatregnskapResultat.driftsresultat.driftsinntekter.sumDriftsinntekter</c> (revenue),
/// <c>…driftsresultat.driftsresultat</c> (operating profit), <c>…driftsresultat.driftskostnad.loennskostnad</c> (wage
/// costs) and <c>.sumDriftskostnad</c>, <c>resultatregnskapResultat.aarsresultat</c>, <c>eiendeler.sumEiendeler</c>,
/// <c>egenkapitalGjeld.egenkapital.sumEgenkapital</c>, <c>…innskuttEgenkapital.sumInnskuttEgenkaptial</c> (misspelled as
/// published), <c>egenkapitalGjeld.gjeldOversikt.sumGjeld</c>. Absent or <c>null</c> is null, never zero.
/// </para>
/// <para>A malformed document or a bad value throws a <see cref="DataException"/> naming the JSON path. Thread safety: stateless.</para>
/// </remarks>
public static class RegnskapsregisteretReader
{
    /// <summary>Reads the filings of a Regnskapsregisteret document.</summary>
    /// <param name="stream">UTF-8 JSON: an array of filings or one filing; left open. Streamed element by element.</param>
    /// <param name="source">The name used in problems, such as the file name.</param>
    /// <returns>The filings, in document order.</returns>
    /// <exception cref="DataException">The JSON is malformed, or a filing lacks its organisation number or period end, or a value has the wrong type.</exception>
    public static IReadOnlyList<AnnualAccounts> Read(Stream stream, string source = "regnskap.json")
    {
        ArgumentNullException.ThrowIfNull(stream);
        source ??= "regnskap.json";
        using var streamer = new JsonArrayStreamer(stream, source);
        var filings = new List<AnnualAccounts>();
        var root = streamer.ReadRootToken();
        if (root == JsonTokenType.StartArray)
        {
            while (streamer.TryReadElement(out var element))
            {
                var path = string.Create(CultureInfo.InvariantCulture, $"$[{streamer.ElementIndex}]");
                using var document = EnhetsregisteretReader.ParseDocument(element, source, path);
                filings.Add(MapFiling(document.RootElement, path, source));
            }
        }
        else if (root == JsonTokenType.StartObject)
        {
            using var document = EnhetsregisteretReader.ParseDocument(streamer.ReadRoot(), source, "$");
            filings.Add(MapFiling(document.RootElement, "$", source));
        }
        else
        {
            throw new DataException(new DataProblem(source, 0, "$", null, "expected an array of annual accounts (or one filing object)"));
        }

        return filings;
    }

    /// <summary>Reads the filings of a file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The filings.</returns>
    /// <exception cref="DataException">See <see cref="Read"/>.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static IReadOnlyList<AnnualAccounts> ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = File.OpenRead(path);
        return Read(stream, Path.GetFileName(path));
    }

    /// <summary>Parses filings from a JSON string.</summary>
    /// <param name="json">The JSON.</param>
    /// <returns>The filings.</returns>
    /// <exception cref="DataException">See <see cref="Read"/>.</exception>
    public static IReadOnlyList<AnnualAccounts> Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        return Read(stream, "regnskap");
    }

    /// <summary>
    /// Turns filings into panel rows, one per firm and fiscal year. Company accounts (<c>SELSKAP</c>, or no type) are used
    /// by default; group accounts (<c>KONSERN</c>) only when asked for, since adding both would count a group twice.
    /// </summary>
    /// <param name="filings">The filings, of one or several firms.</param>
    /// <param name="groupAccounts">True to use group accounts instead of company accounts.</param>
    /// <returns>The firm-years, ordered by organisation number and year.</returns>
    /// <exception cref="DataException">Two filings of the chosen type end in the same year for one firm (every such pair is listed).</exception>
    public static IReadOnlyList<FirmYear> ToFirmYears(IEnumerable<AnnualAccounts> filings, bool groupAccounts = false)
    {
        ArgumentNullException.ThrowIfNull(filings);
        var rows = new SortedDictionary<(int Org, int Year), AnnualAccounts>();
        var problems = new List<DataProblem>();
        foreach (var filing in filings)
        {
            if (filing.IsGroupAccounts != groupAccounts)
            {
                continue;
            }

            if (!rows.TryAdd((filing.OrganisationNumber.Value, filing.Year), filing))
            {
                var other = rows[(filing.OrganisationNumber.Value, filing.Year)];
                problems.Add(new DataProblem("regnskap", 0, "regnskapsperiode.tilDato",
                    filing.PeriodEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    $"organisation number {filing.OrganisationNumber.ToString("D", CultureInfo.InvariantCulture)} has two filings ending in " +
                    $"{filing.Year.ToString(CultureInfo.InvariantCulture)} (periods ending {other.PeriodEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} " +
                    $"and {filing.PeriodEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}); keep one of them"));
            }
        }

        return problems.Count > 0 ? throw new DataException(problems) : [.. rows.Values.Select(f => f.ToFirmYear())];
    }

    internal static AnnualAccounts MapFiling(JsonElement filing, string path, string source)
    {
        if (filing.ValueKind != JsonValueKind.Object)
        {
            throw new DataException(new DataProblem(source, 0, path, filing.GetRawText(), $"{path} is not a filing object"));
        }

        var f = new JsonFields(filing, path, source);
        var orgText = f.String("virksomhet", "organisasjonsnummer")
            ?? throw f.Problem(["virksomhet", "organisasjonsnummer"], null, "is missing; a filing names its firm");
        var org = OrganisationNumber.Parse(orgText);
        if (!org.Success)
        {
            throw f.Problem(["virksomhet", "organisasjonsnummer"], orgText, "is not a valid organisation number: " + org.Error);
        }

        var end = f.Date("regnskapsperiode", "tilDato")
            ?? throw f.Problem(["regnskapsperiode", "tilDato"], null, "is missing; the end of the accounting period gives the fiscal year");
        var currency = Currency.Nok;
        if (f.String("valuta") is { } currencyText)
        {
            var parsed = Currency.Parse(currencyText);
            currency = parsed.Success ? parsed.Value : throw f.Problem(["valuta"], currencyText, "is not a currency code: " + parsed.Error);
        }

        string[] operating = ["resultatregnskapResultat", "driftsresultat"];
        return new AnnualAccounts(org.Value, end)
        {
            Id = (long?)f.Decimal("id"),
            JournalNumber = f.Find("journalnr") is { ValueKind: JsonValueKind.Number } number ? number.GetRawText() : f.String("journalnr"),
            PeriodStart = f.Date("regnskapsperiode", "fraDato"),
            AccountsType = f.String("regnskapstype"),
            Currency = currency,
            OrganisationalForm = f.String("virksomhet", "organisasjonsform"),
            IsParentCompany = f.Boolean("virksomhet", "morselskap"),
            SmallEnterprise = f.Boolean("regnkapsprinsipper", "smaaForetak"),
            AccountingRules = f.String("regnkapsprinsipper", "regnskapsregler"),
            Revenue = f.Decimal([.. operating, "driftsinntekter", "sumDriftsinntekter"]),
            OperatingProfit = f.Decimal([.. operating, "driftsresultat"]),
            WageCosts = f.Decimal([.. operating, "driftskostnad", "loennskostnad"]),
            OperatingCosts = f.Decimal([.. operating, "driftskostnad", "sumDriftskostnad"]),
            AnnualResult = f.Decimal("resultatregnskapResultat", "aarsresultat"),
            TotalAssets = f.Decimal("eiendeler", "sumEiendeler"),
            Equity = f.Decimal("egenkapitalGjeld", "egenkapital", "sumEgenkapital"),
            PaidInEquity = f.Decimal("egenkapitalGjeld", "egenkapital", "innskuttEgenkapital", "sumInnskuttEgenkaptial"),
            Debt = f.Decimal("egenkapitalGjeld", "gjeldOversikt", "sumGjeld"),
        };
    }
}
