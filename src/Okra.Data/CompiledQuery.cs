using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Okra.Data;

/// <summary>
/// A query of the hot request paths (a token, an account, a key result and its check-ins, a team's tree), which EF Core
/// compiles once instead of walking and looking up its expression tree on every call. A compiled query belongs to one
/// model, and Okra has one per provider, so it is compiled once for each provider's context.
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

    public Task<List<TResult>> ListAsync(OkraDbContext db, TArg arg, CancellationToken ct) => CompiledQueries.ListAsync(db switch
    {
        SqliteOkraDbContext sqlite => onSqlite(sqlite, arg),
        PostgresOkraDbContext postgres => onPostgres(postgres, arg),
        _ => throw new NotSupportedException($"No compiled query for {db.GetType().Name}."),
    }, ct);
}

/// <summary>A compiled list query (see <see cref="CompiledQuery{TArg, TResult}"/>) of two arguments.</summary>
public sealed class CompiledListQuery<TArg1, TArg2, TResult>(Expression<Func<OkraDbContext, TArg1, TArg2, IQueryable<TResult>>> query)
{
    private readonly Func<SqliteOkraDbContext, TArg1, TArg2, IAsyncEnumerable<TResult>> onSqlite =
        EF.CompileAsyncQuery(CompiledQueries.Over<SqliteOkraDbContext, Func<SqliteOkraDbContext, TArg1, TArg2, IQueryable<TResult>>>(query));

    private readonly Func<PostgresOkraDbContext, TArg1, TArg2, IAsyncEnumerable<TResult>> onPostgres =
        EF.CompileAsyncQuery(CompiledQueries.Over<PostgresOkraDbContext, Func<PostgresOkraDbContext, TArg1, TArg2, IQueryable<TResult>>>(query));

    public Task<List<TResult>> ListAsync(OkraDbContext db, TArg1 arg1, TArg2 arg2, CancellationToken ct) => CompiledQueries.ListAsync(db switch
    {
        SqliteOkraDbContext sqlite => onSqlite(sqlite, arg1, arg2),
        PostgresOkraDbContext postgres => onPostgres(postgres, arg1, arg2),
        _ => throw new NotSupportedException($"No compiled query for {db.GetType().Name}."),
    }, ct);
}

internal static class CompiledQueries
{
    public static async Task<List<TResult>> ListAsync<TResult>(IAsyncEnumerable<TResult> rows, CancellationToken ct)
    {
        var list = new List<TResult>();
        await foreach (var row in rows.WithCancellation(ct)) list.Add(row);
        return list;
    }

    /// <summary>The same query, of any arguments after the context, over the provider's own context type.</summary>
    public static Expression<TDelegate> Over<TContext, TDelegate>(LambdaExpression query)
        where TContext : OkraDbContext
    {
        var context = Expression.Parameter(typeof(TContext), query.Parameters[0].Name);
        return Expression.Lambda<TDelegate>(new Replace(query.Parameters[0], context).Visit(query.Body), [context, .. query.Parameters.Skip(1)]);
    }

    /// <summary>The same query over the provider's own context type.</summary>
    public static Expression<Func<TContext, TArg, TResult>> Over<TContext, TArg, TResult>(Expression<Func<OkraDbContext, TArg, TResult>> query)
        where TContext : OkraDbContext => Over<TContext, Func<TContext, TArg, TResult>>(query);

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
