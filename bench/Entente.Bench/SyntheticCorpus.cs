using System.Text;
using Entente.Sources;

namespace Entente.Bench;

/// <summary>
/// A generated corpus for machines without ../shared: diplomatic sentences built from a few templates, random
/// states and dates, about 500 words an article — enough to measure throughput, not accuracy.
/// </summary>
internal static class SyntheticCorpus
{
    private static readonly string[] States =
        ["Belarus", "Laos", "France", "Japan", "Chile", "Kenya", "Norway", "Peru", "Vietnam", "Egypt", "Canada", "Poland", "India", "Brazil"];

    private static readonly string[] Templates =
    [
        "The foreign minister of {0} met his counterpart from {1} on {2} to discuss trade and energy cooperation.",
        "{0} and {1} signed an agreement on visa-free travel during the visit, officials said.",
        "The government of {0} strongly condemned the attack on {1} and called for restraint from all sides.",
        "A delegation from {0} visited {1} last week and held talks with senior officials on regional security.",
        "Officials in {0} said the new sanctions imposed by {1} would harm ordinary people and damage relations.",
        "The president of {0} thanked {1} for its humanitarian assistance after the floods earlier this year.",
    ];

    public static List<Article> Generate(int count, int seed)
    {
        var random = new Random(seed);
        var articles = new List<Article>(count);
        for (var i = 0; i < count; i++)
        {
            var text = new StringBuilder();
            for (var s = 0; s < 28; s++)
            {
                var a = States[random.Next(States.Length)];
                var b = States[random.Next(States.Length)];
                var day = $"{(DayOfWeek)random.Next(7)}";
                text.Append(string.Format(System.Globalization.CultureInfo.InvariantCulture, Templates[random.Next(Templates.Length)], a, b, day));
                text.Append(s % 4 == 3 ? "\n\n" : " ");
            }
            articles.Add(new Article($"gen-{i}", null, text.ToString(), new DateOnly(2025, 1, 1).AddDays(i % 365)));
        }
        return articles;
    }
}
