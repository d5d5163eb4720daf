namespace CaseWork.Web.Tests.Infrastructure;

public static class RepositoryPaths
{
    /// <summary>The checkout's top folder (where CaseWork.sln is), found from the test output folder.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CaseWork.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("CaseWork.sln not found above the test output.");
    }
}
