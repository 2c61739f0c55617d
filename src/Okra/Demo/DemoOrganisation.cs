using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Okra.Data;
using Okra.Domain.Common;
using Okra.Hosting;

namespace Okra.Demo;

/// <summary>
/// Seeds the bilingual demo organisation: people and teams of a sales and business-development company,
/// the seed's example OKRs (S1–S13) in the previous and current quarter and the fiscal year, and the owners'
/// weekly check-in history up to today, with statuses that differ (on track, at risk, off track, achieved), and a quarter
/// of sales data (<see cref="DemoSales"/>) from which several key results are computed.
/// Everything is relative to <see cref="Today"/> and deterministic.
/// </summary>
public sealed class DemoOrganisation(OkraDbContext db, Today today, Metrics.AutomaticKeyResults automatic)
{
    /// <summary>
    /// Seeds into an empty database (no organisation yet) in one transaction, in English or Hungarian
    /// (<paramref name="locale"/> <c>en</c> or <c>hu</c>; null means <c>hu</c>), and returns a one-line summary.
    /// </summary>
    public async Task<string> SeedAsync(string? locale, CancellationToken ct)
    {
        var language = locale is null ? Locale.Hungarian : Locale.Parse(locale);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await db.Organisations.AnyAsync(ct))
            throw new InvalidOperationException("The database already holds an organisation; the demo is only seeded into an empty database.");

        // Everything is built in memory first: a domain rule refusing any of it leaves the database untouched.
        var texts = DemoTexts.For(language);
        var organisation = new Domain.Organisations.Organisation(texts.OrganisationName, "HUF", language, fiscalYearStartMonth: 1);
        var staff = DemoStaff.Create(texts, language);
        var cycles = DemoCycles.For(organisation.Calendar, today.Date);
        var builder = new DemoBuilder(texts, today.Date, today.Now);
        var annual = PreviousQuarter.Annual(builder, staff, cycles);
        PreviousQuarter.Build(builder, staff, cycles, annual);
        var (mrr, customerValue) = CurrentCompany.Build(builder, staff, cycles);
        CurrentTeams.Build(builder, staff, cycles, mrr, customerValue, annual);
        var sales = DemoSales.Generate(staff, cycles, today.Date, language);
        var bindings = DemoSalesKeyResults.Bind(builder, staff, cycles, sales, organisation.Currency, today.Now);

        db.Organisations.Add(organisation);
        db.People.AddRange(staff.People);
        db.Teams.AddRange(staff.Teams);
        db.Cycles.AddRange(cycles.All);
        db.Objectives.AddRange(builder.Objectives);
        db.KeyResults.AddRange(builder.KeyResults);
        db.Initiatives.AddRange(builder.Initiatives);
        db.CheckIns.AddRange(builder.CheckIns);
        db.Reviews.Add(DemoReview.Build(language, staff, cycles, today.Date, today.Now));
        db.Audit.Actor = "demo";
        await db.SaveChangesAsync(ct);
        await DemoSalesWriter.WriteAsync(db, transaction, sales, bindings, ct);
        await transaction.CommitAsync(ct);
        // The automatic key results' values come from the same recompute the app runs after every batch of data.
        await automatic.RecomputeAsync(null, ct);

        return string.Create(CultureInfo.InvariantCulture,
            $"1 organisation, {staff.People.Count} people, {staff.Teams.Count} teams, {cycles.All.Count} cycles, " +
            $"{builder.Objectives.Count} objectives, {builder.KeyResults.Count} key results ({bindings.Count} automatic), {builder.CheckIns.Count} check-ins, {sales.Count} sales records");
    }
}
