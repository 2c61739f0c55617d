using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Okra.Data;
using Okra.Data.Accounts;

namespace Okra.Accounts;

/// <summary>Invitation links (password-setting codes) live 7 days; they die with the first password set.</summary>
public sealed class InvitationTokenProvider(IDataProtectionProvider protection, IOptions<InvitationTokenProviderOptions> options, ILogger<DataProtectorTokenProvider<OkraUser>> logger)
    : DataProtectorTokenProvider<OkraUser>(protection, options, logger);

public sealed class InvitationTokenProviderOptions : DataProtectionTokenProviderOptions
{
    public InvitationTokenProviderOptions()
    {
        Name = "Invitation";
        TokenLifespan = TimeSpan.FromDays(7);
    }
}

public static class IdentitySetup
{
    /// <summary>Identity on Okra's own database: password policy, lockout after 5 failures for 15 minutes, keys in the database.</summary>
    public static IdentityBuilder AddOkraIdentity(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("Okra").PersistKeysToDbContext<OkraDbContext>();
        services.AddScoped<AccountService>();
        return services.AddIdentityCore<OkraUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.Tokens.PasswordResetTokenProvider = "Invitation";
            })
            .AddEntityFrameworkStores<OkraDbContext>()
            .AddTokenProvider<InvitationTokenProvider>("Invitation");
    }
}
