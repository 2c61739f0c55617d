using Microsoft.EntityFrameworkCore;
using Okra.Data;

namespace Okra.Hosting;

/// <summary>
/// On SQLite an API request works on one connection from <see cref="SqliteConnections"/>, open before it starts and kept
/// open after it ends, instead of EF Core opening and closing one around each query: opening re-registered EF Core's SQL
/// functions, and closing threw away every statement compiled for it. Each statement still reads its own snapshot and
/// each save still commits in its own transaction, exactly as before.
/// </summary>
internal static class RequestConnection
{
    public static IApplicationBuilder UseOneSqliteConnectionPerApiRequest(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!context.Request.Path.StartsWithSegments("/api") || context.RequestServices.GetService<SqliteConnections>() is not { } connections)
        {
            await next(context);
            return;
        }
        var database = context.RequestServices.GetRequiredService<OkraDbContext>().Database;
        var connectionString = database.GetConnectionString();
        var connection = connections.Take();
        database.SetDbConnection(connection, contextOwnsConnection: false);
        try
        {
            await next(context);
        }
        finally
        {
            // The context goes back to EF Core's pool with a connection of its own again, and this one to the others.
            database.SetDbConnection(null, contextOwnsConnection: true);
            database.SetConnectionString(connectionString);
            connections.Give(connection);
        }
    });
}
