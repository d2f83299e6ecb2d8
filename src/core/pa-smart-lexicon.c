/* pa-smart-lexicon.c: the Danish words the SMART analyser knows
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Word lists per class, written in Danish as the user writes them and
 * compiled once (g_once) into hash tables of folded words and of stems.
 * How an entry is written says how it may match:
 *   "sortere"   the word and its inflections (via its stem)
 *   "kasse*"    also as the last part of a compound ("pengekassen")
 *   "*hjælper"  only as the last part of a compound ("køkkenhjælper"):
 *               alone it is something else (the verb "hjælper")
 *   "=alene"    only this exact form
 *   "!alene"    only this exact form, or one letter away from it
 * A word not found is tried as a compound (the longest known last part
 * decides, its first part may make a vague head concrete: "kasseopgaver")
 * and then, for words of five letters or more, as a one-letter misspelling
 * of an inflected lexicon form with the same first letter ("=" forms are
 * never the target of a misspelling).
 */
#include "config.h"

#include <string.h>

#include "pa-danish.h"
#include "pa-smart-private.h"

typedef struct {
  guint32            klass;
  const char * const *words;
} WordList;

#define LIST(klass, ...) { klass, (const char * const[]) { __VA_ARGS__, NULL } }

/* Concrete tasks across trades: retail, warehouse, kitchen, cleaning,
 * care, gardening, workshop, office, transport, childcare. */
static const WordList task_verbs = LIST (PA_W_TASK,
  "modtage", "sortere", "pakke", "udpakke", "plukke", "fylde", "opfylde",
  "rydde", "vaske", "tørre", "støvsuge", "moppe", "feje", "betjene",
  "ekspedere", "skrælle", "skære", "hakke", "anrette", "servere", "dække",
  "tilberede", "smøre", "koge", "stege", "tømme", "bære", "løfte",
  "stable", "scanne", "registrere", "tælle", "prismærke", "skilte", "facere",
  "klippe", "luge", "plante", "vande", "beskære", "høste", "grave",
  "male", "slibe", "svejse", "skrue", "montere", "demontere", "reparere",
  "samle", "skifte", "taste", "arkivere", "besvare", "svare", "kopiere",
  "makulere", "bogføre", "fakturere", "levere", "læsse", "aflæsse",
  "udbringe", "køre", "hente", "rede", "lege", "putte", "made", "fodre",
  "stryge", "folde", "sy", "kontrollere", "tjekke", "polere", "afkalke",
  "desinficere", "lakere", "pudse", "save", "trimme", "udlevere", "ringe", "spørge", "melde", "hilse", "viderestille",
  "notere", "skrive", "læse", "spise", "lappe", "afrydde", "rengøre",
  "opvaske", "forberede", "kassere", "lagerføre", "etikettere",
  "ompakke", "afhente", "rive", "børste", "afspritte", "omdele", "servicere",
  "muge", "klargøre", "udlevere", "afregne", "bestille", "optælle",
  "nedskrive", "sende", "returnere", "snitte", "skylle", "aftørre",
  "skure", "forflytte", "ledsage", "spille", "fælde", "adskille",
  "journalisere", "booke", "printe", "udfylde", "opdatere", "tegne", "synge",
  "trøste", "lufte", "strø", "fragte", "plombere", "=gøde", "=gøder", "=bore",
  "=borer", "=bage", "=bager", "=bagt", "=bagte", "bagning*");

