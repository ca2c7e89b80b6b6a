namespace Lantern.Clinical.Screening;

/// <summary>
/// A yes/no health-history answer that also allows "not sure". The default value is <see cref="NotAnswered"/>, so a
/// missing answer can never be read as "no".
/// </summary>
public enum HistoryAnswer
{
    NotAnswered = 0,
    No,
    Yes,
    NotSure,
}
