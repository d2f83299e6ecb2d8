/* pa-checklist-text.c: the seven checklist items judged from a description written elsewhere
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A company or a consultant typed the description into VITAS; we have
 * only its text. The text is cut into sentences (and list lines), each
 * sentence is read word by word (folded: "skånehensyn", "skaanehensyn"
 * and "Skånehensynene" meet; stems take inflections) and marked with
 * the concrete signals it carries. An item is ok only when the signals
 * it needs are there, so a long text of filler passes nothing it does
 * not say. Headings ("Formål:", "Skånehensyn:") set the context of the
 * paragraph they open, but are never evidence by themselves.
 *
 * What each item needs (domain.md 5):
 *   1  a purpose sentence ("formålet er", "skal vise, om", "for at",
 *      "ønsker", or under a purpose heading) that names something
 *      concrete: a job or work function, tasks, or hours. An abstract
 *      aim alone ("afklaring af arbejdsevnen", "komme tættere på
 *      arbejdsmarkedet", "prøve kræfter med faget") is not enough;
 *   2  sub-goals that point forward: goal content (a task the citizen
 *      "kan", hours, an amount, "alene", "delmål") at two or more
 *      different weeks or dates;
 *   3  concrete tasks (task verbs and objects from the SMART lexicon; a
 *      vague phrase from the task check does not count) AND the hours:
 *      a number of hours not written as an estimate ("ca. 30 timer"), or
 *      clock times, AND when: weekdays, "dagligt", "tre dage om ugen" or
 *      times of day ("20 timer om ugen" alone does not say when);
 *   4  an explicit "no restrictions relevant to the work", or
 *      restrictions that are mentioned together with how they are
 *      handled (aids, breaks, planning, a mentor...). "Vi tager hensyn"
 *      is not handling;
 *   5  a named person with a role at the company (contact person,
 *      mentor, leader) AND a follow-up frequency or two or more dated
 *      follow-ups ("løbende" and "efter behov" are not). These two are
 *      what a filler text cannot fake, and together they say who the
 *      arrangement runs through and how often the parties meet; a
 *      description that names them is ok (the blind labels agree: a
 *      short "Kontaktperson er formand Tobias Krag. Jobcentret ringer
 *      hver fredag" is enough). Who is responsible for what and what
 *      happens if it does not go to plan are shown as evidence, and asked
 *      for when the item fails;
 *   6  what happens after the placement: an after-marker ("efter
 *      praktikken", "når praktikken er slut", "næste skridt", or under
 *      such a heading) with a concrete activity (job, education, course,
 *      another placement, a meeting that decides);
 *   7  a path to ordinary paid hours: hiring, paid hours, ordinary
 *      hours, a hybrid placement, fleksjob or småjob. Looking for jobs in
 *      general is not a path to paid hours.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pa-checklist-private.h"
#include "pa-danish.h"
#include "pa-restriction-analysis.h"
#include "pa-smart-private.h"
#include "pa-task-check.h"

/* One word or number of a sentence. */
typedef struct {
  char        norm[48];    /* folded */
  char        stem[48];
  guint8      len;         /* of norm */
  guint8      stem_len;
  int         start;       /* byte range in the whole text */
  int         end;
  int         value;       /* number value, or -1 */
  guint32     klass;       /* SMART lexicon classes */
  guint       number : 1;
  guint       date : 1;
  guint       capital : 1;
  guint       dash_after : 1;
  guint       colon_after : 1;
  guint       heading : 1;     /* a word of a heading: "Aftale og ansvar:" */
  guint       initial : 1;     /* first of its sentence, or after a colon */
  guint       ordinal : 1;     /* "4." in "4. uge" */
  guint       known : 1;       /* the SMART lexicon knows it (not a name) */
  guint       acronym : 1;     /* "SOSU", "IT" */
} Word;

typedef enum {
  SECTION_NONE,
  SECTION_PURPOSE,
  SECTION_TASKS,
  SECTION_HOURS,
  SECTION_SUBGOALS,
  SECTION_RESTRICTIONS,
  SECTION_AGREEMENT,
  SECTION_AFTER,
} Section;

/* The signals a sentence carries. */
enum {
  SIG_PURPOSE_MARK    = 1 << 0,
  SIG_CONCRETE_AIM    = 1 << 1,
  SIG_GOAL_CONTENT    = 1 << 2,
  SIG_TASKS           = 1 << 3,
  SIG_VAGUE_TASK      = 1 << 4,
  SIG_HOURS           = 1 << 5,
  SIG_HOURS_APPROX    = 1 << 6,
  SIG_CLOCK           = 1 << 7,
  SIG_NO_RESTRICTION  = 1 << 8,
  SIG_RESTRICTION     = 1 << 9,
  SIG_HANDLING        = 1 << 10,
  SIG_CONTACT         = 1 << 11,
  SIG_FOLLOW_UP       = 1 << 12,
  SIG_FREQUENCY       = 1 << 13,
  SIG_RESPONSIBILITY  = 1 << 14,
  SIG_CONTINGENCY     = 1 << 15,
  SIG_AFTER           = 1 << 16,
  SIG_NEXT_ACTIVITY   = 1 << 17,
  SIG_PAID_PATH       = 1 << 18,
  SIG_SUBGOAL_WORD    = 1 << 19,
  SIG_ABSTRACT        = 1 << 20,
  SIG_HIRE            = 1 << 21,
  SIG_DURING          = 1 << 22,
  SIG_NO_RESTRICTION_WEAK = 1 << 23,
  SIG_PURPOSE_STRONG  = 1 << 24,
  SIG_DAYS            = 1 << 25,
};

typedef struct {
  int        start;      /* byte range of the sentence in the text */
  int        end;
  int        paragraph;
  Section    section;
  gboolean   heading;    /* the sentence is only a heading */
  GArray    *words;      /* Word */
  guint32    signals;
  guint      n_tasks;    /* concrete task words */
  GPtrArray *anchors;    /* char *: the weeks and dates it names */
} Sentence;

typedef struct {
  const char *text;
  GArray     *sentences;   /* Sentence */
  PaChecklistReport *report;
  char        citizen[48];  /* the citizen's name word, folded, or "" */
  PaPhrases  *phrases;      /* the diagnoses the restriction analysis knows */
  GHashTable *classes;      /* folded word -> lexicon classes */
} Review;

/* Patterns: words in order, at most two other words between them. A
 * key matches a folded word and its inflections; "x*" also longer
 * words, "*x" compounds ending in x, "=x" only x itself, "#" any number,
 * "@" a word with a capital letter. */
#define MAX_KEYS 6
typedef enum { KEY_WORD, KEY_PREFIX, KEY_SUFFIX, KEY_EXACT, KEY_NUMBER, KEY_CAPITAL } KeyMode;

typedef struct {
  KeyMode mode;
  guint8  len;
  guint8  stem_len;
  char    word[40];
  char    stem[40];
} Key;

typedef struct {
  guint n;
  Key   keys[MAX_KEYS];
} Pattern;

typedef struct {
  const char * const *source;
  GArray             *compiled;  /* Pattern */
  /* Indices of the patterns whose first key can match a word beginning
   * (or, for "*x", ending) with a letter, and of those that match any
   * word ("#", "@"): most words are tried against a few patterns only. */
  GArray             *by_first[256];
  GArray             *by_last[256];
  GArray             *any;
} PatternSet;

