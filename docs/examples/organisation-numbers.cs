#:project ../../src/HelseIndicators/HelseIndicators.csproj
// Validate organisation numbers the way Brønnøysund does (MOD11), and see why a number is refused.
using HelseIndicators.Model;

foreach (var text in new[] { "923 609 016", "974760673", "123456789", "12345" })
{
    var result = OrganisationNumber.Parse(text);
    Console.WriteLine(result.TryGetValue(out var number) ? $"{text,-12} valid: {number}" : $"{text,-12} {result.Error}");
}

var code = NaceCode.Of("21.100");
var segment = Taxonomy.Default.SegmentForNaceCode(code);
Console.WriteLine($"{code} → {segment?.Id} in the {segment?.Link.Id} link");
