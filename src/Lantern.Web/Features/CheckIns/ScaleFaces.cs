namespace Lantern.Web.Features.CheckIns;

/// <summary>The mouth of a scale choice's decorative face: a curve from a frown to a smile across the scale.</summary>
public static class ScaleFaces
{
    /// <summary>An SVG path for a 24-unit face: a smile for the best end of the scale, a frown for the other.</summary>
    public static string Mouth(int value, ScaleFace face)
    {
        var middle = (CheckInInput.ScaleMin + CheckInInput.ScaleMax) / 2.0;
        var half = (CheckInInput.ScaleMax - CheckInInput.ScaleMin) / 2.0;
        var towardBest = face == ScaleFace.HigherIsTenser ? (middle - value) / half : (value - middle) / half;
        // The control point sits below the corners for a smile and above them for a frown.
        var control = 15.5 + towardBest * 5;
        return string.Create(CultureInfo.InvariantCulture, $"M7 15.5 Q12 {control:0.#} 17 15.5");
    }
}
