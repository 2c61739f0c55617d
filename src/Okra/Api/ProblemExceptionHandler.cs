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
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails? problem = exception switch
        {
            DomainValidationException e => Invalid(e.Field, e.Reason),
            BadHttpRequestException { InnerException: JsonException json } => Invalid(JsonField(json.Path), "is not valid JSON for this field: " + FirstLine(json.Message)),
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

    /// <summary><c>$.target</c> → <c>target</c>; the whole body (<c>$</c> or no path) → <c>body</c>.</summary>
    private static string JsonField(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
