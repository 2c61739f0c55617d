namespace Okra.Browser.Tests.Infrastructure;

/// <summary>The demo organisation's accounts (README): every demo person signs in with the same password.</summary>
public static class Demo
{
    public const string Password = "okra-demo-2027";

    /// <summary>CEO and admin.</summary>
    public const string Anna = "anna.kovacs@demo.okra.local";

    /// <summary>Sales director.</summary>
    public const string Peter = "peter.nagy@demo.okra.local";

    /// <summary>Account executive.</summary>
    public const string Eszter = "eszter.szabo@demo.okra.local";

    /// <summary>Account executive.</summary>
    public const string Gabor = "gabor.toth@demo.okra.local";
}
