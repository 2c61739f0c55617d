namespace Okra.Domain.Cycles;

/// <summary>How long a cycle lasts.</summary>
public enum CycleKind
{
    /// <summary>Three months of the fiscal year, named like <c>2027-Q1</c>.</summary>
    Quarter,

    /// <summary>A whole fiscal year, named like <c>2027</c>.</summary>
    Year,
}

/// <summary>How often key results of a cycle are due for a check-in.</summary>
public enum CheckInCadence
{
    /// <summary>Every ISO week (the default).</summary>
    Weekly,

    /// <summary>Every other ISO week, counted from the cycle's first week.</summary>
    Biweekly,

    /// <summary>Every calendar month.</summary>
    Monthly,
}