static const WordList task_nouns = LIST (PA_W_TASK,
  "vare*", "modtagelse*", "sortering*", "kasse*", "kasseapparat*", "hylde*",
  "reol*", "palle*", "ordre*", "pakke*", "pakning*", "plukning*",
  "opfyldning*", "oprydning*", "rengøring*", "opvask*", "maskine*",
  "vask*", "gulv*", "toilet*", "bord*", "sengetøj*", "tøj*",
  "affald*", "skraldespand*", "container*", "post*", "brev*", "mail*",
  "telefon*", "opkald*", "besked*", "kaffe*", "mad*", "kartoffel*",
  "kartofler*", "grøntsag*", "salat*", "brød*", "kage*", "frugt*",
  "mælk*", "=disk", "=disken", "=diske", "køledisk*", "kassedisk*", "frostdisk*",
  "salatdisk*", "delikatessedisk*", "ukrudt*", "græs*", "hæk*", "blomst*", "bil*", "dæk*",
  "cykel*", "cykler*", "motor*", "værktøj*", "truck*", "lift*", "scanner*",
  "=ble", "=bleen", "*ble", "medicin*", "hygiejne*", "=regning", "=regninger", "=regningen", "*regning", "faktura*", "bogføring*",
  "arkiv*", "følgeseddel*", "følgesedler*", "etiket*", "skilt*",
  "emballage*", "karton*", "flaske*", "pant*", "ekspedition*",
  "betjening*", "servering*", "levering*", "kørsel*", "udbringning*",
  "montage*", "montering*", "reparation*", "svejsning*", "maling*",
  "pasning*", "madlavning*", "tilberedning*", "anretning*", "seddel*",
  "sedler*", "morgenmøde*", "personalemøde", "teammøde", "tavlemøde",
  "fremmøde*", "arbejdstid*", "timetal*", "rent", "bleskift*",
  "madpakke*", "tallerken*", "bestik*", "gryde*", "køleskab*", "fryser*",
  "kølerum*", "blade*", 
  "=værelse", "=værelser", "=værelset", "=værelserne", "*værelse", "lejlighed*", "kontorer*",
  "opvaskemaskine*", "vaskemaskine*", "kasseekspedition*", "vareopfyldning*",
  "varemodtagelse*", "lagerstyring*", "pluk*", "lægning*", "udpakning*",
  "indkøb*", "indkøbsvogn*", "vogn*", "=rør", "=røret", "=rørene", "*rør", "plade*", "gåtur*",
  "mødestabilitet*", "fremmødestabilitet*", "mødetid*", "mødetider*", "kundeservice*",
  "kundebetjening*", "klargøring*", "omdeling*", "avis*", "aviser*",
  "servicering*", "bestilling*", "optælling*", "vareoptælling*",
  "forsendelse*", "returnering*", "forflytning*", "trillebør*",
  "plæneklipper*", "drejebænk*", "booking*", "skema*", "regneark*",
  "hjemmeside*", "rute*", "stregkode*", "palleløfter*", "bleer*",
  "morgenmad*", "aftensmad*", "frokostservering*", "kaffemaskine*",
  "printer*", "kopimaskine*", "støvsuger*", "gulvvask*", "vinduespudsning*",
  "snerydning*", "græsslåning*", "hækklipning*", "lugning*");

/* Work functions; the "*" forms only as the last part of a compound. */
static const WordList functions = LIST (PA_W_FUNCTION,
  "*hjælper", "*medhjælper", "*medarbejder", "*arbejder", "*arbejdere",
  "*fører", "*assistent", "assistent", "ekspedient*", "chauffør*", "kok*",
  "=tjener", "=tjeneren", "=tjenere", "*tjener", "gartner*", "pedel*", "receptionist*", "mekaniker*", "smed*",
  "tømrer*", "murer*", "elektriker*", "vicevært*", "portør*", "opvasker*",
  "frisør*", "=bageren", "=bagere", "*bager", "maler*", "lagermand", "pakkemedarbejder",
  "rengøringsassistent", "butiksassistent", "handyman", "*mand");

static const WordList trades = LIST (PA_W_TRADE,
  "lager*", "butik*", "supermarked*", "køkken*", "storkøkken*", "kantine*",
  "restaurant*", "café*", "cafe*", "hotel*", "værksted*", "kontor*",
  "vaskeri*", "gartneri*", "børnehave*", "vuggestue*", "institution*",
  "plejehjem*", "plejecenter*", "ældrepleje*", "pleje*", "byggeplads*",
  "byggeri*", "landbrug*", "transport*", "branche*", "detailhandel*",
  "handel*", "produktion*", "fabrik*", "arbejdsplads*",
  "bageri*", "kolonial*", "park*", "hal*", "afdeling*", "fag*", "område*",
  "=haven", "legeplads*", "salon*", "stald*", "kiosk*");

