namespace Coretet.Bot.Channels.Slack;

/// <summary>Block Kit limits (protocols/slack.md §5).</summary>
internal static class SlackLimits
{
    public const int MessageBlocks = 50;
    public const int ModalBlocks = 100;
    public const int SectionText = 3000;
    public const int SectionFields = 10;
    public const int FieldText = 2000;
    public const int HeaderText = 150;
    public const int ActionsElements = 25;
    public const int ContextElements = 10;
    public const int ButtonText = 75;
    public const int ButtonValue = 2000;
    public const int BlockId = 255;
    public const int ActionId = 255;
    public const int InputLabel = 2000;
    public const int Placeholder = 150;
    public const int InputLength = 3000;
    public const int OptionText = 75;
    public const int OptionValue = 75;
    public const int SelectOptions = 100;
    public const int RadioOptions = 10;
    public const int ModalTitle = 24;
    public const int ModalButton = 24;
    public const int PrivateMetadata = 3000;
    public const int FallbackText = 3000;
}
