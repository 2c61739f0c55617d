using System.Globalization;
using System.Text;

namespace Okra.Bench.Sales;

/// <summary>An activities CSV in Okra's own column names, spread over the last 90 days, deterministic.</summary>
internal static class ActivityCsv
{
    public static readonly string[] DemoSellers =
        ["eszter.szabo@demo.okra.local", "gabor.toth@demo.okra.local", "reka.horvath@demo.okra.local", "bence.varga@demo.okra.local", "peter.nagy@demo.okra.local"];

    private static readonly string[] Types = ["coldCall", "coldCall", "call", "email", "meeting", "demo"];
    private static readonly string[] Outcomes = ["connected", "no answer", "meeting booked", "not interested", ""];

    public static void Write(string path, int count, IReadOnlyList<string> owners, string idPrefix = "act-")
    {
        var random = new Random(7);
        var start = DateTime.UtcNow.Date.AddDays(-90);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write("id,type,owner,at,customer,outcome\n");
        for (var i = 0; i < count; i++)
        {
            var at = start.AddDays(random.Next(90)).AddHours(7).AddMinutes(random.Next(540));
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"{idPrefix}{i:D8},{Types[random.Next(Types.Length)]},{owners[random.Next(owners.Count)]},{at:yyyy-MM-ddTHH:mm:ssZ},cust-{random.Next(20_000):D5},{Outcomes[random.Next(Outcomes.Length)]}\n"));
        }
    }
}
