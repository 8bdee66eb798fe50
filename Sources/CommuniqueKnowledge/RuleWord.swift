import CommuniqueCore

/// What a single word means to the extractor rules that test it: a closed set of roles, each
/// spelled by the lexicon file's `rule_words` section.
public enum RuleWord: String, Sendable, CaseIterable, Vocabulary {
    /// Joins items of a list ("and", "or").
    case coordinator
    /// Makes a noun phrase point back at something named before ("the", "these").
    case definite
    /// Introduces a new thing ("a", "an").
    case indefinite
    /// A pronoun before a verb: a document noun right after one is a verb ("which deals with").
    case pronounSubject = "pronoun_subject"
    /// Opens a further item of a list ("including").
    case listLead = "list_lead"
    /// A word that ends the run of modifiers before a noun: determiners, possessives,
    /// prepositions, verbs ("the", "their", "on", "signed").
    case modifierStop = "modifier_stop"
    /// People who send money home ("migrants", "workers"): a nationality right before one receives it.
    case migrantNoun = "migrant_noun"
    /// Lower-case words inside a document's name ("Agreement on Trade and Economic Cooperation").
    case titleJoiner = "title_joiner"
    /// A preposition that names a document as the frame of something else, not as news
    /// ("under the agreement", "in line with the treaty").
    case framing
    /// A verb of seeking: documents right after one with no status are a goal ("seeking deals").
    case goal
    /// A verb that a document noun right before "with" can be ("documents deal with ...").
    case verbBeforeWith = "verb_before_with"
    /// Opens a contrasting clause ("while", "whereas").
    case contrast
    /// Nouns for parts of a country ("regions", "provinces").
    case regionNoun = "region_noun"
    /// The noun of "a 200-member delegation".
    case memberNoun = "member_noun"
    /// Plural nouns for heads of state and government ("leaders", "presidents").
    case leaderNoun = "leader_noun"
    /// A date after one of these dates an earlier event, not the one of the sentence ("after", "since").
    case sequel
    /// Refers back to the previous sentence's figure ("it", "this").
    case anaphor
    /// A word before a figure that makes it a comparison base ("from", "than", "compared").
    case comparison
    /// Words that may stand between a place and a visit trigger ("his", "first", "day").
    case visitLink = "visit_link"
    /// Nouns and words between "in" and a place ("the city of", "capital").
    case placeNoun = "place_noun"
    /// Names who travels, not where: a place right after one is no host ("the visit of the
    /// Kenyan President to ...", "a trip by ...").
    case visitorMarker = "visitor_marker"
    /// Says leaders met at a distance: a meeting with one of these near it is no visit ("talks by phone").
    case remoteMeeting = "remote_meeting"
    /// A leader's opposite number: a country right before one names the leader's country ("his Kenyan counterpart").
    case counterpart
    /// Before a date: the date is the last day of a visit, not its first ("until Friday", "will end on Saturday").
    case visitEnd = "visit_end"
    /// A signing verb in its base or present form ("sign", "signs"): signed in a headline,
    /// planned after a word of intent ("will ... sign").
    case presentSigning = "present_signing"
    /// Makes a document one the sides issue together ("joint"): named at all, it was agreed.
    case joint
    /// A word for the head of a country whatever the office ("the Turkish leader"): the head of state.
    case headNoun = "head_noun"
    /// After a place: the place describes something else ("Beijing-based", "Delhi-born").
    case attributeSuffix = "attribute_suffix"
    /// Opens a clause of its own after a visit word: a date behind it dates that clause ("because", "which").
    case clauseOpener = "clause_opener"
    /// Between a group noun and the people it is made of ("a delegation of", "a delegation including").
    case peopleLink = "people_link"
    /// After an organisation: its member countries are meant ("the ASEAN nations", "SCO member states").
    case memberCountries = "member_countries"
    /// After a clause opener: the clause times the visit itself ("the visit, which starts tomorrow").
    case visitSpan = "visit_span"
    /// After a group noun, before its size ("the delegation, numbering 400 people").
    case groupSize = "group_size"
    /// Right before a visit word: an earlier visit ("his previous visit", "the last trip").
    case earlierVisit = "earlier_visit"
    /// Counted at an event, a business delegation ("100 companies attended the forum").
    case companyNoun = "company_noun"
    /// Right before a hosting verb: the passive ("was welcomed ... by"), said from the visitor's side.
    case passiveAuxiliary = "passive_auxiliary"
    /// Right before a month name, makes it a date rather than a person's surname ("in May").
    case datePreposition = "date_preposition"
    /// Ranks a partner after the article's figure ("followed by China ($1.6 billion)", "second place").
    case ranking
    /// A group noun that is a delegation only with a kind word before it ("a trade mission"; "the
    /// Chinese mission" is an embassy).
    case kindedGroup = "kinded_group"
    /// Right after a document noun, opens what the document is about ("an agreement on ...", "a
    /// memorandum for ...", "an agreement to abolish ...").
    case documentSubject = "document_subject"
    /// Opens a clause whose date starts a period, never a visit's day ("since sanctions were lifted
    /// on 16 January").
    case periodStart = "period_start"
    /// After "the", "this" or "same", a noun that stands for the indicator just named ("the
    /// figure", "this figure", "the same index").
    case figureNoun = "figure_noun"
    /// A verb of saying: a date right next to one dates the statement, not a visit ("on Monday
    /// said", "said on Monday").
    case reportVerb = "report_verb"
    /// A movement verb in the present tense: with a weekday of the days before the article, it
    /// tells the schedule ("Cameron, who lands in Mumbai Monday": the next Monday).
    case presentMovement = "present_movement"
    /// Between "the" and a noun, points forward: "the following instruments were concluded:" names
    /// documents the text lists next, not ones named before.
    case cataphor
    /// Stands for one more document of the kind just named, right before what it is about
    /// ("as well as another on defence", "a separate one in the fields of employment").
    case documentPronoun = "document_pronoun"
    /// A possessive pronoun before a group noun: "X and his delegation" is the leader's delegation.
    case possessivePronoun = "possessive_pronoun"
    /// A personal pronoun that, opening a sentence, stands for a person named just before ("he").
    case personalSubject = "personal_subject"
    /// The noun of a signing ("the signing of ..."), whose tense the sentence's later verb gives.
    case signingNoun = "signing_noun"
    /// An auxiliary of the future or of obligation ("will", "should"): a signing before it is planned.
    case futureAuxiliary = "future_auxiliary"
    /// A verb of adoption ("adopted", "approve"): a governed document noun after one is a document.
    case adoptionVerb = "adoption_verb"
    /// A plural noun for countries that, before "of", opens a list of places ("the five countries of").
    case placeGroup = "place_group"
    /// A verb of welcoming: the place after "to" in its guest phrase hosts ("welcome X to Moscow").
    case welcomeVerb = "welcome_verb"
    /// A verb saying what documents are about: a list after one names one document an item
    /// ("These agreements cover A, B and C", "the documents pertained to ...").
    case contentVerb = "content_verb"
    /// Ends a list without naming an item ("among others", "etc").
    case listCloser = "list_closer"
    /// Says a noun phrase adds to what was named ("other", "further"): opening a sentence, it
    /// names more documents, not a comparison ("Other agreements will be signed").
    case additive
    /// Opens the last item of a list ("and", "as" of "as well as").
    case lastItemLead = "last_item_lead"
    /// After a date, opens the clause it dates ("in 2009, when ...").
    case timeRelative = "time_relative"
    /// Orders the next item of a list of stops ("to A and finally to B", "A, then B").
    case sequenceAdverb = "sequence_adverb"
    /// After "to the", a place the sentence named before ("a visit to the country").
    case placeAnaphor = "place_anaphor"
    /// Orders an item of an enumeration ("The third is a transit agreement").
    case ordinalWord = "ordinal_word"
    /// The place the story was filed from ("comes here on a state visit").
    case placeHere = "place_here"
    /// Before "to" and a visit verb, the speaker's feeling about a visit under way, no plan
    /// ("honoured to pay this visit").
    case emotive
    /// After "agreed to" or "agreed on", a verb of making something: the commitment is an
    /// agreement reached ("agreed to build a rail link").
    case agreedAction = "agreed_action"
    /// A participle that links a group to its head: "a delegation led by X", "headed by".
    case groupLeader = "group_leader"
    /// A capitalised noun after a capitalised document noun makes the two an institution's name:
    /// "the Protocol Department", "the Treaty Organization".
    case institutionNoun = "institution_noun"
    /// A noun for people of no particular kind: a number before one, right after a group noun's
    /// link word, is the group's size ("a delegation of 81 people").
    case personNoun = "person_noun"
    /// Links a counted batch of documents to the country it was signed with: "five agreements with
    /// A, and four with B" counts four more with B.
    case partyLink = "party_link"
    /// Before a definite document noun: the document is one of a set named before ("is among the
    /// MoUs signed"), no mention of its own.
    case partitive
    /// A title abbreviated before a name ("Hon.", "Dr."): its full stop ends no clause.
    case honorific
    /// Before a period noun and a year: the span of the figure compared with, in that year ("from
    /// $5 million in the same period of 2023", after a figure of January-August 2024).
    case samePeriod = "same_period"
    /// A noun for a span of time ("period") after a `same_period` word.
    case periodNoun = "period_noun"
    /// A determiner that points back ("that country", "this kingdom").
    case demonstrative
    /// Before a verb of status and an uncounted plural that says what it is on: more documents,
    /// not the batch named before ("also signed memoranda on information technology").
    case additiveAdverb = "additive_adverb"
    /// Makes trade a country's trade with the world right before the trade word ("foreign trade").
    case worldTrade = "world_trade"
    /// Says a visit goes on from an earlier day ("continues a state visit on Wednesday").
    case visitContinues = "visit_continues"
    /// Ties an amount to the thing named before it ("amounting to", "worth", "valued at").
    case valueLink = "value_link"
    /// A noun that a length in days can qualify as a visit's ("a three-day state visit").
    case visitLength = "visit_length"
    /// Says a visit is ending ("departed", "concluded"): the day of its sentence may be the last.
    case visitDeparture = "visit_departure"
    /// Right after a country's adjective, names its capital ("the Tajik capital").
    case capitalNoun = "capital_noun"
    /// Makes "since" compare a figure with an earlier time ("the fastest growth since 2018").
    case superlative
    /// A verb of leading right before a group ("will lead a delegation").
    case leadVerb = "lead_verb"
    /// A verb of lending ("gave", "extended"): a loan or credit line right after one, past its
    /// receiver and amount, is a document ("extended a $200 million line of credit to X").
    case lendingVerb = "lending_verb"
    /// An office word that names a companion by office after an accompaniment phrase ("Planning
    /// and Finance Minister X", "X, Minister of Agriculture"): a government delegation.
    case companionOffice = "companion_office"

    /// The case's place in declaration order, for a bit mask.
    ///
    /// A case without a payload is stored as its place in declaration order (one byte for these
    /// 84 cases), so the place is that byte, read without a `switch`: a `switch` over 74 cases
    /// kept the optimiser from inlining the rule-word look-up into the rules (112 calls, each an
    /// indirect jump on the role). `RuleWordsTests` checks the place against `allCases`.
    @inlinable
    public var ordinal: Int {
        Int(unsafeBitCast(self, to: UInt8.self))
    }
}
