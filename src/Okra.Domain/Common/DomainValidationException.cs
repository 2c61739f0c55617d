namespace Okra.Domain.Common;

/// <summary>
/// Thrown when input would break a domain rule. Carries the offending field and the reason so that
/// the API can answer with a ProblemDetails naming both, before anything is written.
/// </summary>
public sealed class DomainValidationException : Exception
{
    /// <summary>Creates the exception for one field.</summary>
    public DomainValidationException(string field, string reason)
        : base($"{field}: {reason}")
    {
        Field = field;
        Reason = reason;
    }

    /// <summary>The camel-cased field name as clients send it, e.g. <c>target</c>.</summary>
    public string Field { get; }

    /// <summary>Why the value was refused, in plain English.</summary>
    public string Reason { get; }
}
