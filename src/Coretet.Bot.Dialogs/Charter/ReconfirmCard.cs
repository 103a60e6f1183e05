using System.Globalization;
using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Charter;

/// <summary>The invitation an earlier signatory receives when a version is published: only the parts that changed, and a re-confirm button.</summary>
public static class ReconfirmCard
{
    public static CardView Render(Alliance alliance, CharterVersion version, CharterVersion? signed, Ally ally, Language language)
    {
        var body = new List<CardElement>
        {
            new CardText(CharterTexts.PublishedBy.Format(TextFormat.Date(version.PublishedAt, language, alliance.TimeZone), version.PublishedByName).In(language), TextStyle.Subtle),
            new CardText(CharterTexts.ReconfirmIntro.Format(ally.SignedVersion).In(language)),
        };
        var changed = version.ChangedSince(signed);
        foreach (var part in changed)
        {
            var name = CharterTexts.PartName(part);
            body.Add(new CardList(CharterTexts.ChangedPart.Per(l => [name.In(l)]).In(language), version.Items(part)));
            var removed = signed?.Items(part).Except(version.Items(part), StringComparer.Ordinal).ToList() ?? [];
            if (removed.Count > 0)
                body.Add(new CardList(CharterTexts.RemovedItems.Per(l => [name.In(l)]).In(language), removed));
        }

        var unchanged = CharterVersion.Parts.Except(changed).Select(p => CharterTexts.PartName(p).In(language)).ToList();
        if (unchanged.Count > 0)
            body.Add(new CardText(CharterTexts.UnchangedParts.Format(string.Join(", ", unchanged)).In(language), TextStyle.Subtle));
        var data = new Dictionary<string, string>
        {
            [CharterVerbs.VersionKey] = version.Number.ToString(CultureInfo.InvariantCulture),
            [CharterVerbs.AllianceKey] = alliance.Id,
        };
        var button = new CardButton(CharterTexts.ReconfirmButton.Format(version.Number).In(language), CharterVerbs.Reconfirm, data) { Style = ButtonStyle.Primary, SubmitsInputs = false };
        return new CardView(CharterTexts.ReconfirmTitle.Format(alliance.Name, version.Number).In(language), body, [button]) { Language = language };
    }
}