#define SET(name, ...) \
  static const char * const name##_src[] = { __VA_ARGS__, NULL }; \
  static PatternSet name = { name##_src, NULL }

/* Item 1 */
SET (purpose_marks,
     "formål*", "målet", "=mål", "skal vise", "skal afklare", "skal afprøve", "afklare om",
     "afklaring af om", "afprøve om", "afprøvet om", "finde ud af om", "se om", "vise om",
     "med henblik på", "for at", "ønsk*", "vil gerne", "gerne vil", "vil tilbage",
     "har brug for", "praktikken skal", "skal praktikken", "så han kan", "så hun kan",
     "så @ kan", "sigte*", "optræne", "træne", "lære at", "blive bedre", "hensigt*",
     "skal bruges til", "ideen med", "sigtet med", "målsætning*", "målet med", "mål for",
     "skal give", "for at se", "er tænkt som");
/* Marks that say "purpose" by themselves; the others ("vil gerne", "for
 * at") may as well be the company's plans after the placement. */
SET (purpose_strong,
     "formål*", "målet", "=mål", "hensigt*", "praktikken skal", "skal praktikken", "skal vise",
     "skal afklare", "skal afprøve", "målet med", "sigtet med", "ideen med", "målsætning*");
SET (concrete_aims,
     "job som", "stilling* som", "arbejde som", "uddannelse som", "ansættelse som",
     "job i", "job på", "job med", "# timer", "fleksjob", "småjob", "ordinære timer",
     "ordinært job", "ordinær* stilling*", "løntimer", "kørekort", "certifikat*",
     "truckcertifikat*", "svendebrev*", "reference*", "uddannelse*", "*uddannelsen",
     "*uddannelse", "læreplads*", "elevplads*", "holde til", "møde fast", "møde stabilt",
     "mødestabil*", "stabilt fremmøde", "møde til tiden", "møde hver dag");
SET (abstract_aims,
     "arbejdsevne*", "kompetencer", "arbejdsmarkedet", "selvforsørg*", "arbejdsidentitet*",
     "kræfter", "hverdag", "noget for", "ressourcer");

/* Item 2 */
SET (subgoal_words, "delmål*", "milepæl*", "progression*", "=mål", "målet");
SET (goal_content,
     "kan", "alene", "selv*", "uden hjælp", "uden støtte", "med hjælp", "delmål*",
     "# timer", "# *linjer", "# stk*", "# kasser", "# borde", "# kunder", "# bakker",
     "# beboere", "# ordrer", "# fejl", "mål*", "niveau*", "selvkørende", "selvstartende",
     "oplært", "mestre*");

/* Item 3 */
SET (hours_approx, "ca #", "ca. #", "cirka #", "omkring #", "op til # timer",
     "efter aftale", "efter behov", "efter butikkens behov", "efter virksomhedens behov",
     "efter evne", "fleksibel* arbejdstid", "varierende", "efter vagtplan");

/* Which days: with a weekday, or these */
SET (day_words,
     "dagligt", "om dagen", "# dage om ugen", "# dage ugentligt", "# dage pr uge", "=hverdage",
     "alle hverdage", "weekend*", "# dage i ugen", "# formiddage", "# eftermiddage",
     "# morgener", "# aftener", "hver dag", "alle ugens dage", "fuld tid", "fuldtid",
     "fordelt på # dage", "på # dage", "# ugedage", "# arbejdsdage", "# dage hver uge");

/* Item 4 */
SET (no_restrictions,
     "ingen skånehensyn*", "ingen skånebehov*", "ingen begrænsning*", "ingen hensyn",
     "ingen særlige hensyn", "ingen helbred*", "ingen fysiske", "ingen psykiske",
     "ikke skånehensyn*", "ikke nogen skånehensyn*", "ikke behov for skånehensyn*",
     "ikke behov for hensyn", "ikke behov for særlige hensyn", "ikke brug for hensyn",
     "ikke har begrænsninger", "ikke har nogen begrænsninger", "ikke helbredsmæssige",
     "ikke har helbredsmæssige", "ikke har nogen helbredsmæssige", "ikke nogen begrænsninger",
     "ingen restriktioner", "ingen forbehold", "uden skånehensyn*",
     "uden begrænsninger", "ikke relevante skånehensyn*",
     "skånehensyn ikke relevant*", "skånehensyn er ikke relevant*",
     "ikke nogen hensyn", "ingen kendte skånehensyn*", "ingen særlige skånehensyn*",
     "ingen helbredsmæssige", "ingen særlige hensyn", "ikke nogen særlige hensyn",
     "ingen hensyn at tage", "ingen skånehensyn at tage", "ikke tages hensyn",
     "ikke tages særlige hensyn", "ikke tage hensyn", "ikke tage særlige hensyn",
     "ikke noget at tage hensyn", "intet at tage hensyn", "ikke noget skal tage hensyn", "ikke noget der skal tages hensyn",
     "ikke nogen hensyn at tage", "ikke behov for særlige hensyn", "ikke behov for skånehensyn");
/* Said under a restrictions heading, or of a restriction: "Skånehensyn:
 * ingen af betydning for arbejdet." */
SET (no_restrictions_weak,
     "ingen af betydning", "ingen der har betydning", "ingen som har betydning",
     "ingen der påvirker", "intet af betydning", "ikke relevant*", "ingen relevante",
     "ingen kendte", "ingen særlige behov", "ikke oplyst nogen", "har ikke oplyst", "ingen ting",
     "ikke noget", "ingen");
SET (restriction_words,
     "skånehensyn*", "skånebehov*", "begrænsning*", "kan ikke", "kan kun", "kan højst",
     "kan maks*", "kan ikke tåle", "tåler ikke", "svært ved", "=ondt", "smerte*", "*smerter",
     "træt*", "udtrættet", "angst*", "stress*", "koncentr*", "hukommelse*", "hovedpine*",
     "diagnose*", "sygemeld*", "*prolaps", "rygproblem*", "rygsmert*", "rygskade*",
     "knæproblem*", "knæskade*", "dårlige knæ", "dårligt knæ", "dårlig ryg", "skulderskade*",
     "skulderproblem*", "*skade", "arbejdsskade*",
     "allergi*", "handicap*", "gangbesvær*", "hørehæm*", "ordblind*", "læser langsomt",
     "læse langsomt", "lidt dansk", "begrænset dansk", "ikke så godt dansk", "ikke løfte",
     "må ikke", "depression*", "adhd", "autisme", "ptsd", "gigt*", "astma*", "diabetes",
     "svimmel*", "uro", "urolig*", "sårbar*", "energi*", "overblik", "dårlige dage",
     "dårlig dag", "nedsat", "ustabil*", "hørelse*", "syn", "sprogniveau*", "dansk*niveau*",
     "forstår ikke", "taler kun", "kun lidt dansk", "udmatte*", "støj*", "larm*", "lyde",
     "uventede", "belast*", "overbelast*", "sover dårligt", "svært at sove", "søvn*",
     "medicin*", "bivirkning*", "skånejob*", "sygdom*", "helbredsmæssig*",
     "allergisk*", "astmatisk*", "migræne*", "tinnitus", "epilepsi*", "sklerose", "kræft*",
     "opereret", "gør ondt", "ondt i");
SET (handling_words,
     "hjælpemid*", "sækkevogn*", "rullebord*", "løftevogn*", "løftegrej*", "=lift", "palleløfter*",
     "pause*", "hvil*", "mentor*", "makker*", "buddy", "billed*", "piktogram*", "sprogmentor*",
     "tolk*", "planlæg*", "planlagt", "tilrettelæg*", "tilrettelagt", "skift* mellem",
     "sidde*", "siddende", "stol*", "løfte op til", "op til # kg", "arbejder ikke", "får ikke",
     "skal ikke", "undgå*", "i stedet", "kortere", "nedsat tid", "optrap*", "høreværn*",
     "roligt sted", "rolig*", "fast kontaktperson", "fast* person", "en opgave ad gangen",
     "en ting ad gangen", "app*", "skema*", "tjekliste*", "instruktion*", "instrueres",
     "vise* hvordan", "trin for trin", "faste opgaver", "fast* rutine*", "rutineopgaver",
     "baglokal*", "kan gå", "kan trække sig", "møder først", "møder senere", "senere mødetid",
     "starter kl", "starter senere", "farve*", "ergonom*", "hæve*", "skærm*", "høretelefon*",
     "ørepropper", "eget rum", "eget kontor", "stille*", "kan altid", "kan tage", "sms*",
     "=fri", "fleksibel mødetid", "fleksible mødetider", "ekstra tid", "god tid",
     "oplæring", "sprogundervisning", "danskundervisning", "sprogskole*", "dansk* på",
     "skrevet", "oversat*", "ordbog*", "vikar", "afløsning", "aflastning", "hjemmearbejde",
     "ikke opgaver", "ikke arbejde", "ikke kører", "ikke står", "gå en tur", "frisk luft",
     "kan skifte", "skifte til", "skifter", "handske*", "ekstra greb", "fast kollega",
     "sammen med", "får at vide", "dagen før", "hjælp til", "støtte*", "tilpas*",
     "i sit eget tempo", "eget tempo", "lavt tempo", "færre timer", "deltid*", "udskyd*",
     "mens", "men kan", "kan godt", "kan gerne", "i stedet for");

/* Item 5 */
SET (role_words,
     "kontaktperson*", "mentor*", "*sleder", "*teamleder", "*holdleder", "*køkkenleder",
     "*lagerleder", "*gruppeleder", "*centerleder", "*skoleleder", "*kontorleder", "*vagtleder",
     "*stueleder", "*butikleder", "*kædeleder", "*fagleder", "*projektleder", "=leder",
     "=lederen", "*chef", "=chef", "*formand",
     "*mester", "=mester", "mesteren", "*ansvarlig", "ansvarlig", "koordinator*", "*instruktør",
     "vejleder*", "*svend", "=ejer", "=ejeren", "indehaver*", "makker*", "*mentor",
     "daglig", "oldfrue", "forvalter", "forstander", "inspektør", "*inspektør", "butikschef",
     "=pedel", "=pedellen", "overassistent", "tovholder*", "praktikvejleder*",
     "praktikansvarlig*", "oplærer", "*værkfører", "værkfører*", "driftschef*", "bestyrer*",
     "*bestyrer", "direktør*", "*direktør", "=daglig leder");
SET (consultant_words, "*konsulent", "sagsbehandler*", "jobcentret", "jobcenter*", "konsulent*");
SET (follow_up_words,
     "opfølg*", "følg* op", "følges op", "følger op", "ring*", "besøg*", "kommer ud",
     "kommer forbi", "møde*", "*møde", "*møder", "samtale*", "status*", "kontakt*",
     "taler med", "snakker med", "evaluer*", "evaluering*");
SET (frequencies,
     "hver uge", "hver # uge", "hver anden uge", "hver tredje uge", "hver fjerde uge",
     "hver # dag", "hver dag", "hver måned", "hver anden måned", "hver mandag", "hver tirsdag",
     "hver onsdag", "hver torsdag", "hver fredag", "ugentlig*", "månedlig*", "dagligt",
     "en gang om ugen", "en gang om måneden", "# gang* om ugen", "# gang* om måneden",
     "én gang om ugen", "# gange i praktikken", "# gange undervejs", "hver 14 dag",
     "hver fjortende dag", "hver 2 uge", "hver 3 uge", "hver 4 uge", "uge # og #",
     "uge # og uge #", "uger # og #", "efter uge # og #", "i uge # # og #",
     "# og # uge*", "# # og # uge*", "uge # # og #", "efter # og # uger",
     "hver # uge*", "hver #", "# gange om ugen", "#-ugers*", "ugers mellemrum",
     "første og anden", "første og sidste", "første og tredje", "anden og fjerde",
     "første og fjerde", "efter hver uge", "# og # uge*", "# # og # uge*",
     "# og # måned*", "hver 14. dag", "hver fjortende dag", "to gange om måneden",
     "# opfølgning*", "# møder", "# samtaler", "hver #", "første uge og", "midtvejs*",
     "halvvejs*");
SET (responsibility_words,
     "ansvar*", "instruer*", "registrer*", "sørger for", "tager sig af", "står for",
     "oplær*", "giver besked", "melder", "melde", "afbud", "=syg", "sygemeld*", "fravær*",
     "fremmøde*", "har ansvaret", "viser", "følger med", "tjekker ind", "aftaler",
     "introducer*", "sætter i gang", "sat i gang", "tager imod", "modtager", "skriver",
     "laver skemaet", "planlægger", "vurderer", "holder øje");
SET (contingency_words,
     "hvis praktikken ikke", "går praktikken ikke", "ikke går som", "ikke som aftalt",
     "ikke som planlagt", "ikke efter planen", "hvis der opstår", "opstår der",
     "ved problemer", "hvis der er problemer", "problem*", "udebliv*", "ikke møder",
     "ikke kommer", "fraværende", "bliver værre", "bliver dårligere", "ekstra møde*",
     "straks et møde", "holdes et møde", "holdes der et møde", "ikke lykkes", "ikke trives",
     "bekymring*", "konflikt*", "justere*", "justeres", "ændres", "ændre*", "tilpasse*",
     "tilpasses", "afbryde*", "stoppe*", "ikke fungerer", "ikke holder", "går galt",
     "uenighed*", "ikke når", "revurder*", "nyt møde", "plan b");

/* Item 6 */
SET (after_marks,
     "efter praktikk*", "efter forløb*", "efter de # uger", "efter # uger", "når praktikk*",
     "næste skridt", "næste trin", "herefter", "bagefter", "efterfølgende", "ved afslutning*",
     "ved slutmød*", "slutmød*", "afsluttende møde*", "planen er", "videre forløb*",
     "afsluttes med", "slutter med", "ved afslutningen", "afsluttende trepartsmøde*",
     "fremadrettet", "ved praktikkens afslutning", "praktikkens afslutning", "når den er slut",
     "når forløbet", "efter endt", "i forlængelse af", "hvis praktikken går godt",
     "efter perioden", "når perioden er slut", "når de # uger er gået");
SET (next_activities,
     "ansæt*", "ansat", "stilling*", "job*", "søg*", "uddannelse*", "kursus*", "amu*",
     "grundforløb*", "nyt forløb", "et forløb", "afklaringsforløb*", "jobafklaringsforløb*",
     "hovedforløb*", "forløb hos", "forløb med", "ny praktik", "ny virksomhedspraktik", "anden praktik",
     "en praktik", "praktik hos", "praktik i", "praktik på", "fleksjob*", "løntime*", "løntilskud*",
     "udtalelse*", "samtale*", "rundbordsmød*", "revalidering*", "forlæng*", "visitation*",
     "sprogskole*", "tilbud*", "aktivitet*", "ressourceforløb*", "flere timer", "kontrakt*",
     "læreplads*", "elevplads*", "lære*", "hf", "vuc", "fvu", "ordblindeundervisning*",
     "efteruddannelse*", "certifikat*", "kørekort*", "afklaring*", "pension*", "ydelse*",
     "fortsætte i", "fortsætter i", "fortsætte med", "fortsætter med", "forlængelse*");

/* Item 7 */
SET (paid_paths,
     "ansætte*", "ansættelse*", "ansætter", "ansættes", "ansat", "fastansæt*", "*ansatte",
     "tilbyde* stilling*", "tilbyde* job*", "tilbyde* timer", "tilbyde* @ en stilling",
     "tilbyde* @ job", "tilbyder @", "tilbyde @", "løntime*", "lønnede timer",
     "timer med løn", "ordinære timer", "ordinær* ansættelse", "ordinært job",
     "ordinære job", "ordinær stilling", "ordinære stillinger", "fleksjob*", "småjob*",
     "kombinationspraktik*", "hybrid*", "ledig* stilling*", "søge =stillingen",
     "søge en af stillingerne", "indkaldt til samtale", "ansættelsessamtale*", "jobsamtale*",
     "lønnet*", "på løn", "mangler medarbejder*", "mangler en medarbejder*", "mangler folk", "mangler en",
     "skal bruge", "ansætte*", "sæsonjob*", "vikariat*", "deltidsstilling*", "fuldtidsstilling*",
     "job hos", "stilling hos", "ansættelse hos", "timelønnet", "med løn");

/* The company hires or offers paid hours: the next step when the
 * placement goes well ("ansætter Niels pr. 1. maj, hvis..."). */
SET (hire_words,
     "ansætte*", "ansættelse*", "ansætter", "ansættes", "fastansæt*", "tilbyde*", "tilbyder",
     "ansat", "løntime*", "ordinære timer", "fleksjob*", "småjob*", "lønnede timer",
     "timer med løn", "udvide* løntimer", "udvide* lønnede", "fastansættelse*", "elevplads*",
     "læreplads*");
/* A hedge: "kan på sigt eventuelt føre til en ansættelse" promises
 * nothing unless it says on what condition or how many hours. */
SET (hedge_words,
     "på sigt", "eventuelt", "=evt", "måske", "muligvis", "forhåbentlig", "håber*",
     "afhænger af", "ikke udelukket", "kan ikke love");

/* ... unless it happens during the placement. */
SET (during_marks,
     "undervejs", "allerede", "under praktikk*", "i løbet af praktikk*", "mens de",
     "sideløbende", "samtidig");

static char *
fold_key (const char *text)
{
  return pa_danish_fold (text, -1);
}

static void
compile_key (const char *src,
             gsize       len,
             Key        *key)
{
  g_autofree char *raw = g_strndup (src, len);
  g_autofree char *folded = NULL;
  char *w = raw;
  gsize wl = strlen (w);

  key->mode = KEY_WORD;
  if (g_str_equal (w, "#"))
    {
      key->mode = KEY_NUMBER;
      return;
    }
  if (g_str_equal (w, "@"))
    {
      key->mode = KEY_CAPITAL;
      return;
    }
  /* A lone "*" would match nothing safely: patterns never use one */
  g_assert (!g_str_equal (w, "*"));
  if (w[0] == '=')
    key->mode = KEY_EXACT, w++;
  else if (w[0] == '*')
    key->mode = KEY_SUFFIX, w++;
  else if (wl > 1 && w[wl - 1] == '*')
    key->mode = KEY_PREFIX, w[wl - 1] = '\0';
  /* "ca." is written with its full stop; the words do not have it. */
  wl = strlen (w);
  if (wl > 1 && w[wl - 1] == '.')
    w[wl - 1] = '\0';
  folded = fold_key (w);
  g_strlcpy (key->word, folded, sizeof key->word);
  pa_danish_stem_into (key->word, key->stem, sizeof key->stem);
  key->len = strlen (key->word);
  key->stem_len = strlen (key->stem);
}

static GArray *
compile_patterns (const char * const *source)
{
  GArray *patterns = g_array_new (FALSE, TRUE, sizeof (Pattern));

  for (guint i = 0; source[i] != NULL; i++)
    {
      Pattern pattern = { 0 };
      const char *p = source[i];

      while (*p && pattern.n < MAX_KEYS)
        {
          const char *end = strchr (p, ' ');
          gsize len = end ? (gsize) (end - p) : strlen (p);

          if (len > 0)
            compile_key (p, len, &pattern.keys[pattern.n++]);
          p += len;
          while (*p == ' ')
            p++;
        }
      g_array_append_val (patterns, pattern);
    }
  return patterns;
}

static PatternSet *all_sets[] = {
  &purpose_marks, &purpose_strong, &concrete_aims, &abstract_aims, &subgoal_words, &goal_content,
  &hours_approx, &no_restrictions, &restriction_words, &handling_words, &role_words,
  &consultant_words, &follow_up_words, &frequencies, &responsibility_words,
  &contingency_words, &after_marks, &next_activities, &paid_paths, &hire_words,
  &during_marks, &no_restrictions_weak, &day_words, &hedge_words,
};

static void
index_patterns (PatternSet *set)
{
  set->any = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < 256; i++)
    {
      set->by_first[i] = g_array_new (FALSE, FALSE, sizeof (guint));
      set->by_last[i] = g_array_new (FALSE, FALSE, sizeof (guint));
    }
  for (guint p = 0; p < set->compiled->len; p++)
    {
      const Key *key = &g_array_index (set->compiled, Pattern, p).keys[0];

      if (key->mode == KEY_NUMBER || key->mode == KEY_CAPITAL || key->len == 0)
        g_array_append_val (set->any, p);
      else if (key->mode == KEY_SUFFIX)
        g_array_append_val (set->by_last[(guchar) key->word[key->len - 1]], p);
      else
        g_array_append_val (set->by_first[(guchar) key->word[0]], p);
    }
}

