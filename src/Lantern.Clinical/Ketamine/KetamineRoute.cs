namespace Lantern.Clinical.Ketamine;

/// <summary>How a course of ketamine is given. Only describes the course; nothing here depends on a dose.</summary>
public enum KetamineRoute
{
    /// <summary>Lozenges or tablets dissolved in the mouth at home, under a prescriber.</summary>
    AtHomeLozenges,

    /// <summary>Infusion into a vein, in a clinic.</summary>
    IvInfusion,

    /// <summary>Esketamine nasal spray (SPRAVATO), only in certified clinics.</summary>
    EsketamineNasalSpray,

    /// <summary>Injection into a muscle, in a clinic.</summary>
    Intramuscular,

    /// <summary>Anything else the prescriber set up.</summary>
    Other,
}

/// <summary>Stable codes and plain names for <see cref="KetamineRoute"/>.</summary>
public static class KetamineRoutes
{
    public static IReadOnlyList<KetamineRoute> All { get; } = Enum.GetValues<KetamineRoute>();

    public static IReadOnlyList<string> Codes { get; } = All.Select(r => r.ToCode()).ToArray();

    public static string ToCode(this KetamineRoute route) => route switch
    {
        KetamineRoute.AtHomeLozenges => "at-home-lozenges",
        KetamineRoute.IvInfusion => "iv-infusion",
        KetamineRoute.EsketamineNasalSpray => "esketamine-nasal-spray",
        KetamineRoute.Intramuscular => "intramuscular",
        KetamineRoute.Other => "other",
    };

    public static string ToLabel(this KetamineRoute route) => route switch
    {
        KetamineRoute.AtHomeLozenges => "At home: lozenges or tablets under the tongue",
        KetamineRoute.IvInfusion => "In a clinic: infusion into a vein (IV)",
        KetamineRoute.EsketamineNasalSpray => "In a clinic: esketamine nasal spray (SPRAVATO)",
        KetamineRoute.Intramuscular => "In a clinic: injection into a muscle (IM)",
        KetamineRoute.Other => "Another way my prescriber set up",
    };

    /// <summary>At home the support person is the only monitor, so their checks matter most.</summary>
    public static bool IsAtHome(this KetamineRoute route) => route is KetamineRoute.AtHomeLozenges;

    public static KetamineRoute? FromCode(string? code) =>
        All.Cast<KetamineRoute?>().FirstOrDefault(r => string.Equals(r!.Value.ToCode(), code?.Trim(), StringComparison.OrdinalIgnoreCase));
}
