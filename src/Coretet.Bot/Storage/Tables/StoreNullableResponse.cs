using Azure;

namespace Coretet.Bot.Storage.Tables;

/// <summary>The result of a get-if-exists: a value, or none (404), with the raw response.</summary>
internal sealed class StoreNullableResponse<T>(T? value, Response response) : NullableResponse<T>
{
    public override bool HasValue => value is not null;

    public override T Value => value ?? throw new InvalidOperationException("The entity does not exist; check HasValue first.");

    public override Response GetRawResponse() => response;
}
