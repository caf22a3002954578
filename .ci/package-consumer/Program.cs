using HelseIndicators.Model;

var number = OrganisationNumber.Parse("923 609 016").Value;
var segment = Taxonomy.Default.SegmentForNaceCode(NaceCode.Of("21.100"));
if (segment?.Id != "pharma")
{
    Console.Error.WriteLine("classification through the package failed");
    return 1;
}

Console.WriteLine($"package consumer: {number} and 21.100 → {segment.Id}");
return 0;
