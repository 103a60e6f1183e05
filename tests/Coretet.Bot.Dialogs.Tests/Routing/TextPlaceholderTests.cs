using System.Reflection;
using System.Text.RegularExpressions;
using Coretet.Bot.Dialogs.Texts;

namespace Coretet.Bot.Dialogs.Tests.Routing;

/// <summary>
/// Teams and Slack read <c>&lt;word&gt;</c> as markup and drop it, so a usage such as "lier &lt;code&gt;" reached users as
/// "lier". Every user-facing text writes its placeholders ‹n›.
/// </summary>
public partial class TextPlaceholderTests
{
    [Fact]
    public void LocalizedTexts_InBothLanguages_HaveNoTagLikePlaceholders()
    {
        var texts = typeof(LocalizedText).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
            .Where(f => f.FieldType == typeof(LocalizedText))
            .Select(f => (Name: f.DeclaringType!.Name + "." + f.Name, Text: (LocalizedText?)f.GetValue(null)))
            .Where(t => t.Text is not null)
            .ToList();

        var offending = texts
            .Where(t => TagLike().IsMatch(t.Text!.French) || TagLike().IsMatch(t.Text.English))
            .Select(t => t.Name)
            .ToList();

        Assert.True(texts.Count > 100, $"only {texts.Count} texts found: the scan is not looking where the texts are");
        Assert.True(offending.Count == 0, "Texts with <placeholders>: " + string.Join(", ", offending));
    }

    [Fact]
    public void TagLike_RecognisesThePlaceholdersThatBrokeAndAcceptsTheNewOnes()
    {
        Assert.Matches(TagLike(), "lier <code>");
        Assert.Matches(TagLike(), "décision <n>");
        Assert.DoesNotMatch(TagLike(), "lier ‹code›");
        Assert.DoesNotMatch(TagLike(), "a < b and c > d");
    }

    [GeneratedRegex(@"</?[A-Za-zÀ-ÿ][^<>\s""]{0,20}( [^<>""]{0,20})?>")]
    private static partial Regex TagLike();
}