static void
ensure_patterns (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      for (guint i = 0; i < G_N_ELEMENTS (all_sets); i++)
        {
          all_sets[i]->compiled = compile_patterns (all_sets[i]->source);
          index_patterns (all_sets[i]);
        }
      g_once_init_leave (&initialized, 1);
    }
}

/* The review runs every pattern at every word: the first letter (or
 * the last, for a suffix) decides most comparisons without a call. */
static inline gboolean
key_matches (const Key  *key,
             const Word *word)
{
  switch (key->mode)
    {
    case KEY_NUMBER:
      return word->number;
    case KEY_CAPITAL:
      return word->capital && !word->number;
    case KEY_EXACT:
      return key->len == word->len && key->word[0] == word->norm[0]
             && memcmp (word->norm, key->word, key->len) == 0;
    case KEY_PREFIX:
      return word->len >= key->len && key->word[0] == word->norm[0]
             && memcmp (word->norm, key->word, key->len) == 0;
    case KEY_SUFFIX:
      return word->len >= key->len && key->word[key->len - 1] == word->norm[word->len - 1]
             && memcmp (word->norm + word->len - key->len, key->word, key->len) == 0;
    case KEY_WORD:
    default:
      if (key->word[0] != word->norm[0])
        return FALSE;
      if (key->len == word->len && memcmp (word->norm, key->word, key->len) == 0)
        return TRUE;
      return key->stem_len >= 3 && key->stem_len == word->stem_len
             && memcmp (word->stem, key->stem, key->stem_len) == 0;
    }
}

