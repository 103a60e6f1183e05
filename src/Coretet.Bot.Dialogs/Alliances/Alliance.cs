using Coretet.Bot.Dialogs.Turns;

namespace Coretet.Bot.Dialogs.Alliances;

/// <summary>
/// An alliance: the community one bot installation (and every conversation linked to it) serves.
/// Read surface used by every capability; the charter capability owns how it changes.
/// </summary>
public sealed class Alliance
{
    private readonly HashSet<string> facilitators;
    private readonly List<ConversationRef> conversations = [];
    private readonly Dictionary<string, string> facilitatorNames = new(StringComparer.Ordinal);

    public Alliance(string id, string name, IEnumerable<string> facilitators)
    {
        Id = id;
        Name = name;
        this.facilitators = new HashSet<string>(facilitators, StringComparer.Ordinal);
    }

    /// <summary>Opaque id, safe as a table key (no user input).</summary>
    public string Id { get; }

    public string Name { get; private set; }

    /// <summary>IANA time zone for deadlines and schedules.</summary>
    public string TimeZone { get; private set; } = DefaultTimeZone;

    public Language DefaultLanguage { get; private set; } = Language.French;

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Ally ids (see <see cref="Ally.Id"/>) of the facilitation team (équipe d'animation).</summary>
    public IReadOnlySet<string> Facilitators => facilitators;

    /// <summary>Conversations (teams, channels, chats, Slack channels) attached to the alliance, where alliance-wide cards are posted.</summary>
    public IReadOnlyList<ConversationRef> Conversations => conversations;

    public const string DefaultTimeZone = "Europe/Paris";

    public bool IsFacilitator(string allyId) => facilitators.Contains(allyId);

    public void Rename(string name) => Name = name;

    public void SetTimeZone(string timeZone) => TimeZone = timeZone;

    public void SetDefaultLanguage(Language language) => DefaultLanguage = language;

    public void AttachConversation(ConversationRef conversation)
    {
        if (!conversations.Exists(c => c.Key == conversation.Key))
            conversations.Add(conversation);
    }

    public void AddFacilitator(string allyId) => facilitators.Add(allyId);

    /// <summary>Adds a facilitator and remembers their display name; false when they already were one.</summary>
    public bool AddFacilitator(UserRef user)
    {
        facilitatorNames[user.Key] = user.Name;
        return facilitators.Add(user.Key);
    }

    /// <summary>The display name known for a facilitator (the id when none was recorded).</summary>
    public string FacilitatorName(string allyId) => facilitatorNames.TryGetValue(allyId, out var name) ? name : allyId;

    /// <summary>For storage mapping: restore a facilitator with their name.</summary>
    public void RestoreFacilitator(string allyId, string? name)
    {
        facilitators.Add(allyId);
        if (!string.IsNullOrEmpty(name))
            facilitatorNames[allyId] = name;
    }

    public bool RemoveFacilitator(string allyId) => facilitators.Count > 1 && facilitators.Remove(allyId);

    /// <summary>Applies validated settings; true when something changed.</summary>
    public bool ChangeSettings(AllianceSettings settings)
    {
        if (settings.Name == Name && settings.TimeZone == TimeZone && settings.DefaultLanguage == DefaultLanguage)
            return false;
        Name = settings.Name;
        TimeZone = settings.TimeZone;
        DefaultLanguage = settings.DefaultLanguage;
        return true;
    }

    public AllianceSettings Settings => new(Name, TimeZone, DefaultLanguage);
}