static const WordList abstract = LIST (PA_W_ABSTRACT,
  "afklare", "afklaring*", "afklaret", "evne*", "arbejdsevne*", "identitet*",
  "styrke", "udvikle", "udvikling*", "kompetence*", "færdighed*",
  "ressource*", "selvtillid*", "selvværd*", "tro", "erfaring*", "rutine*",
  "struktur*", "trivsel*", "trives", "motivation*", "motiveret", "stabil",
  "stabilitet*", "selvstændig", "selvstændighed*", "afprøve", "opbygge",
  "fastholde", "kendskab*", "indsigt*", "arbejdsmarked*", "marked*", "job*",
  "uddannelse*", "fleksjob*", "helbred*", "fællesskab*", "netværk*",
  "regel*", "regler*", "norm*", "kvalifikation*", "mulighed*", "ansvar*",
  "initiativ*", "overblik*", "sprog*", "tilknytning*", "robusthed*",
  "energi*", "glæde*", "forudsætning*", "potentiale*", "interesse*",
  "=hverdagen", "dagligdag*", "=dansk", "=danskkundskaber", "sikker",
  "selvsikker", "afklares", "=aktiv", "=aktivt", "vane*", "holdning*",
  "arbejdsidentitet*", "skånehensyn*", "parathed*", "formåen*",
  "kunnen", "personlig", "social", "sociale", "faglig", "fagligt",
  "personligt", "=kræfter", "kompetent", "udbytte*", "perspektiv*",
  "samarbejde*", "afdække", "afdækning*", "indblik*", "barriere*",
  "fornemmelse*", "begrænsning*", "udfordring*", "beskæftigelse*",
  "ansættelse*", "løntilskud*", "døgnrytme*", "mestring*", "overskud*",
  "tilværelse*", "bæredygtig*", "modtagelig*",
  "tryg", "trygge", "tryghed*");

static const WordList vague = LIST (PA_W_VAGUE,
  "opgave*", "arbejdsopgave*", "arbejde*", "forefaldende", "diverse",
  "praktiske", "=daglige", "=ting", "småopgaver*", "småting*", "funktion*", "=noget");

static const WordList units = LIST (PA_W_UNIT,
  "gang*", "kasse*", "palle*", "vare*", "ordre*", "kunde*", "=stk", "styk*",
  "opkald*", "brev*", "pakke*", "kolli*", "bil*", "cykel*", "cykler*",
  "=værelse", "=værelser", "=værelset", "=værelserne", "*værelse", "lejlighed*", "bord*", "seng*", "ret", "retter*", "portion*",
  "måltid*", "side*", "linje*", "=km", "kilometer*", "=kg", "kilo*",
  "liter*", "procent*", "=%", "=pct", "dæk*", "container*", "rum*", "toilet*",
  "gæst*", "opgave*", "mail*", "faktura*", "fakturaer*", "bleskift*",
  "sæt*", "stykker", "poser", "pose*", "kurv*", "rulle*",
  "maskine*", "madpakke*", "flaske*", "emne*", "produkt*", "vinduer",
  "vindue*", "etage*", "trappe*", "kontorer*", "beboer*", "patient*",
  "lokale*");

static const WordList hours = LIST (PA_W_HOUR,
  "time*", "minut*", "=min", "=t", "kvarter*", "vagt*");

static const WordList days = LIST (PA_W_DAY,
  "dag", "dage", "dagen", "dags", "=døgn", "arbejdsdag*", "hverdag",
  "weekend*", "formiddag", "formiddage", "eftermiddag", "eftermiddage", "=aften",
  "=aftener", "=aftner");