#define MAX_GAP 2

/* Whether @pattern matches @words from @from; *@last is its last word. */
static gboolean
pattern_matches_at (const Pattern *pattern,
                    GArray        *words,
                    guint          from,
                    guint         *last)
{
  guint at = from;

  if (!key_matches (&pattern->keys[0], &g_array_index (words, Word, from)))
    return FALSE;
  for (guint k = 1; k < pattern->n; k++)
    {
      gboolean found = FALSE;

      for (guint j = at + 1; j < words->len && j <= at + 1 + MAX_GAP; j++)
        if (key_matches (&pattern->keys[k], &g_array_index (words, Word, j)))
          {
            at = j;
            found = TRUE;
            break;
          }
      if (!found)
        return FALSE;
    }
  if (last != NULL)
    *last = at;
  return TRUE;
}

/* The first match of any pattern of @set in @words at or after @from:
 * its first word's index, or -1. */
static gboolean
try_patterns (PatternSet *set,
              GArray     *indices,
              GArray     *words,
              guint       at,
              guint      *last)
{
  for (guint k = 0; k < indices->len; k++)
    {
      guint p = g_array_index (indices, guint, k);

      if (pattern_matches_at (&g_array_index (set->compiled, Pattern, p), words, at, last))
        return TRUE;
    }
  return FALSE;
}

/* Whether a pattern of @set matches at words[@at]. */
static gboolean
set_matches_at_full (PatternSet *set,
                     GArray     *words,
                     guint       at,
                     guint      *last)
{
  const Word *w = &g_array_index (words, Word, at);

  return try_patterns (set, set->by_first[(guchar) w->norm[0]], words, at, last)
         || try_patterns (set, set->by_last[(guchar) w->norm[w->len > 0 ? w->len - 1 : 0]], words, at, last)
         || try_patterns (set, set->any, words, at, last);
}

static int
set_find (PatternSet *set,
          GArray     *words,
          guint       from,
          guint      *last)
{
  for (guint i = from; i < words->len; i++)
    if (set_matches_at_full (set, words, i, last))
      return i;
  return -1;
}

static gboolean
set_matches_at (PatternSet *set,
                GArray     *words,
                guint       at)
{
  return set_matches_at_full (set, words, at, NULL);
}

static gboolean
set_matches (PatternSet *set,
             GArray     *words)
{
  return set_find (set, words, 0, NULL) >= 0;
}

/* Sentences */

static Section
section_of_heading (const char *folded)
{
  static const struct { const char *prefix; Section section; } headings[] = {
    { "formaal", SECTION_PURPOSE }, { "maal", SECTION_PURPOSE }, { "baggrund", SECTION_PURPOSE },
    { "delmaal", SECTION_SUBGOALS }, { "progression", SECTION_SUBGOALS },
    { "opgave", SECTION_TASKS }, { "arbejdsopgave", SECTION_TASKS },
    { "arbejdsfunktion", SECTION_TASKS }, { "praktikopgave", SECTION_TASKS },
    { "timer", SECTION_HOURS }, { "arbejdstid", SECTION_HOURS }, { "moedetid", SECTION_HOURS },
    { "skaane", SECTION_RESTRICTIONS }, { "hensyn", SECTION_RESTRICTIONS },
    { "begraens", SECTION_RESTRICTIONS }, { "helbred", SECTION_RESTRICTIONS },
    { "aftale", SECTION_AGREEMENT }, { "kontakt", SECTION_AGREEMENT },
    { "opfoelg", SECTION_AGREEMENT }, { "ansvar", SECTION_AGREEMENT },
    { "samarbejd", SECTION_AGREEMENT },
    { "efter", SECTION_AFTER }, { "naeste", SECTION_AFTER }, { "videre", SECTION_AFTER },
    { "perspektiv", SECTION_AFTER }, { "fremtid", SECTION_AFTER },
  };

  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    if (g_str_has_prefix (folded, headings[i].prefix))
      return headings[i].section;
  return SECTION_NONE;
}

static void
sentence_clear (gpointer data)
{
  Sentence *s = data;

  g_clear_pointer (&s->words, g_array_unref);
  g_clear_pointer (&s->anchors, g_ptr_array_unref);
}

static gboolean
is_number_token (const PaDaToken *t)
{
  return t->kind == PA_DA_TOKEN_NUMBER
         || (t->kind == PA_DA_TOKEN_WORD && t->value >= 0 && !t->weak);
}

static gboolean
is_all_upper (const char *p,
              gsize       len)
{
  for (const char *q = p; q < p + len; q = g_utf8_next_char (q))
    if (!g_unichar_isupper (g_utf8_get_char (q)))
      return FALSE;
  return TRUE;
}

/* The lexicon's classes of a word, looked up once per review: a text
 * repeats its words, and a word the lexicon does not know is tried as a
 * compound and a misspelling, which is slow. */
static guint32
classify (Review     *review,
          const char *norm,
          gsize       n_letters)
{
  gpointer cached;
  guint32 klass;

  if (g_hash_table_lookup_extended (review->classes, norm, NULL, &cached))
    return GPOINTER_TO_UINT (cached);
  klass = pa_smart_lexicon_classify (norm, n_letters);
  g_hash_table_insert (review->classes, g_strdup (norm), GUINT_TO_POINTER (klass));
  return klass;
}

/* Reads the words of text[start, end) into @s. */
static void
read_words (Review   *review,
            Sentence *s)
{
  g_autofree char *copy = g_strndup (review->text + s->start, s->end - s->start);
  g_autoptr(GArray) tokens = pa_danish_tokenise (copy);
  gboolean after_colon = FALSE;

  s->words = g_array_sized_new (FALSE, TRUE, sizeof (Word), tokens->len);
  for (guint i = 0; i < tokens->len; i++)
    {
      PaDaToken *t = &g_array_index (tokens, PaDaToken, i);
      Word w = { 0 };

      if (t->kind == PA_DA_TOKEN_PUNCT)
        {
          after_colon = g_str_equal (t->norm, ":") || g_str_equal (t->norm, "(");
          if (s->words->len > 0 && g_str_equal (t->norm, "-"))
            g_array_index (s->words, Word, s->words->len - 1).dash_after = TRUE;
          if (s->words->len > 0 && g_str_equal (t->norm, ":"))
            g_array_index (s->words, Word, s->words->len - 1).colon_after = TRUE;
          continue;
        }
      g_strlcpy (w.norm, t->norm, sizeof w.norm);
      w.len = strlen (w.norm);
      w.start = s->start + (t->start - copy);
      w.end = w.start + t->len;
      w.value = t->kind == PA_DA_TOKEN_DATE ? -1 : t->value;
      w.number = is_number_token (t);
      w.date = t->kind == PA_DA_TOKEN_DATE;
      w.capital = t->capital;
      w.ordinal = t->ordinal;
      w.acronym = t->len >= 2 && t->kind == PA_DA_TOKEN_WORD && is_all_upper (t->start, t->len);
      w.initial = s->words->len == 0 || after_colon;
      after_colon = FALSE;
      if (t->kind == PA_DA_TOKEN_WORD)
        {
          pa_danish_stem_into (w.norm, w.stem, sizeof w.stem);
          /* A capital inside a sentence is a name, not a task misspelt */
          if (!w.capital || w.initial)
            w.klass = classify (review, w.norm, g_utf8_strlen (t->start, t->len));
          if (w.capital)
            w.known = pa_smart_lexicon_knows (w.norm);
        }
      else
        g_strlcpy (w.stem, w.norm, sizeof w.stem);
      w.stem_len = strlen (w.stem);
      g_array_append_val (s->words, w);
    }
}

