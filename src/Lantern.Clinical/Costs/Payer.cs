namespace Lantern.Clinical.Costs;

/// <summary>Who a published price applies to.</summary>
public enum Payer
{
    /// <summary>The person pays the whole price themselves.</summary>
    SelfPay,

    /// <summary>What a person with insurance pays after their plan.</summary>
    Insured,
}
