namespace PeaceModel.Authoring;

/// <summary>
/// The words the drafter knows, declared once: states with their adjectives, demonyms, other names and
/// capitals; international organizations; bodies of government ("the Kremlin", "the State Department",
/// nouns such as "ministry"); news outlets (never speakers of what they report); titles that stand before
/// a person's name; and words that open sentences but name nobody. English only.
/// </summary>
internal static class Gazetteer
{
    /// <summary>States: the name an actor gets, then the other words that name the state or stand for it (adjectives, demonyms, short forms, capital).</summary>
    private static readonly (string Name, string[] Words)[] StateTable =
    [
        ("Russia", ["Russian", "Russians", "Russian Federation", "Moscow"]),
        ("Ukraine", ["Ukrainian", "Ukrainians", "Kyiv", "Kiev"]),
        ("United States", ["US", "U.S.", "USA", "U.S.A.", "America", "American", "Americans", "Washington", "the United States", "United States of America"]),
        ("China", ["Chinese", "Beijing", "People's Republic of China", "PRC"]),
        ("United Kingdom", ["UK", "U.K.", "Britain", "British", "Great Britain", "London"]),
        ("France", ["French", "Paris"]),
        ("Germany", ["German", "Germans", "Berlin"]),
        ("Italy", ["Italian", "Rome"]),
        ("Spain", ["Spanish", "Madrid"]),
        ("Poland", ["Polish", "Warsaw"]),
        ("Turkey", ["Turkish", "Türkiye", "Ankara"]),
        ("Iran", ["Iranian", "Iranians", "Tehran"]),
        ("Iraq", ["Iraqi", "Baghdad"]),
        ("Syria", ["Syrian", "Damascus"]),
        ("Israel", ["Israeli", "Israelis", "Jerusalem"]),
        ("Palestine", ["Palestinian", "Palestinians", "State of Palestine"]),
        ("Egypt", ["Egyptian", "Cairo"]),
        ("Saudi Arabia", ["Saudi", "Saudis", "Riyadh", "Kingdom of Saudi Arabia"]),
        ("Qatar", ["Qatari", "Doha"]),
        ("United Arab Emirates", ["UAE", "Emirati", "Abu Dhabi"]),
        ("Jordan", ["Jordanian", "Amman"]),
        ("Lebanon", ["Lebanese", "Beirut"]),
        ("Kuwait", ["Kuwaiti"]),
        ("Bahrain", ["Bahraini", "Manama"]),
        ("Oman", ["Omani", "Muscat"]),
        ("Yemen", ["Yemeni", "Sanaa"]),
        ("North Korea", ["North Korean", "DPRK", "Pyongyang", "N.Korea", "N. Korea"]),
        ("South Korea", ["South Korean", "Seoul", "Republic of Korea", "S.Korea", "S. Korea"]),
        ("Japan", ["Japanese", "Tokyo"]),
        ("India", ["Indian", "New Delhi"]),
        ("Pakistan", ["Pakistani", "Islamabad"]),
        ("Afghanistan", ["Afghan", "Kabul"]),
        ("Belarus", ["Belarusian", "Minsk"]),
        ("Nigeria", ["Nigerian", "Abuja"]),
        ("South Sudan", ["South Sudanese", "Juba"]),
        ("Sudan", ["Sudanese", "Khartoum"]),
        ("Ethiopia", ["Ethiopian", "Addis Ababa"]),
        ("Libya", ["Libyan", "Tripoli"]),
        ("Armenia", ["Armenian", "Yerevan"]),
        ("Azerbaijan", ["Azerbaijani", "Baku"]),
        ("Georgia", ["Georgian", "Tbilisi"]),
        ("Canada", ["Canadian", "Ottawa"]),
        ("Brazil", ["Brazilian", "Brasilia"]),
        ("Mexico", ["Mexican"]),
        ("Austria", ["Austrian", "Vienna"]),
        ("Switzerland", ["Swiss", "Geneva", "Bern"]),
        ("Norway", ["Norwegian", "Oslo"]),
        ("Sweden", ["Swedish", "Stockholm"]),
        ("Finland", ["Finnish", "Helsinki"]),
        ("Hungary", ["Hungarian", "Budapest"]),
        ("Serbia", ["Serbian", "Belgrade"]),
        ("Kosovo", ["Kosovar", "Pristina"]),
        ("Venezuela", ["Venezuelan", "Caracas"]),
        ("Cuba", ["Cuban", "Havana"]),
        ("Algeria", ["Algerian", "Algiers"]),
        ("Morocco", ["Moroccan", "Rabat"]),
        ("Tunisia", ["Tunisian", "Tunis"]),
        ("Somalia", ["Somali", "Mogadishu"]),
        ("Kenya", ["Kenyan", "Nairobi"]),
        ("South Africa", ["South African", "Pretoria"]),
        ("Eritrea", ["Eritrean", "Asmara"]),
        ("Mali", ["Malian", "Bamako"]),
        ("Niger", ["Nigerien", "Niamey"]),
        ("Democratic Republic of the Congo", ["Congolese", "DR Congo", "DRC", "Kinshasa"]),
        ("Rwanda", ["Rwandan", "Kigali"]),
        ("Uganda", ["Ugandan", "Kampala"]),
        ("Indonesia", ["Indonesian", "Jakarta"]),
        ("Malaysia", ["Malaysian", "Kuala Lumpur"]),
        ("Philippines", ["Philippine", "Filipino", "Manila"]),
        ("Vietnam", ["Vietnamese", "Hanoi"]),
        ("Thailand", ["Thai", "Bangkok"]),
        ("Myanmar", ["Burma", "Burmese", "Naypyidaw"]),
        ("Bangladesh", ["Bangladeshi", "Dhaka"]),
        ("Sri Lanka", ["Sri Lankan", "Colombo"]),
        ("Kazakhstan", ["Kazakh", "Astana"]),
        ("Uzbekistan", ["Uzbek", "Tashkent"]),
        ("Moldova", ["Moldovan", "Chisinau"]),
        ("Romania", ["Romanian", "Bucharest"]),
        ("Bulgaria", ["Bulgarian"]),
        ("Greece", ["Greek", "Athens"]),
        ("Cyprus", ["Cypriot", "Nicosia"]),
        ("Netherlands", ["Dutch", "The Hague", "Amsterdam"]),
        ("Belgium", ["Belgian", "Brussels"]),
        ("Denmark", ["Danish", "Copenhagen"]),
        ("Ireland", ["Irish", "Dublin"]),
        ("Portugal", ["Portuguese", "Lisbon"]),
        ("Czech Republic", ["Czech", "Czechia", "Prague"]),
        ("Slovakia", ["Slovak", "Bratislava"]),
        ("Croatia", ["Croatian", "Zagreb"]),
        ("Bosnia and Herzegovina", ["Bosnian", "Bosnia", "Sarajevo"]),
        ("Albania", ["Albanian", "Tirana"]),
        ("Lithuania", ["Lithuanian", "Vilnius"]),
        ("Latvia", ["Latvian", "Riga"]),
        ("Estonia", ["Estonian", "Tallinn"]),
        ("Argentina", ["Argentine", "Argentinian", "Buenos Aires"]),
        ("Colombia", ["Colombian", "Bogota", "Bogotá"]),
        ("Chile", ["Chilean"]),
        ("Australia", ["Australian", "Canberra"]),
        ("New Zealand", ["Wellington"]),
        ("Holy See", ["Vatican"]),
    ];

