using Microsoft.EntityFrameworkCore;
using Okra.Data;

namespace Okra.Hosting;

/// <summary>
/// On SQLite an API request opens its database connection once and keeps it until the answer is written, instead of
/// EF Core opening and closing it around each of the request's queries. Each open of a pooled Microsoft.Data.Sqlite
/// connection re-registers EF Core's SQL functions and runs <see cref="SqliteConnectionSettings"/>' pragmas: with a
/// check-in's seventeen statements that was most of the cost of the request. Each statement still reads its own
/// snapshot and each save still commits in its own transaction, exactly as before.
/// </summary>
internal static class RequestConnection
{
    public static IApplicationBuilder UseOneSqliteConnectionPerApiRequest(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            await next(context);
            return;
        }
        var database = context.RequestServices.GetRequiredService<OkraDbContext>().Database;
        if (!database.IsSqlite())
        {
            await next(context);
            return;
        }
        await database.OpenConnectionAsync(context.RequestAborted);
        try
        {
            await next(context);
        }
        finally
        {
            await database.CloseConnectionAsync();
        }
    });
}
