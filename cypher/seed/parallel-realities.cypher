// Seed: "Parallel realities of U.S. diplomacy: what’s really happening with Ukraine talks?"
// Source: Espreso Global, https://global.espreso.tv/parallel-realities-of-us-diplomacy-whats-really-happening-with-ukraine-talks
// Corpus copy: shared/corpus/us-diplomacy-parallel-realities.txt
//
// Encodes the whole article: the people, institutions, policy tracks and events it names; every quote,
// media report, analytic claim and statement of fact, with its speaker (SAID_BY), who relays it
// (ATTRIBUTED_BY), the source (APPEARS_IN) and what it is about (ABOUT); CONTRADICTS / SUPPORTS between
// claims; and the entity relations the article states, each with the claim ids that assert it (evidence).
//
// Dates: the article gives none. The statements it reports (Vance's "next 100 days", the State Department
// no longer mediating, the Rome talks) date from late April to early May 2025: approximateDate
// '2025-04/2025-05'; statedDate / publishedDate / Event.date stay null. No date is invented.
//
// Vocabulary. Nodes: :Person:Entity, :Institution:Entity, :PolicyTrack:Entity, :Event:Entity, :Claim, :Source.
// Claim kinds: QUOTE (on-the-record words, verbatim), REPORT (media report, verbatim), ANALYSIS (a
// reading: interpretation, explanation or advice; the article's sentence or a close paraphrase), FACT (what
// happened or what is, stated by the outlet itself).
// Voices (cypher/seed/README.md, "Voices"): a sentence the article attributes to Resurgam is its founder's
// (ANALYSIS, attributed by Espreso); a sentence it attributes to no one is the outlet's own (speaker Espreso,
// no attribution; FACT or ANALYSIS by what it says). Evidence and claim links are only what the article
// states or clearly implies; each judgement is tabled in the README.
// Claim links: SAID_BY (exactly one), ATTRIBUTED_BY (0..n), APPEARS_IN (exactly one), ABOUT (1..n),
// CONTRADICTS, SUPPORTS; Source PUBLISHED_BY Institution, Source RELAYS Entity (whose analysis it writes up).
// ATTRIBUTED_BY carries the chain: position (1 nearest the speaker) and role (RELAYED_BY | REPORTED_BY).
// Entity relations (only these): HOLDS_ROLE_IN, HEADS, ROUTED_THROUGH, POINT_MAN_FOR, INFLUENCES, BACKS,
// UNDERMINES, RIVALS, HAS_TIES_TO, DEPENDS_ON, PARTICIPATED_IN, ABSENT_FROM, MEDIATES, INVOLVED_IN, PART_OF.
// Relation properties: id ('rel:' + toLower(type) + ':' + fromId + ':' + toId), evidence (claim ids, non-empty),
// status (ACTIVE | ENDED), optional role / validFrom / validTo, createdAt.
//
// Idempotent: every node is MERGEd on its id alone and every relationship on its type between two MATCHed
// nodes; createdAt is set only ON CREATE. Loading twice changes nothing.
// Format: the loader splits statements at lines ending in a semicolon and runs them in one transaction, so
// only statement ends carry one; string literals never span lines.

// ---------------------------------------------------------------- Entities
MERGE (n:Person:Entity {id: 'person:trump'})
ON CREATE SET n.createdAt = datetime()
SET n.name = 'Donald Trump',
    n.aliases = ['Donald Trump', 'Donald J. Trump', 'Trump', 'President Trump'],
    n.description = 'President of the United States; the article describes him as seeing himself as a master of unpredictability.';
MERGE (n:Person:Entity {id: 'person:vance'})
ON CREATE SET n.createdAt = datetime()
SET n.name = 'J.D. Vance',
    n.aliases = ['J.D. Vance', 'JD Vance', 'James David Vance', 'Vance', 'VP Vance', 'Vice President Vance'],
    n.description = 'Vice President of the United States, who announced a push to bring Russia and Ukraine together over the next 100 days.';
MERGE (n:Person:Entity {id: 'person:rubio'})
ON CREATE SET n.createdAt = datetime()
SET n.name = 'Marco Rubio',
    n.aliases = ['Marco Rubio', 'Rubio', 'Secretary Rubio', 'Secretary of State Rubio'],
    n.description = 'U.S. Secretary of State; the article says he has occasionally pushed the idea of pulling out of Ukraine.';
MERGE (n:Person:Entity {id: 'person:witkoff'})
ON CREATE SET n.createdAt = datetime()
SET n.name = 'Steve Witkoff',
    n.aliases = ['Steve Witkoff', 'Steven Witkoff', 'Steven Charles Witkoff', 'Witkoff', 'Special Envoy Witkoff'],
    n.description = 'U.S. special envoy whom the article calls Trump’s point man, through whom the Ukraine, Israel-Hamas and Iran tracks run.';
MERGE (n:Person:Entity {id: 'person:putin'})
ON CREATE SET n.createdAt = datetime()
SET n.name = 'Vladimir Putin',
    n.aliases = ['Vladimir Putin', 'Vladimir Vladimirovich Putin', 'Putin', 'President Putin'],
    n.description = 'President of Russia.';
MERGE (n:Person:Entity {id: 'person:zelenskyy'})
ON CREATE SET n.createdAt = datetime()
SET n.name = 'Volodymyr Zelenskyy',
    n.aliases = ['Volodymyr Zelenskyy', 'Volodymyr Zelensky', 'Zelenskyy', 'Zelensky', 'Zelenskiy', 'President Zelenskyy'],
    n.description = 'President of Ukraine, who took part in the talks in Rome with Trump and European representatives.';
MERGE (n:Person:Entity {id: 'person:bessent'})
ON CREATE SET n.createdAt = datetime()
SET n.name = 'Scott Bessent',
    n.aliases = ['Scott Bessent', 'Bessent', 'Treasury Secretary Bessent', 'Secretary Bessent'],
    n.description = 'U.S. Secretary of the Treasury, quoted as calling strategic uncertainty Trump’s negotiation tactic.';
MERGE (n:Person:Entity {id: 'person:thiel'})
ON CREATE SET n.createdAt = datetime()
SET n.name = 'Peter Thiel',
    n.aliases = ['Peter Thiel', 'Thiel', 'Peter Andreas Thiel'],
    n.description = 'Billionaire investor whom the article names as the reason Vance supports Witkoff.';
MERGE (n:Person:Entity {id: 'person:resurgam-founder'})
ON CREATE SET n.createdAt = datetime()
SET n.name = 'Founder of Resurgam',
    n.aliases = ['Founder of Resurgam', 'Resurgam founder', 'Resurgam’s founder'],
    n.description = 'The unnamed founder of Resurgam, an international information and analytical community, whose analysis the article relays.';
MERGE (n:Institution:Entity {id: 'institution:state-department'})
ON CREATE SET n.createdAt = datetime()
SET n.name = 'U.S. State Department',
    n.aliases = ['U.S. State Department', 'State Department', 'US State Department', 'U.S. Department of State', 'Department of State', 'State Dept'],
    n.description = 'The U.S. foreign ministry, which announced that the United States no longer plans to mediate between Russia and Ukraine.';
MERGE (n:Institution:Entity {id: 'institution:white-house'})
ON CREATE SET n.createdAt = datetime()
SET n.name = 'White House',
    n.aliases = ['White House', 'The White House'],
    n.description = 'The executive office of the President of the United States.';
MERGE (n:Institution:Entity {id: 'institution:treasury-department'})
ON CREATE SET n.createdAt = datetime()
SET n.name = 'U.S. Department of the Treasury',
    n.aliases = ['U.S. Department of the Treasury', 'Treasury Department', 'U.S. Treasury', 'Treasury'],
    n.description = 'The U.S. finance ministry, headed by the Treasury Secretary.';
MERGE (n:Institution:Entity {id: 'institution:resurgam'})
ON CREATE SET n.createdAt = datetime()
SET n.name = 'Resurgam',
    n.aliases = ['Resurgam', 'Resurgam community'],
    n.description = 'An international information and analytical community whose founder’s analysis the article relays.';
MERGE (n:Institution:Entity {id: 'institution:espreso-global'})
ON CREATE SET n.createdAt = datetime()
SET n.name = 'Espreso Global',
    n.aliases = ['Espreso Global', 'Espreso', 'Espreso TV', 'global.espreso.tv'],
    n.description = 'Ukrainian news outlet (English-language service of Espreso) that published the article.';
MERGE (n:Institution:Entity {id: 'institution:us-media'})
ON CREATE SET n.createdAt = datetime()
SET n.name = 'U.S. media',
    n.aliases = ['U.S. media', 'US media', 'American media'],
    n.description = 'Unnamed U.S. media outlets that, per the article, report an internal White House rule about Trump’s orders.';
MERGE (n:Institution:Entity {id: 'institution:kremlin'})
ON CREATE SET n.createdAt = datetime()
SET n.name = 'Kremlin',
    n.aliases = ['Kremlin', 'Moscow', 'Russian government'],
    n.description = 'The government of Russia, referred to in the article as Moscow or the Kremlin.';
