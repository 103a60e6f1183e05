namespace Coretet.Bot.Storage.AzureTables;

public enum TableAuthentication
{
    /// <summary>SharedKeyLite signature with the account key.</summary>
    SharedKey,

    /// <summary>A SAS token appended to every request.</summary>
    SharedAccessSignature,

    /// <summary>Bearer tokens from DefaultAzureCredential (managed identity in Azure), scope https://storage.azure.com/.default.</summary>
    EntraId,
}