static gboolean
is_abbreviation (const char *text,
                 const char *dot)
{
  static const char * const abbrevs[] = {
    "kl", "ca", "tlf", "fx", "f", "bl", "a", "evt", "mht", "jf", "nr", "pr", "dvs", "inkl",
    "osv", "ifm", "man", "tirs", "ons", "tors", "fre", "lør", "søn", "mdr", "min", "stk",
    "ex", "mv", "ang", "vedr", "hhv", "t", "incl", "m", "o", "s", "e", "el", "jan", "feb", "co",
    "aug", "sept", "okt", "nov", "dec", "gl", "ml", "mm", "cpr", "att", "afd",
  };
  const char *p = dot;

  while (p > text && g_unichar_isalpha (g_utf8_get_char (g_utf8_prev_char (p))))
    p = g_utf8_prev_char (p);
  if (p == dot)
    {
      /* "4. uge", "16. marts": an ordinal before a lower-case word;
       * "inden kl. 7. Går praktikken..." ends a sentence. */
      const char *q = dot + 1;

      while (*q == ' ')
        q++;
      return g_ascii_isdigit (p > text ? p[-1] : ' ') && g_unichar_islower (g_utf8_get_char (q));
    }
  for (guint i = 0; i < G_N_ELEMENTS (abbrevs); i++)
    if ((gsize) (dot - p) == strlen (abbrevs[i]) && g_ascii_strncasecmp (p, abbrevs[i], dot - p) == 0)
      return TRUE;
  return FALSE;
}

/* Whether a sentence ends at @p (a '.', '!' or '?'). */
static gboolean
ends_sentence (const char *text,
               const char *p)
{
  const char *q = p + 1;

  if (*p == '.' && is_abbreviation (text, p))
    return FALSE;
  if (*q == '\0' || *q == '\n')
    return TRUE;
  if (*q != ' ' && *q != '\t')
    return FALSE;
  while (*q == ' ' || *q == '\t')
    q++;
  return *q == '\0' || *q == '\n' || g_unichar_isupper (g_utf8_get_char (q))
         || g_ascii_isdigit (*q) || *q == '-' || *q == '"';
}

static void
add_sentence (Review    *review,
              int        start,
              int        end,
              int        paragraph)
{
  Sentence s = { 0 };

  /* Trim white space and list bullets. */
  while (start < end && (g_ascii_isspace (review->text[start]) || review->text[start] == '-'
                         || review->text[start] == '*'))
    start++;
  while (end > start && g_ascii_isspace (review->text[end - 1]))
    end--;
  if (end <= start)
    return;
  s.start = start;
  s.end = end;
  s.paragraph = paragraph;
  s.anchors = g_ptr_array_new_with_free_func (g_free);
  read_words (review, &s);
  if (s.words->len == 0)
    {
      sentence_clear (&s);
      return;
    }
  g_array_append_val (review->sentences, s);
}

/* Cuts the text into sentences: at a line break, and at a full stop,
 * question or exclamation mark that ends a sentence. */
static void
split_sentences (Review *review)
{
  const char *text = review->text;
  int start = 0, paragraph = 0;

  for (const char *p = text; *p; p++)
    {
      if (*p == '\n')
        {
          add_sentence (review, start, p - text, paragraph);
          start = p - text + 1;
          /* An empty line ends the paragraph. */
          {
            const char *q = p + 1;

            while (*q == ' ' || *q == '\t' || *q == '\r')
              q++;
            if (*q == '\n')
              paragraph++;
          }
        }
      else if ((*p == '.' || *p == '!' || *p == '?') && ends_sentence (text, p))
        {
          add_sentence (review, start, p - text + 1, paragraph);
          start = p - text + 1;
        }
    }
  add_sentence (review, start, strlen (text), paragraph);
}

static void read_anchors (Sentence *s);

/* A line that begins with a heading ("Formål:", "Efter praktikken:")
 * sets the section of its paragraph; a line that is only a heading, of
 * the lines after it. */
static void
assign_sections (Review *review)
{
  Section current = SECTION_NONE;
  int paragraph = -1;

  for (guint i = 0; i < review->sentences->len; i++)
    {
      Sentence *s = &g_array_index (review->sentences, Sentence, i);
      guint n = MIN (s->words->len, 4);

      if (s->paragraph != paragraph)
        current = SECTION_NONE, paragraph = s->paragraph;
      for (guint j = 0; j < n; j++)
        {
          Word *w = &g_array_index (s->words, Word, j);

          if (w->colon_after && !w->number)
            {
              Section section = section_of_heading (g_array_index (s->words, Word, 0).norm);

              if (section == SECTION_NONE && j > 0)
                section = section_of_heading (w->norm);
              if (section != SECTION_NONE)
                current = section;
              s->heading = j + 1 == s->words->len;
              for (guint k = 0; k <= j; k++)
                g_array_index (s->words, Word, k).heading = TRUE;
              /* The heading sets the context; its words are no signal
               * ("Løntimer: Poul har sagt..."). */
              /* ... but a date in it is still a date: "Delmål 1 (1. maj):" */
              if (!s->heading && section != SECTION_HOURS && section != SECTION_AGREEMENT)
                {
                  read_anchors (s);
                  g_array_remove_range (s->words, 0, j + 1);
                }
              break;
            }
        }
      s->section = current;
    }
}

/* Signals */

static gboolean
has_class (Sentence *s,
           guint32   klass,
           guint    *count)
{
  guint n = 0;

  for (guint i = 0; i < s->words->len; i++)
    if (g_array_index (s->words, Word, i).klass & klass)
      n++;
  if (count != NULL)
    *count = n;
  return n > 0;
}

/* Task words the SMART lexicon has for measures and persons, not tasks
 * a citizen is given. */
static gboolean
is_task_word (const Word *w,
              guint       index)
{
  static const char * const not_tasks[] = {
    "arbejdstid", "fremmoede", "timetal", "modtager", "modtagere", "opdateret", "ringer",
    "ringe", "melde", "melder", "skrive", "skriver", "spoerge", "spoerger", "laese", "laeser",
  };

  if (!(w->klass & PA_W_TASK) || (w->klass & PA_W_FUNCTION))
    return FALSE;
  /* A capital inside a sentence is a name ("Andersen & Co. Revision") */
  if (w->capital && !w->initial)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (not_tasks); i++)
    if (g_str_has_prefix (w->norm, not_tasks[i]) || g_str_has_suffix (w->norm, not_tasks[i]))
      return FALSE;
  return TRUE;
}

/* The distinct concrete task words of a sentence. */
static guint
count_tasks (Sentence *s)
{
  guint n = 0;

  for (guint i = 0; i < s->words->len; i++)
    {
      Word *w = &g_array_index (s->words, Word, i);
      gboolean seen = FALSE;

      if (!is_task_word (w, i))
        continue;
      for (guint j = 0; j < i && !seen; j++)
        seen = is_task_word (&g_array_index (s->words, Word, j), j)
               && g_str_equal (g_array_index (s->words, Word, j).stem, w->stem);
      n += !seen;
    }
  return n;
}

/* "# timer" not written as an estimate, and clock times. */
static void
read_hours (Sentence *s)
{
  GArray *words = s->words;

  for (guint i = 0; i + 1 < words->len; i++)
    {
      Word *w = &g_array_index (words, Word, i);
      Word *next = &g_array_index (words, Word, i + 1);
      Word *after = i + 2 < words->len ? &g_array_index (words, Word, i + 2) : NULL;

      /* "20 timer", "20 t/uge", "20 ugentlige timer" */
      if (w->number && after != NULL && !g_str_has_prefix (next->norm, "time")
          && (g_str_equal (next->norm, "ugentlige") || g_str_equal (next->norm, "daglige")
              || g_str_equal (next->norm, "arbejds")) && g_str_has_prefix (after->norm, "time"))
        next = after;
      if (w->number && (g_str_has_prefix (next->norm, "time") || g_str_equal (next->norm, "t")))
        {
          gboolean approx = FALSE;

          for (guint j = (i >= 2 ? i - 2 : 0); j < i; j++)
            {
              const char *n = g_array_index (words, Word, j).norm;

              approx |= g_str_equal (n, "ca") || g_str_equal (n, "cirka") || g_str_equal (n, "omkring")
                        || g_str_equal (n, "ca.") || g_str_equal (n, "max") || g_str_equal (n, "maks")
                        || g_str_equal (n, "op");
            }
          s->signals |= approx ? SIG_HOURS_APPROX : SIG_HOURS;
        }
      if (g_str_equal (w->norm, "kl") && next->number)
        s->signals |= SIG_CLOCK;
      /* "7-13", "8.30-12", "fra 8 til 12" next to a weekday */
      if (w->number && w->value <= 24 && has_class (s, PA_W_WEEKDAY, NULL)
          && ((w->dash_after && next->number && next->value <= 24)
              || (g_str_equal (next->norm, "til") && after != NULL && after->number && after->value <= 24)))
        s->signals |= SIG_CLOCK;
      /* "på fuld tid" is 37 hours */
      if ((g_str_equal (w->norm, "fuld") && g_str_equal (next->norm, "tid")) || g_str_equal (w->norm, "fuldtid"))
        s->signals |= SIG_HOURS;
    }
  if ((s->signals & SIG_HOURS) && set_matches (&hours_approx, words)
      && !(s->signals & SIG_CLOCK))
    {
      /* "30 timer efter aftale": an estimate too, unless times are given. */
      guint last;
      int at = set_find (&hours_approx, words, 0, &last);

      if (at >= 0 && !g_array_index (words, Word, at).number)
        s->signals = (s->signals & ~SIG_HOURS) | SIG_HOURS_APPROX;
    }
}