static const WordList weeks = LIST (PA_W_WEEK, "uge", "uger", "ugen", "ugerne", "=ugers", "=uges");
static const WordList month_units = LIST (PA_W_MONTHS, "måned", "måneder", "måneden", "=måneds",
  "=mdr", "=md", "=mdrs");
static const WordList years = LIST (PA_W_YEAR, "år", "året", "=års");

static const WordList other_counts = LIST (PA_W_OTHER_COUNT,
  "team*", "hold*", "gruppe*", "hal*", "afdeling*", "lokale*", "bygning*",
  "etage*", "=nr", "nummer*", "port*", "rampe*", "stue*", "zone*",
  "lager*", "gang", "reol*", "bus*", "linje*", "klasse*", "række*",
  "hylde*", "kolonne");

static const WordList levels = LIST (PA_W_LEVEL, "niveau*", "trin", "level", "step");
static const WordList ladder = LIST (PA_W_LADDER,
  "=selvstartende", "=selvkørende", "=begynder", "=avanceret");

static const WordList judges = LIST (PA_W_JUDGE | PA_W_FOLLOW_UP,
  "vurdere", "bedømme", "evaluere", "observere", "godkende", "vurdering*",
  "bedømmelse*", "evaluering*", "afgøre", "vurderes", "evalueres");
static const WordList follow_ups = LIST (PA_W_FOLLOW_UP,
  "opfølgning*", "samtale*", "status*", "feedback*", "evaluere", "drøfte",
  "gennemgå", "opfølgningsmøde*", "statusmøde*", "evalueringsmøde*", "=mødes",
  "mentormøde*", "trepartsmøde*");

static const WordList roles = LIST (PA_W_ROLE,
  "mentor*", "kontaktperson*", "leder*", "chef*", "konsulent*",
  "sagsbehandler*", "mester*", "formand*", "arbejdsgiver*", "vejleder*",
  "kollega*", "kolleger*", "kollegaer*", "virksomhed*", "ejer*",
  "direktør*", "oplærer*", "buddy", "makker*", "praktikvært*", "jobkonsulent*");

static const WordList comparatives = LIST (PA_W_COMPARE,
  "=bedre", "=mere", "=mindre", "=hurtigere", "=stabilere", "=større",
  "=flere", "=længere", "=sikrere", "=nemmere", "=lettere", "=oftere",
  "=stærkere", "=tættere", "=gladere", "=roligere", "=sjældnere",
  "=højere", "forbedre", "øge", "=mindske", "=færre",
  "=gradvist", "=tryggere", "=selvstændigere");

static const WordList independence = LIST (PA_W_INDEP,
  "!alene", "!selvstændigt", "=fejlfrit", "=fejlfri");
static const WordList help = LIST (PA_W_HELP,
  "hjælp", "støtte", "vejledning", "instruktion", "guidning", "hjælper",
  "opsyn", "tilsyn", "påmindelse", "påmindelser", "fejl", "spørge",
  "blive", "hjælpemidler", "assistance", "supervision", "mindet",
  "påmindet", "hjulpet");

static const WordList weekdays = LIST (PA_W_WEEKDAY,
  "mandag*", "tirsdag*", "onsdag*", "torsdag*", "fredag*", "lørdag*",
  "søndag*", "=tirs", "=ons", "=tors", "=fre", "=lør", "=mandage", "=tirsdage", "=onsdage",
  "=torsdage", "=fredage", "=lørdage", "=søndage");
static const WordList vague_times = LIST (PA_W_VAGUE_TIME,
  "snart", "=sigt", "=hurtigst", "=hurtigt", "fremtid*", "=løbende",
  "=efterhånden", "=senere", "=engang", "=muligt", "=langsigtet",
  "=snarest", "=snarligt");
static const WordList placements = LIST (PA_W_PLACEMENT,
  "praktik*", "praktikperiode*", "praktikforløb*", "forløb*", "periode*",
  "virksomhedspraktik*", "ophold*");
