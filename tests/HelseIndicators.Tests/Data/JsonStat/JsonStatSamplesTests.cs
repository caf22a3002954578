using HelseIndicators.Data;
using HelseIndicators.Data.JsonStat;

namespace HelseIndicators.Tests.Data.JsonStat;

/// <summary>Metadata of the real-world samples: SSB PxWebApi v1/v2, 1.x bundles, Eurostat, collections, units, notes, hierarchy.</summary>
public class JsonStatSamplesTests
{
    [Fact]
    public void Read_Ssb05300PxWebApiV1_KeepsMetadataRolesUnitsAndPxExtension()
    {
        var document = JsonStatTestData.Read("ssb-pxweb/ssb-05300-jsonstat2-pxwebapi-v1.json");
        var dataset = document.Dataset;

        Assert.Equal(JsonStatClass.Dataset, document.Class);
        Assert.Equal("2.0", document.Version);
        Assert.Equal("Statistisk sentralbyrå", dataset.Source);
        Assert.StartsWith("05300: Avstand til nærmeste lokale/sted", dataset.Label, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2022, 5, 24, 6, 0, 0, TimeSpan.Zero), dataset.Updated);
        Assert.Equal(["Tid"], dataset.Roles["time"]);
        Assert.Equal(JsonStatRole.Time, dataset.Dimension("Tid").Role);
        Assert.Equal(JsonStatRole.Metric, dataset.Dimension("ContentsCode").Role);
        Assert.Null(dataset.Dimension("Avstand1").Role);
        var unit = dataset.Dimension("ContentsCode").Category("Avstand").Unit!;
        Assert.Equal("prosent", unit.Base);
        Assert.Equal(0, unit.Decimals);
        Assert.Null(unit.Label);
        Assert.Equal("05300", dataset.Extension!.Value.GetProperty("px").GetProperty("tableid").GetString());
        Assert.Empty(document.Warnings);
        Assert.Equal(0d, dataset.CellAt(406).Value);
    }

    [SharedDataFact]
    public void Read_Ssb05810PxWebApiV2Metadata_IsMetadataOnlyWithPositionOrder()
    {
        var dataset = JsonStatTestData.Read("ssb-pxweb/ssb-05810-metadata-jsonstat2-pxwebapi-v2.json").Dataset;

        Assert.True(dataset.IsMetadataOnly);
        Assert.Equal(1029, dataset.CellCount);
        Assert.Equal(0, dataset.ValueCount);
        Assert.All(dataset.Cells(), c => Assert.True(c.IsMissing));
        Assert.Equal(["0", "2", "1"], dataset.Dimension("Kjonn").Categories.Select(c => c.Id));
        Assert.Equal(["Both sexes", "Females", "Males"], dataset.Dimension("Kjonn").Categories.Select(c => c.Label));
        Assert.Equal(["999B", "00-06", "07-15", "16-44", "45-66", "67-79", "80+"], dataset.Dimension("Alder").Categories.Select(c => c.Id));
        Assert.Equal(49, dataset.Dimension("Tid").Size);
        Assert.Single(dataset.Dimension("Tid").Category("1845").Notes);
        Assert.Empty(dataset.Dimension("Tid").Category("1850").Notes);
        Assert.Equal(14, dataset.Extension!.Value.GetProperty("px").EnumerateObject().Count());
        Assert.True(dataset.Dimension("Kjonn").Extension!.Value.GetProperty("elimination").GetBoolean());
        Assert.Equal("number", dataset.Dimension("ContentsCode").Category("Personer").Unit!.Base);
    }

    [Fact]
    public void Read_PxWebApiTestPlaceholderUpdated_KeepsTextAndGivesNoDate()
    {
        var dataset = JsonStatTestData.Read("ssb-pxweb/pxwebapi-v2-test-expected-MetadataById_tab004_js2.json").Dataset;

        Assert.Equal("VALUE_HAS_BEEN_REPLACED", dataset.UpdatedText);
        Assert.Null(dataset.Updated);
        Assert.Equal(4312, dataset.CellCount);
        Assert.True(dataset.IsMetadataOnly);
    }

    [SharedDataFact]
    public void Read_Ssb29843Json1Bundle_ReadsTheDatasetMember()
    {
        var document = JsonStatTestData.Read("ssb-pxweb/ssb-29843-jsonstat1-bundle.json");

        Assert.Equal(JsonStatClass.Bundle, document.Class);
        Assert.Null(document.Version);
        Assert.Equal("dataset", document.Dataset.Name);
        Assert.Equal(JsonStatRole.Time, document.Dataset.Dimension("Tid").Role);
        Assert.Contains(document.Warnings, w => w.Kind == JsonStatErrorKind.BundleDeprecated);
    }

    [Fact]
    public void Read_PxWebSerializerBE0101A1_DimensionIdsWithSpacesAndNotes()
    {
        var dataset = JsonStatTestData.Read("ssb-pxweb/pxweb-serializer-expected-BE0101A1-jsonstat2.json").Dataset;

        Assert.Equal(["ContentsCode", "region", "marital status", "period", "$$SORT", "sex"], dataset.Ids);
        Assert.Equal(["2004", "2005"], dataset.Dimension("period").Categories.Select(c => c.Label));
        Assert.Equal(["0", "1"], dataset.Dimension("period").Categories.Select(c => c.Id));
        Assert.NotEmpty(dataset.Notes);
        Assert.Equal(new DateTimeOffset(2006, 7, 7, 16, 4, 0, TimeSpan.Zero), dataset.Updated);
    }

    [SharedDataFact]
    public void Read_EurostatDemoGind_UpdatedWithColonlessOffsetAndStatusLabels()
    {
        var dataset = JsonStatTestData.Read("eurostat/demo_gind.json").Dataset;

        Assert.Equal(new DateTimeOffset(2024, 11, 8, 22, 0, 0, TimeSpan.Zero), dataset.Updated);
        Assert.Empty(dataset.Roles);
        Assert.Equal("estimated", dataset.Extension!.Value.GetProperty("status").GetProperty("label").GetProperty("e").GetString());
        Assert.Equal(73, dataset.ValueCount);
    }

    [Fact]
    public void Read_Oecd_HierarchyWithTwoParentsNotesAndExtensions()
    {
        var dataset = JsonStatTestData.Read("oecd.json").Dataset;
        var area = dataset.Dimension("area");

        Assert.Equal(["EU15", "OECD"], area.ParentsOf("DK").Select(c => c.Id));
        Assert.Equal(15, area.ChildrenOf("EU15").Count);
        Assert.Equal(21, area.Category("OECD").ChildIds.Count);
        Assert.Empty(area.ChildrenOf("NO"));
        Assert.Single(area.Category("DE").Notes);
        Assert.Single(dataset.Notes);
        Assert.True(dataset.Extension!.Value.TryGetProperty("contact", out _));
        Assert.True(dataset.Dimension("concept").Extension!.Value.TryGetProperty("definition", out _));
        var unit = dataset.Dimension("concept").Category("UNR").Unit!;
        Assert.Equal(("%", 9, "ratio", 0), (unit.Label, unit.Decimals, unit.Type, unit.Multiplier));
        Assert.Equal("unemployment rate", dataset.Dimension("concept").Category("UNR").Label);
        Assert.Equal(["area", "year", "concept"], new[] { JsonStatRole.Geo, JsonStatRole.Time, JsonStatRole.Metric }.Select(r => dataset.DimensionsWithRole(r).Single().Id));
    }

    [Fact]
    public void Read_Canada_OneElementStatusArrayAppliesToEveryCell()
    {
        var dataset = JsonStatTestData.Read("canada.json").Dataset;

        Assert.All(dataset.Cells(), c => Assert.Equal("a", c.Status));
        Assert.Equal(JsonStatSymbolPosition.End, dataset.Dimension("concept").Category("POP").Unit!.Position);
        Assert.Equal(3, dataset.Dimension("concept").Category("POP").Unit!.Multiplier);
        Assert.Equal("2012", dataset.Dimension("year").Category("2012").Label);
    }

    [Fact]
    public void Read_UsGsp_UnitsWithSymbolAndPosition()
    {
        var concept = JsonStatTestData.Read("us-gsp.json").Dataset.Dimension("concept");

        Assert.Equal(("$", JsonStatSymbolPosition.Start, "million", 6), (concept.Category("gsp").Unit!.Symbol, concept.Category("gsp").Unit!.Position, concept.Category("gsp").Unit!.Label, concept.Category("gsp").Unit!.Multiplier));
        Assert.Equal(("%", JsonStatSymbolPosition.End, 2), (concept.Category("perc").Unit!.Symbol, concept.Category("perc").Unit!.Position, concept.Category("perc").Unit!.Decimals));
        Assert.Equal("%", concept.Category("perc").Unit!.DisplayText);
    }

    [Fact]
    public void Read_Hierarchy_ChildrenOfTotal()
    {
        var commodity = JsonStatTestData.Read("hierarchy.json").Dataset.Dimension("commodity");

        Assert.Equal(Enumerable.Range(1, 11).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), commodity.ChildrenOf("T").Select(c => c.Id));
        Assert.Equal("Bread", commodity.Category("1.1.1").Label);
        Assert.Equal("1.1.1", commodity.CategoryByLabel("Bread").Id);
    }

    [Fact]
    public void Read_CollectionOfReferences_HasEightItemsNoneEmbedded()
    {
        var document = JsonStatTestData.Read("collection.json");

        Assert.Equal(JsonStatClass.Collection, document.Class);
        Assert.Equal(8, document.Collection!.Items.Count);
        Assert.All(document.Collection.Items, i => Assert.Equal("dataset", i.Class));
        Assert.All(document.Collection.Items, i => Assert.False(i.IsEmbedded));
        Assert.Empty(document.Datasets);
        Assert.Throws<InvalidOperationException>(() => document.Dataset);
    }

    [Fact]
    public void Read_CollectionWithEmbeddedDatasets_ReadsBoth()
    {
        var document = JsonStatTestData.Read("oecd-canada-col.json");

        Assert.Equal(2, document.Datasets.Count);
        Assert.All(document.Collection!.Items, i => Assert.True(i.IsEmbedded));
        Assert.Equal(432, document.Datasets[0].CellCount);
        Assert.Null(document.Datasets[0].Version);

        var rjstat = JsonStatTestData.Read("peer-fixtures/rjstat-collection-embedded.json").Dataset;
        Assert.Equal(1d, rjstat.Value(0));
        Assert.Equal("A category", rjstat.Dimension("testdimension").Category("testcategory").Label);
    }

    [Fact]
    public void Read_OldBundleWithoutClass_ReadsBothDatasetsWithLegacyIdSizeRole()
    {
        var document = JsonStatTestData.Read("oecd-canada.json");

        Assert.Equal(JsonStatClass.Bundle, document.Class);
        Assert.Equal(["oecd", "canada"], document.Datasets.Select(d => d.Name));
        Assert.Equal(JsonStatRole.Time, document.Datasets[0].Dimension("year").Role);
        Assert.Throws<InvalidOperationException>(() => document.Dataset);
    }

    [Fact]
    public void Read_DimensionDocument_ReadsCategories()
    {
        var document = JsonStatTestData.Read("peer-fixtures/pyjstat-dimension-class.json");

        Assert.Equal(JsonStatClass.Dimension, document.Class);
        Assert.Equal(["T", "M", "F"], document.Dimension!.Categories.Select(c => c.Id));
        Assert.Equal(["total", "male", "female"], document.Dimension.Categories.Select(c => c.Label));
        Assert.Equal("sex", document.Dimension.Label);
    }

    [SharedDataFact]
    public void Read_SizeAsStrings_AcceptedWithWarningByDefault()
    {
        var document = JsonStatTestData.Read("peer-fixtures/jsonstatpy-three_dim_size_as_string_v2.json");
        var dataset = document.Dataset;

        Assert.Contains(document.Warnings, w => w.Kind == JsonStatErrorKind.SizeAsStrings);
        Assert.Equal(234d, dataset.Cell(("one", "one_2"), ("two", "two_3"), ("three", "three_4")).Value);
        Assert.Equal(23, dataset.Cell(("one", "one_2"), ("two", "two_3"), ("three", "three_4")).Position);
        Assert.Equal(120d, dataset.Cell(("one", "one_1"), ("two", "two_2"), ("three", "three_1")).Value);
    }

    [SharedDataFact]
    public void Read_SizeAsStrings_RefusedWhenStrict()
    {
        var e = Assert.Throws<DataException>(() => JsonStatTestData.Read(
            "peer-fixtures/jsonstatpy-three_dim_size_as_string_v2.json", new JsonStatReaderOptions { AllowSizeAsStrings = false }));

        Assert.Equal(JsonStatErrorKind.SizeInvalid, e.JsonStatErrorKind());
        Assert.Equal("$.size[0]", e.JsonStatPath());
        Assert.Equal("jsonstatpy-three_dim_size_as_string_v2.json", e.Problems[0].Source);
    }

    [Theory]
    [SharedInlineData("other-nsi/cso_ie-CIA01-jsonstat1.json", 8325)]
    [InlineData("other-nsi/pyjstat-statswe.json", 1120)]
    [InlineData("peer-fixtures/pyjstat-galicia-2.0.json", 3960)]
    public void Read_OtherSamples_ReadEveryCell(string file, long cells)
    {
        var dataset = JsonStatTestData.Read(file).Dataset;

        Assert.Equal(cells, dataset.CellCount);
        Assert.Equal(cells, dataset.ValueCount);
    }

    [Fact]
    public void Read_Galicia2Copy_SameCellsAsGalicia()
    {
        var a = JsonStatTestData.Read("galicia.json").Dataset;
        var b = JsonStatTestData.Read("peer-fixtures/pyjstat-galicia-2.0.json").Dataset;

        Assert.Equal(a.Cells(), b.Cells());
        Assert.Equal(2695880m, b.ExactValue(0, 0, 0, 0, 0, 0));
    }
}
