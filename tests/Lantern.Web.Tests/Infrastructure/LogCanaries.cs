using Microsoft.Extensions.Logging.Testing;

namespace Lantern.Web.Tests.Infrastructure;

/// <summary>
/// SEC-22: what people typed (canaries) must reach no part of any log record a sink could write. A short canary holds a
/// letter past "f", so no user id, trace id or span id in a record can contain it by chance.
/// </summary>
public static class LogCanaries
{
    /// <summary>Every part of a record a log sink could write: message, exception, structured values and scopes.</summary>
    public static string TextOf(FakeLogRecord record) =>
        string.Join(" | ", record.Message, record.Exception?.ToString(),
            string.Join(",", record.StructuredState?.Select(kv => kv.Value) ?? []),
            string.Join(",", record.Scopes.Select(s => s?.ToString())));

    /// <summary>Fails naming the first canary found (case-insensitive) and the record it reached.</summary>
    public static void AssertNoneIn(IEnumerable<FakeLogRecord> records, params string[] canaries)
    {
        foreach (var record in records)
        {
            var text = TextOf(record);
            foreach (var canary in canaries)
            {
                Assert.False(text.Contains(canary, StringComparison.OrdinalIgnoreCase), $"'{canary}' reached a log record from {record.Category}: {record.Message}");
            }
        }
    }
}
