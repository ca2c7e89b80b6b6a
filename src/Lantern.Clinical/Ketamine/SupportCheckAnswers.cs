using Lantern.Clinical.Safety;
using Lantern.Clinical.Validation;

namespace Lantern.Clinical.Ketamine;

/// <summary>How awake the person is, as the support person sees it.</summary>
public enum Responsiveness
{
    AwakeAndResponsive,
    DrowsyButAnswers,
    HardToWake,
}

/// <summary>How the person seems, as the support person sees it.</summary>
public enum Calmness
{
    Calm,
    UneasyButSettled,
    VeryDistressed,
}

/// <summary>A support person's 15-minute check: what they see, in three taps.</summary>
public sealed record SupportCheckAnswers(Responsiveness Responsiveness, Calmness Calmness, bool BreathingConcern)
{
    public static IReadOnlyList<string> ResponsivenessCodes { get; } = ["awake", "drowsy", "hard-to-wake"];

    public static IReadOnlyList<string> CalmnessCodes { get; } = ["calm", "uneasy", "very-distressed"];

    /// <summary>
    /// Red flags from a check. Someone hard to wake is treated like severe confusion ("cannot be woken properly"), and
    /// breathing that worries the support person like trouble breathing: both are emergencies in the catalogue.
    /// Distress alone is common during a session and raises no flag; the page offers the crisis lines instead.
    /// </summary>
    [Source(nameof(Refs.SpravatoLabel))]
    [Source(nameof(Refs.LanternSessionPolicy))]
    public IReadOnlyList<RedFlag> Flags()
    {
        var flags = new List<RedFlag>();
        if (Responsiveness == Responsiveness.HardToWake)
        {
            flags.Add(RedFlags.SevereConfusion);
        }

        if (BreathingConcern)
        {
            flags.Add(RedFlags.TroubleBreathing);
        }

        return flags;
    }

    /// <summary>Reads the API's codes; unknown or missing ones are errors naming the field, with the accepted codes.</summary>
    public static SupportCheckAnswers Parse(string? responsiveness, string? calmness, bool? breathingConcern)
    {
        var errors = new List<InputError>();
        var r = Find(responsiveness, ResponsivenessCodes, "responsiveness", "Say how awake they are.", errors);
        var c = Find(calmness, CalmnessCodes, "calmness", "Say how calm they seem.", errors);
        InputErrors.ThrowIfAny(errors);
        return new SupportCheckAnswers((Responsiveness)r, (Calmness)c, breathingConcern == true);
    }

    public static string ToCode(Responsiveness value) => ResponsivenessCodes[(int)value];

    public static string ToCode(Calmness value) => CalmnessCodes[(int)value];

    public static string ToLabel(Responsiveness value) => value switch
    {
        Responsiveness.AwakeAndResponsive => "Awake and responds",
        Responsiveness.DrowsyButAnswers => "Drowsy, but answers when spoken to",
        Responsiveness.HardToWake => "Hard to wake, or does not answer",
    };

    public static string ToLabel(Calmness value) => value switch
    {
        Calmness.Calm => "Calm",
        Calmness.UneasyButSettled => "A bit uneasy, but settles",
        Calmness.VeryDistressed => "Very distressed",
    };

    private static int Find(string? code, IReadOnlyList<string> codes, string field, string missing, List<InputError> errors)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            errors.Add(new InputError(field, missing, codes));
            return 0;
        }

        for (var i = 0; i < codes.Count; i++)
        {
            if (string.Equals(codes[i], code.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        errors.Add(new InputError(field, $"Unknown answer '{code}'.", codes));
        return 0;
    }
}