MERGE (n:Institution:Entity {id: 'institution:ukraine-government'})
ON CREATE SET n.createdAt = datetime()
SET n.name = 'Government of Ukraine',
    n.aliases = ['Government of Ukraine', 'Kyiv', 'Ukrainian government', 'Kiev'],
    n.description = 'The government of Ukraine, referred to in the article as Kyiv.';
MERGE (n:Institution:Entity {id: 'institution:european-representatives'})
ON CREATE SET n.createdAt = datetime()
SET n.name = 'European representatives',
    n.aliases = ['European representatives', 'European leaders', 'Europeans'],
    n.description = 'Unnamed European representatives who took part in the talks in Rome with Trump and Zelenskyy.';
MERGE (n:PolicyTrack:Entity {id: 'track:ukraine'})
ON CREATE SET n.createdAt = datetime()
SET n.name = 'Ukraine',
    n.aliases = ['Ukraine', 'Russia-Ukraine war', 'war in Ukraine', 'Ukraine peace talks', 'Ukraine talks', 'Russia-Ukraine peace process'],
    n.description = 'U.S. policy on the Russia-Ukraine war and the peace talks to end it.';
MERGE (n:PolicyTrack:Entity {id: 'track:israel-hamas'})
ON CREATE SET n.createdAt = datetime()
SET n.name = 'Israel-Hamas',
    n.aliases = ['Israel-Hamas', 'Israel–Hamas', 'Israel-Hamas war', 'Gaza', 'Gaza ceasefire talks'],
    n.description = 'U.S. policy on the Israel-Hamas war and the ceasefire and hostage talks.';
MERGE (n:PolicyTrack:Entity {id: 'track:iran'})
ON CREATE SET n.createdAt = datetime()
SET n.name = 'Iran',
    n.aliases = ['Iran', 'Iran talks', 'Iran nuclear talks', 'U.S.-Iran talks'],
    n.description = 'U.S. policy on Iran, including talks over its nuclear programme.';
MERGE (n:Event:Entity {id: 'event:vance-100-day-plan'})
ON CREATE SET n.createdAt = datetime()
SET n.name = 'Vance’s 100-day peace plan announcement',
    n.aliases = ['100-day peace plan', 'Vance 100-day plan', 'next 100 days', 'U.S. peace proposal'],
    n.description = 'Vance’s announcement that the U.S. peace proposal is out and issued and that the U.S. will work over the next 100 days to bring Russia and Ukraine together.',
    n.date = null, n.approximateDate = '2025-04/2025-05', n.location = null;
MERGE (n:Event:Entity {id: 'event:state-department-mediation-exit'})
ON CREATE SET n.createdAt = datetime()
SET n.name = 'State Department announces the U.S. will no longer mediate',
    n.aliases = ['U.S. no longer mediator', 'State Department mediation exit', 'U.S. exit from mediation'],
    n.description = 'The State Department’s announcement that the United States no longer plans to serve as a mediator in the war between Russia and Ukraine.',
    n.date = null, n.approximateDate = '2025-04/2025-05', n.location = null;
MERGE (n:Event:Entity {id: 'event:rome-talks'})
ON CREATE SET n.createdAt = datetime()
SET n.name = 'Talks in Rome',
    n.aliases = ['Rome talks', 'talks in Rome', 'Rome meeting'],
    n.description = 'Talks in Rome between Trump, Zelenskyy and European representatives, hailed as a success; Vance was not there.',
    n.date = null, n.approximateDate = '2025-04/2025-05', n.location = 'Rome';
MERGE (n:Event:Entity {id: 'event:possible-us-withdrawal'})
ON CREATE SET n.createdAt = datetime()
SET n.name = 'Possible U.S. withdrawal from Ukraine',
    n.aliases = ['U.S. withdrawal from Ukraine', 'pulling out of Ukraine', 'U.S. pull-out'],
    n.description = 'A U.S. pull-out from Ukraine that Trump and Rubio have occasionally floated, per the article; hypothetical, it had not happened.',
    n.date = null, n.approximateDate = null, n.location = null;

// ---------------------------------------------------------------- Source
MERGE (s:Source {id: 'source:espreso-parallel-realities'})
ON CREATE SET s.createdAt = datetime()
SET s.title = 'Parallel realities of U.S. diplomacy: what’s really happening with Ukraine talks?',
    s.publisher = 'Espreso Global',
    s.url = 'https://global.espreso.tv/parallel-realities-of-us-diplomacy-whats-really-happening-with-ukraine-talks',
    s.publishedDate = null, s.approximateDate = '2025-04/2025-05', s.kind = 'ARTICLE',
    // The article as the user gave it (../shared/corpus/us-diplomacy-parallel-realities.txt, trailing blank lines
    // dropped): claims' spans (spanStart, spanEnd) point into it.
    s.text = '\nParallel realities of U.S. diplomacy: what’s really happening with Ukraine talks?\nIn just 24 hours, U.S. leaders sent mixed signals on the war in Ukraine — while VP Vance pushed for peace talks, the State Department declared the U.S. would no longer mediate\nIn the past 24 hours, American diplomacy has played out in conflicting headlines:\n- Vance: “We\'ve got the peace proposal out there and issued, and we\'re going to work very hard over the next 100 days to try to bring these guys together.”\n- U.S. State Department: “The United States no longer plans to serve as a mediator in the war between Russia and Ukraine.”\nAccording to the founder of the international information and analytical community Resurgam, to understand the current situation around U.S. involvement in Ukraine peace talks, two key things must be kept in mind:\n- Trump sees himself as a master of unpredictability. As Treasury Secretary Bessent once put it, “Strategic uncertainty is Trump’s negotiation tactic.”\n- But Trump’s chaos often extends to his own team. “The White House has an internal rule,” U.S. media report, “wait until Trump gives the same order twice before acting on it.”\nThis confusion is playing out across major foreign policy areas — Ukraine, Israel-Hamas, and Iran — where all roads now lead through Trump’s point man, Witkoff. Witkoff, in turn, has tied everything to a potential deal with Moscow. But as Resurgam notes, “This isn’t about Moscow’s real ability to mediate — only that it sold the illusion of it to Witkoff, who sold it to Trump.”\nThe U.S. State Department recently announced it no longer intends to act as a mediator between Ukraine and Russia. According to Resurgam, this move has two major consequences:\n- It weakens Witkoff’s leverage on all three tracks where he\'s banking on Russian cooperation.\n- It leaves Witkoff exposed: if everything fails, he takes the blame.\nAnd Witkoff knows it. Despite Trump and Rubio occasionally pushing the idea of pulling out of Ukraine, Witkoff avoids the topic, as he needs Kyiv to feel pressure. Without that, Putin won’t budge, and Witkoff loses his only real asset, Resurgam believes.\nMeanwhile, Vance plays a key supporting role. His recent “100-day peace plan” announcement was less about real diplomacy and more about buying time and boosting Witkoff’s image as a dealmaker.\nCuriously, the recent talks in Rome between Trump, Zelenskyy, and European representatives were hailed as a success precisely because Vance wasn’t there.\nAs Resurgam explains:\n- Trump enjoys creating uncertainty (though he’s not very good at it).\n- Rubio uses Trump’s love of uncertainty to highlight Witkoff’s lack of results.\n- A possible U.S. withdrawal gives Putin a chance to "show himself off."\n- Witkoff is not interested in a U.S. withdrawal from Ukraine, as it would block the legal channels for direct talks with Moscow — talks he needs to establish agreed positions. Witkoff has many ties to the Kremlin, but they require a Ukraine deal to move forward.\n- Vance is doing his best to support Witkoff because that’s what billionaire Peter Thiel wants.\nAnd Ukraine? Sanctions on Russia remain in place, weapons keep flowing. The best course, for now, is to avoid getting dragged into U.S.’ internal struggles.\n- News';
MATCH (s:Source {id: 'source:espreso-parallel-realities'}), (p:Institution {id: 'institution:espreso-global'})
MERGE (s)-[r:PUBLISHED_BY]->(p)
ON CREATE SET r.createdAt = datetime();
// The article is Espreso's write-up of the founder's analysis (README, "Two readings"): who spoke stays as the voice rule says.
MATCH (s:Source {id: 'source:espreso-parallel-realities'}), (f:Person {id: 'person:resurgam-founder'})
MERGE (s)-[r:RELAYS]->(f)
ON CREATE SET r.createdAt = datetime();

// ---------------------------------------------------------------- Claims
// Each claim: the node, its source (APPEARS_IN) and speaker (SAID_BY), then who relays it (ATTRIBUTED_BY)
// and what it is about (ABOUT).

MERGE (c:Claim {id: 'claim:mixed-signals'})
ON CREATE SET c.createdAt = datetime()
SET c.kind = 'FACT',
    c.text = 'In just 24 hours, U.S. leaders sent mixed signals on the war in Ukraine — while VP Vance pushed for peace talks, the State Department declared the U.S. would no longer mediate.',
    c.statedDate = null, c.approximateDate = null,
    c.spanStart = 83, c.spanEnd = 258;
