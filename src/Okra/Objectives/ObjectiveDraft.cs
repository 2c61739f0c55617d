using System.Globalization;
using Okra.Domain.Objectives;
using Okra.KeyResults;

namespace Okra.Objectives;

/// <summary>
/// The objective form's values, validated by the <see cref="Objective"/> constructor itself — the rule the API applies —
/// with each reason in the page's language next to the field it names.
/// </summary>
public sealed class ObjectiveDraft
{
    public Guid? CycleId { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public ObjectiveLevel Level { get; set; } = ObjectiveLevel.Personal;
    public ObjectiveType Type { get; set; } = ObjectiveType.Committed;
    public Guid? OwnerPersonId { get; set; }
    public IReadOnlyCollection<Guid> OwnerTeamIds { get; set; } = [];

    /// <summary>"o:{id}" for a parent objective, "k:{id}" for a parent key result, null for none.</summary>
    public string? Parent { get; set; }

    /// <summary>For a company objective: owned by one person rather than by teams.</summary>
    public bool ByPerson { get; set; } = true;

    /// <summary>True when one person owns it: always a personal objective, never a team objective, a company one as chosen.</summary>
    public bool OwnedByPerson => Level switch
    {
        ObjectiveLevel.Personal => true,
        ObjectiveLevel.Team => false,
        _ => ByPerson,
    };

    public static string ObjectiveParent(Guid id) => "o:" + id;

    public static string KeyResultParent(Guid id) => "k:" + id;

    public ObjectiveRequest ToRequest(int? version) => new(
        CycleId, Title, Description, Level, Type,
        OwnedByPerson ? OwnerPersonId : null,
        OwnedByPerson ? [] : OwnerTeamIds.ToList(),
        ParentId("o:"), ParentId("k:"), version);

    public Dictionary<string, string> Validate(CultureInfo culture)
    {
        var errors = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var request = ToRequest(null);
        KeyResultDraft.Collect(errors, culture, () => _ = new Objective(CycleId ?? Guid.Empty, request.Title ?? "", request.Description, Level, Type,
            request.OwnerPersonId, request.OwnerTeamIds ?? [], DateTimeOffset.UnixEpoch));
        return errors;
    }

    public static ObjectiveDraft From(Objective o) => new()
    {
        CycleId = o.CycleId, Title = o.Title, Description = o.Description, Level = o.Level, Type = o.Type, OwnerPersonId = o.OwnerPersonId,
        OwnerTeamIds = o.OwnerTeams.Select(t => t.TeamId).ToList(), ByPerson = o.OwnerPersonId is not null,
        Parent = o.ParentKeyResultId is { } k ? KeyResultParent(k) : o.ParentObjectiveId is { } p ? ObjectiveParent(p) : null,
    };

    private Guid? ParentId(string prefix) =>
        Parent is { } p && p.StartsWith(prefix, StringComparison.Ordinal) && Guid.TryParse(p[prefix.Length..], out var id) ? id : null;
}
