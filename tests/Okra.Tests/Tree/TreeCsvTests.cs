using System.Net;
using System.Text;
using Okra.Tests.Infrastructure;

namespace Okra.Tests.Tree;

/// <summary>The tree as a CSV file: a row per key result in the caller's language, and no formula a spreadsheet would run.</summary>
public abstract class TreeCsvTests(OkraApp app) : ScenarioTestBase(app)
{
    private const string Formula = "=HYPERLINK(\"http://evil.example\",\"Click\")";

    [Fact]
    public async Task Csv_InEnglish_HasARowPerKeyResult_TextFormulasEscaped_NumbersKept()
    {
        var (person, cycle, objective) = await WorldAsync();
        var keyResult = IdOf(await KeyResultAsync(new { objectiveId = objective, title = Formula, ownerPersonId = person, kind = "metric", baseline = -5m, target = 15m }));
        await CheckInAsync(keyResult, 5m, "2027-02-12");

        var (bytes, lines) = await CsvAsync($"/api/v1/cycles/{cycle}/tree.csv", "en");

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("Objective,Level,Objective owner,Objective progress (%),Key result,Kind,Key result owner,Baseline,Target,Current value,Progress (%),Expected (%),Status,Confidence,Score", lines[0]);
        var row = Assert.Single(lines, l => l.Contains("HYPERLINK", StringComparison.Ordinal));
        // The title is text a spreadsheet would run: escaped with an apostrophe (and quoted). −5 is a number and stays one.
        // Progress (5 − −5) / (15 − −5) = 0.5; expected 45/89 = 50.6 %.
        Assert.Equal("Increase MRR by 20 %,Personal,Anna Kovács,50.0,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\",Metric,Anna Kovács,-5,15,5,50.0,50.6,On track,7,0.5", row);
    }

    [Fact]
    public async Task Csv_InHungarian_UsesSemicolonsDecimalCommasAndHungarianWords()
    {
        var (person, cycle, objective) = await WorldAsync();
        var keyResult = IdOf(await KeyResultAsync(new { objectiveId = objective, title = "Átlagos ügyfélérték", ownerPersonId = person, kind = "metric", baseline = 0m, target = 3m }));
        await CheckInAsync(keyResult, 1.5m, "2027-02-12");

        var (_, lines) = await CsvAsync($"/api/v1/cycles/{cycle}/tree.csv", "hu");

        Assert.StartsWith("Célkitűzés;Szint;A célkitűzés felelőse;", lines[0]);
        Assert.Equal("Increase MRR by 20 %;Személyes;Anna Kovács;50,0;Átlagos ügyfélérték;Mérőszám;Anna Kovács;0;3;1,5;50,0;50,6;Terv szerint;7;0,5",
            Assert.Single(lines, l => l.Contains("Átlagos", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Csv_OfAnUnknownCycle_Is404_AndABadFilterNamesIt()
    {
        var (_, cycle, _) = await WorldAsync();
        await GetAsync($"/api/v1/cycles/{Guid.NewGuid()}/tree.csv", HttpStatusCode.NotFound);
        var problem = await GetAsync($"/api/v1/cycles/{cycle}/tree.csv?status=sideways", HttpStatusCode.BadRequest);
        AssertNamesField(problem, "status");
    }

    private async Task<(byte[] Bytes, string[] Lines)> CsvAsync(string url, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", $".AspNetCore.Culture=c={language}|uic={language}");
        using var response = await Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return (bytes, Encoding.UTF8.GetString(bytes.AsSpan(3)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
    }
}

public sealed class TreeCsvTests_Sqlite(SqliteApp app) : TreeCsvTests(app), IClassFixture<SqliteApp>;

public sealed class TreeCsvTests_Postgres(PostgresApp app) : TreeCsvTests(app), IClassFixture<PostgresApp>;
