namespace Coretet.Bot.Dialogs.Chantiers;

/// <summary>Card verbs and data keys of the chantier cards. Card data is user input: every value is checked.</summary>
internal static class ChantierVerbs
{
    public const string Form = "chantier.form";
    public const string Create = "chantier.create";
    public const string Join = "chantier.join";
    public const string Leave = "chantier.leave";
    public const string AnimatorForm = "chantier.animator.form";
    public const string AddAnimator = "chantier.animator.add";
    public const string StepDown = "chantier.stepdown";
    public const string Link = "chantier.link";
    public const string CloseForm = "chantier.close.form";
    public const string Close = "chantier.close";
    public const string Reopen = "chantier.reopen";

    public static IReadOnlyList<string> All { get; } =
        [Form, Create, Join, Leave, AnimatorForm, AddAnimator, StepDown, Link, CloseForm, Close, Reopen];

    public const string NumberKey = "chantier";
    public const string TitleKey = "title";
    public const string KindKey = "kind";
    public const string PurposeKey = "purpose";
    public const string DateKey = "date";
    public const string LinkKey = "link";
    public const string AllyKey = "ally";
    public const string StatementKey = "statement";

    public const string Yes = "yes";
}
