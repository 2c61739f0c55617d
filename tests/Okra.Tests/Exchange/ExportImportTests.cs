using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Okra.Exchange;
using Okra.Tests.Infrastructure;

namespace Okra.Tests.Exchange;

public abstract class ExportImportTests(OkraApp app) : ScenarioTestBase(app)
{
    [Fact]
    public async Task Import_IntoNonEmptyDatabase_IsRefusedAndWritesNothing()
    {
        await WorldAsync();
        var export = await ExportAsync(App);
        await using var scope = App.Services.CreateAsyncScope();
        await using var input = new MemoryStream(Encoding.UTF8.GetBytes(export));
        var error = await Assert.ThrowsAsync<ImportException>(() => scope.ServiceProvider.GetRequiredService<OkrImporter>().ImportAsync(input, default));
        Assert.Contains("not empty", error.Message, StringComparison.Ordinal);
        Assert.Equal(export, await ExportAsync(App));
    }

    private static async Task<string> ExportAsync(OkraApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        using var output = new MemoryStream();
        await scope.ServiceProvider.GetRequiredService<OkrExporter>().ExportAsync(output, default);
        return Encoding.UTF8.GetString(output.ToArray());
    }
}

public sealed class ExportImportTests_Sqlite(SqliteApp app) : ExportImportTests(app), IClassFixture<SqliteApp>;

public sealed class ExportImportTests_Postgres(PostgresApp app) : ExportImportTests(app), IClassFixture<PostgresApp>;
