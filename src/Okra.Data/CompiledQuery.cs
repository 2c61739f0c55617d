using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Okra.Data;

/// <summary>
/// A query of the hot request paths (a token, an account, a key result and its check-ins), which EF Core compiles once
/// instead of walking and looking up its expression tree on every call. A compiled query belongs to one model, and Okra
/// has one per provider, so it is compiled once for each provider's context.
/// </summary>
public sealed class CompiledQuery<TArg, TResult>(Expression<Func<OkraDbContext, TArg, TResult>> query)
{
    private readonly Func<SqliteOkraDbContext, TArg, CancellationToken, Task<TResult>> onSqlite =
        EF.CompileAsyncQuery(CompiledQueries.For<SqliteOkraDbContext, TArg, TResult>(query));

    private readonly Func<PostgresOkraDbContext, TArg, CancellationToken, Task<TResult>> onPostgres =
        EF.CompileAsyncQuery(CompiledQueries.For<PostgresOkraDbContext, TArg, TResult>(query));

    public Task<TResult> RunAsync(OkraDbContext db, TArg arg, CancellationToken ct) => db switch
    {
        SqliteOkraDbContext sqlite => onSqlite(sqlite, arg, ct),
        PostgresOkraDbContext postgres => onPostgres(postgres, arg, ct),
        _ => throw new NotSupportedException($"No compiled query for {db.GetType().Name}."),
    };
}

/// <summary>A compiled query (see <see cref="CompiledQuery{TArg, TResult}"/>) answering a list.</summary>
public sealed class CompiledListQuery<TArg, TResult>(Expression<Func<OkraDbContext, TArg, IQueryable<TResult>>> query)
{
    private readonly Func<SqliteOkraDbContext, TArg, IAsyncEnumerable<TResult>> onSqlite =
        EF.CompileAsyncQuery(CompiledQueries.Over<SqliteOkraDbContext, TArg, IQueryable<TResult>>(query));

    private readonly Func<PostgresOkraDbContext, TArg, IAsyncEnumerable<TResult>> onPostgres =
        EF.CompileAsyncQuery(CompiledQueries.Over<PostgresOkraDbContext, TArg, IQueryable<TResult>>(query));

    public async Task<List<TResult>> ListAsync(OkraDbContext db, TArg arg, CancellationToken ct)
    {
        var rows = db switch
        {
            SqliteOkraDbContext sqlite => onSqlite(sqlite, arg),
            PostgresOkraDbContext postgres => onPostgres(postgres, arg),
            _ => throw new NotSupportedException($"No compiled query for {db.GetType().Name}."),
        };
        var list = new List<TResult>();
        await foreach (var row in rows.WithCancellation(ct)) list.Add(row);
        return list;
    }
}

internal static class CompiledQueries
{
    /// <summary>The same query over the provider's own context type.</summary>
    public static Expression<Func<TContext, TArg, TResult>> Over<TContext, TArg, TResult>(Expression<Func<OkraDbContext, TArg, TResult>> query)
        where TContext : OkraDbContext
    {
        var context = Expression.Parameter(typeof(TContext), query.Parameters[0].Name);
        return Expression.Lambda<Func<TContext, TArg, TResult>>(new Replace(query.Parameters[0], context).Visit(query.Body), context, query.Parameters[1]);
    }

    /// <summary>The same query over the provider's own context type, with the cancellation token of the async form.</summary>
    public static Expression<Func<TContext, TArg, CancellationToken, TResult>> For<TContext, TArg, TResult>(
        Expression<Func<OkraDbContext, TArg, TResult>> query)
        where TContext : OkraDbContext
    {
        var over = Over<TContext, TArg, TResult>(query);
        return Expression.Lambda<Func<TContext, TArg, CancellationToken, TResult>>(
            over.Body, [.. over.Parameters, Expression.Parameter(typeof(CancellationToken), "ct")]);
    }

    private sealed class Replace(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