MATCH (c:Claim {id: 'claim:mixed-signals'}), (s:Source {id: 'source:espreso-parallel-realities'}), (sp:Entity {id: 'institution:espreso-global'})
MERGE (c)-[r1:APPEARS_IN]->(s) ON CREATE SET r1.createdAt = datetime()
MERGE (c)-[r2:SAID_BY]->(sp) ON CREATE SET r2.createdAt = datetime();
MATCH (c:Claim {id: 'claim:mixed-signals'})
UNWIND ['track:ukraine', 'person:vance', 'institution:state-department', 'event:vance-100-day-plan', 'event:state-department-mediation-exit'] AS eid
MATCH (e:Entity {id: eid})
MERGE (c)-[r:ABOUT]->(e) ON CREATE SET r.createdAt = datetime();

MERGE (c:Claim {id: 'claim:vance-next-100-days'})
ON CREATE SET c.createdAt = datetime()
SET c.kind = 'QUOTE',
    c.text = 'We\'ve got the peace proposal out there and issued, and we\'re going to work very hard over the next 100 days to try to bring these guys together.',
    c.statedDate = null, c.approximateDate = '2025-04/2025-05',
    c.spanStart = 351, c.spanEnd = 495;
MATCH (c:Claim {id: 'claim:vance-next-100-days'}), (s:Source {id: 'source:espreso-parallel-realities'}), (sp:Entity {id: 'person:vance'})
MERGE (c)-[r1:APPEARS_IN]->(s) ON CREATE SET r1.createdAt = datetime()
MERGE (c)-[r2:SAID_BY]->(sp) ON CREATE SET r2.createdAt = datetime();
MATCH (c:Claim {id: 'claim:vance-next-100-days'})
UNWIND ['institution:espreso-global'] AS eid
MATCH (e:Entity {id: eid})
MERGE (c)-[r:ATTRIBUTED_BY]->(e) ON CREATE SET r.createdAt = datetime()
SET r.position = 1, r.role = 'REPORTED_BY';
MATCH (c:Claim {id: 'claim:vance-next-100-days'})
UNWIND ['track:ukraine', 'event:vance-100-day-plan', 'institution:kremlin', 'institution:ukraine-government'] AS eid
MATCH (e:Entity {id: eid})
MERGE (c)-[r:ABOUT]->(e) ON CREATE SET r.createdAt = datetime();

MERGE (c:Claim {id: 'claim:state-dept-no-longer-mediator'})
ON CREATE SET c.createdAt = datetime()
SET c.kind = 'QUOTE',
    c.text = 'The United States no longer plans to serve as a mediator in the war between Russia and Ukraine.',
    c.statedDate = null, c.approximateDate = '2025-04/2025-05',
    c.spanStart = 523, c.spanEnd = 618;
MATCH (c:Claim {id: 'claim:state-dept-no-longer-mediator'}), (s:Source {id: 'source:espreso-parallel-realities'}), (sp:Entity {id: 'institution:state-department'})
MERGE (c)-[r1:APPEARS_IN]->(s) ON CREATE SET r1.createdAt = datetime()
MERGE (c)-[r2:SAID_BY]->(sp) ON CREATE SET r2.createdAt = datetime();
MATCH (c:Claim {id: 'claim:state-dept-no-longer-mediator'})
UNWIND ['institution:espreso-global'] AS eid
MATCH (e:Entity {id: eid})
MERGE (c)-[r:ATTRIBUTED_BY]->(e) ON CREATE SET r.createdAt = datetime()
SET r.position = 1, r.role = 'REPORTED_BY';
MATCH (c:Claim {id: 'claim:state-dept-no-longer-mediator'})
UNWIND ['track:ukraine', 'event:state-department-mediation-exit', 'institution:kremlin', 'institution:ukraine-government'] AS eid
MATCH (e:Entity {id: eid})
MERGE (c)-[r:ABOUT]->(e) ON CREATE SET r.createdAt = datetime();

MERGE (c:Claim {id: 'claim:resurgam-founder-two-key-things'})
ON CREATE SET c.createdAt = datetime()
SET c.kind = 'FACT',
    c.text = 'According to the founder of the international information and analytical community Resurgam, to understand the current situation around U.S. involvement in Ukraine peace talks, two key things must be kept in mind.',
    c.statedDate = null, c.approximateDate = null,
    c.spanStart = 620, c.spanEnd = 833;
MATCH (c:Claim {id: 'claim:resurgam-founder-two-key-things'}), (s:Source {id: 'source:espreso-parallel-realities'}), (sp:Entity {id: 'institution:espreso-global'})
MERGE (c)-[r1:APPEARS_IN]->(s) ON CREATE SET r1.createdAt = datetime()
MERGE (c)-[r2:SAID_BY]->(sp) ON CREATE SET r2.createdAt = datetime();
MATCH (c:Claim {id: 'claim:resurgam-founder-two-key-things'})
UNWIND ['person:resurgam-founder', 'institution:resurgam', 'track:ukraine'] AS eid
MATCH (e:Entity {id: eid})
MERGE (c)-[r:ABOUT]->(e) ON CREATE SET r.createdAt = datetime();

MERGE (c:Claim {id: 'claim:trump-master-of-unpredictability'})
ON CREATE SET c.createdAt = datetime()
SET c.kind = 'ANALYSIS',
    c.text = 'Trump sees himself as a master of unpredictability.',
    c.statedDate = null, c.approximateDate = null,
    c.spanStart = 836, c.spanEnd = 887;
MATCH (c:Claim {id: 'claim:trump-master-of-unpredictability'}), (s:Source {id: 'source:espreso-parallel-realities'}), (sp:Entity {id: 'person:resurgam-founder'})
MERGE (c)-[r1:APPEARS_IN]->(s) ON CREATE SET r1.createdAt = datetime()
MERGE (c)-[r2:SAID_BY]->(sp) ON CREATE SET r2.createdAt = datetime();
MATCH (c:Claim {id: 'claim:trump-master-of-unpredictability'})
UNWIND ['institution:espreso-global'] AS eid
MATCH (e:Entity {id: eid})
MERGE (c)-[r:ATTRIBUTED_BY]->(e) ON CREATE SET r.createdAt = datetime()
SET r.position = 1, r.role = 'RELAYED_BY';
MATCH (c:Claim {id: 'claim:trump-master-of-unpredictability'})
UNWIND ['person:trump', 'track:ukraine'] AS eid
MATCH (e:Entity {id: eid})
MERGE (c)-[r:ABOUT]->(e) ON CREATE SET r.createdAt = datetime();

MERGE (c:Claim {id: 'claim:bessent-strategic-uncertainty'})
ON CREATE SET c.createdAt = datetime()
SET c.kind = 'QUOTE',
    c.text = 'Strategic uncertainty is Trump’s negotiation tactic.',
    c.statedDate = null, c.approximateDate = null,
    c.spanStart = 932, c.spanEnd = 984;
MATCH (c:Claim {id: 'claim:bessent-strategic-uncertainty'}), (s:Source {id: 'source:espreso-parallel-realities'}), (sp:Entity {id: 'person:bessent'})
MERGE (c)-[r1:APPEARS_IN]->(s) ON CREATE SET r1.createdAt = datetime()
MERGE (c)-[r2:SAID_BY]->(sp) ON CREATE SET r2.createdAt = datetime();
MATCH (c:Claim {id: 'claim:bessent-strategic-uncertainty'})
UNWIND ['person:resurgam-founder'] AS eid
MATCH (e:Entity {id: eid})
MERGE (c)-[r:ATTRIBUTED_BY]->(e) ON CREATE SET r.createdAt = datetime()
SET r.position = 1, r.role = 'RELAYED_BY';
MATCH (c:Claim {id: 'claim:bessent-strategic-uncertainty'})
UNWIND ['person:trump'] AS eid
MATCH (e:Entity {id: eid})
MERGE (c)-[r:ABOUT]->(e) ON CREATE SET r.createdAt = datetime();

// "As Treasury Secretary Bessent once put it": how the article names him is the outlet's own voice. This
// claim is the evidence for his role; the quote itself says nothing of the Treasury.
MERGE (c:Claim {id: 'claim:bessent-treasury-secretary'})
ON CREATE SET c.createdAt = datetime()
SET c.kind = 'FACT',
    c.text = 'Bessent is the U.S. Treasury Secretary.',
    c.statedDate = null, c.approximateDate = null,
    c.spanStart = 891, c.spanEnd = 917;
MATCH (c:Claim {id: 'claim:bessent-treasury-secretary'}), (s:Source {id: 'source:espreso-parallel-realities'}), (sp:Entity {id: 'institution:espreso-global'})
MERGE (c)-[r1:APPEARS_IN]->(s) ON CREATE SET r1.createdAt = datetime()
MERGE (c)-[r2:SAID_BY]->(sp) ON CREATE SET r2.createdAt = datetime();
MATCH (c:Claim {id: 'claim:bessent-treasury-secretary'})
UNWIND ['person:bessent', 'institution:treasury-department'] AS eid
MATCH (e:Entity {id: eid})
MERGE (c)-[r:ABOUT]->(e) ON CREATE SET r.createdAt = datetime();

MERGE (c:Claim {id: 'claim:trump-chaos-extends-to-team'})
ON CREATE SET c.createdAt = datetime()
SET c.kind = 'ANALYSIS',
    c.text = 'But Trump’s chaos often extends to his own team.',
    c.statedDate = null, c.approximateDate = null,
    c.spanStart = 988, c.spanEnd = 1036;
