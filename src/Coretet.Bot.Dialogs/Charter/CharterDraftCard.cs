using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Charter;

/// <summary>The form facilitators draft a version in: one text area per part, one item per line, prefilled with the current text.</summary>
public static class CharterDraftCard
{
    public static CardView Render(int nextNumber, CharterDraft? current, Language language)
    {
        var body = new List<CardElement> { new CardText(CharterTexts.DraftIntro.Format(CharterDraft.MaxItemsPerPart).In(language), TextStyle.Subtle) };
        body.Add(Area(CharterVerbs.ObjectivesKey, CharterPart.Objectives, current, language));
        body.Add(Area(CharterVerbs.SharedValuesKey, CharterPart.SharedValues, current, language));
        body.Add(Area(CharterVerbs.WorkingProceduresKey, CharterPart.WorkingProcedures, current, language));
        var publish = new CardButton(CharterTexts.PublishButton.Format(nextNumber).In(language), CharterVerbs.Publish) { Style = ButtonStyle.Primary };
        return new CardView(CharterTexts.DraftTitle.Format(nextNumber).In(language), body, [publish]) { Language = language };
    }

    private static TextInput Area(string id, CharterPart part, CharterDraft? current, Language language)
    {
        var name = CharterTexts.PartName(part);
        return new TextInput(id, name.In(language))
        {
            Multiline = true,
            Required = true,
            ErrorMessage = CharterTexts.PartEmpty.Per(l => [name.In(l)]).In(language),
            Value = current is null ? null : string.Join('\n', current.Items(part)),
            MaxLength = CharterDraft.MaxItemsPerPart * (CharterDraft.MaxItemLength + 1),
        };
    }
}
