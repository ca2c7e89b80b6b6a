using Lantern.Web.Tests.Infrastructure;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Lantern.Web.Tests.Platform.Time;

/// <summary>
/// Times a person reads are in their own zone (Platform/Time/LocalTime). The activity log, the therapist's notes and
/// the sign-in list once formatted instants themselves and showed UTC. This reads the compiled app — every page, view,
/// e-mail and handler, lambdas and async bodies included — and refuses any code outside <c>Platform/Time</c> that turns
/// a <see cref="DateTimeOffset"/> or <see cref="DateTime"/> into text itself: <c>ToString</c>, string interpolation
/// (<c>{at:d MMM}</c>), or writing one straight into a page (<c>@at</c>, which boxes it). A DateOnly or TimeOnly is
/// already a local date or clock time and may be written as it is. The few places that write instants for machines
/// (files and file names, in UTC by design) are listed below with their reason.
/// </summary>
[NeedsNoDatabase]
public sealed class TimesShownInLocalTimeTests
{
    /// <summary>Declaring types (full names, nested types with '/') allowed to format instants, and why.</summary>
    private static readonly Dictionary<string, string> Allowed = new(StringComparer.Ordinal)
    {
        ["Lantern.Web.Platform.Time.LocalTime"] = "the one place instants become a person's local time",
        ["Lantern.Web.Platform.Email.Mailer"] = "the outbox file name, for machines, in UTC",
        ["Lantern.Web.Features.MyData.ExportCheckInsHandler"] = "the CSV export writes instants as ISO 8601 UTC with a Z, for machines",
        // Not changed here: the care-team overview is being reworked on another branch; reported to the integrator.
    };

    [Fact]
    public void CompiledApp_NoInstantTurnedIntoTextOutsideLocalTime()
    {
        var path = typeof(Program).Assembly.Location;
        using var module = ModuleDefinition.ReadModule(path);
        var found = new List<string>();
        foreach (var type in module.GetTypes())
        {
            var owner = Outermost(type);
            if (Allowed.ContainsKey(owner.FullName))
            {
                continue;
            }

            foreach (var method in type.Methods.Where(m => m.HasBody))
            {
                foreach (var instruction in method.Body.Instructions)
                {
                    if (Formats(instruction, IsView(owner)) is { } what)
                    {
                        found.Add($"{Describe(owner)}: {what}");
                    }
                }
            }
        }

        Assert.True(found.Count == 0,
            "These turn an instant into text without the viewer's time zone; use LocalTime (DateAndTime, ClockTime, ShortDay, "
                + "DateOf; Machine for a datetime attribute):\n" + string.Join("\n", found.Distinct().Order(StringComparer.Ordinal)));
    }

    /// <summary>
    /// In a view, boxing an instant is writing it into the page (<c>@at</c>). Elsewhere boxing is how EF Core's query
    /// expressions carry a value, so only a view's boxes count.
    /// </summary>
    private static string? Formats(Instruction instruction, bool view)
    {
        if (view && instruction.OpCode == OpCodes.Box && instruction.Operand is TypeReference boxed && IsInstant(boxed))
        {
            return $"writes a {boxed.Name} as it is";
        }

        if (instruction.OpCode != OpCodes.Call && instruction.OpCode != OpCodes.Callvirt || instruction.Operand is not MethodReference called)
        {
            return null;
        }

        if (IsInstant(called.DeclaringType) && called.Name is "ToString" or "ToShortTimeString" or "ToLongTimeString" or "ToShortDateString" or "ToLongDateString")
        {
            return $"{called.DeclaringType.Name}.{called.Name}";
        }

        if (called is GenericInstanceMethod generic && called.Name == "AppendFormatted" && generic.GenericArguments.Any(IsInstant))
        {
            return $"interpolates a {generic.GenericArguments.First(IsInstant).Name}";
        }

        if (called.DeclaringType.FullName == "System.Runtime.CompilerServices.DefaultInterpolatedStringHandler" && called.Name == "AppendFormatted"
            && called.Parameters.Count > 0 && IsInstant(called.Parameters[0].ParameterType))
        {
            return "interpolates an instant";
        }

        return null;
    }

    private static bool IsInstant(TypeReference type) =>
        type.FullName is "System.DateTimeOffset" or "System.DateTime"
        || type is GenericInstanceType { ElementType.FullName: "System.Nullable`1" } nullable && IsInstant(nullable.GenericArguments[0]);

    /// <summary>A compiled page or view: Razor names its class after the file (Features_CareTeam_Activity).</summary>
    private static bool IsView(TypeDefinition type) =>
        type.Name.StartsWith("Features_", StringComparison.Ordinal) || type.Name.StartsWith("Platform_", StringComparison.Ordinal);

    private static TypeDefinition Outermost(TypeDefinition type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type;
    }

    /// <summary>A compiled view by its file (Features/CareTeam/Activity.cshtml); anything else by its type.</summary>
    private static string Describe(TypeDefinition type) =>
        IsView(type) ? type.Name.Replace('_', '/') + ".cshtml" : type.FullName;
}
