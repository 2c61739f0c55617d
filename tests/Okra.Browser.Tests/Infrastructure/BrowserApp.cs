namespace Okra.Browser.Tests.Infrastructure;

/// <summary>One running app and one headless Chromium (the machine's, /usr/bin/chromium), shared by the browser tests.</summary>
public sealed class BrowserApp : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;
    private IBrowser? browser;
    private OkraServer? server;

    public OkraServer Server => server ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        // Never a skip: a machine without Chromium fails, and says how to get it.
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException(
                $"Chromium is missing at {ChromiumPath}. Run ./build.sh test, which installs it from Debian's packages (or: apt-get install chromium).");
        server = await OkraServer.StartAsync();
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh browser profile (no cookies) in <paramref name="locale"/>, on a laptop-sized window.</summary>
    public async Task<IPage> NewPageAsync(string locale = "en-US")
    {
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.Address.ToString(),
            Locale = locale,
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.DisposeAsync();
        playwright?.Dispose();
        if (server is not null) await server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserTests : ICollectionFixture<BrowserApp>
{
    public const string Name = "browser";
}