MATCH (c:Claim {id: 'claim:trump-chaos-extends-to-team'}), (s:Source {id: 'source:espreso-parallel-realities'}), (sp:Entity {id: 'person:resurgam-founder'})
MERGE (c)-[r1:APPEARS_IN]->(s) ON CREATE SET r1.createdAt = datetime()
MERGE (c)-[r2:SAID_BY]->(sp) ON CREATE SET r2.createdAt = datetime();
MATCH (c:Claim {id: 'claim:trump-chaos-extends-to-team'})
UNWIND ['institution:espreso-global'] AS eid
MATCH (e:Entity {id: eid})
MERGE (c)-[r:ATTRIBUTED_BY]->(e) ON CREATE SET r.createdAt = datetime()
SET r.position = 1, r.role = 'RELAYED_BY';
MATCH (c:Claim {id: 'claim:trump-chaos-extends-to-team'})
UNWIND ['person:trump', 'institution:white-house', 'track:ukraine'] AS eid
MATCH (e:Entity {id: eid})
MERGE (c)-[r:ABOUT]->(e) ON CREATE SET r.createdAt = datetime();

MERGE (c:Claim {id: 'claim:white-house-same-order-twice'})
ON CREATE SET c.createdAt = datetime()
SET c.kind = 'REPORT',
    c.text = 'The White House has an internal rule, wait until Trump gives the same order twice before acting on it.',
    c.statedDate = null, c.approximateDate = null,
    c.spanStart = 1037, c.spanEnd = 1162;
MATCH (c:Claim {id: 'claim:white-house-same-order-twice'}), (s:Source {id: 'source:espreso-parallel-realities'}), (sp:Entity {id: 'institution:us-media'})
MERGE (c)-[r1:APPEARS_IN]->(s) ON CREATE SET r1.createdAt = datetime()
MERGE (c)-[r2:SAID_BY]->(sp) ON CREATE SET r2.createdAt = datetime();
MATCH (c:Claim {id: 'claim:white-house-same-order-twice'})
UNWIND ['person:resurgam-founder'] AS eid
MATCH (e:Entity {id: eid})
MERGE (c)-[r:ATTRIBUTED_BY]->(e) ON CREATE SET r.createdAt = datetime()
SET r.position = 1, r.role = 'RELAYED_BY';
MATCH (c:Claim {id: 'claim:white-house-same-order-twice'})
UNWIND ['institution:white-house', 'person:trump'] AS eid
MATCH (e:Entity {id: eid})
MERGE (c)-[r:ABOUT]->(e) ON CREATE SET r.createdAt = datetime();

MERGE (c:Claim {id: 'claim:all-roads-through-witkoff'})
ON CREATE SET c.createdAt = datetime()
SET c.kind = 'ANALYSIS',
    c.text = 'This confusion is playing out across major foreign policy areas — Ukraine, Israel-Hamas, and Iran — where all roads now lead through Trump’s point man, Witkoff.',
    c.statedDate = null, c.approximateDate = null,
    c.spanStart = 1163, c.spanEnd = 1323;
// Unattributed sentence (the attribution "as Resurgam notes" covers only the quote that follows): the outlet's own voice.
MATCH (c:Claim {id: 'claim:all-roads-through-witkoff'}), (s:Source {id: 'source:espreso-parallel-realities'}), (sp:Entity {id: 'institution:espreso-global'})
MERGE (c)-[r1:APPEARS_IN]->(s) ON CREATE SET r1.createdAt = datetime()
MERGE (c)-[r2:SAID_BY]->(sp) ON CREATE SET r2.createdAt = datetime();
MATCH (c:Claim {id: 'claim:all-roads-through-witkoff'})
UNWIND ['track:ukraine', 'track:israel-hamas', 'track:iran', 'person:witkoff', 'person:trump'] AS eid
MATCH (e:Entity {id: eid})
MERGE (c)-[r:ABOUT]->(e) ON CREATE SET r.createdAt = datetime();

MERGE (c:Claim {id: 'claim:witkoff-tied-everything-to-moscow-deal'})
ON CREATE SET c.createdAt = datetime()
SET c.kind = 'ANALYSIS',
    c.text = 'Witkoff, in turn, has tied everything to a potential deal with Moscow.',
    c.statedDate = null, c.approximateDate = null,
    c.spanStart = 1324, c.spanEnd = 1394;
// Unattributed sentence: the outlet's own voice.
MATCH (c:Claim {id: 'claim:witkoff-tied-everything-to-moscow-deal'}), (s:Source {id: 'source:espreso-parallel-realities'}), (sp:Entity {id: 'institution:espreso-global'})
MERGE (c)-[r1:APPEARS_IN]->(s) ON CREATE SET r1.createdAt = datetime()
MERGE (c)-[r2:SAID_BY]->(sp) ON CREATE SET r2.createdAt = datetime();
MATCH (c:Claim {id: 'claim:witkoff-tied-everything-to-moscow-deal'})
UNWIND ['person:witkoff', 'institution:kremlin', 'track:ukraine', 'track:israel-hamas', 'track:iran'] AS eid
MATCH (e:Entity {id: eid})
MERGE (c)-[r:ABOUT]->(e) ON CREATE SET r.createdAt = datetime();

MERGE (c:Claim {id: 'claim:moscow-sold-illusion'})
ON CREATE SET c.createdAt = datetime()
SET c.kind = 'QUOTE',
    c.text = 'This isn’t about Moscow’s real ability to mediate — only that it sold the illusion of it to Witkoff, who sold it to Trump.',
    c.statedDate = null, c.approximateDate = null,
    c.spanStart = 1419, c.spanEnd = 1541;
MATCH (c:Claim {id: 'claim:moscow-sold-illusion'}), (s:Source {id: 'source:espreso-parallel-realities'}), (sp:Entity {id: 'person:resurgam-founder'})
MERGE (c)-[r1:APPEARS_IN]->(s) ON CREATE SET r1.createdAt = datetime()
MERGE (c)-[r2:SAID_BY]->(sp) ON CREATE SET r2.createdAt = datetime();
MATCH (c:Claim {id: 'claim:moscow-sold-illusion'})
UNWIND ['institution:espreso-global'] AS eid
MATCH (e:Entity {id: eid})
MERGE (c)-[r:ATTRIBUTED_BY]->(e) ON CREATE SET r.createdAt = datetime()
SET r.position = 1, r.role = 'RELAYED_BY';
MATCH (c:Claim {id: 'claim:moscow-sold-illusion'})
UNWIND ['institution:kremlin', 'person:witkoff', 'person:trump', 'track:ukraine', 'track:israel-hamas', 'track:iran'] AS eid
MATCH (e:Entity {id: eid})
MERGE (c)-[r:ABOUT]->(e) ON CREATE SET r.createdAt = datetime();

MERGE (c:Claim {id: 'claim:state-dept-exit-weakens-witkoff-leverage'})
ON CREATE SET c.createdAt = datetime()
SET c.kind = 'ANALYSIS',
    c.text = 'The State Department’s move weakens Witkoff’s leverage on all three tracks where he\'s banking on Russian cooperation.',
    c.statedDate = null, c.approximateDate = null,
    c.spanStart = 1721, c.spanEnd = 1813;
MATCH (c:Claim {id: 'claim:state-dept-exit-weakens-witkoff-leverage'}), (s:Source {id: 'source:espreso-parallel-realities'}), (sp:Entity {id: 'person:resurgam-founder'})
MERGE (c)-[r1:APPEARS_IN]->(s) ON CREATE SET r1.createdAt = datetime()
MERGE (c)-[r2:SAID_BY]->(sp) ON CREATE SET r2.createdAt = datetime();
MATCH (c:Claim {id: 'claim:state-dept-exit-weakens-witkoff-leverage'})
UNWIND ['institution:espreso-global'] AS eid
MATCH (e:Entity {id: eid})
MERGE (c)-[r:ATTRIBUTED_BY]->(e) ON CREATE SET r.createdAt = datetime()
SET r.position = 1, r.role = 'RELAYED_BY';
MATCH (c:Claim {id: 'claim:state-dept-exit-weakens-witkoff-leverage'})
UNWIND ['event:state-department-mediation-exit', 'institution:state-department', 'person:witkoff', 'institution:kremlin', 'track:ukraine', 'track:israel-hamas', 'track:iran'] AS eid
MATCH (e:Entity {id: eid})
MERGE (c)-[r:ABOUT]->(e) ON CREATE SET r.createdAt = datetime();

MERGE (c:Claim {id: 'claim:state-dept-exit-leaves-witkoff-exposed'})
ON CREATE SET c.createdAt = datetime()
SET c.kind = 'ANALYSIS',
    c.text = 'The State Department’s move leaves Witkoff exposed: if everything fails, he takes the blame.',
    c.statedDate = null, c.approximateDate = null,
    c.spanStart = 1816, c.spanEnd = 1883;
