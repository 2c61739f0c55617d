using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Okra.Api;
using Okra.Components.Localization;
using Okra.Data;
using Okra.Domain.Access;
using Okra.Domain.Common;
using Okra.Security;

namespace Okra.Components.Common;

/// <summary>
/// Runs a use case — the same handler the API endpoint calls — for a component, as the circuit's signed-in user: in a
/// scope of its own, with that user as <see cref="CurrentActor"/> and as the actor of the audit trail. The handler's
/// answer becomes an <see cref="Outcome{T}"/> whose messages are in the page's language.
/// </summary>
public sealed class SignedInActions(AuthenticationStateProvider authentication, IServiceScopeFactory scopes)
{
    /// <summary>Runs <paramref name="action"/>; <paramref name="adminOnly"/> mirrors the API's <c>AdminOnly()</c> endpoints.</summary>
    public async Task<Outcome<T>> RunAsync<T>(Func<IServiceProvider, CancellationToken, Task<IResult>> action, bool adminOnly = false, CancellationToken ct = default)
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        services.GetRequiredService<CallerPrincipal>().ActAs(user);
        if (user.FindFirstValue(ClaimTypes.Email) is { } email) services.GetRequiredService<OkraDbContext>().Audit.Actor = email;
        if (adminOnly && !AccessRules.CanAdministrate(await services.GetRequiredService<CurrentActor>().GetAsync(ct)))
            return Outcome.From<T>(Problems.Forbidden("Only an admin may change people, teams, cycles, settings and accounts."));
        try
        {
            return Outcome.From<T>(await action(services, ct));
        }
        catch (DomainValidationException invalid)
        {
            return Outcome.From<T>(Problems.Invalid(invalid.Field, invalid.Reason));
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome.Failed<T>(StatusCodes.Status409Conflict, ServerMessages.Translate(
                "Someone else changed this in the meantime. Reload and apply your change again.", CultureInfo.CurrentUICulture));
        }
    }

    /// <summary>Runs a use case that answers with a value (or a problem).</summary>
    public Task<Outcome<T>> RunAsync<T, TResult>(Func<IServiceProvider, CancellationToken, Task<TResult>> action, bool adminOnly = false, CancellationToken ct = default)
        where TResult : IResult =>
        RunAsync<T>(async (services, token) => await action(services, token), adminOnly, ct);
}

/// <summary>What a use case answered, for a page: the value, or the field errors and message to show, in the page's language.</summary>
public sealed record Outcome<T>(int Status, T? Value, IReadOnlyDictionary<string, string> FieldErrors, string? Error)
{
    public bool Succeeded => Status is >= 200 and < 300;

    /// <summary>The error of one field (the API's camel-cased name), or null.</summary>
    public string? ErrorOf(string field) => FieldErrors.GetValueOrDefault(field);
}

/// <summary>Reads a use case's answer as an <see cref="Outcome{T}"/>.</summary>
public static class Outcome
{
    public static Outcome<T> Failed<T>(int status, string error) => new(status, default, new Dictionary<string, string>(), error);

    public static Outcome<T> From<T>(IResult result)
    {
        var culture = CultureInfo.CurrentUICulture;
        switch (result is INestedHttpResult nested ? nested.Result : result)
        {
            case ValidationProblem validation:
                var errors = validation.ProblemDetails.Errors.ToDictionary(
                    e => e.Key, e => string.Join(" ", e.Value.Select(reason => ServerMessages.Translate(reason, culture))), StringComparer.OrdinalIgnoreCase);
                return new Outcome<T>(validation.StatusCode, default, errors, errors.Count == 1 ? null : ServerMessages.Translate(validation.ProblemDetails.Title ?? "", culture));
            case ProblemHttpResult problem:
                var details = problem.ProblemDetails;
                return Failed<T>(problem.StatusCode, ServerMessages.Translate(details.Detail ?? details.Title ?? "", culture));
            case IValueHttpResult<T> { Value: var value } and IStatusCodeHttpResult { StatusCode: var status }:
                return new Outcome<T>(status ?? StatusCodes.Status200OK, value, new Dictionary<string, string>(), null);
            case IStatusCodeHttpResult { StatusCode: { } status and >= 200 and < 300 }:
                return new Outcome<T>(status, default, new Dictionary<string, string>(), null);
            case var other:
                throw new InvalidOperationException($"A use case answered with {other.GetType().Name}, which a page cannot show.");
        }
    }
}