static const WordList ends = LIST (PA_W_END,
  "afslutning*", "slut", "slutte", "=slutning", "=slutningen", "=udgang",
  "=udgangen", "ophør",
  "udløb*", "=sidste", "=midt", "afslutte", "=afsluttet", "=ophører", "=udløber");
static const WordList end_events = LIST (PA_W_END_EVENT,
  "slutevaluering*", "slutmøde*", "midtvejsevaluering*", "midtvejsmøde*",
  "=midtvejs", "=halvvejs", "afslutningsmøde*", "praktikslut*",
  "slutsamtale*", "midtvejsstatus*");
static const WordList seasons = LIST (PA_W_SEASON,
  "=jul", "=julen", "=påske", "=påsken", "=pinse", "=pinsen", "=nytår",
  "=nytåret", "=sommer", "=sommeren", "=efterår", "=efteråret", "=forår",
  "=foråret", "=vinter", "=vinteren", "=ferie", "=ferien", "=årsskiftet",
  "=juleferie", "=juleferien", "*ferie", "*ferien");

static const WordList meets = LIST (PA_W_MEET, "=møde", "=møder", "=mødes", "=mødte", "=mødt", "=komme",
  "=kommer", "=kom");
static const WordList talks = LIST (PA_W_TALK, "tale", "=taler", "=talte", "snakke", "=kommunikere");
static const WordList freqs = LIST (PA_W_FREQ,
  "=dagligt", "=ugentligt", "=ugentlig", "=hverdage", "=hverdagene",
  "=morgener", "=skiftevis", "=månedligt", "=ugentlige", "=fuldtid",
  "=deltid");
static const WordList errors = LIST (PA_W_ERROR, "fejl", "=fejlfrit", "=fejlfri", "fejlprocent*", "fejlrate*");
static const WordList work = LIST (PA_W_WORK, "arbejde", "=arbejdede", "=være", "=komme", "=møde",
  "=nå", "opnå", "=kommer", "optrappe", "øge", "=trappe", "=klare", "=klarer");

/* Common words: never a class of their own, never taken for a misspelling. */
static const WordList stop = LIST (PA_W_STOP,
  "=var", "=har", "=kan", "=skal", "=vil", "=ville", "=kunne", "=skulle",
  "=have", "=gerne", "=meget", "=sammen", "=efter", "=inden", "=under",
  "=mellem", "=tiden", "=tider", "=vaner", "=nogle", "=andre", "=eller",
  "=fordi", "=derfor", "=også", "=altid", "=aldrig", "=bliver", "=blevet",
  "=været", "=hvordan", "=hvornår", "=hvilke", "=hvilken", "=noget",
  "=nogen", "=disse", "=denne", "=dette", "=deres", "=hendes", "=mindst",
  "=højst", "=senest", "=indtil", "=omkring", "=igennem", "=løbet",
  "=stadig", "=allerede", "=endnu", "=rigtig", "=rigtige", "=hinanden",
  "=andet", "=mange", "=begge", "=samme", "=måske", "=egentlig",
  "=faktisk", "=blandt", "=siden", "=udover", "=imens",
  "=tager", "=bruge", "=bruger", "=finde", "=lære", "=lærer", "=gøre",
  "=hjælpe", "=målet", "=målbart", "=mener", "=ønsker", "=ønske",
  "=prøve", "=prøver", "=forsøge", "=skabe", "=kende",
  "=vide", "=videre", "=igen", "=sådan", "=hvis",
  "=hvor", "=hvad", "=hvem", "=første", "=forhold", "=ikke",
  "=godt", "=gode", "=store", "=stor", "=lille", "=små",
  "=ingen", "=intet", "udføre", "gennemføre", "indføre", "=jeg", "=vi",
  "=han", "=hun", "=den", "=det", "=der", "=de", "=dem", "=ham", "=sin",
  "=sit", "=sine", "=sig", "=mit", "=mine", "=hans", "=at", "=og", "=i",
  "=en", "=et", "=til", "=med", "=om", "=af", "=for", "=som", "=så",
  "=fra", "=ved", "=hos", "=over", "=efter", "=når", "=mens", "=fx", "=nemlig", "=f.eks", "=eksempel", "=borgeren",
  "=borger", "=citizen", "=praktikanten", "=mellem", "=omkring",
  "=mødet", "=hende", "=deltage", "=deltager", "=følger",
  "=håndtere", "=varetage", "=kunne", "=tage", "=laver",
  "=lave", "=sætter", "=stille", "=stiller", "=stå", "=står", "=holde",
  "=holder", "=give", "=giver", "=lægge", "=lægger", "=blevet", "=vores",
  "=jeres", "=selve", "=altså", "=ellers", "=hele", "=fulde",
  "=samt", "=både", "=uden", "=under", "=tæt", "=klar", "=klart",
  "=måde", "=måden", "=løft", "=løftet", "medarbejder", "=plads", "=værre",
  "=pladsen", "=fremad", "=hjemad", "=tanke", "=tanker", "=vej", "=vejen",
  "=beskeden", "=beskedne", "=beskedent");   /* "tunge løft": a restriction */

