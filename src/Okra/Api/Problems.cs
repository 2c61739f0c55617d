using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Okra.Api;

/// <summary>The ProblemDetails answers Okra gives, each naming what was wrong.</summary>
public static class Problems
{
    /// <summary>400 naming one field and the reason.</summary>
    public static ValidationProblem Invalid(string field, string reason) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [reason] },
            title: "One or more fields are invalid.");

    /// <summary>404 for an unknown id.</summary>
    public static ProblemHttpResult NotFound(string what, Guid id) =>
        TypedResults.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status404NotFound,
            Title = $"{what} not found.",
            Detail = $"There is no {what.ToLowerInvariant()} with id {id}.",
        });

    /// <summary>409 for an update based on an old version, carrying the current version and state.</summary>
    public static ProblemHttpResult Stale(string what, int yourVersion, int currentVersion, object current) =>
        TypedResults.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = $"The {what.ToLowerInvariant()} was changed by someone else.",
            Detail = $"Your change was based on version {yourVersion}, but the current version is {currentVersion}. Reload and apply your change again.",
            Extensions = { ["currentVersion"] = currentVersion, ["current"] = current },
        });

    /// <summary>403: signed in, but this change is not theirs to make.</summary>
    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "You may not do this.", detail: detail);
}
