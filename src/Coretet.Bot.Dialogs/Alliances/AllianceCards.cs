using Coretet.Bot.Dialogs.Charter;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Alliances;

/// <summary>Views of the alliance itself: the welcome of its first facilitator, its settings form, its facilitation team.</summary>
public static class AllianceCards
{
    public static CardView Created(Alliance alliance, UserRef installer, Language language) =>
        new(AllianceTexts.CreatedTitle.Format(alliance.Name).In(language), [
            new CardText(string.IsNullOrWhiteSpace(installer.Name)
                ? AllianceTexts.CreatedBodyUnnamed.In(language)
                : AllianceTexts.CreatedBody.Format(installer.Name).In(language)),
            new CardText(string.Join("\n", AllianceTexts.CreatedSteps.Select(s => "- " + s.In(language)))), // our markup, not literal items
        ], []) { Language = language };

    public static CardView Settings(Alliance alliance, Language language)
    {
        var body = new List<CardElement>
        {
            new TextInput(CharterVerbs.NameKey, AllianceTexts.SettingsName.In(language))
            {
                Value = alliance.Name,
                Required = true,
                MaxLength = AllianceSettings.MaxNameLength,
                ErrorMessage = AllianceTexts.NameRequired.In(language),
            },
            new TextInput(CharterVerbs.TimeZoneKey, AllianceTexts.SettingsTimeZone.In(language)) { Value = alliance.TimeZone, Placeholder = Alliance.DefaultTimeZone },
            new ChoiceInput(CharterVerbs.LanguageKey, AllianceTexts.SettingsLanguage.In(language), [new Choice("Français", "fr"), new Choice("English", "en")])
            {
                Value = alliance.DefaultLanguage.Code(),
            },
        };
        return new CardView(AllianceTexts.SettingsTitle.In(language), body, [new CardButton(AllianceTexts.Save.In(language), CharterVerbs.SaveSettings) { Style = ButtonStyle.Primary }])
        {
            Language = language,
        };
    }

    public static CardView Facilitators(Alliance alliance, Language language)
    {
        var names = alliance.Facilitators.Select(alliance.FacilitatorName).Order(StringComparer.CurrentCultureIgnoreCase).ToList();
        return new CardView(AllianceTexts.FacilitatorsTitle.In(language), [
            new CardList(null, names.Count > 0 ? names : [AllianceTexts.FacilitatorsNone.In(language)]),
            new CardText(AllianceTexts.FacilitatorsUsage.In(language), TextStyle.Subtle),
        ], []) { Language = language };
    }

    public static string Names(IEnumerable<UserRef> people) => string.Join(", ", people.Select(p => p.Name));
}