static const WordList * const lists[] = {
  &task_verbs, &task_nouns, &functions, &trades, &abstract, &vague, &units,
  &hours, &days, &weeks, &month_units, &years, &other_counts, &levels,
  &ladder, &judges, &follow_ups, &roles, &comparatives, &independence,
  &help, &weekdays, &vague_times, &placements, &ends, &end_events,
  &seasons, &meets, &talks, &freqs, &errors, &work, &stop,
};

typedef struct {
  GHashTable *exact;    /* folded form -> classes */
  GHashTable *stems;    /* stem -> classes */
  GHashTable *heads;    /* folded form or stem of a compound head -> classes */
  GPtrArray  *forms[32]; /* by length: forms for misspellings */
} Lexicon;

typedef struct {
  char    *form;
  guint32  klass;
} Form;

static void
add_class (GHashTable *table,
           const char *key,
           guint32     klass)
{
  guint32 old = GPOINTER_TO_UINT (g_hash_table_lookup (table, key));

  g_hash_table_insert (table, g_strdup (key), GUINT_TO_POINTER (old | klass));
}

static void
add_form (Lexicon    *lex,
          const char *form,
          guint32     klass)
{
  gsize len = strlen (form);
  Form *f;

  if (len < 5 || len >= G_N_ELEMENTS (lex->forms) || (klass & PA_W_STOP))
    return;
  f = g_new (Form, 1);
  f->form = g_strdup (form);
  f->klass = klass;
  g_ptr_array_add (lex->forms[len], f);
}

static void
add_forms (Lexicon    *lex,
           const char *word,
           guint32     klass)
{
  static const char * const endings[] = { "", "n", "r", "en", "er", "et", "ne", "erne", "ene" };

  for (guint i = 0; i < G_N_ELEMENTS (endings); i++)
    {
      g_autofree char *form = g_strconcat (word, endings[i], NULL);

      add_form (lex, form, klass);
    }
}

static void
add_entry (Lexicon    *lex,
           const char *entry,
           guint32     klass)
{
  gboolean exact_only = entry[0] == '=' || entry[0] == '!';
  gboolean misspellable = entry[0] == '!';
  gboolean head_only = entry[0] == '*';
  gsize len = strlen (entry);
  gboolean head = head_only || entry[len - 1] == '*';
  g_autofree char *raw = g_strndup (entry + (exact_only || head_only),
                                     len - (exact_only || head_only)
                                     - (entry[len - 1] == '*'));
  g_autofree char *word = pa_danish_fold (raw, -1);
  g_autofree char *stem = pa_danish_stem (word);

  if (head_only)
    {
      /* Only these forms: the stem of "*arbejder" is the verb's. */
      static const char * const endings[] = { "", "e", "en", "ne", "s", "es", "r", "rne", "t", "n" };

      for (guint i = 0; i < G_N_ELEMENTS (endings); i++)
        {
          g_autofree char *form = g_strconcat (word, endings[i], NULL);

          add_class (lex->heads, form, klass);
        }
      return;
    }
  if (head)
    {
      add_class (lex->heads, word, klass);
      if (strlen (stem) >= 4)   /* "emne" -> "em" would end too many words */
        add_class (lex->heads, stem, klass);
    }
  add_class (lex->exact, word, klass);
  if (!exact_only)
    {
      add_class (lex->stems, stem, klass);
      add_forms (lex, word, klass);
    }
  else if (misspellable)
    add_form (lex, word, klass);
}

