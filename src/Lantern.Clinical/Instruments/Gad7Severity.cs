namespace Lantern.Clinical.Instruments;

/// <summary>GAD-7 severity bands. Source: Kroenke 2007 / Spitzer 2006 (clinical.md §3.2): 5, 10, 15 start mild, moderate, severe.</summary>
public enum Gad7Severity
{
    Minimal,
    Mild,
    Moderate,
    Severe,
}
