using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Okra.Exchange;
using Okra.Tests.Infrastructure;

namespace Okra.Tests.Exchange;

public abstract class ExportImportTests(OkraApp app) : ScenarioTestBase(app)
{
    protected abstract OkraApp NewApp();

    [Fact]
    public async Task Export_ImportIntoEmptyDatabase_ExportsIdentically()
    {
        var (person, cycle, objective) = await WorldAsync();
        var team = await TeamAsync("Értékesítés");
        await PutAsync($"/api/v1/teams/{team}/members/{person}", new { role = "lead" });
        var kr = IdOf(await KeyResultAsync(new { objectiveId = objective, title = "Új piacok: 2", ownerPersonId = person, kind = "metric", baseline = 0, target = 2 }));
        await CheckInAsync(kr, person, 1m, "2027-02-10");
        await PutAsync($"/api/v1/key-results/{kr}", new { title = "Új piacok: 3", ownerPersonId = person, kind = "metric", baseline = 0, target = 3, version = 0, reason = "Stretch" });
        await PostAsync("/api/v1/initiatives", new { keyResultId = kr, title = "Piackutatás", link = "https://trello.com/c/abc" });
        _ = cycle;

        var first = await ExportAsync(App);
        await using var target = NewApp();
        await target.InitializeAsync();
        _ = target.CreateClient(); // starts the host, which applies migrations
        await using (var scope = target.Services.CreateAsyncScope())
        {
            await using var input = new MemoryStream(Encoding.UTF8.GetBytes(first));
            var counts = await scope.ServiceProvider.GetRequiredService<OkrImporter>().ImportAsync(input, default);
            Assert.Equal(1, counts["CheckIn"]);
        }
        var second = await ExportAsync(target);
        Assert.Equal(first, second);
        Assert.Contains("\"Új piacok: 3\"", first, StringComparison.Ordinal);
    }

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

    [Fact]
    public async Task Import_BadValueInLastTable_WritesNothing()
    {
        await using var target = NewApp();
        await target.InitializeAsync();
        _ = target.CreateClient();
        var person = Guid.NewGuid();
        var json = $$$"""
            {"format":"okra-export","version":1,"tables":{
              "Person":[{"Email":"a@b.test","Id":"{{{person}}}","IsArchived":false,"JobTitle":null,"Locale":"hu","ManagerId":null,"Name":"A"}],
              "AuditEntry":[{"Id":"not-a-guid"}]}}
            """;
        await using (var scope = target.Services.CreateAsyncScope())
        {
            await using var input = new MemoryStream(Encoding.UTF8.GetBytes(json));
            var error = await Assert.ThrowsAsync<ImportException>(() => scope.ServiceProvider.GetRequiredService<OkrImporter>().ImportAsync(input, default));
            Assert.Equal("AuditEntry row 1: column \"Id\" is not a valid Guid.", error.Message);
        }
        Assert.DoesNotContain(person.ToString(), await ExportAsync(target), StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<string> ExportAsync(OkraApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        using var output = new MemoryStream();
        await scope.ServiceProvider.GetRequiredService<OkrExporter>().ExportAsync(output, default);
        return Encoding.UTF8.GetString(output.ToArray());
    }
}

public sealed class ExportImportTests_Sqlite(SqliteApp app) : ExportImportTests(app), IClassFixture<SqliteApp>
{
    protected override OkraApp NewApp() => new SqliteApp();
}

public sealed class ExportImportTests_Postgres(PostgresApp app) : ExportImportTests(app), IClassFixture<PostgresApp>
{
    protected override OkraApp NewApp() => new PostgresApp();
}
