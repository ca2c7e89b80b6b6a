namespace Lantern.Web.Platform.Hosting;

/// <summary>This process's name in claims, so instances sharing a database can tell their claims apart.</summary>
public sealed record InstanceIdentity(string Name)
{
    public static InstanceIdentity Create()
    {
        var name = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
        return new(name.Length > 80 ? name[^80..] : name);
    }
}
