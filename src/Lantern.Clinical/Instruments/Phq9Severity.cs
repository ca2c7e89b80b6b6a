namespace Lantern.Clinical.Instruments;

/// <summary>PHQ-9 severity bands. Source: Kroenke 2001 (clinical.md §3.1): 5, 10, 15, 20 start each band above minimal.</summary>
public enum Phq9Severity
{
    Minimal,
    Mild,
    Moderate,
    ModeratelySevere,
    Severe,
}
