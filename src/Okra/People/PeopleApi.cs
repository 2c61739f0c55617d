using Okra.Security;
namespace Okra.People;

public static class PeopleApi
{
    public static IEndpointRouteBuilder MapPeopleApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/people").WithTags("People");
        group.MapGet("/", ListPeople.Handle).WithName("ListPeople").WithSummary("Everyone, optionally including people who left.");
        group.MapGet("/{id:guid}", GetPerson.Handle).WithName("GetPerson").WithSummary("One person.");
        group.MapPost("/", CreatePerson.Handle).WithName("CreatePerson").WithSummary("Adds a person.").AdminOnly();
        group.MapPut("/{id:guid}", UpdatePerson.Handle).WithName("UpdatePerson").WithSummary("Changes a person's name, e-mail, locale, title or manager.").AdminOnly();
        group.MapDelete("/{id:guid}", ArchivePerson.Handle).WithName("ArchivePerson").WithSummary("Marks a person as left; their history stays.").AdminOnly();
        group.MapGet("/{id:guid}/key-results", PersonKeyResults.Handle).WithName("GetPersonKeyResults").WithSummary("The key results a person owns, with progress and status.");
        return app;
    }
}
