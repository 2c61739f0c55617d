namespace Okra.Components.Common;

/// <summary>
/// Runs one read in a scope of its own. An interactive circuit lives as long as the browser tab, and one DbContext shared by
/// every read of a page would be used by two at once as soon as a filter changes while a read is running.
/// </summary>
public static class Scopes
{
    public static async Task<TResult> ReadAsync<TService, TResult>(this IServiceScopeFactory scopes, Func<TService, Task<TResult>> read)
        where TService : notnull
    {
        await using var scope = scopes.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