    /// <summary>Groups that are no state nor body of one (movements, armed groups): the name an actor gets, then its other names.</summary>
    private static readonly (string Name, string[] Words)[] GroupTable =
    [
        ("Hamas", []),
        ("Hezbollah", ["Hizbollah"]),
        ("Taliban", ["the Taliban"]),
        ("Houthis", ["Houthi", "the Houthis", "Ansar Allah"]),
        ("Islamic Jihad", ["Palestinian Islamic Jihad"]),
        ("Islamic State", ["ISIS", "ISIL", "Daesh"]),
        ("Fatah", []),
        ("Palestine Liberation Organization", ["PLO"]),
        ("PKK", ["Kurdistan Workers' Party"]),
        ("Syrian Democratic Forces", ["SDF"]),
        ("Rapid Support Forces", ["RSF"]),
        ("Al-Shabaab", ["al-Shabaab", "Al Shabaab"]),
        ("Boko Haram", []),
        ("M23", []),
        ("Polisario Front", ["Polisario"]),
    ];

    /// <summary>International organizations and blocs: the name an actor gets, then its other names.</summary>
    private static readonly (string Name, string[] Words)[] OrganizationTable =
    [
        ("United Nations", ["UN", "U.N.", "the United Nations"]),
        ("UN Security Council", ["Security Council", "U.N. Security Council", "United Nations Security Council", "UNSC"]),
        ("UN General Assembly", ["General Assembly"]),
        ("European Union", ["EU", "E.U.", "the European Union"]),
        ("European Commission", []),
        ("NATO", ["North Atlantic Treaty Organization", "the alliance"]),
        ("Arab League", ["the Arab League", "League of Arab States"]),
        ("African Union", ["AU"]),
        ("OSCE", ["Organization for Security and Co-operation in Europe"]),
        ("ASEAN", []),
        ("IAEA", ["International Atomic Energy Agency"]),
        ("Gulf Cooperation Council", ["GCC"]),
        ("International Committee of the Red Cross", ["ICRC", "Red Cross"]),
        ("World Health Organization", ["WHO"]),
        ("Organisation of Islamic Cooperation", ["OIC"]),
        ("G7", ["Group of Seven"]),
        ("G20", ["Group of Twenty"]),
        ("BRICS", []),
        ("Organization of American States", ["OAS"]),
        ("Shanghai Cooperation Organisation", ["SCO", "Shanghai Cooperation Organization"]),
        ("Collective Security Treaty Organization", ["CSTO"]),
        ("ECOWAS", ["Economic Community of West African States"]),
        ("IGAD", []),
        ("UNHCR", ["UN refugee agency"]),
        ("UNICEF", []),
        ("UNRWA", []),
        ("World Food Programme", ["WFP"]),
        ("International Criminal Court", ["ICC"]),
        ("International Court of Justice", ["ICJ", "World Court"]),
        ("UN Human Rights Council", ["Human Rights Council"]),
        ("International Monetary Fund", ["IMF"]),
        ("World Bank", []),
        ("European Parliament", []),
        ("European Council", []),
        ("Council of Europe", []),
    ];

