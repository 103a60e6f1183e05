namespace Coretet.Bot.Dialogs.Views;

/// <summary>
/// A file for the reader to take away (CSV of allies, exports). <see cref="Caption"/> is the bot's own text.
/// The host delivers it as a short-lived download link meant only for the requester (or inline when small).
/// </summary>
public sealed record FileView(string FileName, string ContentType, byte[] Content, string Caption) : View;