static gpointer
lexicon_build (gpointer data)
{
  Lexicon *lex = g_new0 (Lexicon, 1);

  lex->exact = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  lex->stems = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  lex->heads = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (lex->forms); i++)
    lex->forms[i] = g_ptr_array_new ();
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    for (const char * const *w = lists[i]->words; *w; w++)
      add_entry (lex, *w, lists[i]->klass);
  return lex;
}

static Lexicon *
lexicon_get (void)
{
  static GOnce once = G_ONCE_INIT;

  return g_once (&once, lexicon_build, NULL);
}

static guint32
lookup (GHashTable *table,
        const char *key)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (table, key));
}

/* The word itself, then its stem. A stop word ends the search. */
static guint32
classify_simple (Lexicon    *lex,
                 const char *word,
                 char       *buf,
                 gsize       size)
{
  guint32 klass = lookup (lex->exact, word);

  if (klass != 0)
    return klass;
  if (strlen (word) >= 6)
    klass = lookup (lex->stems, word);   /* the imperative is the stem: "sorter" */
  pa_danish_stem_into (word, buf, size);
  klass |= lookup (lex->stems, buf);
  /* "stabiliteten" is "stabilitet" + "en", whose own stem is "stabilit" */
  return klass != 0 || strlen (buf) < 6 ? klass : lookup (lex->exact, buf);
}

static guint32
head_class (Lexicon    *lex,
            const char *tail,
            char       *buf,
            gsize       size)
{
  guint32 klass = lookup (lex->heads, tail);

  if (klass != 0)
    return klass;
  pa_danish_stem_into (tail, buf, size);
  return lookup (lex->heads, buf);
}

/* What the first part of a compound adds to a vague last part:
 * "kasseopgaver" is a task, "lageropgaver" a trade, "ekstraarbejde" vague. */
static guint32
combine (Lexicon    *lex,
         const char *word,
         gsize       split,
         guint32     head)
{
  char modifier[64], buf[64];
  guint32 mod;

  if (!(head & PA_W_VAGUE) || split >= sizeof modifier)
    return head & ~PA_W_STOP;
  memcpy (modifier, word, split);
  modifier[split] = '\0';
  mod = classify_simple (lex, modifier, buf, sizeof buf);
  if (mod == 0 && split > 3 && (modifier[split - 1] == 's' || modifier[split - 1] == 'e'))
    {
      modifier[split - 1] = '\0';
      mod = classify_simple (lex, modifier, buf, sizeof buf);
    }
  if (mod & PA_W_TASK)
    return PA_W_TASK;
  if (mod & PA_W_TRADE)    /* a place of work, not a task */
    return PA_W_TRADE | PA_W_VAGUE;
  if (mod & PA_W_FUNCTION) /* a field of work, not a task: "gartnerarbejde" */
    return PA_W_VAGUE;
  return head & ~PA_W_STOP;
}

static guint32
classify_compound (Lexicon    *lex,
                   const char *word,
                   gsize       len)
{
  char buf[64];

  for (gsize i = 2; i + 3 <= len; i++)
    {
      guint32 head = head_class (lex, word + i, buf, sizeof buf);

      if (head != 0)
        return combine (lex, word, i, head);
    }
  return 0;
}