    /// <summary>Bodies of government named without a noun of their own, by their usual names.</summary>
    private static readonly (string Name, string[] Words)[] BodyTable =
    [
        ("Kremlin", ["the Kremlin"]),
        ("White House", ["the White House"]),
        ("State Department", ["the State Department", "US State Department", "U.S. State Department", "Department of State", "US Department of State"]),
        ("Pentagon", ["the Pentagon"]),
        ("Elysee", ["Élysée", "Elysee Palace"]),
        ("Downing Street", []),
        ("Foreign Office", []),
        ("Korean People's Army", ["KPA"]),
    ];

    /// <summary>Regions and places that are no state and never speak: "the Middle East", "the West Bank".</summary>
    private static readonly HashSet<string> Regions = new(StringComparer.OrdinalIgnoreCase)
    {
        "Middle East", "Near East", "Far East", "West Bank", "Gaza", "Gaza Strip", "East Jerusalem", "Golan Heights", "Europe", "Asia", "Africa",
        "Latin America", "North Africa", "Gulf", "Persian Gulf", "Arabian Gulf", "Balkans", "Caucasus", "Crimea", "Donbas", "Donbass", "Kashmir",
        "Sinai", "Red Sea", "Black Sea", "Mediterranean", "Horn of Africa", "Sahel", "Korean Peninsula", "Guam", "Arab", "Western", "Gulf states",
    };

