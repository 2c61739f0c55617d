using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Okra.Api;
using Okra.Data;
using Okra.Domain.Access;
using Okra.Domain.Comments;
using Okra.Hosting;
using Okra.Security;

namespace Okra.Comments;

public sealed record CommentResponse(Guid Id, Guid? ObjectiveId, Guid? KeyResultId, Guid AuthorPersonId, string AuthorName, string Body, string Html, DateTimeOffset CreatedAt);

public sealed record CommentRequest(Guid? ObjectiveId, Guid? KeyResultId, string? Body);

/// <summary>Comments on objectives and key results: everyone signed in reads them, everyone but viewers writes them.</summary>
public static class CommentsApi
{
    public static IEndpointRouteBuilder MapCommentsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/comments").WithTags("Comments");
        group.MapGet("/", List).WithName("ListComments").WithSummary("Comments on an objective or a key result, oldest first, with sanitized HTML.");
        group.MapPost("/", Create).WithName("CreateComment").WithSummary("Comments in Markdown on an objective or a key result.");
        group.MapDelete("/{id:guid}", Delete).WithName("DeleteComment").WithSummary("Removes a comment (its author or an admin).");
        return app;
    }

    private static async Task<Results<Ok<List<CommentResponse>>, ValidationProblem>> List(OkraDbContext db, CancellationToken ct, Guid? objectiveId = null, Guid? keyResultId = null)
    {
        if ((objectiveId is null) == (keyResultId is null)) return Problems.Invalid("objectiveId", "Give either objectiveId or keyResultId.");
        var comments = await db.Comments.AsNoTracking()
            .Where(c => !c.IsDeleted && (objectiveId != null ? c.ObjectiveId == objectiveId : c.KeyResultId == keyResultId))
            .Join(db.People, c => c.AuthorPersonId, p => p.Id, (c, p) => new { c, p.Name })
            .ToListAsync(ct);
        return TypedResults.Ok(comments.OrderBy(x => x.c.CreatedAt).ThenBy(x => x.c.Id).Select(x => From(x.c, x.Name)).ToList());
    }

    public static async Task<Results<Created<CommentResponse>, ValidationProblem, ProblemHttpResult>> Create(
        CommentRequest request, OkraDbContext db, CurrentActor current, Today today, CancellationToken ct)
    {
        var actor = await current.GetAsync(ct);
        if (!AccessRules.CanComment(actor)) return Problems.Forbidden("Viewers read; they do not comment.");
        if (request.ObjectiveId is { } o && !await db.Objectives.AnyAsync(x => x.Id == o, ct)) return Problems.Invalid("objectiveId", $"There is no objective with id {o}.");
        if (request.KeyResultId is { } k && !await db.KeyResults.AnyAsync(x => x.Id == k, ct)) return Problems.Invalid("keyResultId", $"There is no key result with id {k}.");
        var comment = new Comment(request.ObjectiveId, request.KeyResultId, actor.PersonId, request.Body ?? "", today.Now);
        db.Comments.Add(comment);
        await db.SaveChangesAsync(ct);
        var author = await db.People.Where(p => p.Id == actor.PersonId).Select(p => p.Name).FirstAsync(ct);
        return TypedResults.Created($"/api/v1/comments/{comment.Id}", From(comment, author));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(Guid id, OkraDbContext db, CurrentActor current, CancellationToken ct)
    {
        if (await db.Comments.FirstOrDefaultAsync(c => c.Id == id && !c.IsDeleted, ct) is not { } comment) return Problems.NotFound("Comment", id);
        var actor = await current.GetAsync(ct);
        if (!AccessRules.CanDeleteComment(actor, comment.AuthorPersonId))
            return Problems.Forbidden("Only its author or an admin may remove a comment; viewers read only.");
        comment.Delete();
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static CommentResponse From(Comment c, string author) =>
        new(c.Id, c.ObjectiveId, c.KeyResultId, c.AuthorPersonId, author, c.Body, Markdown.ToSafeHtml(c.Body), c.CreatedAt);
}
