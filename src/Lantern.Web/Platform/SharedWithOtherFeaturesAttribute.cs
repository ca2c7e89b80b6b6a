namespace Lantern.Web.Platform;

/// <summary>
/// Marks a type that other features may use: part of its feature's small public surface, named in
/// docs/architecture.md. Anything else in a feature folder is that feature's own; the architecture tests refuse a
/// reference to it from another feature.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Enum, Inherited = false)]
public sealed class SharedWithOtherFeaturesAttribute : Attribute;
