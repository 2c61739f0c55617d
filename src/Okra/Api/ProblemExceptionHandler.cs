using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Okra.Domain.Common;

namespace Okra.Api;

/// <summary>
/// Turns the expected exceptions into ProblemDetails that name the field: a broken domain rule (400),
/// malformed JSON (400, with the JSON path), and a concurrent write that lost the race (409).
/// Anything else stays a 500 and is logged by the framework.
/// </summary>
internal sealed partial class ProblemExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails? problem = exception switch
        {
            DomainValidationException e => Invalid(e.Field, e.Reason),
            BadHttpRequestException { InnerException: JsonException json } => Invalid(JsonField(json.Path), JsonReason(json)),
            BadHttpRequestException e when BindingFailure().Match(e.Message) is { Success: true } m =>
                Invalid(m.Groups["name"].Value, $"'{m.Groups["value"].Value}' is not a valid {m.Groups["type"].Value.TrimEnd('?').ToLowerInvariant()}."),
            BadHttpRequestException e => new ProblemDetails { Status = e.StatusCode, Title = "The request could not be read.", Detail = e.Message },
            DbUpdateConcurrencyException => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "The record was changed by someone else.",
                Detail = "Another change was saved while yours was in flight. Reload and apply your change again.",
            },
            _ => null,
        };
        if (problem is null) return false;
        context.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    private static ValidationProblemDetails Invalid(string field, string reason) =>
        new(new Dictionary<string, string[]> { [field] = [reason] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more fields are invalid.",
        };

    /// <summary>ASP.NET's message for a query or route value it cannot bind, e.g. <c>Failed to bind parameter "Guid? cycleId" from "nope".</c></summary>
    [System.Text.RegularExpressions.GeneratedRegex("""^Failed to bind parameter "(?<type>\S+) (?<name>\w+)" from "(?<value>.*)"\.$""")]
    private static partial System.Text.RegularExpressions.Regex BindingFailure();

    /// <summary><c>$.target</c> → <c>target</c>; the whole body (<c>$</c> or no path) → <c>body</c>.</summary>
    private static string JsonField(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;

    /// <summary>
    /// A value of the wrong type (a string for a number, an unknown enum name, a malformed id) or broken JSON, said
    /// without the parser's internals (the .NET type it wanted, line and byte positions).
    /// </summary>
    private static string JsonReason(JsonException json)
    {
        var message = json.Message.Split('\n')[0].Trim();
        var position = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (position >= 0) message = message[..position];
        return message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal)
            ? "has a value of the wrong type or one that is not allowed here."
            : "is not valid JSON: " + message;
    }
}
