using Coretet.Bot.Dialogs.Texts;

namespace Coretet.Bot.Dialogs.Capture;

/// <summary>One question of a prompt. <see cref="Key"/> is stable (input id, digest grouping); custom questions have the same text in both languages.</summary>
public sealed record CaptureQuestion(string Key, LocalizedText Text);
