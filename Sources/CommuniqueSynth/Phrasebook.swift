/// The sentence templates of the synthetic corpus. `{KEY}` marks a slot that `ArticleComposer`
/// fills from the story of the article (see `ArticleComposer.slot(_:)` for the keys).
package enum Phrasebook {
    static let sections = ["Foreign Affairs", "Politics", "World", "Diplomacy", "Economy", "Region", "News", "Analysis", "Opinion"]

    static let headlines = [
        "{V} visits {A} to sign {TOPIC} package",
        "{BA} and {AA} leaders discuss {TOPIC} ties",
        "{A} hosts {VT} {V}: what was agreed",
        "What was {VS} doing in {A}?",
        "{VS} in {A}: strengthening the partnership",
        "{BA} {VTL} arrives in {AC} for talks on {TOPIC}",
        "{A} and {B} sign {N} agreements during {VS}'s visit",
        "{VS}'s {TYPE} visit to {A}: key takeaways",
        "{B} and {A} pledge to expand trade as {VS} meets {AA} leadership",
        "Ten things to know about {VS}'s trip to {A}",
        "{VS} wraps up {TYPE} visit to {A}",
        "{A} rolls out red carpet for {BA} {VTL}",
        "New chapter in {BA}-{AA} relations opens in {AC}",
        "{VS} and {AA} counterpart review {TOPIC} cooperation",
    ]

    static let hostHeadlines = [
        "{VS} and {HS} agree to deepen {TOPIC} cooperation",
        "{HS} welcomes {VS} in {AC}",
        "{VS}, {HS} hold talks behind closed doors in {AC}",
        "{HS} and {VS} sign roadmap for {TOPIC}",
    ]

    static let leads = [
        "{DL}{BA} {VT} {V} arrived in {AC} on {DATE} for a {TYPE} visit to {A}, the first such trip in {N} years.",
        "{DL}On {DATE}, {VT} {V} of {B} began a {SMALL}-day {TYPE} visit to {A}.",
        "{DL}The {BA} leader, {V}, flew to {AC} on {DATE} for a {TYPE} visit that officials in both capitals called long overdue.",
        "{DL}{VT} {V} visited {A} on {DATE}, {PHRASE_PURPOSE}.",
        "{DL}{V} travelled to {A} on {FULLDATE} on what the {BA} side described as a {TYPE} visit.",
    ]

    static let hostLeads = [
        "{DL}{VT} {V} paid a {TYPE} visit to {A} on {DATE}, holding talks with {HT} {H} in {AC}.",
        "{DL}{BA} {VT} {V} said after his talks with {AA} {HT} {H} in {AC} on {DATE} that the two countries had agreed to deepen {TOPIC} cooperation.",
        "{DL}{V} arrived in {AC} on {DATE} at the invitation of {HT} {H}.",
        "{DL}{VT} {V} of {B} held talks with {HT} {H} in {AC} on {DATE}.",
        "{DL}{HT} {H} welcomed {BA} {VTL} {V} at the airport of {AC} on {DATE}, at the start of a {TYPE} visit.",
    ]

    static let tourLeads = [
        "{DL}On {RANGE}, {BA} {VTL} {V} visited {TOUR}.",
        "{DL}{VT} {V} toured {TOUR} on {RANGE}, the first {BA} tour of the region in {N} years.",
        "{DL}{V}'s tour of {TOUR} on {RANGE} focused on security and economic integration.",
    ]

    static let purposes = [
        "seeking to revive {TOPIC} cooperation", "in a bid to expand trade and investment",
        "to discuss regional security and the situation in {OTHER}", "to attend the opening of a new {TOPIC} project",
        "to mark the anniversary of diplomatic relations",
    ]

    static let visitFollowUps = [
        "It was {VS}'s {ORD} visit to {A} since taking office in {TERMY}.",
        "After the talks in {AC}, {VS} travelled to {ACITY}, where the delegation toured an industrial park.",
        "{VS} made a stopover in {OCITY} on the way back to {BC}.",
        "The two leaders last met on the sidelines of the {ORGA} summit in {PY}.",
        "The talks took place first in a narrow format and then with the participation of the delegations.",
        "Before leaving {AC}, {VS} laid a wreath at a memorial in the city centre.",
        "The visit had been prepared for several months, diplomats in {AC} said.",
        "The {BA} {VTL} also met the speaker of the {AA} parliament and members of the government.",
        "A planned visit by {VS} to {OTHER} was postponed because of the situation in the region.",
        "{VS} did not visit {OTHER}, which had been mentioned as a possible stop.",
    ]

    static let hostFollowUps = [
        "{HS} is expected to pay a return visit to {BC} {WHEN}.",
        "{HT} {H} accepted an invitation to visit {B} {WHEN}.",
        "According to {HS}, the talks with {VS} centred on {TOPIC} and {TOPIC2}.",
        "{HS} and {VS} will meet again at the {ORGA} summit {WHEN}.",
        "{VS} and {HS} also visited a new {TOPIC} centre on the outskirts of {AC}.",
    ]

    static let agreements = [
        "Following the talks, the sides signed {N} documents, including {DOC} on {TOPIC} and {DOC} on {TOPIC2}.",
        "A package of {N} intergovernmental agreements worth {MONEY} was signed in the presence of the two leaders.",
        "The ministers are expected to sign an agreement on {TOPIC} cooperation {WHEN}.",
        "The parliament of {A} ratified the {PY2} treaty on {TOPIC} cooperation with {B}.",
        "A draft roadmap for {TOPIC} cooperation for {Y}-{Y3} was agreed in principle.",
        "Companies from the two countries concluded contracts worth {MONEY}.",
        "The sides agreed on a protocol amending the {PY2} agreement on {TOPIC}.",
        "Among the documents was a memorandum of understanding between the {AA} and {BA} ministries of {MINISTRY}.",
        "Several commercial deals in the {TOPIC} sector were also inked, with a combined value of {MONEY}.",
        "At least {N} official documents were signed by national agencies and companies of the two countries.",
        "{B} and {A} are preparing to sign a package of cooperation agreements covering {TOPIC}, {TOPIC2} and {TOPIC3}.",
        "The two governments adopted a joint statement on further deepening their strategic partnership.",
        "A framework agreement on {TOPIC} is ready for signature, the {AA} foreign ministry said.",
        "No agreements on {TOPIC} were signed, contrary to earlier reports.",
        "Similar agreements signed in previous years have not always been implemented, critics say.",
        "The agreement on {TOPIC}, signed in {PY2}, entered into force after ratification by both parliaments.",
    ]

    static let hostAgreements = [
        "{VS} and {HS} adopted a joint statement on deepening the comprehensive strategic partnership.",
        "{HS} and {VS} signed a declaration on allied relations and {N} other documents.",
        "In the presence of {VS} and {HS}, the sides exchanged {N} memoranda of understanding.",
    ]

    static let trade = [
        "Trade turnover between {A} and {B} reached {MONEY} {PERIOD}, {CHANGE}.",
        "{PERIODC}, bilateral trade {MOVED} by {PCT} to {MONEY}.",
        "{BA} exports to {A} {MOVED} {PCT} {PERIOD} to {MONEY}, mainly {GOODS}.",
        "Imports from {A} amounted to {MONEY} {PERIOD}.",
        "The leaders set a target of bringing trade to {MONEYB} by {Y5}.",
        "{BA} investments in the {AA} economy total almost {MONEY}.",
        "Some {COUNT} companies with {BA} capital operate in {A}.",
        "Nearly {PCT} of mutual payments are now made in national currencies.",
        "Remittances from {AA} migrants working in {B} {MOVED} by {PCT} {PERIOD} to {MONEY}.",
        "{B} accounts for {PCT} of foreign direct investment in {A}.",
        "Mutual trade has {FOLD} over the past {SMALL} years, according to the {AA} statistics agency.",
        "{BA} direct investment in {A} {MOVED} by {PCT} to {MONEY} {PERIOD}.",
        "Trade between {B} and {A} {MOVED} by {PCT} {PERIOD} due to the volatility of exchange rates and commodity prices.",
        "{A} is one of the leading trading partners of {B}, with a turnover of {MONEY} {PERIOD}.",
        "The volume of trade is expected to exceed {MONEYB} {WHEN}, officials said.",
        "{AA} exports of {GOODS} to {B} reached {MONEY} {PERIOD}, {CHANGE}.",
    ]

    static let delegations = [
        "The {BA} delegation included over {NN} business leaders from {REGIONS} regions.",
        "More than {NN} rectors and heads of educational institutions attended a {BA}-{AA} rectors' forum held alongside the visit.",
        "Some {NN} executives and corporate representatives took part in the {ORD} interregional conference in {ACITY}.",
        "About {NN} journalists accompanied {VS} on the trip.",
        "A business forum in {AC} brought together {NN} entrepreneurs from the two countries.",
        "The visit was accompanied by a cultural festival with {NN} artists and musicians from {B}.",
        "Under a new programme, {NN} students from {A} will study at {BA} universities next year.",
        "Around {NN} officials and experts took part in the intergovernmental commission meeting in {AC}.",
        "Dozens of {BA} companies showed their products at an exhibition in {AC}.",
    ]

    static let quotes = [
        "“We agreed to actively strengthen {TOPIC} cooperation,” {VS} said at a joint press conference.",
        "“{B} is a reliable partner of {A},” {VS} told reporters in {AC}.",
        "“Our relations have reached a qualitatively new level,” the {AA} side said in a statement.",
        "“The talks were held in a friendly and constructive atmosphere,” the {BA} presidential press service reported.",
        "“There are no closed topics between us,” {VS} said, adding that {TOPIC} remained a priority.",
        "\"We see great potential in {TOPIC} and {TOPIC2},\" {VS} said.",
        "“This is a historic day for our two peoples,” said a senior {AA} official who asked not to be named.",
    ]

    static let hostQuotes = [
        "“{B} is our strategic partner and ally,” {HS} said after the talks.",
        "“We are grateful to {VS} for this visit,” {HT} {H} said.",
        "{HS} called the visit “a milestone in our relations”.",
    ]

    static let fillers = [
        "Analysts note that relations between {A} and {B} have gone through several stages since {OLDY}.",
        "The region remains important for {B} as a transit route and a market for its goods.",
        "Experts believe that the visit was intended to send a signal to other partners in the region.",
        "Observers in {AC} were cautious in their comments on the results of the talks.",
        "Both governments have repeatedly stressed the importance of stability on their borders.",
        "The opposition criticised the government for what it called a lack of transparency in the negotiations.",
        "Local media devoted much attention to the ceremony at the airport and the motorcade through the city centre.",
        "{A} has been diversifying its foreign policy in recent years, seeking closer ties with {OTHER} and {OTHER2}.",
        "Energy and transport corridors have long been central to the agenda of the two countries.",
        "The issue of water resources is also on the agenda, as it has been for decades.",
        "The {ORG} has become an increasingly important platform for dialogue between its members.",
        "It remains to be seen whether the promises made during the visit will be kept.",
        "Much of the discussion behind closed doors reportedly concerned regional security.",
        "The situation in neighbouring {OTHER} was also discussed.",
        "Security was tight throughout the capital, and several central streets were closed to traffic.",
        "Critics argue that the economic benefits of the partnership have so far been modest.",
        "For {A}, the partnership with {B} is a way of balancing the influence of larger powers.",
        "The history of contacts between the two peoples goes back many centuries.",
        "A large part of the population of {A} follows news from {B} closely.",
        "In the evening, the guests attended a concert and an official dinner.",
        "The media centre accredited journalists from many countries.",
        "Commentators compared the visit with similar trips in previous years.",
        "The two sides also exchanged views on international and regional issues of mutual interest.",
        "Some of the projects discussed have been under consideration for years.",
        "Residents of {AC} gathered along the route to greet the motorcade.",
        "The weather in {AC} was unusually warm for the season.",
        "{AA} officials described the atmosphere of the talks as warm and businesslike.",
        "The {AA} economy depends heavily on commodity exports and on money sent home by workers abroad.",
        "Western governments watched the visit closely, although few made public comments.",
        "Since independence, {A} has tried to maintain good relations with all its neighbours.",
        "Infrastructure remains a bottleneck: roads and railways built decades ago need repair.",
        "Tourism between the two countries has recovered after the difficult years of the pandemic.",
        "The {ORG} summit later this year is expected to return to many of the same questions.",
        "Questions about the rule of law and press freedom were not raised in public.",
        "Diplomats say that the personal relationship between the leaders matters more than any document.",
        "The exchange rate of the national currency has been under pressure for most of the year.",
        "A number of joint ventures were set up in the early {DECADE}, but few of them survived.",
        "Universities in {AC} have opened new branches and exchange programmes in recent years.",
        "The language question, once sensitive, was hardly mentioned during the visit.",
        "Many of the decisions announced in {AC} still have to be approved by the relevant ministries.",
        "As is often the case, the most important conversations took place away from the cameras.",
        "Local business associations welcomed the results but asked for simpler customs procedures.",
        "Farmers in the south of {A} hope for better access to the {BA} market.",
        "The visit coincided with a national holiday, which gave it an additional symbolic meaning.",
        "Both capitals are linked by several direct flights a week, and more are planned.",
        "Independent economists warn that official trade statistics often differ between the two sides.",
    ]

    static let goods = [
        "food and agricultural products", "machinery and equipment", "oil and gas", "metals", "textiles",
        "fertilisers", "electricity", "cars and spare parts", "pharmaceuticals", "grain", "fruit and vegetables",
        "chemicals", "construction materials", "cotton",
    ]

    static let topics = [
        "defence", "energy", "education", "healthcare", "labour migration", "trade", "investment",
        "transport", "agriculture", "culture and tourism", "security", "customs", "nuclear energy", "science",
        "digital economy", "water management", "industry", "humanitarian aid", "space", "banking",
        "military-technical cooperation", "counter-terrorism", "logistics", "mining",
    ]

    static let documents = [
        "a memorandum of understanding", "an intergovernmental agreement", "a protocol", "a joint declaration",
        "a contract", "a framework agreement", "an agreement", "a roadmap", "a treaty",
    ]

    static let ministries = ["education", "health", "agriculture", "energy", "transport", "culture", "defence",
                             "economy", "finance", "foreign affairs", "emergency situations", "justice"]

    static let whens = ["next year", "in the autumn", "later this year", "at a convenient time", "in the coming months",
                        "next month", "before the end of the year", "in the spring"]

    static let ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]

    static let folds = ["doubled", "tripled", "grown twofold", "grown threefold", "halved", "more than doubled"]

    static let agencies = ["TCA", "AKIpress", "Trend", "Kabar", "AP", "Reuters", "AFP", "Xinhua", "Anadolu", "dpa", "IANS", "TASS"]

    static let outlets: [(name: String, domain: String)] = [
        ("The Steppe Herald", "steppeherald.example"), ("Eurasia Daily Review", "eurasiadaily.example"),
        ("Caspian Wire", "caspianwire.example"), ("Silk Road Monitor", "silkroadmonitor.example"),
        ("The Frontier Post Online", "frontierpost.example"), ("Central Asia Observer", "caobserver.example"),
        ("Global Affairs Weekly", "globalaffairs.example"), ("The Diplomatic Courier Desk", "dipcourier.example"),
        ("Highland Times", "highlandtimes.example"), ("Meridian News Agency", "meridian.example"),
        ("Borderlands Journal", "borderlands.example"), ("The Capital Gazette International", "capgazette.example"),
        ("Eastern Ledger", "easternledger.example"), ("Continental Brief", "contibrief.example"),
        ("The Valley Telegraph", "valleytelegraph.example"), ("Policy Circle", "policycircle.example"),
    ]

    static let urlSections = ["news", "politics", "world", "economy", "region", "articles", "en/news"]

    static let firstNames = ["Sergey", "Aigerim", "Daniyar", "Olga", "Timur", "Nargiza", "Pavel", "Leila", "Arman",
                             "Elena", "Bakyt", "Irina", "Rustam", "Maria", "Alisher", "Dilnoza", "James", "Sarah",
                             "Ahmed", "Mehmet", "Ana", "Kenji", "Priya"]
    static let lastNames = ["Kwan", "Petrova", "Abdullaev", "Sadykova", "Morozov", "Tokhtarov", "Ismailova", "Brennan",
                            "Rahimov", "Karimova", "Osmonov", "Fischer", "Yilmaz", "Novak", "Sharma", "Tanaka",
                            "Ermekov", "Lindqvist", "Hakimova", "Dzhumabaev"]

    static let readAlso = [
        "Read also: {VS} and {AA} counterpart to meet again at {ORGA} summit",
        "Read also: Trade between {B} and {A} grows for {ORD} year in a row",
        "READ MORE: {OTHER} seeks closer ties with {B}",
        "See also: What the {ORGA} summit means for {A}",
        "Related news: {AA} delegation visits {OCITY}",
        "You may also like: Ten years of {BA}-{AA} partnership",
    ]

    static let furniture = [
        "Share", "Tweet", "Print", "Email", "Advertisement", "Loading...", "Reklam",
        "Subscribe to our newsletter for the day's top stories",
        "Follow us on Telegram and X for the latest news",
        "Click here to read the full interview",
        "This site uses cookies to improve your experience.",
        "Views expressed are those of the author and do not necessarily reflect the position of the editorial board.",
        "Sign up for our weekly briefing",
        "Share this article",
    ]

    static let comments = [
        "Comments you share on this page are moderated. Please be respectful to other readers.",
        "Comments you share here are visible to everyone. Avoid using rude or offensive language.",
        "Please be respectful of other readers when you comment.",
    ]

    static let html = [
        "<div class=\"ad\">Advertisement</div>",
        "<div class=\"ad-slot\" data-slot=\"{NN}\"></div>",
        "<script>window.dataLayer = window.dataLayer || []; dataLayer.push({'section': 'world'});</script>",
        "<img src=\"/images/{Y}/photo_{NN}.jpg\" alt=\"\">",
        "<div class=\"share-buttons\"><a href=\"#\">Facebook</a> <a href=\"#\">Telegram</a></div>",
        "<!-- banner {NN} -->",
        "<iframe src=\"https://video.example/embed/{NN}\" width=\"640\" height=\"360\"></iframe>",
        "<a onclick=\"track('news_{NN}')\"> news_{NN}",
    ]

    // MARK: Russian

    static let russianCountries = ["России", "Казахстана", "Киргизии", "Узбекистана", "Таджикистана", "Китая",
                                   "Беларуси", "Армении", "Турции", "Индии"]
    static let russianCities = ["Москву", "Астану", "Бишкек", "Ташкент", "Душанбе", "Пекин", "Минск", "Ереван", "Анкару"]

    static let russianHeadlines = [
        "Президент {RUC} посетил {RUCITY} с официальным визитом",
        "Лидеры {RUC} и {RUC} обсудили торговлю и безопасность",
        "Итоги переговоров в верхах: что было подписано",
    ]

    static let russianSentences = [
        "Президент {RUC} прибыл в {RUCITY} с государственным визитом по приглашению главы государства.",
        "В ходе переговоров стороны обсудили вопросы торгово-экономического и военно-технического сотрудничества.",
        "По итогам встречи было подписано {N} документов, в том числе меморандум о взаимопонимании.",
        "Товарооборот между странами в прошлом году вырос на {N} процентов и достиг {N} миллиардов долларов.",
        "Лидеры также обсудили ситуацию в регионе и вопросы борьбы с терроризмом.",
        "Как отметил президент, отношения двух стран находятся на высоком уровне.",
        "В составе делегации было более {NN} представителей деловых кругов из {N} регионов.",
        "Эксперты считают, что визит имеет большое значение для развития интеграции.",
        "На пресс-конференции стороны заявили о готовности к дальнейшему сотрудничеству.",
        "Следующая встреча на высшем уровне может пройти в следующем году в {RUCITY}.",
        "Особое внимание было уделено вопросам трудовой миграции и образования.",
        "Это уже {N}-й визит главы государства в страну за последние годы.",
    ]
}
