using FsCheck;
using FsCheck.Fluent;
using HelseIndicators.Model;

namespace HelseIndicators.Tests.Model;

/// <summary>Generators of valid model values for FsCheck properties.</summary>
public static class ModelArbitraries
{
    public static Gen<OrganisationNumber> OrganisationNumberGen { get; } =
        Gen.Choose(0, 99_999_999)
            .Select(first => HelseIndicators.Model.OrganisationNumber.FromFirstEightDigits(first, out var n) ? (OrganisationNumber?)n : null)
            .Where(n => n.HasValue)
            .Select(n => n!.Value);

    public static Gen<NaceCode> NaceCodeGen { get; } =
        from division in Gen.Choose(1, 99)
        from length in Gen.Choose(2, 5)
        from rest in Gen.Choose(0, 999)
        from version in Gen.Elements(ClassificationVersion.SN2007, ClassificationVersion.SN2025)
        let digits = division.ToString("00") + rest.ToString("000")[..(length - 2)]
        select HelseIndicators.Model.NaceCode.Parse(digits, version).Value;

    public static Arbitrary<OrganisationNumber> OrganisationNumbers() => OrganisationNumberGen.ToArbitrary();

    public static Arbitrary<NaceCode> NaceCodes() => NaceCodeGen.ToArbitrary();

    public static Arbitrary<Money> Amounts() =>
        (from amount in ArbMap.Default.GeneratorFor<decimal>()
         from currency in Gen.Elements(Currency.Nok, Currency.Eur)
         from basis in Gen.Elements(PriceBasis.Current, PriceBasis.ConstantPrices(2015))
         select new Money(amount, currency, basis)).ToArbitrary();

    public static Arbitrary<Ratio> Ratios() =>
        ArbMap.Default.GeneratorFor<decimal>().Select(HelseIndicators.Model.Ratio.FromFraction).ToArbitrary();
}
