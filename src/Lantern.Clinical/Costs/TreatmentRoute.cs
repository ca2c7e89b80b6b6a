namespace Lantern.Clinical.Costs;

/// <summary>The three ways of receiving ketamine care that the cost estimator prices.</summary>
public enum TreatmentRoute
{
    /// <summary>Ketamine lozenges (troches) taken at home under a telehealth prescriber.</summary>
    AtHomeLozenges,

    /// <summary>Ketamine infusions into a vein, in a clinic.</summary>
    IvInClinic,

    /// <summary>Esketamine nasal spray (SPRAVATO), only in certified clinics.</summary>
    Esketamine,
}