MATCH (c:Claim {id: 'claim:state-dept-exit-leaves-witkoff-exposed'}), (s:Source {id: 'source:espreso-parallel-realities'}), (sp:Entity {id: 'person:resurgam-founder'})
MERGE (c)-[r1:APPEARS_IN]->(s) ON CREATE SET r1.createdAt = datetime()
MERGE (c)-[r2:SAID_BY]->(sp) ON CREATE SET r2.createdAt = datetime();
MATCH (c:Claim {id: 'claim:state-dept-exit-leaves-witkoff-exposed'})
UNWIND ['institution:espreso-global'] AS eid
MATCH (e:Entity {id: eid})
MERGE (c)-[r:ATTRIBUTED_BY]->(e) ON CREATE SET r.createdAt = datetime()
SET r.position = 1, r.role = 'RELAYED_BY';
MATCH (c:Claim {id: 'claim:state-dept-exit-leaves-witkoff-exposed'})
UNWIND ['event:state-department-mediation-exit', 'institution:state-department', 'person:witkoff', 'track:ukraine'] AS eid
MATCH (e:Entity {id: eid})
MERGE (c)-[r:ABOUT]->(e) ON CREATE SET r.createdAt = datetime();

MERGE (c:Claim {id: 'claim:witkoff-avoids-withdrawal-topic'})
ON CREATE SET c.createdAt = datetime()
SET c.kind = 'ANALYSIS',
    c.text = 'Despite Trump and Rubio occasionally pushing the idea of pulling out of Ukraine, Witkoff avoids the topic, as he needs Kyiv to feel pressure.',
    c.statedDate = null, c.approximateDate = null,
    c.spanStart = 1906, c.spanEnd = 2047;
MATCH (c:Claim {id: 'claim:witkoff-avoids-withdrawal-topic'}), (s:Source {id: 'source:espreso-parallel-realities'}), (sp:Entity {id: 'person:resurgam-founder'})
MERGE (c)-[r1:APPEARS_IN]->(s) ON CREATE SET r1.createdAt = datetime()
MERGE (c)-[r2:SAID_BY]->(sp) ON CREATE SET r2.createdAt = datetime();
MATCH (c:Claim {id: 'claim:witkoff-avoids-withdrawal-topic'})
UNWIND ['institution:espreso-global'] AS eid
MATCH (e:Entity {id: eid})
MERGE (c)-[r:ATTRIBUTED_BY]->(e) ON CREATE SET r.createdAt = datetime()
SET r.position = 1, r.role = 'RELAYED_BY';
MATCH (c:Claim {id: 'claim:witkoff-avoids-withdrawal-topic'})
UNWIND ['person:witkoff', 'person:trump', 'person:rubio', 'institution:ukraine-government', 'event:possible-us-withdrawal', 'track:ukraine'] AS eid
MATCH (e:Entity {id: eid})
MERGE (c)-[r:ABOUT]->(e) ON CREATE SET r.createdAt = datetime();

MERGE (c:Claim {id: 'claim:putin-wont-budge-without-pressure'})
ON CREATE SET c.createdAt = datetime()
SET c.kind = 'ANALYSIS',
    c.text = 'Without pressure on Kyiv, Putin won’t budge, and Witkoff loses his only real asset.',
    c.statedDate = null, c.approximateDate = null,
    c.spanStart = 2048, c.spanEnd = 2138;
MATCH (c:Claim {id: 'claim:putin-wont-budge-without-pressure'}), (s:Source {id: 'source:espreso-parallel-realities'}), (sp:Entity {id: 'person:resurgam-founder'})
MERGE (c)-[r1:APPEARS_IN]->(s) ON CREATE SET r1.createdAt = datetime()
MERGE (c)-[r2:SAID_BY]->(sp) ON CREATE SET r2.createdAt = datetime();
MATCH (c:Claim {id: 'claim:putin-wont-budge-without-pressure'})
UNWIND ['institution:espreso-global'] AS eid
MATCH (e:Entity {id: eid})
MERGE (c)-[r:ATTRIBUTED_BY]->(e) ON CREATE SET r.createdAt = datetime()
SET r.position = 1, r.role = 'RELAYED_BY';
MATCH (c:Claim {id: 'claim:putin-wont-budge-without-pressure'})
UNWIND ['person:putin', 'person:witkoff', 'institution:ukraine-government', 'track:ukraine'] AS eid
MATCH (e:Entity {id: eid})
MERGE (c)-[r:ABOUT]->(e) ON CREATE SET r.createdAt = datetime();

MERGE (c:Claim {id: 'claim:vance-plan-buying-time'})
ON CREATE SET c.createdAt = datetime()
SET c.kind = 'ANALYSIS',
    c.text = 'Meanwhile, Vance plays a key supporting role. His recent “100-day peace plan” announcement was less about real diplomacy and more about buying time and boosting Witkoff’s image as a dealmaker.',
    c.statedDate = null, c.approximateDate = null,
    c.spanStart = 2139, c.spanEnd = 2331;
// Unattributed paragraph: the outlet's own voice.
MATCH (c:Claim {id: 'claim:vance-plan-buying-time'}), (s:Source {id: 'source:espreso-parallel-realities'}), (sp:Entity {id: 'institution:espreso-global'})
MERGE (c)-[r1:APPEARS_IN]->(s) ON CREATE SET r1.createdAt = datetime()
MERGE (c)-[r2:SAID_BY]->(sp) ON CREATE SET r2.createdAt = datetime();
MATCH (c:Claim {id: 'claim:vance-plan-buying-time'})
UNWIND ['person:vance', 'person:witkoff', 'event:vance-100-day-plan', 'track:ukraine'] AS eid
MATCH (e:Entity {id: eid})
MERGE (c)-[r:ABOUT]->(e) ON CREATE SET r.createdAt = datetime();

MERGE (c:Claim {id: 'claim:rome-talks-success-vance-absent'})
ON CREATE SET c.createdAt = datetime()
SET c.kind = 'ANALYSIS',
    c.text = 'Curiously, the recent talks in Rome between Trump, Zelenskyy, and European representatives were hailed as a success precisely because Vance wasn’t there.',
    c.statedDate = null, c.approximateDate = null,
    c.spanStart = 2332, c.spanEnd = 2485;
// Unattributed paragraph ("As Resurgam explains:" introduces the list after it): the outlet's own voice.
MATCH (c:Claim {id: 'claim:rome-talks-success-vance-absent'}), (s:Source {id: 'source:espreso-parallel-realities'}), (sp:Entity {id: 'institution:espreso-global'})
MERGE (c)-[r1:APPEARS_IN]->(s) ON CREATE SET r1.createdAt = datetime()
MERGE (c)-[r2:SAID_BY]->(sp) ON CREATE SET r2.createdAt = datetime();
MATCH (c:Claim {id: 'claim:rome-talks-success-vance-absent'})
UNWIND ['event:rome-talks', 'person:vance', 'person:trump', 'person:zelenskyy', 'institution:european-representatives', 'track:ukraine'] AS eid
MATCH (e:Entity {id: eid})
MERGE (c)-[r:ABOUT]->(e) ON CREATE SET r.createdAt = datetime();

MERGE (c:Claim {id: 'claim:trump-enjoys-uncertainty'})
ON CREATE SET c.createdAt = datetime()
SET c.kind = 'ANALYSIS',
    c.text = 'Trump enjoys creating uncertainty (though he’s not very good at it).',
    c.statedDate = null, c.approximateDate = null,
    c.spanStart = 2510, c.spanEnd = 2578;
MATCH (c:Claim {id: 'claim:trump-enjoys-uncertainty'}), (s:Source {id: 'source:espreso-parallel-realities'}), (sp:Entity {id: 'person:resurgam-founder'})
MERGE (c)-[r1:APPEARS_IN]->(s) ON CREATE SET r1.createdAt = datetime()
MERGE (c)-[r2:SAID_BY]->(sp) ON CREATE SET r2.createdAt = datetime();
MATCH (c:Claim {id: 'claim:trump-enjoys-uncertainty'})
UNWIND ['institution:espreso-global'] AS eid
MATCH (e:Entity {id: eid})
MERGE (c)-[r:ATTRIBUTED_BY]->(e) ON CREATE SET r.createdAt = datetime()
SET r.position = 1, r.role = 'RELAYED_BY';
MATCH (c:Claim {id: 'claim:trump-enjoys-uncertainty'})
UNWIND ['person:trump', 'track:ukraine'] AS eid
MATCH (e:Entity {id: eid})
MERGE (c)-[r:ABOUT]->(e) ON CREATE SET r.createdAt = datetime();

MERGE (c:Claim {id: 'claim:rubio-highlights-witkoff-failures'})
ON CREATE SET c.createdAt = datetime()
SET c.kind = 'ANALYSIS',
    c.text = 'Rubio uses Trump’s love of uncertainty to highlight Witkoff’s lack of results.',
    c.statedDate = null, c.approximateDate = null,
    c.spanStart = 2581, c.spanEnd = 2659;
