namespace Lantern.Web.Features.Guide;

/// <summary>A guide file that cannot be served as written. Thrown at start-up so a broken article never ships quietly.</summary>
public sealed class GuideContentException(string file, string problem) : Exception($"Guide file {file}: {problem}")
{
    public string File { get; } = file;
}
