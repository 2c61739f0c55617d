using System.Text.Json;

namespace Okra.Browser.Tests.Infrastructure;

/// <summary>What a person does in the app, step by step, found the way a person finds it: by role and name.</summary>
public static class Steps
{
    /// <summary>Signs in from the sign-in page (in English, as a fresh browser shows it) and waits to leave it.</summary>
    public static async Task SignInAsync(this IPage page, string email, string password = Demo.Password)
    {
        await page.GotoAsync("/sign-in");
        await page.SubmitSignInAsync(email, password);
        await page.WaitForURLAsync(url => !url.Contains("/sign-in", StringComparison.Ordinal));
        await page.WaitForInteractiveAsync();
    }

    /// <summary>Fills and sends the sign-in form that is on the page (labels in English or Hungarian).</summary>
    public static async Task SubmitSignInAsync(this IPage page, string email, string password)
    {
        await page.GetByRole(AriaRole.Textbox, new() { Name = "E-mail" }).FillAsync(email);
        await page.Locator("input[type=password]").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new("^(Sign in|Bejelentkezés)$") }).ClickAsync();
    }

    /// <summary>Picks a language with the switch in the app bar (or on the sign-in page) unless it is already on.</summary>
    public static async Task UseLanguageAsync(this IPage page, string tag)
    {
        var button = page.GetByRole(AriaRole.Button, new() { Name = tag == "hu" ? "Magyar (HU)" : "English (EN)" });
        if (await button.GetAttributeAsync("aria-pressed") == "true") return;
        await button.ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", tag);
        await page.WaitForInteractiveAsync();
    }

    /// <summary>Waits until the page's components answer clicks (the layout marks itself once interactive).</summary>
    public static async Task WaitForInteractiveAsync(this IPage page)
    {
        if (await page.Locator(".okra-page").CountAsync() == 0) return; // the static sign-in page
        await page.Locator(".okra-page[data-interactive=true]").WaitForAsync();
    }

    /// <summary>Keeps a full-page screenshot in test-output/screenshots.</summary>
    public static async Task KeepScreenshotAsync(this IPage page, string name)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        // A window as tall as the page, rather than a full-page capture, so that the fixed side menu reaches the bottom.
        var viewport = page.ViewportSize!;
        var height = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        await page.SetViewportSizeAsync(viewport.Width, Math.Max(viewport.Height, height));
        await page.ScreenshotAsync(new() { Path = Path.Combine(Repository.Screenshots, name + ".png") });
        await page.SetViewportSizeAsync(viewport.Width, viewport.Height);
    }

    /// <summary>GETs a JSON API resource with the browser's session cookie.</summary>
    public static async Task<JsonElement> ApiAsync(this IPage page, string path)
    {
        var response = await page.Context.APIRequest.GetAsync(path);
        Assert.True(response.Ok, $"GET {path}: {response.Status} {await response.TextAsync()}");
        return (await response.JsonAsync())!.Value;
    }
}
