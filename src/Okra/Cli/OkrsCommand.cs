using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Okra.Cycles;
using Okra.Data;
using Okra.Hosting;
using Okra.Tree;

namespace Okra.Cli;

/// <summary><c>okrs [--cycle 2027-Q1] [--team NAME]</c>: the alignment tree as a text table.</summary>
internal static class OkrsCommand
{
    public static Command Create()
    {
        var cycleOption = new Option<string?>("--cycle") { Description = "Cycle name, e.g. 2027-Q1 or 2027 (default: the current cycle)." };
        var teamOption = new Option<string?>("--team") { Description = "Only this team's objectives (and what they align to)." };
        var command = new Command("okrs", "Print the OKR tree of a cycle with progress and status.") { cycleOption, teamOption };
        command.SetAction((parse, ct) => CliHost.RunAsync(async (services, token) =>
        {
            var db = services.GetRequiredService<OkraDbContext>();
            var cycle = await FindCycleAsync(db, services.GetRequiredService<Today>(), parse.GetValue(cycleOption), token);
            var teamId = await FindTeamAsync(db, parse.GetValue(teamOption), token);
            var tree = await services.GetRequiredService<TreeBuilder>().BuildAsync(cycle, new TreeFilter(TeamId: teamId), token);
            Console.Write(TreeTable.Render(tree));
            return 0;
        }, ct));
        return command;
    }

    private static async Task<Domain.Cycles.Cycle> FindCycleAsync(OkraDbContext db, Today today, string? name, CancellationToken ct)
    {
        if (name is null)
            return await CurrentCycle.FindAsync(db, today.Date, ct)
                ?? throw new CliException($"no cycle contains today ({today.Date:yyyy-MM-dd}); name one with --cycle.");
        var cycles = await db.Cycles.AsNoTracking().ToListAsync(ct);
        return cycles.FirstOrDefault(c => string.Equals(c.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new CliException($"there is no cycle named '{name}'. Cycles: {string.Join(", ", cycles.Select(c => c.Name))}.");
    }

    private static async Task<Guid?> FindTeamAsync(OkraDbContext db, string? name, CancellationToken ct)
    {
        if (name is null) return null;
        var teams = await db.Teams.AsNoTracking().Select(t => new { t.Id, t.Name }).ToListAsync(ct);
        return teams.FirstOrDefault(t => string.Equals(t.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))?.Id
            ?? throw new CliException($"there is no team named '{name}'. Teams: {string.Join(", ", teams.Select(t => t.Name))}.");
    }
}
