using System.Xml.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelseIndicators.Reporting;

namespace HelseIndicators.Tests.Reporting;

public class MarkupTests
{
    [Fact]
    public void Encode_MarkupCharacters_AreReplaced() =>
        Assert.Equal("R&amp;D &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &#39;", Markup.Encode("R&D <script>alert(\"x\")</script> '"));

    [Fact]
    public void Encode_NorwegianLettersAndNoBreakSpace_StayAsTheyAre() =>
        Assert.Equal("Helsenæringen 1\u00A0234,5 øå", Markup.Encode("Helsenæringen 1\u00A0234,5 øå"));

    [Fact]
    public void Encode_ControlCharactersAndLoneSurrogates_BecomeReplacementCharacter() =>
        Assert.Equal("a\uFFFDb\uFFFDc\tok\U0001F600", Markup.Encode("a\u0001b\uD800c\tok\U0001F600"));

    [Fact]
    public void Encode_Null_GivesEmpty() => Assert.Equal("", Markup.Encode(null));

    internal static Gen<string> HostileText { get; } =
        Gen.Elements('<', '>', '&', '"', '\'', 'a', 'ø', ' ', '\u0000', '\u001F', '\uD800', '\uDC00', ';', '#', '/', '\n')
            .ArrayOf().Select(chars => new string(chars));

    [Property]
    public Property Encode_NeverLetsMarkupCharactersThrough() =>
        Prop.ForAll(HostileText.ToArbitrary(), text =>
        {
            var encoded = Markup.Encode(text);
            return !encoded.Contains('<') && !encoded.Contains('>') && !encoded.Contains('"')
                && encoded.Replace("&amp;", "").Replace("&lt;", "").Replace("&gt;", "").Replace("&quot;", "").Replace("&#39;", "").IndexOf('&') < 0;
        });

    [Property]
    public Property Encode_AlwaysParsesAsXmlText() =>
        Prop.ForAll(HostileText.ToArbitrary(), text =>
        {
            var element = XElement.Parse("<p title=\"" + Markup.Encode(text) + "\">" + Markup.Encode(text) + "</p>");
            return element.Elements().Any() == false;
        });
}
