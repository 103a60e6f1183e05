using Azure;

namespace Coretet.Bot.Storage.Tables;

/// <summary>The errors every backend raises for the same situations, with the service's status and code.</summary>
internal static class TableErrors
{
    public static RequestFailedException TableNotFound(string table) =>
        new(404, $"The table '{table}' does not exist.", TableErrorCodes.TableNotFound, null);

    public static RequestFailedException EntityAlreadyExists() =>
        new(409, "The specified entity already exists.", TableErrorCodes.EntityAlreadyExists, null);

    public static RequestFailedException ResourceNotFound() =>
        new(404, "The specified resource does not exist.", TableErrorCodes.ResourceNotFound, null);

    public static RequestFailedException UpdateConditionNotSatisfied() =>
        new(412, "The update condition specified in the request was not satisfied (stale ETag).", TableErrorCodes.UpdateConditionNotSatisfied, null);

    public static RequestFailedException InvalidInput(string message) =>
        new(400, message, TableErrorCodes.InvalidInput, null);

    public static bool IsConflict(this RequestFailedException exception) => exception.Status == 409;

    public static bool IsStale(this RequestFailedException exception) => exception.Status is 412 or 404;
}
