using Microsoft.AspNetCore.WebUtilities;
using Okra.Domain.Objectives;
using Okra.Domain.Progress;

namespace Okra.Tree;

/// <summary>The tree page's filters as they stand in its address, so that a filtered tree can be shared as a link.</summary>
public sealed record TreeQuery(Guid? Team = null, Guid? Owner = null, Status? Status = null, ObjectiveLevel? Level = null, string? Text = null)
{
    public bool IsEmpty => ToFilter().IsEmpty;

    public TreeFilter ToFilter() => new(Team, Owner, Status, Level, string.IsNullOrWhiteSpace(Text) ? null : Text.Trim());

    public static TreeQuery Parse(Guid? team, Guid? owner, string? status, string? level, string? text) => new(
        team, owner,
        Enum.TryParse<Status>(status, ignoreCase: true, out var s) && Enum.IsDefined(s) ? s : null,
        Enum.TryParse<ObjectiveLevel>(level, ignoreCase: true, out var l) && Enum.IsDefined(l) ? l : null,
        text);

    /// <summary>The CSV export of <paramref name="cycleId"/> with these filters (the API's parameter names).</summary>
    public string ToCsvUrl(Guid cycleId) => QueryHelpers.AddQueryString($"/api/v1/cycles/{cycleId}/tree.csv", new Dictionary<string, string?>
    {
        ["teamId"] = Team?.ToString(),
        ["ownerId"] = Owner?.ToString(),
        ["status"] = Status?.ToString(),
        ["level"] = Level?.ToString(),
        ["q"] = string.IsNullOrWhiteSpace(Text) ? null : Text.Trim(),
    }.Where(p => p.Value is not null));

    /// <summary>The page address for <paramref name="cycleId"/> with these filters.</summary>
    public string ToUrl(Guid? cycleId)
    {
        var path = cycleId is { } id ? $"/tree/{id}" : "/tree";
        var query = new Dictionary<string, string?>
        {
            ["team"] = Team?.ToString(),
            ["owner"] = Owner?.ToString(),
            ["status"] = Status?.ToString(),
            ["level"] = Level?.ToString(),
            ["q"] = string.IsNullOrWhiteSpace(Text) ? null : Text.Trim(),
        }.Where(p => p.Value is not null);
        return QueryHelpers.AddQueryString(path, query);
    }
}
