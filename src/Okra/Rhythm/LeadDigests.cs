using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Okra.Data;
using Okra.Domain.Integrations;
using Okra.Domain.KeyResults;
using Okra.Domain.Objectives;
using Okra.Domain.Progress;
using Okra.Domain.Rhythm;
using Okra.Domain.Teams;
using Okra.Hosting;
using Okra.Notifications;

namespace Okra.Rhythm;

/// <summary>One team's week for its leads.</summary>
public sealed record TeamDigest(
    Guid TeamId, string TeamName,
    IReadOnlyList<(string Person, int Due)> Missing,
    IReadOnlyList<(string KeyResult, string Owner, Status Before, Status Now)> WentWorse,
    IReadOnlyList<(string KeyResult, string Owner, int Before, int Now)> ConfidenceDrops,
    IReadOnlyList<(string KeyResult, string Owner, string Blockers)> Blockers);

/// <summary>
/// The leads' weekly digest: per team with leads, over its members' key results — missing check-ins (due as of yesterday,
/// the end of the period just closed on a Monday), key results that went at risk or off track since a week ago
/// (<see cref="DigestRules.WentWorse"/>, each side evaluated by the domain rules on its own day), confidence drops of 2 or
/// more, and blockers raised in the week. Each lead gets a notification and an e-mail in their language.
/// </summary>
public sealed class LeadDigests(OkraDbContext db, DueKeyResults due, Today today, LocalizedTexts texts, IOptions<SmtpOptions> smtp, IOptions<RhythmOptions> rhythm)
{
    public const string Kind = "LeadDigest";

    public async Task<IReadOnlyList<TeamDigest>> ComposeAsync(CancellationToken ct)
    {
        var date = today.Date;
        var weekAgo = date.AddDays(-7);
        var memberships = await db.TeamMembers.AsNoTracking()
            .Join(db.Teams.Where(t => !t.IsArchived), m => m.TeamId, t => t.Id, (m, t) => new { m.TeamId, t.Name, m.PersonId, m.Role })
            .ToListAsync(ct);
        var ledTeams = memberships.Where(m => m.Role == TeamRole.Lead).Select(m => m.TeamId).ToHashSet();
        var people = memberships.Where(m => ledTeams.Contains(m.TeamId)).Select(m => m.PersonId).Distinct().ToList();
        var names = await db.People.AsNoTracking().Where(p => people.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);

        var missing = await due.ReadAsync(date.AddDays(-1), people, ct);
        var tolerances = (await db.Organisations.AsNoTracking().OrderBy(o => o.Id).FirstOrDefaultAsync(ct))?.Tolerances ?? StatusTolerances.Default;
        var keyResults = await db.KeyResults.AsNoTracking()
            .Where(k => k.State == KeyResultState.Active && people.Contains(k.OwnerPersonId))
            .Join(db.Objectives.Where(o => o.Status == ObjectiveStatus.Active), k => k.ObjectiveId, o => o.Id, (k, o) => new { KeyResult = k, o.Type, o.CycleId })
            .Join(db.Cycles.Where(c => !c.IsArchived && c.StartDate <= date && c.EndDate >= date), x => x.CycleId, c => c.Id,
                (x, c) => new { x.KeyResult, x.Type, c.StartDate, c.EndDate })
            .ToListAsync(ct);
        var ids = keyResults.Select(k => k.KeyResult.Id).ToList();
        var checkIns = (await db.CheckIns.AsNoTracking().Where(c => !c.IsRetracted && ids.Contains(c.KeyResultId))
                .OrderBy(c => c.Date).ThenBy(c => c.CreatedAt)
                .Select(c => new { c.KeyResultId, c.Date, c.Value, c.Confidence, c.Blockers }).ToListAsync(ct))
            .ToLookup(c => c.KeyResultId);

        var changes = keyResults.Select(x =>
        {
            var k = x.KeyResult;
            var cycle = new Domain.Cycles.DateRange(x.StartDate, x.EndDate);
            Status At(DateOnly day) => KeyResultEvaluation.Of(k.Spec,
                checkIns[k.Id].Where(c => c.Date <= day).Select(c => new Measurement(c.Date, c.Value)).ToList(), [],
                new EvaluationContext(cycle, day, tolerances, x.Type)).Status;
            int? ConfidenceAt(DateOnly day) => checkIns[k.Id].LastOrDefault(c => c.Date <= day && c.Confidence is not null)?.Confidence;
            var blockers = checkIns[k.Id].Where(c => c.Date > weekAgo && c.Date <= date && !string.IsNullOrWhiteSpace(c.Blockers)).Select(c => c.Blockers!).ToList();
            return new { k.Id, k.Title, k.OwnerPersonId, Before = At(weekAgo), Now = At(date), ConfidenceBefore = ConfidenceAt(weekAgo), ConfidenceNow = ConfidenceAt(date), Blockers = blockers };
        }).ToList();

        return memberships.Where(m => ledTeams.Contains(m.TeamId)).GroupBy(m => (m.TeamId, m.Name)).Select(team =>
        {
            var members = team.Select(m => m.PersonId).ToHashSet();
            var mine = changes.Where(c => members.Contains(c.OwnerPersonId)).ToList();
            return new TeamDigest(team.Key.TeamId, team.Key.Name,
                missing.Where(d => members.Contains(d.OwnerPersonId)).GroupBy(d => d.OwnerPersonId)
                    .Select(g => (names[g.Key], g.Count())).OrderBy(g => g.Item1, StringComparer.CurrentCulture).ToList(),
                mine.Where(c => DigestRules.WentWorse(c.Before, c.Now)).Select(c => (c.Title, names[c.OwnerPersonId], c.Before, c.Now)).ToList(),
                mine.Where(c => DigestRules.ConfidenceDropped(c.ConfidenceBefore, c.ConfidenceNow))
                    .Select(c => (c.Title, names[c.OwnerPersonId], c.ConfidenceBefore!.Value, c.ConfidenceNow!.Value)).ToList(),
                mine.SelectMany(c => c.Blockers.Select(b => (c.Title, names[c.OwnerPersonId], b))).ToList());
        }).OrderBy(d => d.TeamName, StringComparer.CurrentCulture).ToList();
    }