/* "kassesystemet": no known last part, but a concrete or trade first
 * part of four letters or more. */
static guint32
classify_prefix (Lexicon    *lex,
                 const char *word,
                 gsize       len)
{
  char prefix[64], buf[64];

  for (gsize i = len - 3; i >= 4 && i < sizeof prefix; i--)
    {
      guint32 klass;

      memcpy (prefix, word, i);
      prefix[i] = '\0';
      klass = lookup (lex->heads, prefix);   /* nouns only: not "bage" in "bagefter" */
      if (klass == 0)
        {
          pa_danish_stem_into (prefix, buf, sizeof buf);
          klass = lookup (lex->heads, buf);
        }
      if (klass & (PA_W_TASK | PA_W_TRADE))
        return klass & (PA_W_TASK | PA_W_TRADE);
    }
  return 0;
}

static guint32
classify_misspelt (Lexicon     *lex,
                   const char  *word,
                   gsize        len,
                   const char **form)
{
  guint32 klass = 0;

  /* Every form one letter away counts: "selvstændit" may be "selvstændig"
   * or "selvstændigt". */
  for (gsize l = len - 1; l <= len + 1; l++)
    {
      GPtrArray *forms;

      if (l >= G_N_ELEMENTS (lex->forms))
        continue;
      forms = lex->forms[l];
      for (guint i = 0; i < forms->len; i++)
        {
          Form *f = g_ptr_array_index (forms, i);

          if (f->form[0] == word[0] && pa_danish_within_one (word, len, f->form, l))
            {
              if (form != NULL && klass == 0)
                *form = f->form;
              klass |= f->klass;
            }
        }
    }
  return klass;
}

/**
 * pa_smart_lexicon_classify:
 * @folded_word: a word folded by pa_danish_fold()
 * @n_letters: its number of letters as written ("børn" has 4)
 *
 * Returns: the #PaWordClass flags of the word, 0 when unknown
 */
guint32
pa_smart_lexicon_classify (const char *folded_word,
                           gsize       n_letters)
{
  Lexicon *lex = lexicon_get ();
  gsize len = strlen (folded_word);
  char buf[64];
  guint32 klass;

  if (len == 0 || len >= sizeof buf)
    return 0;
  klass = classify_simple (lex, folded_word, buf, sizeof buf);
  if (klass == 0)
    klass = classify_compound (lex, folded_word, len);
  /* A real word ("tænke", "søge") is never a misspelling of another. */
  if (klass == 0 && n_letters >= 5 && !pa_smart_is_real_word (folded_word))
    klass = classify_misspelt (lex, folded_word, len, NULL);
  if (klass == 0 && len >= 7)
    klass = classify_prefix (lex, folded_word, len);
  return klass & PA_W_STOP ? PA_W_STOP : klass;
}

/**
 * pa_smart_lexicon_knows:
 * @folded_word: a folded word
 *
 * Returns: whether the lexicon classifies @folded_word without taking it
 *   for a misspelling
 */
gboolean
pa_smart_lexicon_knows (const char *folded_word)
{
  Lexicon *lex = lexicon_get ();
  gsize len = strlen (folded_word);
  char buf[64];

  if (len == 0 || len >= sizeof buf)
    return FALSE;
  return classify_simple (lex, folded_word, buf, sizeof buf) != 0
         || classify_compound (lex, folded_word, len) != 0;
}

/**
 * pa_smart_lexicon_misspelling_of:
 * @folded_word: a folded word
 * @form: (out) (optional): the lexicon form
 *
 * For the list of real words (see pa-smart-words.c).
 *
 * Returns: the classes of the lexicon form @folded_word is one letter
 *   away from, or 0
 */
guint32
pa_smart_lexicon_misspelling_of (const char  *folded_word,
                                 const char **form)
{
  gsize len = strlen (folded_word);

  if (len == 0 || len >= 64)
    return 0;
  return classify_misspelt (lexicon_get (), folded_word, len, form);
}
