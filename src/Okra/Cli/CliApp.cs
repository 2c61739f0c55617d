using System.CommandLine;
using Okra.Hosting;

namespace Okra.Cli;

/// <summary>The command line: <c>serve</c> (the default), the maintenance verbs, and accounts and tokens.</summary>
public static class CliApp
{
    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("Okra — OKRs for sales and business-development teams.");
        var serve = new Command("serve", "Run the web app and API (the default).");
        serve.TreatUnmatchedTokensAsErrors = false; // ASP.NET Core settings (--urls, --Okra:Demo=false …) pass through to the host
        serve.SetAction(async (_, ct) => { await WebApp.Build(args.Skip(1).ToArray()).RunAsync(ct); return 0; });
        root.Subcommands.Add(serve);
        root.Subcommands.Add(MaintenanceCommands.Migrate());
        root.Subcommands.Add(MaintenanceCommands.Demo());
        root.Subcommands.Add(MaintenanceCommands.Export());
        root.Subcommands.Add(SalesImportCommands.AddTo(MaintenanceCommands.Import()));
        root.Subcommands.Add(Backup.BackupCommands.Backup());
        root.Subcommands.Add(Backup.BackupCommands.Restore());
        root.Subcommands.Add(Generation.GenerateCommand.Create());
        root.Subcommands.Add(OkrsCommand.Create());
        root.Subcommands.Add(UsersCommands.Create());
        root.Subcommands.Add(TokensCommands.Create());
        if (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal) && args[0] is not ("--help" or "--version"))
        {
            await WebApp.Build(args).RunAsync();
            return 0;
        }
        return await root.Parse(args).InvokeAsync();
    }
}