MATCH (c:Claim {id: 'claim:rubio-highlights-witkoff-failures'}), (s:Source {id: 'source:espreso-parallel-realities'}), (sp:Entity {id: 'person:resurgam-founder'})
MERGE (c)-[r1:APPEARS_IN]->(s) ON CREATE SET r1.createdAt = datetime()
MERGE (c)-[r2:SAID_BY]->(sp) ON CREATE SET r2.createdAt = datetime();
MATCH (c:Claim {id: 'claim:rubio-highlights-witkoff-failures'})
UNWIND ['institution:espreso-global'] AS eid
MATCH (e:Entity {id: eid})
MERGE (c)-[r:ATTRIBUTED_BY]->(e) ON CREATE SET r.createdAt = datetime()
SET r.position = 1, r.role = 'RELAYED_BY';
MATCH (c:Claim {id: 'claim:rubio-highlights-witkoff-failures'})
UNWIND ['person:rubio', 'person:witkoff', 'person:trump', 'track:ukraine'] AS eid
MATCH (e:Entity {id: eid})
MERGE (c)-[r:ABOUT]->(e) ON CREATE SET r.createdAt = datetime();

MERGE (c:Claim {id: 'claim:withdrawal-lets-putin-show-off'})
ON CREATE SET c.createdAt = datetime()
SET c.kind = 'ANALYSIS',
    c.text = 'A possible U.S. withdrawal gives Putin a chance to "show himself off."',
    c.statedDate = null, c.approximateDate = null,
    c.spanStart = 2662, c.spanEnd = 2732;
MATCH (c:Claim {id: 'claim:withdrawal-lets-putin-show-off'}), (s:Source {id: 'source:espreso-parallel-realities'}), (sp:Entity {id: 'person:resurgam-founder'})
MERGE (c)-[r1:APPEARS_IN]->(s) ON CREATE SET r1.createdAt = datetime()
MERGE (c)-[r2:SAID_BY]->(sp) ON CREATE SET r2.createdAt = datetime();
MATCH (c:Claim {id: 'claim:withdrawal-lets-putin-show-off'})
UNWIND ['institution:espreso-global'] AS eid
MATCH (e:Entity {id: eid})
MERGE (c)-[r:ATTRIBUTED_BY]->(e) ON CREATE SET r.createdAt = datetime()
SET r.position = 1, r.role = 'RELAYED_BY';
MATCH (c:Claim {id: 'claim:withdrawal-lets-putin-show-off'})
UNWIND ['person:putin', 'event:possible-us-withdrawal', 'track:ukraine'] AS eid
MATCH (e:Entity {id: eid})
MERGE (c)-[r:ABOUT]->(e) ON CREATE SET r.createdAt = datetime();

MERGE (c:Claim {id: 'claim:witkoff-not-interested-in-withdrawal'})
ON CREATE SET c.createdAt = datetime()
SET c.kind = 'ANALYSIS',
    c.text = 'Witkoff is not interested in a U.S. withdrawal from Ukraine, as it would block the legal channels for direct talks with Moscow — talks he needs to establish agreed positions.',
    c.statedDate = null, c.approximateDate = null,
    c.spanStart = 2735, c.spanEnd = 2909;
MATCH (c:Claim {id: 'claim:witkoff-not-interested-in-withdrawal'}), (s:Source {id: 'source:espreso-parallel-realities'}), (sp:Entity {id: 'person:resurgam-founder'})
MERGE (c)-[r1:APPEARS_IN]->(s) ON CREATE SET r1.createdAt = datetime()
MERGE (c)-[r2:SAID_BY]->(sp) ON CREATE SET r2.createdAt = datetime();
MATCH (c:Claim {id: 'claim:witkoff-not-interested-in-withdrawal'})
UNWIND ['institution:espreso-global'] AS eid
MATCH (e:Entity {id: eid})
MERGE (c)-[r:ATTRIBUTED_BY]->(e) ON CREATE SET r.createdAt = datetime()
SET r.position = 1, r.role = 'RELAYED_BY';
MATCH (c:Claim {id: 'claim:witkoff-not-interested-in-withdrawal'})
UNWIND ['person:witkoff', 'event:possible-us-withdrawal', 'institution:kremlin', 'track:ukraine'] AS eid
MATCH (e:Entity {id: eid})
MERGE (c)-[r:ABOUT]->(e) ON CREATE SET r.createdAt = datetime();

MERGE (c:Claim {id: 'claim:witkoff-kremlin-ties-need-ukraine-deal'})
ON CREATE SET c.createdAt = datetime()
SET c.kind = 'ANALYSIS',
    c.text = 'Witkoff has many ties to the Kremlin, but they require a Ukraine deal to move forward.',
    c.statedDate = null, c.approximateDate = null,
    c.spanStart = 2910, c.spanEnd = 2996;
MATCH (c:Claim {id: 'claim:witkoff-kremlin-ties-need-ukraine-deal'}), (s:Source {id: 'source:espreso-parallel-realities'}), (sp:Entity {id: 'person:resurgam-founder'})
MERGE (c)-[r1:APPEARS_IN]->(s) ON CREATE SET r1.createdAt = datetime()
MERGE (c)-[r2:SAID_BY]->(sp) ON CREATE SET r2.createdAt = datetime();
MATCH (c:Claim {id: 'claim:witkoff-kremlin-ties-need-ukraine-deal'})
UNWIND ['institution:espreso-global'] AS eid
MATCH (e:Entity {id: eid})
MERGE (c)-[r:ATTRIBUTED_BY]->(e) ON CREATE SET r.createdAt = datetime()
SET r.position = 1, r.role = 'RELAYED_BY';
MATCH (c:Claim {id: 'claim:witkoff-kremlin-ties-need-ukraine-deal'})
UNWIND ['person:witkoff', 'institution:kremlin', 'track:ukraine'] AS eid
MATCH (e:Entity {id: eid})
MERGE (c)-[r:ABOUT]->(e) ON CREATE SET r.createdAt = datetime();

MERGE (c:Claim {id: 'claim:thiel-behind-vance'})
ON CREATE SET c.createdAt = datetime()
SET c.kind = 'ANALYSIS',
    c.text = 'Vance is doing his best to support Witkoff because that’s what billionaire Peter Thiel wants.',
    c.statedDate = null, c.approximateDate = null,
    c.spanStart = 2999, c.spanEnd = 3092;
MATCH (c:Claim {id: 'claim:thiel-behind-vance'}), (s:Source {id: 'source:espreso-parallel-realities'}), (sp:Entity {id: 'person:resurgam-founder'})
MERGE (c)-[r1:APPEARS_IN]->(s) ON CREATE SET r1.createdAt = datetime()
MERGE (c)-[r2:SAID_BY]->(sp) ON CREATE SET r2.createdAt = datetime();
MATCH (c:Claim {id: 'claim:thiel-behind-vance'})
UNWIND ['institution:espreso-global'] AS eid
MATCH (e:Entity {id: eid})
MERGE (c)-[r:ATTRIBUTED_BY]->(e) ON CREATE SET r.createdAt = datetime()
SET r.position = 1, r.role = 'RELAYED_BY';
MATCH (c:Claim {id: 'claim:thiel-behind-vance'})
UNWIND ['person:vance', 'person:witkoff', 'person:thiel'] AS eid
MATCH (e:Entity {id: eid})
MERGE (c)-[r:ABOUT]->(e) ON CREATE SET r.createdAt = datetime();

MERGE (c:Claim {id: 'claim:sanctions-remain-weapons-flow'})
ON CREATE SET c.createdAt = datetime()
SET c.kind = 'FACT',
    c.text = 'Sanctions on Russia remain in place, weapons keep flowing.',
    c.statedDate = null, c.approximateDate = null,
    c.spanStart = 3106, c.spanEnd = 3164;
MATCH (c:Claim {id: 'claim:sanctions-remain-weapons-flow'}), (s:Source {id: 'source:espreso-parallel-realities'}), (sp:Entity {id: 'institution:espreso-global'})
MERGE (c)-[r1:APPEARS_IN]->(s) ON CREATE SET r1.createdAt = datetime()
MERGE (c)-[r2:SAID_BY]->(sp) ON CREATE SET r2.createdAt = datetime();
MATCH (c:Claim {id: 'claim:sanctions-remain-weapons-flow'})
UNWIND ['track:ukraine', 'institution:kremlin', 'institution:ukraine-government'] AS eid
MATCH (e:Entity {id: eid})
MERGE (c)-[r:ABOUT]->(e) ON CREATE SET r.createdAt = datetime();

MERGE (c:Claim {id: 'claim:ukraine-avoid-us-internal-struggles'})
ON CREATE SET c.createdAt = datetime()
SET c.kind = 'ANALYSIS',
    c.text = 'The best course, for now, is to avoid getting dragged into U.S.’ internal struggles.',
    c.statedDate = null, c.approximateDate = null,
    c.spanStart = 3165, c.spanEnd = 3249;
MATCH (c:Claim {id: 'claim:ukraine-avoid-us-internal-struggles'}), (s:Source {id: 'source:espreso-parallel-realities'}), (sp:Entity {id: 'institution:espreso-global'})
MERGE (c)-[r1:APPEARS_IN]->(s) ON CREATE SET r1.createdAt = datetime()
MERGE (c)-[r2:SAID_BY]->(sp) ON CREATE SET r2.createdAt = datetime();
MATCH (c:Claim {id: 'claim:ukraine-avoid-us-internal-struggles'})
UNWIND ['institution:ukraine-government', 'track:ukraine'] AS eid
MATCH (e:Entity {id: eid})
MERGE (c)-[r:ABOUT]->(e) ON CREATE SET r.createdAt = datetime();

