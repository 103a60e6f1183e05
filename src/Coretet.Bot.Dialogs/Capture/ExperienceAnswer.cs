using Coretet.Bot.Dialogs.Texts;

namespace Coretet.Bot.Dialogs.Capture;

/// <summary>An ally's answer to one question; <see cref="Question"/> is kept as it was asked.</summary>
public sealed record ExperienceAnswer(string QuestionKey, LocalizedText Question, string Text);
