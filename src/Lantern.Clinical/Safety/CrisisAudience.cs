namespace Lantern.Clinical.Safety;

/// <summary>Who a crisis contact is specifically for, so the UI can highlight it for the right person.</summary>
public enum CrisisAudience
{
    Everyone,

    /// <summary>Veterans and those who care about them.</summary>
    Veterans,

    /// <summary>Hard experiences during or after ketamine or psychedelics (peer support, not emergencies).</summary>
    PsychedelicExperiences,
}
