using Okra.Domain.Sales;

namespace Okra.SalesData;

/// <summary>
/// A ready column mapping for a CRM's export: for each Okra field the export's column headers to try (the first non-empty
/// value wins), and a step that derives fields the export spells differently (a deal's status from its stage, an
/// activity's time from a date and a time column). <see cref="Derive"/> answering null skips a row the export holds but
/// Okra does not track (a Pipedrive task).
/// </summary>
public sealed record CsvPreset(string Name, string Label, SalesRecordType RecordType, IReadOnlyDictionary<string, string[]> Columns,
    Func<Dictionary<string, string?>, Dictionary<string, string?>?>? Derive = null);

public static class CsvPresets
{
    public static IReadOnlyList<CsvPreset> All { get; } =
    [
        new("hubspot", "HubSpot deals export", SalesRecordType.Deals, new Dictionary<string, string[]>
        {
            ["id"] = ["Record ID", "Deal ID"], ["name"] = ["Deal Name"], ["stage"] = ["Deal Stage"], ["amount"] = ["Amount"],
            ["currency"] = ["Currency", "Deal Currency Code", "Deal currency code"], ["createdOn"] = ["Create Date"], ["closedOn"] = ["Close Date"],
            ["owner"] = ["Deal owner", "Deal Owner"], ["type"] = ["Deal Type"], ["customer"] = ["Associated Company", "Company name", "Associated Company IDs"],
            ["market"] = ["Market"], ["sourceTeam"] = ["Source team"],
        }, StatusFromStage),
        new("pipedrive-deals", "Pipedrive deals export", SalesRecordType.Deals, new Dictionary<string, string[]>
        {
            ["id"] = ["Deal - ID"], ["name"] = ["Deal - Title"], ["amount"] = ["Deal - Value"], ["currency"] = ["Deal - Currency"],
            ["status"] = ["Deal - Status"], ["stage"] = ["Deal - Stage"], ["owner"] = ["Deal - Owner"], ["createdOn"] = ["Deal - Deal created"],
            ["closedOn"] = ["Deal - Deal closed on", "Deal - Won time", "Deal - Lost time"], ["customer"] = ["Deal - Organization", "Organization - Name"],
            ["type"] = ["Deal - Type"], ["market"] = ["Deal - Market"],
        }),
        new("pipedrive-activities", "Pipedrive activities export", SalesRecordType.Activities, new Dictionary<string, string[]>
        {
            ["id"] = ["Activity - ID"], ["type"] = ["Activity - Type"], ["owner"] = ["Activity - Assigned to user", "Activity - Owner"],
            ["at"] = ["Activity - Due date"], ["time"] = ["Activity - Due time"], ["customer"] = ["Activity - Organization", "Organization - Name"],
            ["outcome"] = ["Activity - Outcome", "Activity - Subject"],
        }, PipedriveActivity),
        new("salesforce", "Salesforce opportunity report", SalesRecordType.Deals, new Dictionary<string, string[]>
        {
            ["id"] = ["Opportunity ID"], ["name"] = ["Opportunity Name"], ["customer"] = ["Account Name", "Account ID"], ["amount"] = ["Amount"],
            ["currency"] = ["Opportunity Currency", "Amount Currency"], ["stage"] = ["Stage"], ["closedOn"] = ["Close Date"], ["createdOn"] = ["Created Date"],
            ["owner"] = ["Opportunity Owner"], ["type"] = ["Type"], ["won"] = ["Won"], ["closed"] = ["Closed"], ["market"] = ["Market"],
        }, SalesforceOpportunity),
    ];

    public static CsvPreset? Find(string? name) => All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? (string.Equals(name, "pipedrive", StringComparison.OrdinalIgnoreCase) ? All[1] : null);

    /// <summary>The plain mapping: each Okra field from the column of the same name.</summary>
    public static CsvPreset Plain(SalesRecordType type) =>
        new("okra", "Okra's field names", type, RecordParsers.Fields[type].ToDictionary(f => f, f => new[] { f }));

    private static Dictionary<string, string?>? StatusFromStage(Dictionary<string, string?> row)
    {
        var stage = ValueParsing.Key(row.GetValueOrDefault("stage") ?? "");
        row["status"] = stage.Contains("won", StringComparison.Ordinal) ? "won" : stage.Contains("lost", StringComparison.Ordinal) ? "lost" : "open";
        if (row.GetValueOrDefault("type") is { } type && ValueParsing.Key(type) is "existingbusiness") row["type"] = "upsell";
        return row;
    }

    private static Dictionary<string, string?>? PipedriveActivity(Dictionary<string, string?> row)
    {
        // Tasks, deadlines and other to-dos are not sales activities.
        if (ValueParsing.Key(row.GetValueOrDefault("type") ?? "") is "task" or "deadline") return null;
        if (row.GetValueOrDefault("time") is { Length: > 0 } time && row.GetValueOrDefault("at") is { Length: > 0 } date) row["at"] = $"{date} {time}";
        return row;
    }

    private static Dictionary<string, string?>? SalesforceOpportunity(Dictionary<string, string?> row)
    {
        static bool Yes(string? v) => v is not null && (v == "1" || v.Equals("true", StringComparison.OrdinalIgnoreCase));
        var won = Yes(row.GetValueOrDefault("won"));
        var closed = Yes(row.GetValueOrDefault("closed"));
        var stage = ValueParsing.Key(row.GetValueOrDefault("stage") ?? "");
        row["status"] = won || stage == "closedwon" ? "won" : closed || stage == "closedlost" ? "lost" : "open";
        // A multi-currency org exports "EUR 12,000.00".
        if (row.GetValueOrDefault("amount") is { Length: > 4 } amount && char.IsLetter(amount[0]) && amount[3] == ' ')
        {
            row["currency"] ??= amount[..3];
            row["amount"] = amount[4..];
        }
        return row;
    }
}
