using System.Reflection;

namespace Okra.Browser.Tests.Infrastructure;

/// <summary>Paths in the repository the tests run from.</summary>
public static class Repository
{
    /// <summary>The folder holding Okra.slnx, found by walking up from the test assembly.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Debug or Release: the configuration these tests were built in, and so the app next to them.</summary>
    public static string Configuration { get; } = typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .First(a => a.Key == "Configuration").Value ?? "Debug";

    /// <summary>The built app.</summary>
    public static string AppDll => Path.Combine(Root, "src", "Okra", "bin", Configuration, "net10.0", "Okra.dll");

    /// <summary>Where screenshots are kept: test-output/screenshots.</summary>
    public static string Screenshots => Directory.CreateDirectory(Path.Combine(Root, "test-output", "screenshots")).FullName;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Okra.slnx"))) return dir.FullName;
        throw new InvalidOperationException($"No Okra.slnx above {AppContext.BaseDirectory}.");
    }
}