/* "efter 4 uger", "om 6 uger", "inden for 8 uger", "i løbet af 3 uger" */
static gboolean
is_anchor_word (const char *norm)
{
  static const char * const words[] = {
    "efter", "inden", "foerste", "senest", "de", "om", "for", "af", "ved", "sidste", "naeste",
  };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_str_equal (norm, words[i]))
      return TRUE;
  return FALSE;
}

static gboolean
is_ordinal_word (const char *norm)
{
  static const char * const words[] = {
    "foerste", "anden", "andet", "tredje", "fjerde", "femte", "sjette", "syvende", "ottende",
    "sidste",
  };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_str_equal (norm, words[i]))
      return TRUE;
  return FALSE;
}

/* The weeks and dates a sentence names: "uge 4", "fra uge 5", "1. juni",
 * "efter 4 uger", "første måned". "hver 4. uge" is a frequency. */
static void
read_anchors (Sentence *s)
{
  GArray *words = s->words;

  for (guint i = 0; i < words->len; i++)
    {
      Word *w = &g_array_index (words, Word, i);
      Word *prev = i > 0 ? &g_array_index (words, Word, i - 1) : NULL;
      Word *next = i + 1 < words->len ? &g_array_index (words, Word, i + 1) : NULL;
      gboolean every = prev != NULL && g_str_equal (prev->norm, "hver");

      if (w->date)
        g_ptr_array_add (s->anchors, g_strdup (w->norm));
      else if ((g_str_equal (w->norm, "uge") || g_str_equal (w->norm, "ugen")) && next != NULL
               && next->number && !every)
        g_ptr_array_add (s->anchors, g_strdup_printf ("u%d", next->value));
      else if (w->number && next != NULL && g_str_has_prefix (next->norm, "uge") && !every
               && prev != NULL && (w->ordinal || is_anchor_word (prev->norm)))
        g_ptr_array_add (s->anchors, g_strdup_printf ("e%d", w->value));
      else if (w->number && next != NULL && pa_danish_month (next->norm) > 0)
        g_ptr_array_add (s->anchors, g_strdup_printf ("d%d.%d", w->value, pa_danish_month (next->norm)));
      else if (w->number && next != NULL && g_str_has_prefix (next->norm, "maaned") && !every)
        g_ptr_array_add (s->anchors, g_strdup_printf ("m%d", w->value));
      else if (g_str_has_prefix (w->norm, "midtvej") || g_str_has_prefix (w->norm, "halvvej"))
        g_ptr_array_add (s->anchors, g_strdup ("mid"));
      /* "første måned", "anden uge", "sidste uge" */
      else if (next != NULL && is_ordinal_word (w->norm)
               && (g_str_has_prefix (next->norm, "uge") || g_str_has_prefix (next->norm, "maaned")))
        g_ptr_array_add (s->anchors, g_strdup_printf ("o%s%c", w->norm, next->norm[0]));
    }
}

static gboolean
is_name_word (const Word *w)
{
  if (!w->capital || w->number || w->date)
    return FALSE;
  /* Words the lexicon knows, role words and headings are not names;
   * a name that looks like a misspelt word ("Madsen") still is one. */
  if (w->colon_after || w->heading || w->acronym || w->known)
    return FALSE;
  return strlen (w->norm) >= 2;
}

/* Whether words @a and @b (a before b) belong to one name: only a space,
 * a hyphen, a slash or " & " between them ("Høje-Taastrup", "A/S",
 * "Rent & Rask"), not a comma or a dash. */
static gboolean
joined (Review *review,
        Word   *a,
        Word   *b)
{
  const char *p = review->text + a->end, *end = review->text + b->start;
  gsize len = end - p;

  if (len == 1)
    return *p == ' ' || *p == '-' || *p == '/';
  return len == 3 && strncmp (p, " & ", 3) == 0;
}

/* The last word of the name that begins at @from. */
static guint
name_end (Review   *review,
          Sentence *s,
          guint     from)
{
  guint end = from;

  while (end + 1 < s->words->len
         && is_name_word (&g_array_index (s->words, Word, end + 1))
         && joined (review, &g_array_index (s->words, Word, end), &g_array_index (s->words, Word, end + 1)))
    end++;
  return end;
}

/* Whether words[j] begins the name of someone other than the citizen
 * or the jobcentre's consultant. */
static gboolean
is_contact_name (Review *review,
                 GArray *words,
                 guint   j)
{
  Word *w = &g_array_index (words, Word, j);

  if (!is_name_word (w) || g_str_equal (w->norm, review->citizen))
    return FALSE;
  /* "Jobkonsulent Anne Lund" is the jobcentre's, not the company's */
  return !(j > 0 && set_matches_at (&consultant_words, words, j - 1));
}

/* A named person with a role at the company: "kontaktperson er
 * lagerformand Jesper Holm", "Køkkenchef Hanne Sand er kontaktperson",
 * "Hodans kontaktperson er pædagog Signe Friis". The name after the role
 * is preferred to one before it. */
static int
find_contact (Review   *review,
              Sentence *s,
              int      *out_end)
{
  GArray *words = s->words;
  guint last;

  for (int at = set_find (&role_words, words, 0, &last); at >= 0;
       at = last + 1 < words->len ? set_find (&role_words, words, last + 1, &last) : -1)
    {
      int found = -1;

      /* The jobcentre's consultant is not the company's contact. */
      if (set_matches_at (&consultant_words, words, at))
        continue;
      for (guint j = last + 1; j < MIN (words->len, last + 5) && found < 0; j++)
        if (is_contact_name (review, words, j))
          found = j;
      for (int j = at - 1; j >= 0 && j >= at - 3 && found < 0; j--)
        if (is_contact_name (review, words, j))
          {
            /* to the first word of the name: "Hanne Sand" */
            found = j;
            while (found > 0 && is_contact_name (review, words, found - 1))
              found--;
          }
      if (found < 0)
        continue;
      *out_end = name_end (review, s, found);
      return found;
    }
  return -1;
}

static gboolean
is_negation (const char *norm)
{
  return g_str_equal (norm, "ikke") || g_str_equal (norm, "ingen") || g_str_equal (norm, "intet")
         || g_str_equal (norm, "aldrig") || g_str_equal (norm, "hverken");
}

/* A match not negated by one of the four words before it: "har ingen
 * ledige stillinger", "kan ikke ansætte" are no path to paid hours. */
static gboolean
set_matches_unnegated (PatternSet *set,
                       GArray     *words)
{
  for (guint i = 0; i < words->len; i++)
    {
      gboolean negated = FALSE;

      if (!set_matches_at (set, words, i))
        continue;
      /* "har ingen mulighed for at ansætte"; "men" turns it back */
      for (guint j = i; j > 0 && j + 4 > i; j--)
        {
          const char *norm = g_array_index (words, Word, j - 1).norm;

          if (g_str_equal (norm, "men"))
            break;
          negated |= is_negation (norm);
        }
      if (!negated)
        return TRUE;
    }
  return FALSE;
}

/* Hedged, and neither a condition ("hvis Ali når delmålene") nor an
 * amount of hours to hold on to. */
static gboolean
is_hedged (Sentence *s)
{
  if (!set_matches (&hedge_words, s->words) || (s->signals & SIG_HOURS))
    return FALSE;
  for (guint i = 0; i < s->words->len; i++)
    {
      const char *norm = g_array_index (s->words, Word, i).norm;

      if (g_str_equal (norm, "hvis") || g_str_equal (norm, "naar"))
        return FALSE;
    }
  return TRUE;
}

/* After the placement, something happens: "Efter praktikken søger
 * Jamal job". The activity must be more than the words that say "after"
 * ("Efter forløbet vurderes det..." names no activity). */
static void
read_after (Sentence *s)
{
  GArray *w = s->words;
  guint last = 0;
  int at = set_find (&after_marks, w, 0, &last);

  if (at >= 0 || s->section == SECTION_AFTER)
    s->signals |= SIG_AFTER;
  for (guint i = 0; i < w->len; i++)
    {
      guint end;

      if (at >= 0 && i >= (guint) at && i <= last)
        continue;
      if (set_matches_at_full (&next_activities, w, i, &end)
          && (at < 0 || end < (guint) at || i > last))
        {
          s->signals |= SIG_NEXT_ACTIVITY;
          return;
        }
    }
}

