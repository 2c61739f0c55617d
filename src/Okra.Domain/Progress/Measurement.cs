namespace Okra.Domain.Progress;

/// <summary>A dated value of a key result: a check-in or an automatic metric reading.</summary>
/// <param name="Date">The day the value describes.</param>
/// <param name="Value">The value.</param>
public readonly record struct Measurement(DateOnly Date, decimal Value);

/// <summary>One initiative of a checklist milestone: its weight and whether it is done.</summary>
/// <param name="Weight">Relative weight, greater than zero.</param>
/// <param name="Done">True once the initiative is finished.</param>
public readonly record struct ChecklistItem(decimal Weight, bool Done);
