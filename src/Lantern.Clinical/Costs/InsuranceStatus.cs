namespace Lantern.Clinical.Costs;

/// <summary>Whether the person expects insurance to pay part of the cost.</summary>
public enum InsuranceStatus
{
    Unknown,
    Yes,
    No,
}