// ---------------------------------------------------------------- Claim to claim
// CONTRADICTS is stored once (a -> b) and read in both directions; SUPPORTS: a backs b.
// Vance: the U.S. will work to bring the sides together; State Department: the U.S. no longer plans to mediate
MATCH (a:Claim {id: 'claim:vance-next-100-days'}), (b:Claim {id: 'claim:state-dept-no-longer-mediator'})
MERGE (a)-[r:CONTRADICTS]->(b) ON CREATE SET r.createdAt = datetime();
// The article: the 100-day plan was "less about real diplomacy" than about buying time and Witkoff’s image
MATCH (a:Claim {id: 'claim:vance-plan-buying-time'}), (b:Claim {id: 'claim:vance-next-100-days'})
MERGE (a)-[r:CONTRADICTS]->(b) ON CREATE SET r.createdAt = datetime();
// Bessent's quote and "Trump enjoys creating uncertainty" support the same point (no CONTRADICTS between them).
MATCH (a:Claim {id: 'claim:bessent-strategic-uncertainty'}), (b:Claim {id: 'claim:trump-master-of-unpredictability'})
MERGE (a)-[r:SUPPORTS]->(b) ON CREATE SET r.createdAt = datetime();
MATCH (a:Claim {id: 'claim:trump-enjoys-uncertainty'}), (b:Claim {id: 'claim:trump-master-of-unpredictability'})
MERGE (a)-[r:SUPPORTS]->(b) ON CREATE SET r.createdAt = datetime();
MATCH (a:Claim {id: 'claim:white-house-same-order-twice'}), (b:Claim {id: 'claim:trump-chaos-extends-to-team'})
MERGE (a)-[r:SUPPORTS]->(b) ON CREATE SET r.createdAt = datetime();
MATCH (a:Claim {id: 'claim:moscow-sold-illusion'}), (b:Claim {id: 'claim:witkoff-tied-everything-to-moscow-deal'})
MERGE (a)-[r:SUPPORTS]->(b) ON CREATE SET r.createdAt = datetime();
MATCH (a:Claim {id: 'claim:witkoff-tied-everything-to-moscow-deal'}), (b:Claim {id: 'claim:state-dept-exit-weakens-witkoff-leverage'})
MERGE (a)-[r:SUPPORTS]->(b) ON CREATE SET r.createdAt = datetime();
MATCH (a:Claim {id: 'claim:witkoff-not-interested-in-withdrawal'}), (b:Claim {id: 'claim:witkoff-avoids-withdrawal-topic'})
MERGE (a)-[r:SUPPORTS]->(b) ON CREATE SET r.createdAt = datetime();
MATCH (a:Claim {id: 'claim:putin-wont-budge-without-pressure'}), (b:Claim {id: 'claim:witkoff-avoids-withdrawal-topic'})
MERGE (a)-[r:SUPPORTS]->(b) ON CREATE SET r.createdAt = datetime();
MATCH (a:Claim {id: 'claim:witkoff-kremlin-ties-need-ukraine-deal'}), (b:Claim {id: 'claim:witkoff-not-interested-in-withdrawal'})
MERGE (a)-[r:SUPPORTS]->(b) ON CREATE SET r.createdAt = datetime();
MATCH (a:Claim {id: 'claim:thiel-behind-vance'}), (b:Claim {id: 'claim:vance-plan-buying-time'})
MERGE (a)-[r:SUPPORTS]->(b) ON CREATE SET r.createdAt = datetime();
MATCH (a:Claim {id: 'claim:sanctions-remain-weapons-flow'}), (b:Claim {id: 'claim:ukraine-avoid-us-internal-struggles'})
MERGE (a)-[r:SUPPORTS]->(b) ON CREATE SET r.createdAt = datetime();