    /// <summary>Head nouns of bodies of government: "the Russian Defense Ministry", "Qatar's foreign ministry", "the prime minister's office".</summary>
    public static readonly HashSet<string> BodyNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "ministry", "department", "office", "presidency", "government", "cabinet", "administration", "army", "military", "navy",
        "embassy", "mission", "parliament", "delegation", "authorities", "agency", "command", "forces", "council", "committee",
        "secretariat", "palace", "chancellery", "commission", "court", "junta", "regime", "senate", "congress", "service",
    };

    /// <summary>News outlets: they report and are cited, but never speak in the draft.</summary>
    private static readonly HashSet<string> Outlets = new(StringComparer.OrdinalIgnoreCase)
    {
        "Reuters", "AFP", "AP", "Associated Press", "Agence France-Presse", "TASS", "RIA Novosti", "RIA", "Interfax", "Xinhua", "Sputnik",
        "CNN", "BBC", "Al Jazeera", "Al-Jazeera", "Al Arabiya", "RT", "RT Arabic", "IRNA", "ISNA", "Fars", "Tasnim", "WAFA", "KCNA", "QNA", "MENA", "SPA",
        "Anadolu", "IANS", "PTI", "ANI", "Yonhap", "Kyodo", "NHK", "NPR", "National Public Radio", "Fox News", "CBS", "NBC", "ABC", "Bloomberg",
        "The New York Times", "New York Times", "The Washington Post", "Washington Post", "The Guardian", "Axios", "Politico", "Ukrinform", "BTA",
        "Devdiscourse", "Yahoo News", "state media", "state television", "state TV", "state news agency", "news agency", "the agency", "local media",
        "media", "the newspaper", "the broadcaster", "the channel",
    };

    /// <summary>Last words that make a name an outlet's: "X TV News", "Iranian state television", "the Daily Y".</summary>
    private static readonly string[] OutletHeads = ["TV", "Television", "Radio", "News", "Times", "Post", "Press", "Daily", "Herald", "Journal", "Tribune", "Gazette", "Observer", "Network", "Broadcasting", "Channel"];

    /// <summary>Words of a title that may stand before a person's name (lower case): "Deputy Permanent Representative to the United Nations".</summary>
    public static readonly HashSet<string> TitleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "president", "vice", "prime", "minister", "ministers", "deputy", "foreign", "defence", "defense", "interior", "finance", "justice", "affairs",
        "secretary", "secretary-general", "general", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "envoy", "special", "ambassador",
        "representative", "permanent", "high", "chancellor", "king", "queen", "prince", "crown", "sheikh", "emir", "sultan", "chief", "head",
        "commander", "official", "diplomat", "negotiator", "chief negotiator", "adviser", "advisor", "national", "security", "director", "leader",
        "chairman", "chairwoman", "chair", "speaker", "senator", "mayor", "governor", "counterpart", "press", "top", "senior", "policy", "state",
        "presidential", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "lt", "col", "gen", "gen.", "colonel", "lieutenant", "major", "admiral",
        "marshal", "his", "her", "majesty", "highness", "excellency", "pope", "cardinal", "archbishop", "ayatollah", "supreme", "former", "acting",
        "interim", "incoming", "outgoing", "foreign-policy", "first", "lady", "lord", "dame", "sir", "mediator", "coordinator", "commissioner",
        "undersecretary", "under-secretary", "assistant", "attorney", "representatives", "observer", "delegate", "delegation", "staff", "army",
        "armed", "forces", "department", "ministry", "of", "to", "the", "for", "on", "and", "at",
    };

    /// <summary>Nouns that head a title standing for a person ("the foreign minister", "a senior official").</summary>
    public static readonly HashSet<string> PersonHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "president", "minister", "secretary", "secretary-general", "spokesman", "spokeswoman", "spokesperson", "envoy", "ambassador",
        "representative", "chancellor", "king", "queen", "prince", "sheikh", "emir", "chief", "commander", "official", "diplomat", "negotiator",
        "adviser", "advisor", "director", "leader", "chairman", "speaker", "senator", "governor", "counterpart", "mediator", "commissioner",
        "premier", "foreign-minister",
    };

    /// <summary>Plural nouns that make a phrase a group: "Arab foreign ministers", "European leaders".</summary>
    public static readonly HashSet<string> GroupHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "ministers", "leaders", "officials", "diplomats", "negotiators", "mediators", "envoys", "states", "countries", "nations", "members",
        "governments", "allies", "powers", "parties", "sides", "rebels", "militants", "insurgents", "protesters", "lawmakers", "participants",
    };

    /// <summary>Capitalised words that open sentences or lines and name nobody; the drafter also takes any word the text writes in lower case elsewhere for a common word.</summary>
    public static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "and", "but", "or", "so", "yet", "while", "when", "as", "after", "before", "during", "following", "since", "despite",
        "although", "though", "however", "meanwhile", "moreover", "furthermore", "additionally", "nevertheless", "nonetheless", "therefore",
        "thus", "hence", "besides", "likewise", "similarly", "consequently", "accordingly", "regarding", "concerning", "finally", "lastly",
        "firstly", "secondly", "thirdly", "indeed", "instead", "otherwise", "sea", "ocean", "strait", "peninsula", "earlier", "later", "then", "also", "still", "on", "in", "at", "by", "for", "from",
        "with", "without", "of", "to", "into", "over", "under", "about", "against", "between", "speaking", "asked", "trying", "hours", "days",
        "minutes", "weeks", "less", "more", "forces", "sources", "officials", "this", "that", "these", "those", "it", "he", "she", "they", "we",
        "i", "you", "his", "her", "their", "our", "its", "share", "advertisement", "updated", "created", "read", "watch", "related", "source",
        "photo", "file", "video", "min", "listen", "subscribe", "click", "here", "there", "what", "who", "why", "how", "where", "which", "if",
        "according", "amid", "among", "including", "both", "all", "some", "many", "most", "other", "another", "each", "every", "no", "not",
        "now", "today", "yesterday", "tomorrow", "last", "next", "first", "second", "new", "eleven", "chapter", "countries", "direct", "two-way",
        "q", "a:", "q:", "mr", "mrs", "ms", "dr", "president", "minister", "talks", "ceasefire", "cease-fire", "breaking", "exclusive", "update",
        "live", "opinion", "analysis", "editorial", "comment", "news", "world", "politics", "home", "top", "story", "stories", "latest",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december", "gmt", "utc", "ist", "am", "pm", "ago", "by",
    };

    /// <summary>Name particles that stand in lower case inside a name: "Faisal bin Farhan", "al-Thani", "Ursula von der Leyen".</summary>
    public static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "bin", "bint", "ibn", "al", "al-", "el", "abu", "abd", "de", "da", "di", "del", "der", "den", "van", "von", "la", "le", "dos", "du",
    };

    private static readonly HashSet<string> Acronyms = new(
        StateTable.Concat(OrganizationTable).Concat(BodyTable).Concat(GroupTable).SelectMany(e => e.Words.Append(e.Name)).Where(w => w.Length <= 5 && w.All(c => !char.IsLetter(c) || char.IsUpper(c))),
        StringComparer.Ordinal);

    private static readonly Dictionary<string, string> StateByWord = Index(StateTable);
    private static readonly Dictionary<string, string> OrganizationByWord = Index(OrganizationTable);
    private static readonly Dictionary<string, string> BodyByWord = Index(BodyTable);
    private static readonly Dictionary<string, string> GroupByWord = Index(GroupTable);

    /// <summary>The state a word names or stands for ("Russian", "Moscow", "the United States" → its name), or <see langword="null"/>.</summary>
    public static string? State(string words) => Lookup(StateByWord, words);

    /// <summary>The adjective of a state ("Russia" → "Russian"), or the name itself when none is listed.</summary>
    public static string Adjective(string state) =>
        StateTable.FirstOrDefault(s => s.Name == state).Words?.FirstOrDefault(w => w.EndsWith("an", StringComparison.Ordinal) || w.EndsWith('i') || w.EndsWith("ish", StringComparison.Ordinal) || w.EndsWith("ese", StringComparison.Ordinal)) ?? state;

    /// <summary>The international organization words name, or <see langword="null"/>.</summary>
    public static string? Organization(string words) => Lookup(OrganizationByWord, words);

    /// <summary>The body of government words name by its usual name ("the Kremlin"), or <see langword="null"/>.</summary>
    public static string? Body(string words) => Lookup(BodyByWord, words);

    /// <summary>The movement or armed group words name ("Hamas", "the Houthis"), or <see langword="null"/>.</summary>
    public static string? Group(string words) => Lookup(GroupByWord, words);

    /// <summary>Whether words name a news outlet ("Reuters", "the state news agency", "X TV News").</summary>
    public static bool IsOutlet(string words)
    {
        var normal = Normal(words);
        if (Outlets.Contains(normal))
        {
            return true;
        }

        var last = normal.Split(' ')[^1];
        return normal.Contains(' ', StringComparison.Ordinal) && OutletHeads.Any(h => h.Equals(last, StringComparison.OrdinalIgnoreCase))
            || normal.EndsWith("news agency", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether words name a region or place that is no actor ("the Middle East", "Arab" on its own).</summary>
    public static bool IsRegion(string words) => Regions.Contains(Normal(words));

    /// <summary>Whether a word is a known name of a state, organization or body, or one of their words ("Russian", "UN").</summary>
    public static bool IsPlaceOrBody(string word) => State(word) is not null || Organization(word) is not null || Body(word) is not null || Group(word) is not null || IsRegion(word);

    /// <summary>Words as the tables hold them: without a leading "the", white space collapsed, curly apostrophes straight.</summary>
    public static string Normal(string words)
    {
        var normal = string.Join(' ', words.Replace('\u2019', '\'').Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim(',', '.', ';', ':');
        return normal.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? normal[4..] : normal;
    }

    /// <summary>A look-up that ignores case except for acronyms: "UN" is the United Nations, "Un" (of Kim Jong Un) is not.</summary>
    private static string? Lookup(Dictionary<string, string> index, string words)
    {
        var normal = Normal(words);
        return Acronyms.Contains(normal.ToUpperInvariant()) && !normal.Equals(normal.ToUpperInvariant(), StringComparison.Ordinal) ? null : index.GetValueOrDefault(normal);
    }

    private static Dictionary<string, string> Index((string Name, string[] Words)[] table)
    {
        var index = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, words) in table)
        {
            index.TryAdd(Normal(name), name);
            foreach (var word in words)
            {
                index.TryAdd(Normal(word), name);
            }
        }

        return index;
    }
}
