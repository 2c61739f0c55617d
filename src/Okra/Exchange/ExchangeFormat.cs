using Microsoft.EntityFrameworkCore.Metadata;
using Okra.Data;

namespace Okra.Exchange;

/// <summary>
/// The JSON export: every row of every OKR table, column by column, tables in a fixed order and rows by key,
/// so that export → import into an empty database → export gives the same bytes.
/// </summary>
public static class ExchangeFormat
{
    public const string Format = "okra-export";
    public const int Version = 1;

    /// <summary>Tables in the order they are written and restored (parents before children).</summary>
    public static readonly string[] Tables =
    [
        "Organisation", "Person", "Team", "TeamMember", "Cycle", "Objective", "ObjectiveTeam",
        "KeyResult", "CheckIn", "Initiative", "Comment", "AuditEntry",
    ];

    /// <summary>The entity types of <see cref="Tables"/>, in order.</summary>
    public static IReadOnlyList<IEntityType> EntityTypes(OkraDbContext db) =>
        Tables.Select(name => db.Model.GetEntityTypes().Single(e => e.ClrType.Name == name)).ToList();
}
