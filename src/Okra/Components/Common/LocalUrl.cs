namespace Okra.Components.Common;

/// <summary>Return URLs after a form post: only a path on this site, so that a link cannot send anyone elsewhere.</summary>
public static class LocalUrl
{
    public static bool IsLocal(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || url[1] is not ('/' or '\\'));

    /// <summary><paramref name="url"/> when it is local, else the home page.</summary>
    public static string OrHome(string? url) => IsLocal(url) ? url! : "/";
}
