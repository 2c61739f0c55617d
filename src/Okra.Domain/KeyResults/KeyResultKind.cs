namespace Okra.Domain.KeyResults;

/// <summary>The four ways a key result measures progress (DESIGN §2).</summary>
public enum KeyResultKind
{
    /// <summary>From a baseline to a target, increasing or decreasing.</summary>
    Metric,

    /// <summary>A target per week or month of the cycle, e.g. 20 cold calls a week.</summary>
    Recurring,

    /// <summary>A limit kept per week or month, e.g. complaint handling at most 24 h.</summary>
    Threshold,

    /// <summary>Done or not, or a weighted checklist of initiatives.</summary>
    Milestone,
}

/// <summary>What a key result's numbers count.</summary>
public enum KeyResultUnit
{
    /// <summary>A plain count (customers, calls, markets).</summary>
    Count,

    /// <summary>Money in the key result's currency.</summary>
    Currency,

    /// <summary>A percentage, stored as the number shown (20 for 20 %).</summary>
    Percent,

    /// <summary>Hours, e.g. complaint handling time.</summary>
    Hours,

    /// <summary>A score such as NPS (−100…100).</summary>
    Score,
}

/// <summary>How a threshold key result compares a measured value with its limit.</summary>
public enum Comparison
{
    /// <summary>The value must not exceed the limit (≤).</summary>
    AtMost,

    /// <summary>The value must reach the limit (≥).</summary>
    AtLeast,

    /// <summary>The value must lie between the limit and the upper limit, inclusive.</summary>
    Between,
}

/// <summary>Whether a key result still counts.</summary>
public enum KeyResultState
{
    /// <summary>Counts towards its objective and takes check-ins.</summary>
    Active,

    /// <summary>Retired: kept for history, excluded from roll-ups, refuses check-ins.</summary>
    Archived,
}
