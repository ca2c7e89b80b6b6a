namespace Lantern.Clinical.Tapering;

/// <summary>
/// How far a tablet strength may be divided into equal doses. Only what the product's own information says is
/// recorded; when it says nothing, the strength is <see cref="WholeOnly"/>. A score line that is only "to help
/// swallowing" is <see cref="WholeOnly"/> too.
/// </summary>
public enum Splitting
{
    WholeOnly,
    Halves,
    Quarters,
}
