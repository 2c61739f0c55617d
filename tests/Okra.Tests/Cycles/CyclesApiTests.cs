using System.Net;
using Okra.Tests.Infrastructure;

namespace Okra.Tests.Cycles;

public abstract class CyclesApiTests(OkraApp app) : ScenarioTestBase(app)
{
    [Fact]
    public async Task Create_ByQuarterName_TakesDatesFromFiscalCalendar()
    {
        var cycle = await PostAsync("/api/v1/cycles", new { name = "2027-q2" });
        Assert.Equal("2027-Q2", (string)cycle["name"]!);
        Assert.Equal("2027-04-01", (string)cycle["startDate"]!);
        Assert.Equal("2027-06-30", (string)cycle["endDate"]!);
        Assert.Equal("weekly", (string)cycle["cadence"]!);
    }

    [Fact]
    public async Task Current_QuarterAndYearContainToday_ReturnsTheQuarter()
    {
        await CycleAsync("2027");
        await CycleAsync("2027-Q1");
        var current = await GetAsync("/api/v1/cycles/current");
        Assert.Equal("2027-Q1", (string)current["name"]!);
    }

    [Fact]
    public async Task Create_EndBeforeStart_NamesEndDate()
    {
        var problem = await PostAsync("/api/v1/cycles",
            new { name = "Broken", kind = "quarter", startDate = "2027-03-31", endDate = "2027-01-01" }, HttpStatusCode.BadRequest);
        AssertNamesField(problem, "endDate");
        Assert.DoesNotContain((await GetAsync("/api/v1/cycles")).AsArray(), c => (string)c!["name"]! == "Broken");
    }

    [Fact]
    public async Task Create_UnknownName_NamesName()
    {
        var problem = await PostAsync("/api/v1/cycles", new { name = "next quarter" }, HttpStatusCode.BadRequest);
        AssertNamesField(problem, "name");
    }

    [Fact]
    public async Task Get_UnknownId_Answers404()
    {
        var problem = await GetAsync($"/api/v1/cycles/{Guid.NewGuid()}", HttpStatusCode.NotFound);
        Assert.Equal(404, (int)problem["status"]!);
    }
}

public sealed class CyclesApiTests_Sqlite(SqliteApp app) : CyclesApiTests(app), IClassFixture<SqliteApp>;

public sealed class CyclesApiTests_Postgres(PostgresApp app) : CyclesApiTests(app), IClassFixture<PostgresApp>;
