namespace Coretet.Bot.Tests.Support;

/// <summary>A call held by <see cref="FakeConnector.HoldNext"/>: <see cref="Arrived"/> when it reached the connector, applied on <see cref="Release"/>.</summary>
public sealed class ConnectorHold
{
    private readonly TaskCompletionSource arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Arrived => arrived.Task;

    public void Release() => released.TrySetResult();

    internal Task WaitAsync()
    {
        arrived.TrySetResult();
        return released.Task;
    }
}