static void
read_signals (Review   *review,
              Sentence *s)
{
  GArray *w = s->words;
  int name_end;

  if (set_matches (&purpose_marks, w) || s->section == SECTION_PURPOSE)
    s->signals |= SIG_PURPOSE_MARK;
  if (set_matches (&purpose_strong, w) || s->section == SECTION_PURPOSE)
    s->signals |= SIG_PURPOSE_STRONG;
  if (has_class (s, PA_W_FUNCTION | PA_W_TASK, NULL) || set_matches (&concrete_aims, w)
      || set_matches (&paid_paths, w))
    s->signals |= SIG_CONCRETE_AIM;
  if (has_class (s, PA_W_ABSTRACT, NULL) || set_matches (&abstract_aims, w))
    s->signals |= SIG_ABSTRACT;
  if (set_matches (&subgoal_words, w) || s->section == SECTION_SUBGOALS)
    s->signals |= SIG_SUBGOAL_WORD;
  if (set_matches (&goal_content, w))
    s->signals |= SIG_GOAL_CONTENT;
  s->n_tasks = count_tasks (s);
  read_hours (s);
  if (has_class (s, PA_W_WEEKDAY, NULL) || set_matches (&day_words, w))
    s->signals |= SIG_DAYS;
  read_anchors (s);
  if (set_matches (&no_restrictions, w))
    s->signals |= SIG_NO_RESTRICTION;
  if (set_matches (&no_restrictions_weak, w))
    s->signals |= SIG_NO_RESTRICTION_WEAK;
  if (set_matches (&restriction_words, w))
    s->signals |= SIG_RESTRICTION;
  if (set_matches (&handling_words, w))
    s->signals |= SIG_HANDLING;
  if (find_contact (review, s, &name_end) >= 0)
    s->signals |= SIG_CONTACT;
  if (set_matches (&follow_up_words, w) || s->section == SECTION_AGREEMENT)
    s->signals |= SIG_FOLLOW_UP;
  if (set_matches (&frequencies, w) || s->anchors->len >= 2)
    s->signals |= SIG_FREQUENCY;
  if (set_matches (&responsibility_words, w))
    s->signals |= SIG_RESPONSIBILITY;
  if (set_matches (&contingency_words, w))
    s->signals |= SIG_CONTINGENCY;
  read_after (s);
  if (set_matches_unnegated (&paid_paths, w) && !is_hedged (s))
    s->signals |= SIG_PAID_PATH;
  if (set_matches_unnegated (&hire_words, w) && !is_hedged (s))
    s->signals |= SIG_HIRE;
  if (set_matches (&during_marks, w))
    s->signals |= SIG_DURING;
  if (s->section == SECTION_RESTRICTIONS && s->words->len <= 8
      && (g_str_equal (g_array_index (w, Word, 0).norm, "ingen")
          || g_str_equal (g_array_index (w, Word, 0).norm, "nej")
          || g_str_equal (g_array_index (w, Word, 0).norm, "intet")))
    s->signals |= SIG_NO_RESTRICTION_WEAK;
}

static gboolean
has_acronym (Sentence *s)
{
  for (guint i = 0; i < s->words->len; i++)
    if (g_array_index (s->words, Word, i).acronym)
      return TRUE;
  return FALSE;
}

/* A diagnosis the restriction analysis knows is a restriction mentioned
 * ("Han har diabetes"), whether or not the words above catch it. */
static void
read_diagnoses (Review   *review,
                Sentence *s)
{
  g_autofree char *copy = g_strndup (review->text + s->start, s->end - s->start);
  g_autoptr(GPtrArray) found = pa_restriction_find_diagnoses (review->phrases, copy);

  if (found != NULL && found->len > 0)
    s->signals |= SIG_RESTRICTION;
}

static void
read_vague (Review   *review,
            Sentence *s)
{
  g_autofree char *copy = g_strndup (review->text + s->start, s->end - s->start);

  if (pa_task_is_vague (copy, NULL))
    s->signals |= SIG_VAGUE_TASK;
}

/* Items */

#define FOR_EACH_SENTENCE(review, s) \
  for (Sentence *s = (Sentence *) (review)->sentences->data; \
       s < (Sentence *) (review)->sentences->data + (review)->sentences->len; s++)

static void
evidence (Review   *review,
          int       id,
          Sentence *s)
{
  g_autofree char *text = g_strndup (review->text + s->start, s->end - s->start);

  pa_checklist_add_evidence (&review->report->items[id - 1], text, s->start, s->end, NULL);
}

static void
missing (Review     *review,
         int         id,
         const char *question)
{
  pa_checklist_add_missing (&review->report->items[id - 1], question, NULL);
}

static void
judge_purpose (Review *review)
{
  gboolean ok = FALSE;

  FOR_EACH_SENTENCE (review, s)
    {
      if (s->heading || !(s->signals & SIG_PURPOSE_MARK) || !(s->signals & SIG_CONCRETE_AIM))
        continue;
      /* "har brug for" under the restrictions or the arrangements is not
       * the purpose of the placement */
      if (s->section == SECTION_RESTRICTIONS || s->section == SECTION_AGREEMENT
          || s->section == SECTION_AFTER)
        continue;
      /* "Hvis det går godt, vil vi gerne ansætte Ali" is the next step */
      if ((s->signals & (SIG_HIRE | SIG_AFTER)) && !(s->signals & SIG_PURPOSE_STRONG))
        continue;
      evidence (review, 1, s);
      ok = TRUE;
    }
  if (!ok)
    missing (review, 1, _("Why a placement, and what concrete job, tasks or hours should the citizen reach?"));
}

static void
judge_progression (Review *review)
{
  g_autoptr(GHashTable) anchors = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) used = g_ptr_array_new ();

  FOR_EACH_SENTENCE (review, s)
    {
      if (s->anchors->len == 0 || !(s->signals & (SIG_GOAL_CONTENT | SIG_SUBGOAL_WORD)))
        continue;
      /* A follow-up meeting in a week is not a sub-goal. */
      if ((s->signals & SIG_FOLLOW_UP) && !(s->signals & SIG_GOAL_CONTENT))
        continue;
      for (guint i = 0; i < s->anchors->len; i++)
        g_hash_table_add (anchors, g_ptr_array_index (s->anchors, i));
      g_ptr_array_add (used, s);
    }
  if (g_hash_table_size (anchors) >= 2)
    for (guint i = 0; i < used->len; i++)
      evidence (review, 2, g_ptr_array_index (used, i));
  else
    missing (review, 2, _("Which sub-goals are there, and by which week or date should each be reached?"));
}

static void
judge_tasks (Review *review)
{
  guint tasks = 0;
  gboolean hours = FALSE, approx = FALSE, days = FALSE;

  FOR_EACH_SENTENCE (review, s)
    {
      gboolean task_sentence = s->n_tasks >= 2 || (s->n_tasks >= 1 && s->section == SECTION_TASKS);

      /* Handling a restriction or a follow-up call names task words too. */
      if (task_sentence && !(s->signals & SIG_VAGUE_TASK) && s->section != SECTION_RESTRICTIONS
          && s->section != SECTION_AGREEMENT)
        {
          tasks += s->n_tasks;
          evidence (review, 3, s);
        }
      if (s->signals & (SIG_HOURS | SIG_CLOCK))
        {
          hours = TRUE;
          evidence (review, 3, s);
        }
      approx |= (s->signals & SIG_HOURS_APPROX) != 0;
      /* Times of day say when as well */
      days |= (s->signals & (SIG_DAYS | SIG_CLOCK)) != 0;
    }
  if (tasks < 2)
    missing (review, 3, _("Which concrete tasks will the citizen do? Name them instead of \"forefaldende arbejde\" or \"det daglige arbejde\"."));
  if (!hours)
    missing (review, 3, approx ? _("How many hours a week exactly, on which days and at what times? \"About 30 hours\" is not an agreement.")
                               : _("How many hours a week, on which days and at what times does the citizen start?"));
  else if (!days)
    missing (review, 3, _("On which days and at what times does the citizen work?"));
}

static gboolean
near_restriction (Review *review,
                  guint   index)
{
  Sentence *s = &g_array_index (review->sentences, Sentence, index);

  if (s->section == SECTION_RESTRICTIONS || (s->signals & SIG_RESTRICTION))
    return TRUE;
  /* The sentence after a restriction, in the same paragraph */
  if (index > 0)
    {
      Sentence *prev = &g_array_index (review->sentences, Sentence, index - 1);

      return prev->paragraph == s->paragraph && (prev->signals & SIG_RESTRICTION);
    }
  return FALSE;
}

static void
judge_restrictions (Review *review)
{
  gboolean none = FALSE, restriction = FALSE, handled = FALSE;

  for (guint i = 0; i < review->sentences->len; i++)
    {
      Sentence *s = &g_array_index (review->sentences, Sentence, i);

      if (s->heading)
        continue;
      if ((s->signals & SIG_NO_RESTRICTION)
          || ((s->signals & SIG_NO_RESTRICTION_WEAK)
              && (s->section == SECTION_RESTRICTIONS || (s->signals & SIG_RESTRICTION))))
        {
          none = TRUE;
          evidence (review, 4, s);
          continue;
        }
      /* Under a restrictions heading, what is said is a restriction. */
      if ((s->signals & SIG_RESTRICTION) || s->section == SECTION_RESTRICTIONS)
        restriction = TRUE;
      /* The work functions that can be done despite the restriction
       * are handling too (domain.md 5, item 4). */
      if (s->section == SECTION_RESTRICTIONS && s->n_tasks >= 2 && restriction
          && !(s->signals & SIG_RESTRICTION))
        s->signals |= SIG_HANDLING;
      if ((s->signals & SIG_HANDLING) && near_restriction (review, i)
          && (restriction || s->section == SECTION_RESTRICTIONS))
        {
          handled = TRUE;
          evidence (review, 4, s);
        }
    }
  if (none || (restriction && handled))
    return;
  missing (review, 4, restriction
           ? _("How is each restriction handled at work: aids, breaks, how the tasks are planned?")
           : _("Which restrictions are there, and how are they handled? Or say that none are relevant to the work."));
}

