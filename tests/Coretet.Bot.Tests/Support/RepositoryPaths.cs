namespace Coretet.Bot.Tests.Support;

/// <summary>Where the repository and its npm test tools are, from the test binaries' folder.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    /// <summary><c>CORETET_NODE_MODULES</c> (set by scripts/test.sh), else the repository's node_modules.</summary>
    public static string NodeModules
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("CORETET_NODE_MODULES");
            var path = string.IsNullOrWhiteSpace(configured) ? System.IO.Path.Combine(Root, "node_modules") : configured;
            if (!Directory.Exists(path))
            {
                throw new InvalidOperationException(
                    $"npm test tools not found in {path}: run 'npm ci' at the repository root or set CORETET_NODE_MODULES (scripts/test.sh does).");
            }

            return path;
        }
    }

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Coretet.Bot.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException($"Coretet.Bot.sln not found above {AppContext.BaseDirectory}.");
    }
}
