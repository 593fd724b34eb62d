using System.Globalization;
using System.Text;

namespace Entente.Tests.Store;

/// <summary>
/// A deterministic corpus of short diplomatic articles that the shipped dictionaries code, written for these
/// tests: few states, verbs and days, so many articles repeat the same events and the merge counts matter.
/// </summary>
internal static class GeneratedCorpus
{
    private static readonly string[] States = ["Chile", "Peru", "Bolivia", "Ecuador", "Norway", "Kenya", "Vietnam", "Laos"];
    private static readonly string[] Outlets = ["Andes Daily", "Lima Post", "Nordic Wire", "Mekong Times", null!];

    private static readonly string[] Templates =
    [
        "{0} condemned {1} on {2}.",
        "{0} praised {1} on {2}.",
        "{0} criticized {1} on {2} over fishing rights.",
        "{0} thanked {1} for its help on {2}.",
        "The foreign minister of {0} met his counterpart from {1} on {2}.",
        "{0} accused {1} of spying on {2}.",
        "Officials said the talks on water were long.",
    ];

    public static string Write(string path, int articles, int seed = 11)
    {
        var random = new Random(seed);
        var text = new StringBuilder();
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        for (var i = 0; i < articles; i++)
        {
            text.Clear();
            for (var s = 0; s < 8; s++)
            {
                var a = States[random.Next(States.Length)];
                var b = States[random.Next(States.Length)];
                if (a == b) continue;
                var day = (DayOfWeek)random.Next(1, 6);
                text.Append(string.Format(CultureInfo.InvariantCulture, Templates[random.Next(Templates.Length)], a, b, day)).Append(' ');
            }
            var published = new DateOnly(2025, 1, 3).AddDays(random.Next(0, 40)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            writer.Write(StoreCli.Line($"g{i}", text.ToString().Trim(), published, Outlets[random.Next(Outlets.Length)]));
        }
        return path;
    }
}
