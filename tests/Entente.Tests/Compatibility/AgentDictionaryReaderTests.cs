using Entente.Compatibility.Readers;
using Entente.Dictionaries;
using Entente.Tests.Sources;

namespace Entente.Tests.Compatibility;

public sealed class AgentDictionaryReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private List<Agent> Read(string text, List<DictionaryError>? warnings = null) =>
        AgentDictionaryReader.Read(_folder.Write("x.agents.txt", text), warnings ?? []);

    [Fact]
    public void Substitution_sets_expand_to_one_agent_per_member()
    {
        var agents = Read("!PERSON! = MAN, WOMAN\n!MIN! = MINISTER, MINISTRY\nSPOKES!PERSON! [~GOV]\nFOREIGN_!MIN! [~GOVFRM]\n");

        Assert.Equal(["spokesman", "spokeswoman", "foreign minister", "foreign ministry"], agents.Select(a => a.Phrase));
        Assert.Equal(["GOV", "GOV", "GOVFRM", "GOVFRM"], agents.Select(a => a.Code));
    }

    [Fact]
    public void Plurals_are_generated_listed_or_suppressed()
    {
        var agents = Read("SOLDIER [~MIL]\nMILITARY_PARTY [~MIL]\nGOOSE {GEESE} [~GGS]\nPOLICE {} [ ~COP]\n");

        Assert.Equal(["soldiers"], agents[0].Plurals);
        Assert.Equal(["military parties"], agents[1].Plurals);
        Assert.Equal(["geese"], agents[2].Plurals);
        Assert.Empty(agents[3].Plurals);
        Assert.Equal("COP", agents[3].Code);
    }

    [Fact]
    public void A_code_marked_X_tilde_goes_before_the_actor()
    {
        var agents = Read("RELIEF_AGENCY  [  NGO~]\nMINISTER [~GOV]\n");

        Assert.Equal([(true, "NGO"), (false, "GOV")], agents.Select(a => (a.Prefix, a.Code)));
    }

    [Fact]
    public void A_line_without_a_code_is_a_warning()
    {
        var warnings = new List<DictionaryError>();

        var agents = Read("MINISTER [~GOV]\nJUST_A_WORD\n", warnings);

        Assert.Single(agents);
        Assert.Equal("x.agents.txt:2: agent without a [code]", Assert.Single(warnings).ToString());
    }
}
