namespace Entente.Dictionaries;

/// <summary>Maps any name or acronym of an organization (case-insensitive) to its acronym, the key facts use.</summary>
public static class OrganizationNames
{
    public static Func<string, string> KeyFunction(DictionarySet set)
    {
        var keys = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var org in set.Organizations)
        {
            keys.TryAdd(org.Acronym, org.Acronym);
            foreach (var name in org.Names) keys.TryAdd(name, org.Acronym);
        }
        return name => keys.TryGetValue(name.Trim(), out var key) ? key : name;
    }
}
