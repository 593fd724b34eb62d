using Entente.Dictionaries;

namespace Entente.Tests.Dictionaries;

/// <summary>The loader's handling of bad lines: every error with file and line, none silently dropped.</summary>
public sealed class DictionaryLoaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("entente-dict-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Bad_lines_are_reported_with_file_and_line()
    {
        var source = Path.Combine(AppContext.BaseDirectory, "data");
        foreach (var file in DictionaryLoader.Files) File.Copy(Path.Combine(source, file), Path.Combine(_dir, file));
        File.AppendAllText(Path.Combine(_dir, "cameo.txt"), "\n999 | not-a-number | Broken\n");
        File.AppendAllText(Path.Combine(_dir, "people.txt"), "\nJane Doe | Doe | BLR | XYZ | Minister | 2020 |\n");
        var lines = File.ReadAllLines(Path.Combine(_dir, "cameo.txt")).Length;

        var error = Assert.Throws<DictionaryLoadException>(() => DictionaryLoader.Load(_dir));

        Assert.Contains(error.Errors, e => e.File == "cameo.txt" && e.Line == lines);
        Assert.Contains(error.Errors, e => e.File == "people.txt" && e.Message.Contains("XYZ", StringComparison.Ordinal));
    }

    [Fact]
    public void Membership_cues_must_name_a_known_status_or_grammar_class()
    {
        var source = Path.Combine(AppContext.BaseDirectory, "data");
        foreach (var file in DictionaryLoader.Files) File.Copy(Path.Combine(source, file), Path.Combine(_dir, file));
        var cues = Path.Combine(_dir, "membership-cues.txt");
        File.WriteAllLines(cues, File.ReadAllLines(cues).Where(l => !l.StartsWith("=factive", StringComparison.Ordinal)).Append("associate | associate member"));

        var issues = DictionaryLinter.Lint(DictionaryLoader.Load(_dir)).Select(e => e.ToString()).ToList();

        Assert.Contains(issues, i => i.Contains("unknown membership status or grammar class 'associate'", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.Contains("no words for the grammar class =factive", StringComparison.Ordinal));
    }

    [Fact]
    public void Word_classes_are_loaded_and_an_unknown_class_is_an_error()
    {
        var source = Path.Combine(AppContext.BaseDirectory, "data");
        foreach (var file in DictionaryLoader.Files) File.Copy(Path.Combine(source, file), Path.Combine(_dir, file));
        Assert.Contains("summit", DictionaryLoader.Load(_dir).WordsOf(WordClasses.ThingHead));

        File.AppendAllText(Path.Combine(_dir, "word-classes.txt"), "\nplace-head | street\n");
        var error = Assert.Throws<DictionaryLoadException>(() => DictionaryLoader.Load(_dir));

        Assert.Contains(error.Errors, e => e.File == "word-classes.txt" && e.Message.Contains("unknown word class 'place-head'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_folder_is_a_clear_error()
    {
        var error = Assert.Throws<DictionaryLoadException>(() => DictionaryLoader.Load(Path.Combine(_dir, "nope")));
        Assert.Contains("not found", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("visit", "visits", "visited", "visiting")]
    [InlineData("apply", "applies", "applied", "applying")]
    [InlineData("agree", "agrees", "agreed", "agreeing")]
    [InlineData("host", "hosts", "hosted", "hosting")]
    [InlineData("reach", "reaches", "reached", "reaching")]
    public void Regular_verb_forms_are_generated(string lemma, string third, string past, string ing)
    {
        Assert.Equal(third, Inflector.ThirdPerson(lemma));
        Assert.Equal(past, Inflector.Past(lemma));
        Assert.Equal(ing, Inflector.Ing(lemma));
    }

    [Theory]
    [InlineData("minister", "ministers")]
    [InlineData("embassy", "embassies")]
    [InlineData("air strike", "air strikes")]
    [InlineData("church", "churches")]
    public void Noun_plurals_are_generated(string noun, string plural) => Assert.Equal(plural, Inflector.Plural(noun));
}
