namespace Coretet.Bot.Dialogs.Charter;

/// <summary>The three parts of a charter (a constitution, not statutes: DESIGN.md §1).</summary>
public enum CharterPart
{
    Objectives,
    SharedValues,
    WorkingProcedures,
}
