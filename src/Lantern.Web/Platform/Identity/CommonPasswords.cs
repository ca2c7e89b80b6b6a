using System.Collections.Frozen;
using System.Reflection;

namespace Lantern.Web.Platform.Identity;

/// <summary>
/// The bundled list of 30,000 common passwords (from the zxcvbn project's frequency list, MIT licence;
/// see Platform/Identity/common-passwords.NOTICE.md). Loaded once from an embedded resource.
/// </summary>
public sealed class CommonPasswords
{
    private const string ResourceName = "Lantern.Web.Platform.Identity.common-passwords.txt";
    private static readonly string[] KeyboardRuns = ["0123456789012345678901234567890", "abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p"];
    private readonly FrozenSet<string> _passwords;

    public CommonPasswords()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                set.Add(line);
            }
        }

        _passwords = set.ToFrozenSet(StringComparer.Ordinal);
    }

    public int Count => _passwords.Count;

    /// <summary>
    /// True when the password is on the list, is a listed password with digits or symbols tacked on
    /// ("iloveyou2024!"), is one short chunk repeated, or is a keyboard or alphabet run.
    /// </summary>
    public bool IsCommon(string password)
    {
        var lower = password.ToLowerInvariant();
        if (_passwords.Contains(lower))
        {
            return true;
        }

        var core = lower.TrimEnd("0123456789!@#$%^&*()-_=+.?,;: ".ToCharArray());
        if (core.Length >= 4 && core.Length < lower.Length && _passwords.Contains(core))
        {
            return true;
        }

        return IsRepeatedChunk(lower) || IsRun(lower);
    }

    /// <summary>One chunk repeated: short chunks ("abcabcabc…") or a listed password ("passwordpassword").</summary>
    private bool IsRepeatedChunk(string value)
    {
        for (var size = 1; size <= value.Length / 2; size++)
        {
            if (value.Length % size != 0)
            {
                continue;
            }

            var chunk = value.AsSpan(0, size);
            var repeated = true;
            for (var i = size; i < value.Length && repeated; i += size)
            {
                repeated = value.AsSpan(i, size).SequenceEqual(chunk);
            }

            if (repeated && (size <= 4 || _passwords.Contains(chunk.ToString())))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRun(string value)
    {
        var reversed = new string(value.Reverse().ToArray());
        return KeyboardRuns.Any(run => run.Contains(value, StringComparison.Ordinal) || run.Contains(reversed, StringComparison.Ordinal));
    }
}
