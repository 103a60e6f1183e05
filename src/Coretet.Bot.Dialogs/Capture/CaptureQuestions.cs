using Coretet.Bot.Dialogs.Texts;

namespace Coretet.Bot.Dialogs.Capture;

/// <summary>The default questions (DESIGN.md §3 "Experience capture") and the rules for custom ones.</summary>
public static class CaptureQuestions
{
    public const int MaxQuestions = 6;

    public const int MaxQuestionLength = 200;

    public static readonly IReadOnlyList<CaptureQuestion> Defaults =
    [
        new("path", new("Que s'est-il passé en chemin ?", "What happened on the way?")),
        new("result", new("Quel résultat ?", "What was the result?")),
        new("learned", new("Qu'avons-nous appris ?", "What did we learn?")),
        new("signals", new("Quels signaux faibles percevez-vous ?", "What weak signals do you notice?")),
    ];

    /// <summary>Custom questions from user text, separated by <c>|</c> or new lines; keys q1, q2...</summary>
    public static IReadOnlyList<CaptureQuestion> Parse(string text)
    {
        var items = text.Split(['|', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (items.Length == 0 || items.Length > MaxQuestions)
            throw new AllianceException(CaptureTexts.QuestionsCount.Format(MaxQuestions));
        if (items.Any(q => q.Length > MaxQuestionLength))
            throw new AllianceException(CaptureTexts.QuestionTooLong.Format(MaxQuestionLength));
        return items.Select((q, i) => new CaptureQuestion($"q{i + 1}", new LocalizedText(q, q))).ToList();
    }
}
