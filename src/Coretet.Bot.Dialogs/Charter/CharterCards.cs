using System.Globalization;
using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Charter;

/// <summary>The charter as a reader sees it: the three parts, and what the reader can do (sign, re-confirm, draft).</summary>
public static class CharterCards
{
    /// <summary>The current version for this reader, or a "not published yet" message when there is none.</summary>
    public static View Charter(Alliance alliance, CharterVersion? version, Ally? reader, bool readerIsFacilitator, Language language)
    {
        if (version is null)
            return new MessageView(CharterTexts.NoCharterYet.Format(alliance.Name).In(language));
        var body = new List<CardElement>
        {
            new CardText(CharterTexts.PublishedBy.Format(TextFormat.Date(version.PublishedAt, language, alliance.TimeZone), version.PublishedByName).In(language), TextStyle.Subtle),
        };
        body.AddRange(CharterVersion.Parts.Select(p => new CardList(CharterTexts.PartName(p).In(language), version.Items(p))));
        var buttons = new List<CardButton>();
        AddReaderActions(body, buttons, alliance, version, reader, language);
        if (readerIsFacilitator)
            buttons.Add(new CardButton(CharterTexts.DraftButton.In(language), CharterVerbs.Draft) { SubmitsInputs = false });
        return new CardView(CharterTexts.Title.Format(alliance.Name, version.Number).In(language), body, buttons) { Language = language };
    }

    /// <summary>The charter with its sign button and a line saying why it is shown (an ally-only action was tried).</summary>
    public static View SignFirst(Alliance alliance, CharterVersion? version, Ally? reader, bool readerIsFacilitator, Language language)
    {
        var view = Charter(alliance, version, reader, readerIsFacilitator, language);
        return view is CardView card
            ? card with { Body = [new CardText(CharterTexts.SignFirst.In(language), TextStyle.Emphasis), .. card.Body] }
            : view;
    }

    private static void AddReaderActions(List<CardElement> body, List<CardButton> buttons, Alliance alliance, CharterVersion version, Ally? reader, Language language)
    {
        // The alliance id only helps a 1:1 chat find the alliance of someone who already has a record there (AllianceGate).
        var data = new Dictionary<string, string>
        {
            [CharterVerbs.VersionKey] = version.Number.ToString(CultureInfo.InvariantCulture),
            [CharterVerbs.AllianceKey] = alliance.Id,
        };
        if (reader is { IsActive: true } && reader.SignedVersion >= version.Number)
        {
            body.Add(new CardText(CharterTexts.YouSigned.Format(reader.SignedVersion, reader.Engagement.Label(language)).In(language), TextStyle.Emphasis));
            body.Add(EngagementInput(reader.Engagement, language));
            buttons.Add(new CardButton(CharterTexts.ChangeEngagementButton.In(language), CharterVerbs.ChangeEngagement));
            return;
        }

        if (reader is { IsActive: true })
        {
            body.Add(new CardText(CharterTexts.YouSignedEarlier.Format(reader.SignedVersion, version.Number).In(language), TextStyle.Emphasis));
            buttons.Add(new CardButton(CharterTexts.ReconfirmButton.Format(version.Number).In(language), CharterVerbs.Sign, data) { Style = ButtonStyle.Primary, SubmitsInputs = false });
            return;
        }

        body.Add(new CardText(CharterTexts.SignInvite.In(language)));
        body.Add(EngagementInput(reader?.Engagement ?? Engagement.Supporter, language));
        body.Add(new TextInput(CharterVerbs.OrganisationKey, CharterTexts.OrganisationLabel.In(language))
        {
            Placeholder = CharterTexts.OrganisationPlaceholder.In(language),
            MaxLength = Ally.MaxOrganisationLength,
            Value = reader?.Organisation,
        });
        buttons.Add(new CardButton(CharterTexts.SignButton.In(language), CharterVerbs.Sign, data) { Style = ButtonStyle.Primary });
    }

    private static ChoiceInput EngagementInput(Engagement current, Language language) =>
        new(CharterVerbs.EngagementKey, CharterTexts.EngagementLabel.In(language),
            [new Choice(Engagement.Supporter.Label(language), "supporter"), new Choice(Engagement.Engaged.Label(language), "engaged")])
        {
            Value = current == Engagement.Engaged ? "engaged" : "supporter",
            Expanded = true,
        };
}
