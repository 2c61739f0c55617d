namespace Okra.Domain.Integrations;

/// <summary>
/// When a failed delivery is tried again: 30 s after the first failure, doubling each time (1 min, 2 min, 4 min …) up to
/// an hour between tries; after <see cref="MaxAttempts"/> tries it is given up and stays in the delivery log as failed.
/// </summary>
public static class BackOff
{
    /// <summary>Tries in all, the first included.</summary>
    public const int MaxAttempts = 8;

    private static readonly TimeSpan First = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Longest = TimeSpan.FromHours(1);

    /// <summary>The wait after the <paramref name="attempt"/>-th failed try (1-based).</summary>
    public static TimeSpan After(int attempt)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempt, 1);
        var seconds = First.TotalSeconds * Math.Pow(2, Math.Min(attempt - 1, 20));
        return seconds >= Longest.TotalSeconds ? Longest : TimeSpan.FromSeconds(seconds);
    }

    /// <summary>True when a delivery that has failed <paramref name="attempts"/> times gets no further try.</summary>
    public static bool GivesUp(int attempts) => attempts >= MaxAttempts;
}
