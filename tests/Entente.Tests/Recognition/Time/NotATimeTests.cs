using Xunit;

namespace Entente.Tests.Recognition.Time;

public sealed class NotATimeTests
{
    [Theory]
    [InlineData("Blinken and Holness commemorated 60 years of diplomatic relations.")]
    [InlineData("Jamaica marks the 60th anniversary of its independence.")]
    [InlineData("Ukraine marked the first anniversary of the invasion.")]
    [InlineData("The ambassador announced nearly $808 million in new humanitarian assistance.")]
    [InlineData("Aid reaches 5.6 million Syrian refugees.")]
    [InlineData("Security forces have detained more than 13,000 people.")]
    [InlineData("Security Council Resolution 2254 calls for a political settlement.")]
    [InlineData("The fund was spent in 2000 cases.")]
    [InlineData("The 2022 dialogue covered energy.")]
    [InlineData("We won't wade in just yet on 2022 Olympics.")]
    [InlineData("The Magnitsky Act of 2012 allows sanctions.")]
    [InlineData("Welcome, Class of 2022.")]
    [InlineData("Total assistance since the start of the 11-year crisis reached $15 billion.")]
    [InlineData("Beijing deviated from its decades-old nuclear strategy.")]
    [InlineData("The talks may resume soon.")]
    [InlineData("May God bless the fallen.")]
    [InlineData("May she rest in peace.")]
    [InlineData("Thousands march in the capital.")]
    [InlineData("Protesters will March on Washington.")]
    [InlineData("Jan Lipavsky met his counterpart.")]
    [InlineData("June Smith said the vote was fair.")]
    [InlineData("The Good Friday Agreement ended the conflict.")]
    [InlineData("The Arab Spring protests spread.")]
    [InlineData("The fall of Kabul shocked allies.")]
    [InlineData("Prices fall sharply.")]
    [InlineData("The sanctions lasted for three years.")]
    [InlineData("Prices rose over the past five years.")]
    [InlineData("Prices rose in the last year.")]
    [InlineData("The next month will be decisive.")]
    [InlineData("The past week was calm.")]
    [InlineData("Hundreds died in the last 24 hours.")]
    [InlineData("Growth was strong in the 1990s.")]
    [InlineData("The cable is dated 17.07.2025.")]
    [InlineData("He said it would take a few hours.")]
    public void FindsNothing(string sentence) => Assert.Empty(TimeCheck.All(sentence, "2025-07-20"));
}
