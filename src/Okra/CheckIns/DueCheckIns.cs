using Okra.Components.Common;

namespace Okra.CheckIns;

/// <summary>
/// The navigation badge's count of key results due for a check-in, per circuit: the check-in page tells it when a save
/// changed the count, so the badge follows without a reload.
/// </summary>
public sealed class DueCheckIns(SignedInPerson signedIn, IServiceScopeFactory scopes)
{
    private int? count;

    public event Action? Changed;

    public async Task<int> CountAsync()
    {
        if (count is { } known) return known;
        if (await signedIn.GetAsync() is not { } viewer) return 0;
        return (count = await scopes.ReadAsync<CheckInPageData, int>(d => d.CountDueAsync(viewer.PersonId, default))).Value;
    }

    /// <summary>Sets the count the check-in page has just seen.</summary>
    public void Set(int due)
    {
        if (count == due) return;
        count = due;
        Changed?.Invoke();
    }
}