// ---------------------------------------------------------------- Entity relations
// Each relation carries the ids of the claims that assert it (evidence); status ACTIVE unless a claim says it ended.
MATCH (a:Entity {id: 'person:vance'}), (b:Entity {id: 'institution:white-house'})
MERGE (a)-[r:HOLDS_ROLE_IN]->(b)
ON CREATE SET r.createdAt = datetime()
SET r.id = 'rel:holds_role_in:person:vance:institution:white-house', r.evidence = ['claim:mixed-signals'], r.role = 'Vice President', r.status = 'ACTIVE';
MATCH (a:Entity {id: 'person:bessent'}), (b:Entity {id: 'institution:treasury-department'})
MERGE (a)-[r:HOLDS_ROLE_IN]->(b)
ON CREATE SET r.createdAt = datetime()
SET r.id = 'rel:holds_role_in:person:bessent:institution:treasury-department', r.evidence = ['claim:bessent-treasury-secretary'], r.role = 'Treasury Secretary', r.status = 'ACTIVE';
MATCH (a:Entity {id: 'person:trump'}), (b:Entity {id: 'institution:white-house'})
MERGE (a)-[r:HEADS]->(b)
ON CREATE SET r.createdAt = datetime()
SET r.id = 'rel:heads:person:trump:institution:white-house', r.evidence = ['claim:white-house-same-order-twice'], r.status = 'ACTIVE';
MATCH (a:Entity {id: 'person:resurgam-founder'}), (b:Entity {id: 'institution:resurgam'})
MERGE (a)-[r:HEADS]->(b)
ON CREATE SET r.createdAt = datetime()
SET r.id = 'rel:heads:person:resurgam-founder:institution:resurgam', r.evidence = ['claim:resurgam-founder-two-key-things'], r.role = 'Founder', r.status = 'ACTIVE';
MATCH (a:Entity {id: 'track:ukraine'}), (b:Entity {id: 'person:witkoff'})
MERGE (a)-[r:ROUTED_THROUGH]->(b)
ON CREATE SET r.createdAt = datetime()
SET r.id = 'rel:routed_through:track:ukraine:person:witkoff', r.evidence = ['claim:all-roads-through-witkoff', 'claim:state-dept-exit-weakens-witkoff-leverage'], r.status = 'ACTIVE';
MATCH (a:Entity {id: 'track:israel-hamas'}), (b:Entity {id: 'person:witkoff'})
MERGE (a)-[r:ROUTED_THROUGH]->(b)
ON CREATE SET r.createdAt = datetime()
SET r.id = 'rel:routed_through:track:israel-hamas:person:witkoff', r.evidence = ['claim:all-roads-through-witkoff', 'claim:state-dept-exit-weakens-witkoff-leverage'], r.status = 'ACTIVE';
MATCH (a:Entity {id: 'track:iran'}), (b:Entity {id: 'person:witkoff'})
MERGE (a)-[r:ROUTED_THROUGH]->(b)
ON CREATE SET r.createdAt = datetime()
SET r.id = 'rel:routed_through:track:iran:person:witkoff', r.evidence = ['claim:all-roads-through-witkoff', 'claim:state-dept-exit-weakens-witkoff-leverage'], r.status = 'ACTIVE';
MATCH (a:Entity {id: 'person:witkoff'}), (b:Entity {id: 'person:trump'})
MERGE (a)-[r:POINT_MAN_FOR]->(b)
ON CREATE SET r.createdAt = datetime()
SET r.id = 'rel:point_man_for:person:witkoff:person:trump', r.evidence = ['claim:all-roads-through-witkoff'], r.status = 'ACTIVE';
MATCH (a:Entity {id: 'person:witkoff'}), (b:Entity {id: 'institution:kremlin'})
MERGE (a)-[r:DEPENDS_ON]->(b)
ON CREATE SET r.createdAt = datetime()
SET r.id = 'rel:depends_on:person:witkoff:institution:kremlin', r.evidence = ['claim:witkoff-tied-everything-to-moscow-deal', 'claim:state-dept-exit-weakens-witkoff-leverage', 'claim:witkoff-not-interested-in-withdrawal'], r.status = 'ACTIVE';
MATCH (a:Entity {id: 'person:witkoff'}), (b:Entity {id: 'institution:kremlin'})
MERGE (a)-[r:HAS_TIES_TO]->(b)
ON CREATE SET r.createdAt = datetime()
SET r.id = 'rel:has_ties_to:person:witkoff:institution:kremlin', r.evidence = ['claim:witkoff-kremlin-ties-need-ukraine-deal'], r.status = 'ACTIVE';
MATCH (a:Entity {id: 'institution:kremlin'}), (b:Entity {id: 'person:witkoff'})
MERGE (a)-[r:INFLUENCES]->(b)
ON CREATE SET r.createdAt = datetime()
SET r.id = 'rel:influences:institution:kremlin:person:witkoff', r.evidence = ['claim:moscow-sold-illusion'], r.status = 'ACTIVE';
MATCH (a:Entity {id: 'person:witkoff'}), (b:Entity {id: 'person:trump'})
MERGE (a)-[r:INFLUENCES]->(b)
ON CREATE SET r.createdAt = datetime()
SET r.id = 'rel:influences:person:witkoff:person:trump', r.evidence = ['claim:moscow-sold-illusion'], r.status = 'ACTIVE';
MATCH (a:Entity {id: 'person:thiel'}), (b:Entity {id: 'person:vance'})
MERGE (a)-[r:INFLUENCES]->(b)
ON CREATE SET r.createdAt = datetime()
SET r.id = 'rel:influences:person:thiel:person:vance', r.evidence = ['claim:thiel-behind-vance'], r.status = 'ACTIVE';
MATCH (a:Entity {id: 'person:vance'}), (b:Entity {id: 'person:witkoff'})
MERGE (a)-[r:BACKS]->(b)
ON CREATE SET r.createdAt = datetime()
SET r.id = 'rel:backs:person:vance:person:witkoff', r.evidence = ['claim:thiel-behind-vance', 'claim:vance-plan-buying-time'], r.status = 'ACTIVE';
MATCH (a:Entity {id: 'person:rubio'}), (b:Entity {id: 'person:witkoff'})
MERGE (a)-[r:UNDERMINES]->(b)
ON CREATE SET r.createdAt = datetime()
SET r.id = 'rel:undermines:person:rubio:person:witkoff', r.evidence = ['claim:rubio-highlights-witkoff-failures'], r.status = 'ACTIVE';
MATCH (a:Entity {id: 'person:rubio'}), (b:Entity {id: 'person:witkoff'})
MERGE (a)-[r:RIVALS]->(b)
ON CREATE SET r.createdAt = datetime()
SET r.id = 'rel:rivals:person:rubio:person:witkoff', r.evidence = ['claim:rubio-highlights-witkoff-failures'], r.status = 'ACTIVE';
MATCH (a:Entity {id: 'institution:state-department'}), (b:Entity {id: 'person:witkoff'})
MERGE (a)-[r:UNDERMINES]->(b)
ON CREATE SET r.createdAt = datetime()
SET r.id = 'rel:undermines:institution:state-department:person:witkoff', r.evidence = ['claim:state-dept-exit-weakens-witkoff-leverage', 'claim:state-dept-exit-leaves-witkoff-exposed'], r.status = 'ACTIVE';
MATCH (a:Entity {id: 'institution:state-department'}), (b:Entity {id: 'track:ukraine'})
MERGE (a)-[r:MEDIATES]->(b)
ON CREATE SET r.createdAt = datetime()
SET r.id = 'rel:mediates:institution:state-department:track:ukraine', r.evidence = ['claim:state-dept-no-longer-mediator', 'claim:mixed-signals'], r.validFrom = null, r.validTo = null, r.status = 'ENDED';
MATCH (a:Entity {id: 'person:vance'}), (b:Entity {id: 'track:ukraine'})
MERGE (a)-[r:INVOLVED_IN]->(b)
ON CREATE SET r.createdAt = datetime()
SET r.id = 'rel:involved_in:person:vance:track:ukraine', r.evidence = ['claim:vance-next-100-days', 'claim:mixed-signals'], r.status = 'ACTIVE';
MATCH (a:Entity {id: 'person:trump'}), (b:Entity {id: 'track:ukraine'})
MERGE (a)-[r:INVOLVED_IN]->(b)
ON CREATE SET r.createdAt = datetime()
SET r.id = 'rel:involved_in:person:trump:track:ukraine', r.evidence = ['claim:witkoff-avoids-withdrawal-topic', 'claim:rome-talks-success-vance-absent'], r.status = 'ACTIVE';
MATCH (a:Entity {id: 'person:rubio'}), (b:Entity {id: 'track:ukraine'})
MERGE (a)-[r:INVOLVED_IN]->(b)
ON CREATE SET r.createdAt = datetime()
SET r.id = 'rel:involved_in:person:rubio:track:ukraine', r.evidence = ['claim:witkoff-avoids-withdrawal-topic'], r.status = 'ACTIVE';
MATCH (a:Entity {id: 'person:putin'}), (b:Entity {id: 'track:ukraine'})
MERGE (a)-[r:INVOLVED_IN]->(b)
ON CREATE SET r.createdAt = datetime()
SET r.id = 'rel:involved_in:person:putin:track:ukraine', r.evidence = ['claim:putin-wont-budge-without-pressure', 'claim:withdrawal-lets-putin-show-off'], r.status = 'ACTIVE';
MATCH (a:Entity {id: 'institution:kremlin'}), (b:Entity {id: 'track:ukraine'})
MERGE (a)-[r:INVOLVED_IN]->(b)
ON CREATE SET r.createdAt = datetime()
SET r.id = 'rel:involved_in:institution:kremlin:track:ukraine', r.evidence = ['claim:state-dept-no-longer-mediator', 'claim:witkoff-kremlin-ties-need-ukraine-deal'], r.status = 'ACTIVE';
MATCH (a:Entity {id: 'institution:ukraine-government'}), (b:Entity {id: 'track:ukraine'})
MERGE (a)-[r:INVOLVED_IN]->(b)
ON CREATE SET r.createdAt = datetime()
SET r.id = 'rel:involved_in:institution:ukraine-government:track:ukraine', r.evidence = ['claim:state-dept-no-longer-mediator', 'claim:witkoff-avoids-withdrawal-topic'], r.status = 'ACTIVE';
MATCH (a:Entity {id: 'person:vance'}), (b:Entity {id: 'event:vance-100-day-plan'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
ON CREATE SET r.createdAt = datetime()
SET r.id = 'rel:participated_in:person:vance:event:vance-100-day-plan', r.evidence = ['claim:vance-next-100-days', 'claim:vance-plan-buying-time'], r.status = 'ACTIVE';
MATCH (a:Entity {id: 'institution:state-department'}), (b:Entity {id: 'event:state-department-mediation-exit'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
ON CREATE SET r.createdAt = datetime()
SET r.id = 'rel:participated_in:institution:state-department:event:state-department-mediation-exit', r.evidence = ['claim:state-dept-no-longer-mediator', 'claim:mixed-signals'], r.status = 'ACTIVE';
MATCH (a:Entity {id: 'person:trump'}), (b:Entity {id: 'event:rome-talks'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
ON CREATE SET r.createdAt = datetime()
SET r.id = 'rel:participated_in:person:trump:event:rome-talks', r.evidence = ['claim:rome-talks-success-vance-absent'], r.status = 'ACTIVE';
MATCH (a:Entity {id: 'person:zelenskyy'}), (b:Entity {id: 'event:rome-talks'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
ON CREATE SET r.createdAt = datetime()
SET r.id = 'rel:participated_in:person:zelenskyy:event:rome-talks', r.evidence = ['claim:rome-talks-success-vance-absent'], r.status = 'ACTIVE';
MATCH (a:Entity {id: 'institution:european-representatives'}), (b:Entity {id: 'event:rome-talks'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
ON CREATE SET r.createdAt = datetime()
SET r.id = 'rel:participated_in:institution:european-representatives:event:rome-talks', r.evidence = ['claim:rome-talks-success-vance-absent'], r.status = 'ACTIVE';
MATCH (a:Entity {id: 'person:vance'}), (b:Entity {id: 'event:rome-talks'})
MERGE (a)-[r:ABSENT_FROM]->(b)
ON CREATE SET r.createdAt = datetime()
SET r.id = 'rel:absent_from:person:vance:event:rome-talks', r.evidence = ['claim:rome-talks-success-vance-absent'], r.status = 'ACTIVE';
MATCH (a:Entity {id: 'event:vance-100-day-plan'}), (b:Entity {id: 'track:ukraine'})
MERGE (a)-[r:PART_OF]->(b)
ON CREATE SET r.createdAt = datetime()
SET r.id = 'rel:part_of:event:vance-100-day-plan:track:ukraine', r.evidence = ['claim:vance-next-100-days', 'claim:mixed-signals'], r.status = 'ACTIVE';
MATCH (a:Entity {id: 'event:state-department-mediation-exit'}), (b:Entity {id: 'track:ukraine'})
MERGE (a)-[r:PART_OF]->(b)
ON CREATE SET r.createdAt = datetime()
SET r.id = 'rel:part_of:event:state-department-mediation-exit:track:ukraine', r.evidence = ['claim:state-dept-no-longer-mediator', 'claim:mixed-signals'], r.status = 'ACTIVE';
MATCH (a:Entity {id: 'event:rome-talks'}), (b:Entity {id: 'track:ukraine'})
MERGE (a)-[r:PART_OF]->(b)
ON CREATE SET r.createdAt = datetime()
SET r.id = 'rel:part_of:event:rome-talks:track:ukraine', r.evidence = ['claim:rome-talks-success-vance-absent'], r.status = 'ACTIVE';
MATCH (a:Entity {id: 'event:possible-us-withdrawal'}), (b:Entity {id: 'track:ukraine'})
MERGE (a)-[r:PART_OF]->(b)
ON CREATE SET r.createdAt = datetime()
SET r.id = 'rel:part_of:event:possible-us-withdrawal:track:ukraine', r.evidence = ['claim:witkoff-avoids-withdrawal-topic', 'claim:withdrawal-lets-putin-show-off', 'claim:witkoff-not-interested-in-withdrawal'], r.status = 'ACTIVE';