static void
judge_agreement (Review *review)
{
  gboolean contact = FALSE, frequency = FALSE, arranged = FALSE;

  FOR_EACH_SENTENCE (review, s)
    {
      if (s->heading)
        continue;
      if (s->signals & SIG_CONTACT)
        contact = TRUE, evidence (review, 5, s);
      if ((s->signals & SIG_FOLLOW_UP) && (s->signals & SIG_FREQUENCY))
        frequency = TRUE, evidence (review, 5, s);
      if ((s->signals & (SIG_RESPONSIBILITY | SIG_CONTINGENCY))
          && (s->section == SECTION_AGREEMENT || (s->signals & (SIG_CONTACT | SIG_FOLLOW_UP))))
        arranged = TRUE, evidence (review, 5, s);
    }
  if (contact && frequency)
    return;
  if (!contact)
    missing (review, 5, _("Who is the citizen's contact person or mentor at the company? Give the name and the role."));
  if (!frequency)
    missing (review, 5, _("How often is there follow-up, and when is the first?"));
  if (!arranged)
    missing (review, 5, _("Who is responsible for what, and what happens if the placement does not go to plan?"));
}

static void
judge_after (Review *review)
{
  gboolean next = FALSE, paid = FALSE;

  FOR_EACH_SENTENCE (review, s)
    {
      if (s->heading)
        continue;
      if (((s->signals & SIG_AFTER) && (s->signals & SIG_NEXT_ACTIVITY))
          || ((s->signals & SIG_HIRE) && !(s->signals & SIG_DURING)))
        next = TRUE, evidence (review, 6, s);
      if (s->signals & SIG_PAID_PATH)
        paid = TRUE, evidence (review, 7, s);
    }
  if (!next)
    missing (review, 6, _("What happens after this placement: what is the next activity?"));
  if (!paid)
    missing (review, 7, _("What is needed for the placement to become paid hours, or for ordinary employment?"));
}

/* Names */

static char *
words_text (Review *review,
            Sentence *s,
            int       from,
            int       to)
{
  Word *a = &g_array_index (s->words, Word, from);
  Word *b = &g_array_index (s->words, Word, to);

  return g_strndup (review->text + a->start, b->end - a->start);
}

static void
find_contacts (Review *review)
{
  FOR_EACH_SENTENCE (review, s)
    {
      int name_end, at;
      g_autofree char *name = NULL;

      if (!(s->signals & SIG_CONTACT) || (at = find_contact (review, s, &name_end)) < 0)
        continue;
      name = words_text (review, s, at, name_end);
      pa_checklist_add_name (review->report, PA_CHECKLIST_NAME_CONTACT, name,
                             g_array_index (s->words, Word, at).start,
                             g_array_index (s->words, Word, name_end).end);
    }
}

static gboolean
is_company_suffix (const char *norm)
{
  static const char * const suffixes[] = {
    "as", "aps", "is", "ks", "ivs", "amba", "kommune", "region", "skole", "plejehjem",
    "plejecenter", "boernehave", "vuggestue", "hotel", "restaurant", "genbrug", "bageri",
    "supermarked", "aktivitetscenter",
  };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    if (g_str_equal (norm, suffixes[i]))
      return TRUE;
  return FALSE;
}

/* "hos Nordic Parts A/S", "praktik i Røde Kors Genbrug": the run of
 * capitalised words after "hos" or "i". */
static gboolean
find_company (Review *review)
{
  FOR_EACH_SENTENCE (review, s)
    for (guint i = 0; i + 1 < s->words->len; i++)
      {
        Word *w = &g_array_index (s->words, Word, i);
        Word *next = &g_array_index (s->words, Word, i + 1);
        guint end = i + 1;
        g_autofree char *name = NULL;

        if (!(g_str_equal (w->norm, "hos") || g_str_equal (w->norm, "i") || g_str_equal (w->norm, "paa"))
            || !next->capital || next->number)
          continue;
        while (end + 1 < s->words->len && g_array_index (s->words, Word, end + 1).capital
               && joined (review, &g_array_index (s->words, Word, end), &g_array_index (s->words, Word, end + 1)))
          end++;
        /* "i Vejle" is a place: a one-word name counts after "hos" or
         * with a company form. */
        if (end == i + 1 && !g_str_equal (w->norm, "hos") && !is_company_suffix (next->norm))
          continue;
        name = words_text (review, s, i + 1, end);
        pa_checklist_add_name (review->report, PA_CHECKLIST_NAME_COMPANY, name, next->start,
                               g_array_index (s->words, Word, end).end);
        return TRUE;
      }
  return FALSE;
}

static gboolean
is_known_name (Review     *review,
               const char *norm)
{
  for (guint i = 0; i < review->report->names->len; i++)
    {
      PaChecklistName *n = g_ptr_array_index (review->report->names, i);
      g_autofree char *folded = pa_danish_fold (n->name, -1);

      if (strstr (folded, norm) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* The citizen: the name word the text uses most, at least twice, that
 * is not the company's or the contact person's. */
static void
find_citizen (Review *review)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  const char *best = NULL;
  guint best_count = 1;
  Word *first = NULL;

  FOR_EACH_SENTENCE (review, s)
    for (guint i = 0; i < s->words->len; i++)
      {
        Word *w = &g_array_index (s->words, Word, i);
        guint count;

        if (!is_name_word (w) || is_known_name (review, w->norm))
          continue;
        /* "lagerformand Jesper", "Jobkonsulent Anne": someone else */
        if (i > 0 && (set_matches_at (&role_words, s->words, i - 1)
                      || set_matches_at (&consultant_words, s->words, i - 1)))
          {
            g_hash_table_insert (counts, w->norm, GUINT_TO_POINTER (G_MAXUINT / 2));
            continue;
          }
        if (GPOINTER_TO_UINT (g_hash_table_lookup (counts, w->norm)) >= G_MAXUINT / 2)
          continue;
        count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, w->norm)) + 1;
        g_hash_table_insert (counts, w->norm, GUINT_TO_POINTER (count));
        if (count > best_count)
          best = w->norm, best_count = count;
      }
  if (best == NULL)
    return;
  g_strlcpy (review->citizen, best, sizeof review->citizen);
  FOR_EACH_SENTENCE (review, s)
    for (guint i = 0; i < s->words->len && first == NULL; i++)
      if (g_str_equal (g_array_index (s->words, Word, i).norm, best))
        {
          guint end = name_end (review, s, i);
          g_autofree char *name = NULL;

          /* The full name where the text gives it: "Kamal Haddad" */
          first = &g_array_index (s->words, Word, i);
          name = words_text (review, s, i, end);
          pa_checklist_add_name (review->report, PA_CHECKLIST_NAME_CITIZEN, name, first->start,
                                 g_array_index (s->words, Word, end).end);
        }
}

static void
read_text (Review *review)
{
  split_sentences (review);
  assign_sections (review);
  find_company (review);
  find_citizen (review);
  FOR_EACH_SENTENCE (review, s)
    {
      read_signals (review, s);
      if (s->n_tasks > 0 || s->section == SECTION_TASKS)
        read_vague (review, s);
      /* The analysis is slow for every sentence of a long text: only
       * where a diagnosis may stand that the words above miss ("Hun
       * har KOL", "Skånehensyn: sklerose") */
      if (!(s->signals & SIG_RESTRICTION) && (s->section == SECTION_RESTRICTIONS || has_acronym (s)))
        read_diagnoses (review, s);
    }
}

/**
 * pa_checklist_review_text:
 * @text: a placement description, UTF-8
 *
 * Judges the seven items from @text alone, with the sentences that are
 * evidence (byte ranges in @text) and the questions for what is
 * missing, and recognises the names of the citizen, the company and the
 * contact person.
 *
 * Returns: (transfer full): the report
 */
PaChecklistReport *
pa_checklist_review_text (const char *text)
{
  Review review = { 0 };

  g_return_val_if_fail (text != NULL, NULL);

  ensure_patterns ();
  review.text = text;
  review.report = pa_checklist_report_new ();
  review.sentences = g_array_new (FALSE, TRUE, sizeof (Sentence));
  review.phrases = pa_phrases_get_builtin ();
  review.classes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_array_set_clear_func (review.sentences, sentence_clear);
  if (g_utf8_validate (text, -1, NULL))
    read_text (&review);

  judge_purpose (&review);
  judge_progression (&review);
  judge_tasks (&review);
  judge_restrictions (&review);
  judge_agreement (&review);
  judge_after (&review);
  find_contacts (&review);

  g_array_unref (review.sentences);
  pa_phrases_unref (review.phrases);
  g_hash_table_unref (review.classes);
  pa_checklist_report_finish (review.report);
  return review.report;
}