    /// <summary>Composes the digests and queues them for every lead; answers how many leads get one.</summary>
    public async Task<int> QueueAsync(CancellationToken ct)
    {
        var digests = await ComposeAsync(ct);
        var teamIds = digests.Select(d => d.TeamId).ToList();
        var leads = await db.TeamMembers.AsNoTracking().Where(m => m.Role == TeamRole.Lead && teamIds.Contains(m.TeamId))
            .Join(db.People.Where(p => !p.IsArchived), m => m.PersonId, p => p.Id, (m, p) => new { m.TeamId, Person = p }).ToListAsync(ct);
        foreach (var digest in digests)
        foreach (var lead in leads.Where(l => l.TeamId == digest.TeamId).Select(l => l.Person))
        {
            db.Notifications.Add(new Notification(lead.Id, NotificationKind.LeadDigest, digest.TeamName, $"/teams/{digest.TeamId}", today.Now));
            if (!smtp.Value.IsConfigured) continue;
            var (subject, body) = texts.In(lead.Locale, (t, shared) => (t["Digest_Subject", digest.TeamName].Value, Body(digest, t, shared)));
            db.Deliveries.Add(Delivery.Email(lead.Email, subject, body, Kind, today.Now));
        }
        await db.SaveChangesAsync(ct);
        return leads.Count;
    }

    private string Body(TeamDigest d, Microsoft.Extensions.Localization.IStringLocalizer t, Microsoft.Extensions.Localization.IStringLocalizer shared)
    {
        var text = new StringBuilder().AppendLine(t["Digest_Intro", d.TeamName]).AppendLine();
        void Section(string title, IEnumerable<string> lines)
        {
            text.AppendLine(t[title]);
            var any = false;
            foreach (var line in lines) { text.AppendLine(line); any = true; }
            if (!any) text.AppendLine(t["Digest_None"]);
            text.AppendLine();
        }
        Section("Digest_Missing", d.Missing.Select(m => t["Digest_MissingItem", m.Person, m.Due].Value));
        Section("Digest_Worse", d.WentWorse.Select(w => t["Digest_WorseItem", w.KeyResult, w.Owner, shared[$"Status_{w.Before}"], shared[$"Status_{w.Now}"]].Value));
        Section("Digest_Drops", d.ConfidenceDrops.Select(c => t["Digest_DropItem", c.KeyResult, c.Owner,
            c.Before.ToString(CultureInfo.CurrentCulture), c.Now.ToString(CultureInfo.CurrentCulture)].Value));
        Section("Digest_Blockers", d.Blockers.Select(b => t["Digest_BlockerItem", b.KeyResult, b.Owner, b.Blockers].Value));
        text.AppendLine(t["Digest_Link", $"{rhythm.Value.PublicUrl.TrimEnd('/')}/teams/{d.TeamId}"]).AppendLine().AppendLine(t["Mail_Signature"]);
        return text.ToString();
    }
}

/// <summary>The leads' digest on the schedule of <see cref="RhythmOptions.DigestDay"/> and time.</summary>
public sealed class DigestJob(IOptions<RhythmOptions> options, IOptions<OkraOptions> okra) : IScheduledWork
{
    public string Name => "lead-digest";

    public DateTimeOffset NextAfter(DateTimeOffset after) =>
        new WeeklySlot(options.Value.DigestDay, options.Value.DigestTime, TimeZoneInfo.FindSystemTimeZoneById(okra.Value.TimeZone)).NextAfter(after);

    public Task RunAsync(IServiceProvider services, CancellationToken ct) => services.GetRequiredService<LeadDigests>().QueueAsync(ct);
}
