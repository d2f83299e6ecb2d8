/* pa-generate.c: realistic synthetic drafts for benchmarks and tests
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The drafts read like a consultant wrote them: citizens with Danish,
 * Arabic, Tigrinya, Somali, Ukrainian and Polish names (in their own
 * script too), companies with valid CVR and P-numbers and a believable
 * staff, SMART goals that name tasks, hours and weeks, restrictions with
 * positive reformulations, follow-ups as the guidance prescribes. Shares
 * and durations follow domain.md section 10.
 *
 * A company is a function of its number in a pool and a jobcentre of its
 * municipality, so the same company (and chain CVR) recurs across drafts
 * as it does in a real jobcentre's files.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "core/pa-validate.h"
#include "store/pa-store-private.h"
#include "pa-generate.h"

#define N_COMPANIES   1500
#define BATCH_SIZE    250
#define COMPANY_SEED  0x436f6d70u
#define PEOPLE_SEED   0x50656f70u

#define PICK(rand, array) ((array)[g_rand_int_range ((rand), 0, G_N_ELEMENTS (array))])

/* ---------------------------------------------------------------------
 * Target groups: shares and durations
 */

typedef struct {
  const char *id;
  double      share;
  gboolean    far;           /* far from the labour market: low hours, close follow-up */
  int         max_weeks;     /* as in rules-2024-01-01.xml */
  int         extension_max; /* total weeks with an extension; 0: none */
  const char *label;         /* for texts */
} Group;

/* About 60 % on dagpenge (with dimittender and ledige over 50), 40 % far
 * from the labour market, most of them aktivitetsparate. */
static const Group groups[] = {
  { "dagpenge",         0.560, FALSE,  4,  0, "dagpenge" },
  { "dimittend",        0.030, FALSE,  8,  0, "dimittend på dagpenge" },
  { "ledig-over-50",    0.020, FALSE,  8,  0, "ledig over 50 år" },
  { "aktivitetsparat",  0.340, TRUE,  13, 26, "aktivitetsparat" },
  { "sygedagpenge",     0.020, TRUE,  13, 26, "sygedagpenge" },
  { "jobafklaring",     0.015, TRUE,  13, 26, "jobafklaringsforløb" },
  { "ressourceforloeb", 0.015, TRUE,  13, 26, "ressourceforløb" },
};

const char * const pa_generate_target_groups[] = {
  "dagpenge", "dimittend", "ledig-over-50", "aktivitetsparat",
  "sygedagpenge", "jobafklaring", "ressourceforloeb", NULL
};

/* ---------------------------------------------------------------------
 * People
 */

typedef struct {
  const char *latin;
  const char *script;   /* the name in its own script, or NULL */
  gboolean    female;
} FirstName;

typedef struct {
  const char *latin;
  const char *script;
} Surname;

static const FirstName danish_first[] = {
  { "Lone", NULL, TRUE }, { "Mette", NULL, TRUE }, { "Anne", NULL, TRUE },
  { "Camilla", NULL, TRUE }, { "Sofie", NULL, TRUE }, { "Louise", NULL, TRUE },
  { "Pia", NULL, TRUE }, { "Susanne", NULL, TRUE }, { "Hanne", NULL, TRUE },
  { "Julie", NULL, TRUE }, { "Birgitte", NULL, TRUE }, { "Tina", NULL, TRUE },
  { "Rikke", NULL, TRUE }, { "Maja", NULL, TRUE }, { "Kirsten", NULL, TRUE },
  { "Jens", NULL, FALSE }, { "Søren", NULL, FALSE }, { "Lars", NULL, FALSE },
  { "Mikkel", NULL, FALSE }, { "Anders", NULL, FALSE }, { "Thomas", NULL, FALSE },
  { "Henrik", NULL, FALSE }, { "Kasper", NULL, FALSE }, { "Niels", NULL, FALSE },
  { "Mads", NULL, FALSE }, { "Jesper", NULL, FALSE }, { "Rasmus", NULL, FALSE },
  { "Frederik", NULL, FALSE }, { "Jonas", NULL, FALSE }, { "Bo", NULL, FALSE },
};
static const Surname danish_last[] = {
  { "Jensen", NULL }, { "Nielsen", NULL }, { "Hansen", NULL }, { "Pedersen", NULL },
  { "Andersen", NULL }, { "Christensen", NULL }, { "Larsen", NULL }, { "Sørensen", NULL },
  { "Rasmussen", NULL }, { "Jørgensen", NULL }, { "Petersen", NULL }, { "Madsen", NULL },
  { "Kristensen", NULL }, { "Olsen", NULL }, { "Thomsen", NULL }, { "Poulsen", NULL },
  { "Østergaard", NULL }, { "Holm", NULL }, { "Kjær", NULL }, { "Bæk", NULL },
  { "Lund", NULL }, { "Dahl", NULL }, { "Mølgaard", NULL }, { "Skov", NULL },
};

static const FirstName arabic_first[] = {
  { "Ahmad", "أحمد", FALSE }, { "Mohammed", "محمد", FALSE }, { "Omar", "عمر", FALSE },
  { "Khaled", "خالد", FALSE }, { "Youssef", "يوسف", FALSE }, { "Hassan", "حسن", FALSE },
  { "Ali", "علي", FALSE }, { "Mahmoud", "محمود", FALSE },
  { "Fatima", "فاطمة", TRUE }, { "Aisha", "عائشة", TRUE }, { "Layla", "ليلى", TRUE },
  { "Rania", "رانيا", TRUE }, { "Noor", "نور", TRUE }, { "Mariam", "مريم", TRUE },
  { "Hiba", "هبة", TRUE }, { "Amal", "أمل", TRUE },
};
static const Surname arabic_last[] = {
  { "Al-Hassan", "الحسن" }, { "Haddad", "حداد" }, { "Khalil", "خليل" },
  { "Mansour", "منصور" }, { "Nasser", "ناصر" }, { "Saleh", "صالح" },
  { "Hamdan", "حمدان" }, { "Darwish", "درويش" }, { "Ibrahim", "إبراهيم" },
  { "Abdullah", "عبدالله" }, { "Al-Masri", "المصري" }, { "Othman", "عثمان" },
};

static const FirstName tigrinya_first[] = {
  { "Yohannes", "ዮሃንስ", FALSE }, { "Dawit", "ዳዊት", FALSE }, { "Samuel", "ሳሙኤል", FALSE },
  { "Filmon", "ፊልሞን", FALSE }, { "Yonas", "ዮናስ", FALSE }, { "Mehari", "መሓሪ", FALSE },
  { "Senait", "ሰናይት", TRUE }, { "Helen", "ሄለን", TRUE }, { "Selam", "ሰላም", TRUE },
  { "Saba", "ሳባ", TRUE }, { "Lidya", "ሊድያ", TRUE }, { "Rahel", "ራሄል", TRUE },
};
/* Tigrinya names are given name and father's name. */
static const Surname tigrinya_last[] = {
  { "Tesfaye", "ተስፋየ" }, { "Ghebremedhin", "ገብረመድህን" }, { "Haile", "ሃይለ" },
  { "Berhane", "ብርሃነ" }, { "Tekle", "ተኽለ" }, { "Kidane", "ኪዳነ" },
  { "Woldu", "ወልዱ" }, { "Gebreyesus", "ገብረየሱስ" }, { "Abraha", "ኣብርሃ" },
};

static const FirstName somali_first[] = {
  { "Hodan", NULL, TRUE }, { "Amina", NULL, TRUE }, { "Faadumo", NULL, TRUE },
  { "Sahra", NULL, TRUE }, { "Ifrah", NULL, TRUE }, { "Nasra", NULL, TRUE },
  { "Abdirahman", NULL, FALSE }, { "Mohamed", NULL, FALSE }, { "Abdi", NULL, FALSE },
  { "Liban", NULL, FALSE }, { "Ahmed", NULL, FALSE }, { "Guled", NULL, FALSE },
};
/* Somali names are given name, father's and grandfather's name. */
static const Surname somali_last[] = {
  { "Abdi", NULL }, { "Warsame", NULL }, { "Farah", NULL }, { "Hussein", NULL },
  { "Jama", NULL }, { "Osman", NULL }, { "Mohamud", NULL }, { "Hirsi", NULL },
  { "Nur", NULL }, { "Yusuf", NULL },
};

static const FirstName ukrainian_first[] = {
  { "Olena", "Олена", TRUE }, { "Iryna", "Ірина", TRUE }, { "Oksana", "Оксана", TRUE },
  { "Nataliia", "Наталія", TRUE }, { "Yuliia", "Юлія", TRUE }, { "Tetiana", "Тетяна", TRUE },
  { "Andrii", "Андрій", FALSE }, { "Oleksandr", "Олександр", FALSE }, { "Serhii", "Сергій", FALSE },
  { "Dmytro", "Дмитро", FALSE }, { "Mykola", "Микола", FALSE }, { "Vasyl", "Василь", FALSE },
};
static const Surname ukrainian_last[] = {
  { "Kovalenko", "Коваленко" }, { "Shevchenko", "Шевченко" }, { "Bondarenko", "Бондаренко" },
  { "Tkachenko", "Ткаченко" }, { "Melnyk", "Мельник" }, { "Kravchenko", "Кравченко" },
  { "Boiko", "Бойко" }, { "Moroz", "Мороз" }, { "Lysenko", "Лисенко" },
};

static const FirstName polish_first[] = {
  { "Łukasz", NULL, FALSE }, { "Piotr", NULL, FALSE }, { "Tomasz", NULL, FALSE },
  { "Krzysztof", NULL, FALSE }, { "Paweł", NULL, FALSE }, { "Michał", NULL, FALSE },
  { "Agnieszka", NULL, TRUE }, { "Katarzyna", NULL, TRUE }, { "Magdalena", NULL, TRUE },
  { "Joanna", NULL, TRUE }, { "Małgorzata", NULL, TRUE }, { "Ewa", NULL, TRUE },
};
static const Surname polish_last[] = {
  { "Nowak", NULL }, { "Wójcik", NULL }, { "Kowalczyk", NULL }, { "Woźniak", NULL },
  { "Mazur", NULL }, { "Krawczyk", NULL }, { "Zając", NULL }, { "Król", NULL },
  { "Wieczorek", NULL }, { "Dudek", NULL },
};

typedef struct {
  const char      *id;
  double           share;
  const FirstName *first;
  guint            n_first;
  const Surname   *last;
  guint            n_last;
  guint            n_surnames;     /* Somali: father's and grandfather's name */
  double           script_share;   /* how often the own script is written too */
  double           newcomer_share; /* refugees and others in their first years */
  const char      *languages;
  const char      *interpreter;    /* the interpreter's language, for notes */
} Origin;

#define NAMES(f, l) f, G_N_ELEMENTS (f), l, G_N_ELEMENTS (l)

static const Origin origins[] = {
  { "danish",    0.55, NAMES (danish_first, danish_last),       1, 0.0, 0.00, "Dansk", NULL },
  { "arabic",    0.12, NAMES (arabic_first, arabic_last),       1, 0.5, 0.60, "Arabisk, dansk (modul 2)", "arabisk" },
  { "tigrinya",  0.06, NAMES (tigrinya_first, tigrinya_last),   1, 0.6, 0.80, "Tigrinya, lidt engelsk, dansk (modul 1)", "tigrinya" },
  { "somali",    0.07, NAMES (somali_first, somali_last),       2, 0.0, 0.40, "Somali, dansk", "somali" },
  { "ukrainian", 0.10, NAMES (ukrainian_first, ukrainian_last), 1, 0.3, 0.85, "Ukrainsk, russisk, engelsk", "ukrainsk" },
  { "polish",    0.10, NAMES (polish_first, polish_last),       1, 0.0, 0.20, "Polsk, engelsk, lidt dansk", "polsk" },
};

typedef struct {
  char     *full;      /* as written in the agreement */
  char     *first;     /* for the texts */
  char     *latin;     /* first and last name in Latin letters */
  gboolean  female;
} Person;

static void
person_clear (Person *p)
{
  g_clear_pointer (&p->full, g_free);
  g_clear_pointer (&p->first, g_free);
  g_clear_pointer (&p->latin, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Person, person_clear)

static void
make_person (GRand        *rand,
             const Origin *origin,
             Person       *out)
{
  const FirstName *first = &origin->first[g_rand_int_range (rand, 0, origin->n_first)];
  g_autoptr(GString) latin = g_string_new (first->latin);
  g_autoptr(GString) script = first->script ? g_string_new (first->script) : NULL;
  gboolean with_script = script != NULL && g_rand_double (rand) < origin->script_share;

  for (guint i = 0; i < origin->n_surnames; i++)
    {
      const Surname *last = &origin->last[g_rand_int_range (rand, 0, origin->n_last)];

      g_string_append_printf (latin, " %s", last->latin);
      if (script != NULL && last->script != NULL)
        g_string_append_printf (script, " %s", last->script);
    }

  out->first = g_strdup (first->latin);
  out->female = first->female;
  out->latin = g_strdup (latin->str);
  out->full = with_script ? g_strdup_printf ("%s %s", latin->str, script->str)
                          : g_strdup (latin->str);
}

static const Origin *
pick_staff_origin (GRand *rand)
{
  /* Staff, contacts and consultants: mostly Danish names. */
  double r = g_rand_double (rand);

  if (r < 0.85)
    return &origins[0];
  if (r < 0.92)
    return &origins[1];
  if (r < 0.96)
    return &origins[5];
  return &origins[3];
}

/* ---------------------------------------------------------------------
 * Places
 */

typedef struct {
  const char *name;        /* "Aarhus Kommune" */
  const char *domain;      /* e-mail domain of the jobcentre */
  const char *towns[6];    /* "8210 Aarhus V" */
} Municipality;

static const Municipality municipalities[] = {
  { "Aarhus Kommune", "aarhus.dk",
    { "8000 Aarhus C", "8200 Aarhus N", "8210 Aarhus V", "8220 Brabrand", "8260 Viby J", NULL } },
  { "Københavns Kommune", "kk.dk",
    { "2200 København N", "2300 København S", "2400 København NV", "2450 København SV", "1620 København V", NULL } },
  { "Odense Kommune", "odense.dk",
    { "5000 Odense C", "5200 Odense V", "5220 Odense SØ", "5230 Odense M", NULL } },
  { "Aalborg Kommune", "aalborg.dk",
    { "9000 Aalborg", "9200 Aalborg SV", "9400 Nørresundby", NULL } },
  { "Esbjerg Kommune", "esbjerg.dk", { "6700 Esbjerg", "6705 Esbjerg Ø", "6710 Esbjerg V", NULL } },
  { "Vejle Kommune", "vejle.dk", { "7100 Vejle", "7120 Vejle Øst", "7080 Børkop", NULL } },
  { "Randers Kommune", "randers.dk", { "8900 Randers C", "8920 Randers NV", "8930 Randers NØ", NULL } },
  { "Kolding Kommune", "kolding.dk", { "6000 Kolding", "6070 Christiansfeld", NULL } },
  { "Holbæk Kommune", "holb.dk", { "4300 Holbæk", "4450 Jyderup", NULL } },
  { "Ishøj Kommune", "ishoj.dk", { "2635 Ishøj", NULL } },
  { "Svendborg Kommune", "svendborg.dk", { "5700 Svendborg", "5771 Stenstrup", NULL } },
  { "Viborg Kommune", "viborg.dk", { "8800 Viborg", "8850 Bjerringbro", NULL } },
  { "Ærø Kommune", "aeroekommune.dk", { "5970 Ærøskøbing", "5960 Marstal", NULL } },
};

static const char *streets[] = {
  "Vestergade", "Østergade", "Nørregade", "Søndergade", "Jernbanegade", "Hovedgaden",
  "Skolevej", "Kirkevej", "Stationsvej", "Havnegade", "Bredgade", "Møllevej",
  "Engvej", "Lindevej", "Ringvejen", "Torvet", "Parkvej", "Birkevej",
};
static const char *industrial_streets[] = {
  "Industrivej", "Erhvervsvej", "Transportvej", "Håndværkervej", "Lagervej", "Logistikparken",
};
static const char *place_names[] = {
  "Solbakken", "Egebo", "Lindehøj", "Bøgely", "Rosengården", "Kildevang", "Fyrrebakken",
  "Strandparken", "Åkanden", "Møllehaven", "Skovly", "Humlehaven", "Tusindfryd", "Kastanjehaven",
};

/* ---------------------------------------------------------------------
 * Sectors, companies and work functions
 */

typedef struct {
  const char *name;            /* "Lagermedhjælper" */
  const char *tasks[6];        /* verb phrases: "modtage varer" */
} WorkFunction;

typedef struct {
  const char *pattern;         /* {town} {surname} {place} {street} {municipality} */
  gboolean    chain;           /* one CVR for every branch */
  const char *domain;          /* a chain's e-mail domain */
} CompanyName;

typedef struct {
  const char          *id;
  double               share;
  gboolean             is_public;
  int                  min_employees;
  int                  max_employees;
  gboolean             industrial;     /* on an industrial estate */
  const char          *word;           /* "i detailhandlen" */
  const char          *start_times[4];
  const char          *contact_roles[4];
  const CompanyName   *names;
  guint                n_names;
  const WorkFunction  *functions;
  guint                n_functions;
} Sector;

static const WorkFunction trade_functions[] = {
  { "Butiksmedhjælper", { "fylde varer op på hylderne", "facere hylderne", "tjekke datovarer",
                          "hjælpe kunder med at finde varer", "rydde op i baglageret", NULL } },
  { "Kassemedarbejder", { "betjene kassen", "tage imod betaling", "hjælpe kunder ved selvbetjeningskassen",
                          "holde kasseområdet ryddeligt", NULL } },
  { "Lagermedhjælper", { "modtage varer", "sortere varer", "rydde op på lageret", "pakke paller ud",
                         "håndtere returflasker", NULL } },
};
static const WorkFunction care_functions[] = {
  { "Servicemedarbejder", { "dække bord til frokost", "servere mad for beboerne",
                            "tømme og fylde opvaskemaskinen", "vaske tøj i vaskeriet",
                            "tørre borde af efter måltiderne", NULL } },
  { "Aktivitetsmedhjælper", { "gå ture med beboerne", "hjælpe til ved aktiviteterne",
                              "læse avis højt for beboerne", "spille spil med beboerne",
                              "lave eftermiddagskaffe", NULL } },
  { "Rengøringsassistent", { "gøre rent på fællesarealerne", "rengøre beboerstuer",
                             "fylde op i depotet", "vaske gulve", NULL } },
};
static const WorkFunction warehouse_functions[] = {
  { "Lagermedhjælper", { "modtage varer", "sortere varer", "rydde op på lageret",
                         "plukke ordrer med håndscanner", "køre med palleløfter", NULL } },
  { "Pakkemedarbejder", { "pakke ordrer", "sætte labels på pakker", "kontrollere varer for skader",
                          "lægge varer på plads", NULL } },
};
static const WorkFunction kitchen_functions[] = {
  { "Køkkenmedhjælper", { "skrælle og snitte grøntsager", "tage opvasken", "anrette salatbaren",
                          "gøre køkkenet rent efter frokost", "pakke madkasser", NULL } },
  { "Kantinemedhjælper", { "sætte frokostbuffeten op", "fylde op ved buffeten",
                           "betjene kunder i kantinen", "rydde borde", NULL } },
};
static const WorkFunction cleaning_functions[] = {
  { "Rengøringsassistent", { "støvsuge kontorer", "vaske gulve", "rengøre toiletter",
                             "tømme skraldespande", "fylde sæbe og papir op", NULL } },
  { "Rengøringsmedhjælper", { "gøre rent i klasselokaler", "tørre borde af", "vaske gulve i gangene",
                              "sortere affald", NULL } },
};
static const WorkFunction workshop_functions[] = {
  { "Værkstedsmedhjælper", { "sortere reservedele", "skifte dæk", "vaske biler",
                             "rydde op på værkstedet", "klargøre biler til kunder", NULL } },
  { "Cykelmekanikermedhjælper", { "lappe cykelslanger", "justere bremser", "samle nye cykler",
                                  "rengøre cykler", NULL } },
  { "Snedkermedhjælper", { "slibe træ", "samle møbler", "feje værkstedet", "bære materialer ind", NULL } },
};
static const WorkFunction hotel_functions[] = {
  { "Housekeeping-medhjælper", { "rede senge", "gøre værelser rent", "fylde op på værelserne",
                                 "lægge håndklæder sammen", NULL } },
  { "Gartnermedhjælper", { "luge bede", "vande planter", "pakke planter til kunder", "rydde op i væksthuset", NULL } },
};
static const WorkFunction childcare_functions[] = {
  { "Pædagogmedhjælper", { "hjælpe ved frokosten", "lege med børnene på legepladsen",
                           "rydde op på stuerne", "læse højt for børnene", NULL } },
};
static const WorkFunction parks_functions[] = {
  { "Gartnermedhjælper", { "luge bede", "slå græs", "samle affald i parkerne", "rive blade",
                           "beskære buske", NULL } },
  { "Genbrugspladsmedarbejder", { "hjælpe borgerne med at sortere affald", "holde pladsen ryddelig",
                                  "sortere elektronik", NULL } },
};
static const WorkFunction office_functions[] = {
  { "Kontormedhjælper", { "scanne dokumenter", "sortere post", "makulere papir",
                          "tage imod besøgende i receptionen", NULL } },
};

static const CompanyName trade_names[] = {
  { "Netto {town}", TRUE, "netto.dk" }, { "Føtex {town}", TRUE, "foetex.dk" },
  { "Rema 1000 {town}", TRUE, "rema1000.dk" }, { "Lidl {town}", TRUE, "lidl.dk" },
  { "SuperBrugsen {town}", TRUE, "coop.dk" }, { "Brugsen {town}", TRUE, "coop.dk" },
  { "Købmand {surname}", FALSE, NULL }, { "{surname}s Blomster", FALSE, NULL },
  { "Bager {surname}", FALSE, NULL }, { "Kiosken på {street}", FALSE, NULL },
  { "Genbrugsbutikken {place}", FALSE, NULL }, { "Jysk {town}", TRUE, "jysk.dk" },
};
static const CompanyName care_names[] = {
  { "Plejecenter {place}", FALSE, NULL }, { "Plejehjemmet {place}", FALSE, NULL },
  { "Bo- og Aktivitetscenter {place}", FALSE, NULL }, { "Plejecentret {place}", FALSE, NULL },
};
static const CompanyName private_care_names[] = {
  { "Privatplejehjemmet {place} ApS", FALSE, NULL }, { "Hjemmehjælpen {surname} ApS", FALSE, NULL },
};
static const CompanyName warehouse_names[] = {
  { "{town} Lager & Logistik ApS", FALSE, NULL }, { "{surname} Transport & Lager A/S", FALSE, NULL },
  { "Nordisk Pakkecenter {town}", FALSE, NULL }, { "Dansk Varelager A/S", TRUE, "varelager.dk" },
};
static const CompanyName kitchen_names[] = {
  { "Restaurant {place}", FALSE, NULL }, { "Café {street}", FALSE, NULL },
  { "Pizzeria Roma {town}", FALSE, NULL }, { "Madhuset {town}", FALSE, NULL },
  { "Kantinen {surname} & Co. ApS", FALSE, NULL },
};
static const CompanyName cleaning_names[] = {
  { "{surname} Rengøring ApS", FALSE, NULL }, { "Skinnende Rent ApS", FALSE, NULL },
  { "Clean Team {town} ApS", FALSE, NULL }, { "Servicefirmaet Blank ApS", FALSE, NULL },
};
static const CompanyName workshop_names[] = {
  { "{surname}s Autoværksted", FALSE, NULL }, { "Cykelværkstedet {town}", FALSE, NULL },
  { "{surname} Tømrer & Snedker ApS", FALSE, NULL }, { "Dækcenter {town}", FALSE, NULL },
};
static const CompanyName hotel_names[] = {
  { "Hotel {place}", FALSE, NULL }, { "Planteskolen {surname}", FALSE, NULL },
};
static const CompanyName childcare_names[] = {
  { "Børnehuset {place}", FALSE, NULL }, { "Vuggestuen {place}", FALSE, NULL },
};
static const CompanyName parks_names[] = {
  { "Vej og Park, {municipality}", FALSE, NULL }, { "Genbrugspladsen {town}", FALSE, NULL },
};
static const CompanyName office_names[] = {
  { "Borgerservice, {municipality}", FALSE, NULL },
};

#define LIST(a) a, G_N_ELEMENTS (a)

/* About 7 in 10 private; trade and care the largest (domain.md § 10). */
static const Sector sectors[] = {
  { "trade", 0.30, FALSE, 2, 140, FALSE, "i detailhandlen",
    { "07:00", "08:00", "09:00", NULL }, { "Butikschef", "Souschef", "Afdelingsleder", NULL },
    LIST (trade_names), LIST (trade_functions) },
  { "private-care", 0.04, FALSE, 12, 60, FALSE, "i ældreplejen",
    { "07:00", "08:00", NULL }, { "Leder", "Souschef", NULL },
    LIST (private_care_names), LIST (care_functions) },
  { "warehouse", 0.12, FALSE, 10, 300, TRUE, "på et lager",
    { "06:00", "07:00", NULL }, { "Lagerchef", "Holdleder", "Driftsleder", NULL },
    LIST (warehouse_names), LIST (warehouse_functions) },
  { "kitchen", 0.09, FALSE, 3, 30, FALSE, "i et køkken",
    { "07:00", "08:00", "10:00", NULL }, { "Køkkenchef", "Indehaver", NULL },
    LIST (kitchen_names), LIST (kitchen_functions) },
  { "cleaning", 0.07, FALSE, 5, 80, FALSE, "i rengøringsbranchen",
    { "06:00", "07:00", "08:00", NULL }, { "Serviceleder", "Indehaver", "Områdeleder", NULL },
    LIST (cleaning_names), LIST (cleaning_functions) },
  { "workshop", 0.06, FALSE, 2, 18, TRUE, "på et værksted",
    { "07:00", "08:00", NULL }, { "Værkfører", "Indehaver", NULL },
    LIST (workshop_names), LIST (workshop_functions) },
  { "hotel", 0.02, FALSE, 6, 45, FALSE, "i servicebranchen",
    { "08:00", "09:00", NULL }, { "Driftschef", "Indehaver", NULL },
    LIST (hotel_names), LIST (hotel_functions) },
  { "care", 0.18, TRUE, 30, 120, FALSE, "i ældreplejen",
    { "07:00", "08:00", "09:00", NULL }, { "Centerleder", "Afdelingsleder", "Teamleder", NULL },
    LIST (care_names), LIST (care_functions) },
  { "childcare", 0.05, TRUE, 12, 40, FALSE, "i en daginstitution",
    { "08:00", "09:00", NULL }, { "Dagtilbudsleder", "Pædagogisk leder", NULL },
    LIST (childcare_names), LIST (childcare_functions) },
  { "parks", 0.05, TRUE, 20, 90, TRUE, "med grønne områder",
    { "07:00", NULL }, { "Driftsleder", "Formand", NULL },
    LIST (parks_names), LIST (parks_functions) },
  { "office", 0.02, TRUE, 25, 150, FALSE, "på et kontor",
    { "08:00", "09:00", NULL }, { "Teamleder", "Afdelingsleder", NULL },
    LIST (office_names), LIST (office_functions) },
};

/* ---------------------------------------------------------------------
 * Restrictions, with the concrete answers and positive reformulations of
 * domain.md section 4
 */

typedef struct {
  const char *original;
  const char *category;
  const char *answers[4];      /* question, answer, question, answer */
  const char *reformulation;
  const char *measure_kind;
  const char *measure;
} Restriction;

static const Restriction restrictions[] = {
  { "Jeg kan ikke løfte tungt", "physical",
    { "Hvor meget kan du løfte?", "Op til 5 kg ad gangen; mere giver ondt i ryggen dagen efter.",
      "Hvad hjælper?", "Sækkevogn og at dele tunge kasser op." },
    "Jeg kan løfte op til 5 kg og mere, hvis jeg har hjælpemidler",
    "aids", "Sækkevogn og palleløfter står ved varemodtagelsen; {mentor} viser brugen første dag." },
  { "Jeg kan ikke arbejde under pres", "stress",
    { "Hvornår på dagen arbejder du bedst?", "Om formiddagen, før der kommer mange kunder.",
      "Hvad gør det værre?", "Når flere giver mig opgaver på samme tid.", },
    "Jeg trives bedst i et job uden skarpe deadlines",
    "mentor", "{mentor} er fast mentor og den eneste, der giver {citizen} opgaver." },
  { "Jeg kan kun arbejde fire timer om dagen, da jeg bliver træt", "energy",
    { "Hvor mange timer kan du arbejde en god dag?", "Fire timer, med en pause efter to timer.",
      "Er der tidspunkter, hvor det betyder mindre?", "Om morgenen har jeg mest energi.", },
    "Jeg trives bedst i en deltidsstilling, hvor jeg kan tage et hvil midt på dagen",
    "hours", "Arbejdsdage på højst fire timer med en pause midt på dagen; timetallet øges trinvist." },
  { "Jeg bliver stresset, hvis jeg skal for mange ting", "stress",
    { "Hvad ser en god dag ud?", "Når jeg ved om morgenen, hvad jeg skal lave, og kan gøre én ting ad gangen.",
      NULL, NULL },
    "Jeg trives bedst med rutineopgaver",
    "pictures", "Dagens opgaver hænger på en tavle med billeder i fast rækkefølge." },
  { "Jeg får angst, hvis jeg skal være et sted, hvor jeg ikke kender nogen", "anxiety",
    { "Hvad hjalp i dit sidste job?", "At der var én, jeg altid kunne spørge.",
      "Hvad gør det værre?", "At møde mange nye mennesker den første dag.", },
    "Jeg trives bedst med en fast kontaktperson, når jeg skal starte op",
    "buddy", "{mentor} tager imod {citizen} de første dage og er fast makker." },
  { "Jeg kan ikke gå ret langt", "physical",
    { "Hvor langt kan du gå?", "Cirka 500 meter, så skal jeg sidde lidt.",
      "Hvad hjælper?", "At kunne skifte mellem at stå og sidde.", },
    "Jeg arbejder bedst, når jeg kan skifte mellem at stå og sidde",
    "aids", "Arbejdsstol ved pakkebordet, og opgaverne ligger tæt på hinanden." },
  { "Jeg forstår ikke altid instruktioner på dansk", "language",
    { "Hvad hjælper dig med at forstå en ny opgave?", "At nogen viser den først, og at jeg må spørge igen.",
      NULL, NULL },
    "Jeg lærer hurtigst, når opgaverne bliver vist, og når jeg kan spørge",
    "language-mentor", "En kollega er sprogmakker og viser nye opgaver; vigtige instruktioner hænger med billeder." },
  { "Jeg har svært ved at møde tidligt om morgenen", "attendance",
    { "Hvornår kan du møde stabilt?", "Fra kl. 9; børnene skal i skole først.", NULL, NULL },
    "Jeg møder stabilt, når arbejdsdagen starter kl. 9",
    "hours", "Mødetid kl. 9.00 de første fire uger." },
  { "Jeg får ondt i ryggen, hvis jeg står stille længe", "physical",
    { "Hvor længe kan du stå stille?", "En halv time, så skal jeg gå lidt.", NULL, NULL },
    "Jeg arbejder bedst med opgaver, hvor jeg bevæger mig og kan skifte stilling",
    "other", "Opgaverne skiftes hver halve time mellem lager og butik." },
  { "Jeg kan ikke tåle larm", "sensory",
    { "Hvornår er larmen værst?", "Når maskinerne kører, og der bliver råbt.", NULL, NULL },
    "Jeg trives bedst i et roligt område og kan klare støjende opgaver med høreværn",
    "aids", "Høreværn udleveres første dag; pauser i det stille personalerum." },
  { "Jeg kan ikke holde styr på mange beskeder", "concentration",
    { "Hvad har hjulpet før?", "Huskesedler og alarmer på telefonen.", NULL, NULL },
    "Jeg arbejder bedst med én opgave ad gangen og en app til struktur",
    "assistance", "{mentor} hjælper med at sætte en huskeliste op i en app på telefonen." },
};

/* ---------------------------------------------------------------------
 * Texts. Placeholders in braces are filled from the draft being made.
 */

static const char *job_ready_goals[][4] = {
  { "{citizen} lærer at {task1} og {task2} som {function} hos {company} og kan begge dele uden hjælp inden uge {last_week}.",
    "{contact} vurderer ved opfølgningen i uge {last_week}, at {citizen} er selvkørende (trin 4) i begge opgaver.",
    "{citizen} vil gerne have job som {function} og har selv foreslået {company}.",
    "{citizen} har erfaring fra et lignende job, og {mentor} er fast mentor og viser opgaverne." },
  { "{citizen} arbejder {hours} timer om ugen og kan {task1} i samme tempo som en nyansat inden uge {last_week}.",
    "{mentor} og {citizen} tjekker hver fredag, hvad der er nået; målet er nået, når {citizen} klarer en hel vagt med at {task1} uden hjælp.",
    "{citizen} fortæller, at et job med faste opgaver og gode kolleger er det vigtigste lige nu.",
    "{citizen} kan møde fuld tid, og opgaverne kan læres på få uger." },
  { "{citizen} afklarer på {weeks} uger, om {function} er et realistisk jobmål, ved at {task1}, {task2} og {task3}.",
    "Ved trepartsmødet i uge {last_week} har {citizen} og {contact} skrevet ned, hvilke opgaver der gik godt, og om jobmålet holder.",
    "{citizen} har længe tænkt på at arbejde {sector} og vil gerne prøve det af.",
    "{company} har haft praktikanter før og har tid til at vise opgaverne." },
};

static const char *far_goals[][4] = {
  { "{citizen} møder {start_hours} timer om ugen fra uge 1 og øger til {hours} timer om ugen inden uge {last_week}.",
    "{contact} registrerer fremmødet hver dag; målet er nået, når {citizen} har mødt alle aftalte timer tre uger i træk.",
    "{citizen} vil gerne ud på en arbejdsplads igen og have en fast rytme i hverdagen.",
    "Timetallet starter lavt og øges trinvist, så {citizen} kan følge med." },
  { "{citizen} kan {task1} med lidt vejledning (trin 3, selvstartende) inden uge {mid_week}.",
    "{mentor} vurderer trinnet på progressionsskalaen ved opfølgningen i uge {mid_week}.",
    "{citizen} har selv valgt {company}, fordi arbejdspladsen ligger tæt på hjemmet.",
    "{mentor} er fast mentor og viser opgaverne, én ad gangen." },
  { "{citizen} afklarer sammen med {contact}, hvor mange timer og hvilke opgaver der passer, ved at prøve at {task1} og {task2} i {weeks} uger.",
    "Hver fjerde uge skriver {consultant} ned, hvor mange timer {citizen} har mødt, og hvilke opgaver der gik godt.",
    "{citizen} vil gerne finde ud af, hvad der er muligt, før der tales om job eller uddannelse.",
    "Praktikken er tilrettelagt efter skånehensynene, og {company} kender dem." },
};

static const char *language_goal[4] = {
  "{citizen} kan forstå instruktionerne om at {task1} på dansk og spørger {mentor}, når noget er uklart, inden uge {mid_week}.",
  "{mentor} oplever, at {citizen} selv stiller spørgsmål på dansk mindst én gang om dagen.",
  "{citizen} vil gerne lære det danske, der bruges på en arbejdsplads.",
  "{citizen} går til dansk på sprogskolen og har en sprogmakker i afdelingen.",
};

static const char *next_step_goal[4] = {
  "Inden sidste uge har {citizen}, {contact} og {consultant} aftalt, om {company} kan tilbyde {paid_hours} løntimer om ugen.",
  "Aftalen står i referatet fra trepartsmødet i uge {last_week}.",
  "{citizen} vil gerne have løn for det arbejde, der allerede kan klares.",
  "{contact} har sagt, at der kan blive brug for en ekstra hånd {sector}.",
};

static const char *individual_purposes_job_ready[] = {
  "Jeg vil gerne vise, at jeg kan klare et job som {function}, så jeg kan få det på CV'et.",
  "Jeg vil prøve en ny branche, fordi jeg ikke kan gå tilbage til mit gamle fag.",
  "Jeg vil gerne have en reference fra en dansk arbejdsplads.",
  "Jeg håber, at praktikken kan blive til et job hos {company}.",
};
static const char *individual_purposes_far[] = {
  "Jeg vil gerne prøve at være på en arbejdsplads igen og se, hvor mange timer jeg kan klare.",
  "At komme ud blandt kolleger og få en fast rytme i hverdagen.",
  "Jeg vil finde ud af, hvilke opgaver jeg kan, når jeg har ondt.",
  "Et sted at starte: bare at møde op og være en del af noget.",
};
static const char *individual_purposes_newcomer[] = {
  "Lære dansk på en arbejdsplads og forstå, hvordan en dansk arbejdsdag foregår.",
  "Jeg vil gerne arbejde og tale dansk med kolleger, ikke kun på sprogskolen.",
  "Jeg var {former_job} i mit hjemland og vil gerne vise, hvad jeg kan.",
};
static const char *former_jobs[] = {
  "lærer", "syerske", "frisør", "chauffør", "landmand", "sygeplejerske", "elektriker", "kok", "revisor",
};

static const char *job_goals[] = {
  "Fast job {sector}", "Job som {function}", "Et job med faste opgaver og gode kolleger",
  "Uddannelse som social- og sundhedshjælper", "Deltidsjob tæt på hjemmet",
  "Fleksjob, hvis fuld tid ikke kan lade sig gøre", "Jeg vil gerne arbejde med mine hænder",
};

static const char *next_steps_job_ready[] = {
  "Søge job som {function} {sector}; {consultant} sender relevante opslag.",
  "Ordinært job hos {company}, hvis der bliver en stilling ledig.",
  "AMU-kursus i {course} og derefter jobsøgning.",
  "Jobsamtale hos {company} i sidste uge af praktikken.",
};
static const char *next_steps_far[] = {
  "Løntimer hos {company}: {paid_hours} timer om ugen ved siden af praktikken.",
  "Ny praktik med flere timer og nye opgaver {sector}.",
  "Afklaring af fleksjob på baggrund af erfaringerne fra praktikken.",
  "Danskuddannelse kombineret med løntimer hos {company}.",
  "Fortsat praktik med fokus på at øge timetallet til {hours_next} timer.",
};
static const char *courses[] = {
  "truckcertifikat", "hygiejne", "kundeservice", "rengøringsteknik", "førstehjælp", "lagerstyring",
};
static const char *prospects[] = {
  "{contact} ser mulighed for {paid_hours} løntimer om ugen, når {citizen} kan {task1} selvstændigt.",
  "Ingen løntimer i denne praktik; først skal det rette timetal findes.",
  "Job som {function}, hvis {citizen} når trin 5 (oplært) i de vigtigste opgaver.",
  "{company} ansætter normalt nye medarbejdere efter en praktik, hvis det går godt.",
};

static const char *extension_purposes[] = {
  "Forlængelsen skal give {citizen} tid til at gå fra {hours} til {hours_next} timer om ugen og lære at {task3}, som kan føre til løntimer.",
  "I forlængelsen lærer {citizen} at {task2} uden hjælp, så {company} kan vurdere et job med løntilskud eller løntimer.",
  "Forlængelsen bruges til at afprøve opgaver i et nyt område af {company}, hvor {citizen} arbejder mere selvstændigt.",
};
static const char *extension_reasons[] = {
  "{citizen} er gået fra trin {level_start} til trin {level_now} i at {task1}, men timetallet er endnu ikke stabilt over {hours} timer.",
  "Sygdom i uge {mid_week} satte forløbet tilbage; fremmødet har siden været stabilt.",
  "{contact} vurderer, at {citizen} kan nå løntimer, hvis opgaverne kan øves i flere uger.",
};

static const char *follow_up_notes[] = {
  "{citizen} fortæller, at det går godt med at {task1}, men at tempoet endnu er lavt. {contact} oplyser, at {citizen} har mødt alle aftalte timer de seneste to uger.",
  "{citizen} har mødt {met} af {hours_now} aftalte timer i uge {week}. {citizen} siger, at morgenerne er svære. Aftalt: mødetid kl. 9 de næste to uger.",
  "{mentor} fortæller, at {citizen} nu selv går i gang med at {task2}. Næste opgave: {task3}.",
  "{citizen} og {contact} er enige om at øge timetallet fra næste uge som planlagt.",
  "{contact} oplyser, at {citizen} var syg to dage i uge {week} og selv meldte det til tiden.",
  "{citizen} siger, at kollegerne er søde, og at det er rart at have faste opgaver. {mentor} vurderer trin {level_now} i at {task1}.",
};

static const char *agreement_notes[] = {
  "{citizen} ønsker, at {company} kun får at vide det, der står under skånehensyn.",
  "Sagsbehandler {caseworker} er orienteret om praktikken.",
  "Lægeattest modtaget og lagt i journalen.",
  "Aftalt med {contact}, at {citizen} må tage telefonen ved opkald fra børnenes skole.",
  "{citizen} cykler til arbejde; ved glat føre tager {citizen} bussen og møder en halv time senere.",
};

static const char *repeat_explanations[] = {
  "{citizen} var tidligere i praktik som kassemedarbejder i en anden butik. Denne praktik er som {function} med opgaverne {task1} og {task2}, som {citizen} ikke har prøvet før.",
  "Den tidligere praktik handlede om kundeservice. Her er funktionen {function}, og målet er at lære at {task1}.",
};

static const char *availability_reasons[] = {
  "{citizen} har to gange i træk ikke mødt op til en aftalt jobsamtale.",
  "{citizen} har afslået et tilbud om job som {function} med henvisning til arbejdstiden.",
};

/* ---------------------------------------------------------------------
 * Small helpers
 */

static gboolean
chance (GRand  *rand,
        double  p)
{
  return g_rand_double (rand) < p;
}

static guint
pick_share (GRand       *rand,
            const void  *table,
            gsize        stride,
            gsize        share_offset,
            guint        n)
{
  double total = 0, r;

  for (guint i = 0; i < n; i++)
    total += *(const double *) ((const char *) table + i * stride + share_offset);

  r = g_rand_double (rand) * total;
  for (guint i = 0; i < n; i++)
    {
      r -= *(const double *) ((const char *) table + i * stride + share_offset);
      if (r < 0)
        return i;
    }
  return n - 1;
}

#define PICK_SHARE(rand, table) \
  pick_share ((rand), (table), sizeof (table)[0], G_STRUCT_OFFSET (__typeof__ ((table)[0]), share), \
              G_N_ELEMENTS (table))

static guint
strv_length (const char * const *v)
{
  guint n = 0;

  while (v[n] != NULL)
    n++;
  return n;
}

static const char *
pick_strv (GRand              *rand,
           const char * const *v)
{
  return v[g_rand_int_range (rand, 0, strv_length (v))];
}

static char *
iso_date (const GDate *date)
{
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

static void
set_date (PaRecord    *record,
          const char  *field,
          const GDate *date)
{
  g_autofree char *s = iso_date (date);

  pa_record_set_string (record, field, s);
}

static GDate
date_plus (const GDate *date,
           int          days)
{
  GDate d = *date;

  if (days >= 0)
    g_date_add_days (&d, days);
  else
    g_date_subtract_days (&d, -days);
  return d;
}

/* A timestamp on @date during office hours, with the Danish offset
 * (summer time roughly April to October). */
static char *
timestamp (GRand       *rand,
           const GDate *date)
{
  int month = g_date_get_month (date);

  return g_strdup_printf ("%04d-%02d-%02dT%02d:%02d:%02d%s",
                          g_date_get_year (date), month, g_date_get_day (date),
                          g_rand_int_range (rand, 8, 16), g_rand_int_range (rand, 0, 60),
                          g_rand_int_range (rand, 0, 60),
                          month >= 4 && month <= 10 ? "+02:00" : "+01:00");
}

static char *
format_hours (double hours)
{
  if (hours == floor (hours))
    return g_strdup_printf ("%d", (int) hours);
  return g_strdup_printf ("%d,%d", (int) hours, (int) lround ((hours - floor (hours)) * 10));
}

static char *
phone_number (GRand *rand)
{
  static const int prefixes[] = { 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 40, 41, 42, 50, 51, 60, 61, 71, 81, 91, 93 };

  return g_strdup_printf ("%d %02d %02d %02d", PICK (rand, prefixes),
                          g_rand_int_range (rand, 0, 100), g_rand_int_range (rand, 0, 100),
                          g_rand_int_range (rand, 0, 100));
}

/* Lower-case ASCII letters of @text, words joined by @sep: "Søren Ø" -> "soren.o". */
static char *
mail_part (const char *text,
           const char *sep)
{
  g_autofree char *ascii = g_str_to_ascii (text, "C");
  GString *out = g_string_new (NULL);
  gboolean gap = FALSE;

  for (const char *p = ascii; *p; p++)
    {
      if (g_ascii_isalnum (*p))
        {
          if (gap && out->len > 0)
            g_string_append (out, sep);
          g_string_append_c (out, g_ascii_tolower (*p));
          gap = FALSE;
        }
      else
        gap = TRUE;
    }
  return g_string_free (out, FALSE);
}

/* A CVR number: eight digits, the first not 0, weights 2,7,6,5,4,3,2,1
 * summing to a multiple of 11. */
static char *
make_cvr (GRand *rand)
{
  static const int weights[8] = { 2, 7, 6, 5, 4, 3, 2, 1 };

  for (;;)
    {
      int digits[8], sum = 0;

      digits[0] = g_rand_int_range (rand, 1, 10);
      for (int i = 1; i < 7; i++)
        digits[i] = g_rand_int_range (rand, 0, 10);
      for (int i = 0; i < 7; i++)
        sum += weights[i] * digits[i];
      digits[7] = (11 - sum % 11) % 11;
      if (digits[7] == 10)
        continue;

      return g_strdup_printf ("%d%d%d%d%d%d%d%d", digits[0], digits[1], digits[2], digits[3],
                              digits[4], digits[5], digits[6], digits[7]);
    }
}

static char *
make_p_number (GRand *rand)
{
  return g_strdup_printf ("10%04d%04d", g_rand_int_range (rand, 0, 10000),
                          g_rand_int_range (rand, 0, 10000));
}

/* A CPR number that passes the date and century check; the last digit is
 * odd for men, even for women. */
static char *
make_cpr (GRand    *rand,
          int       age,
          gboolean  female)
{
  int year = 2025 - age;
  int month = g_rand_int_range (rand, 1, 13);
  int day = g_rand_int_range (rand, 1, g_date_get_days_in_month (month, year) + 1);
  int digit7 = year >= 2000 ? 4 : g_rand_int_range (rand, 0, 4);
  int last = g_rand_int_range (rand, 0, 5) * 2 + (female ? 0 : 1);

  return g_strdup_printf ("%02d%02d%02d-%d%02d%d", day, month, year % 100, digit7,
                          g_rand_int_range (rand, 0, 100), last);
}

/* At most one in placement per five ordinary employees for the first 50,
 * then one per ten (LAB § 62); never below one. */
static int
ratio_limit (int employees)
{
  int limit = MIN (employees, 50) / 5 + MAX (employees - 50, 0) / 10;

  return MAX (limit, 1);
}

/* ---------------------------------------------------------------------
 * The draft being made
 */

typedef struct {
  char               *name;
  char               *lower;     /* "lagermedhjælper", for sentences */
  const char         *tasks[4];
  guint               n_tasks;
  gboolean            paid;
} ChosenFunction;

typedef struct {
  GRand              *rand;
  PaRecord           *agreement;
  const Group        *group;
  const Origin       *origin;
  const Sector       *sector;
  const Municipality *municipality;
  ChosenFunction      functions[3];
  guint               n_functions;
  gboolean            newcomer;
  gboolean            needs_interpreter;
  GDate               created;
  GDate               start;
  GDate               end;           /* of the first period */
  GDate               final_end;     /* with the extension */
  GDate               today;         /* when the draft was last edited */
  int                 weeks;
  int                 extension_weeks;
  int                 total_weeks;
  double              start_hours;
  double              final_hours;
  double              paid_hours;    /* in prospect */
  const char         *status;
  GHashTable         *vars;
} Gen;

static void
set_var (Gen        *g,
         const char *key,
         const char *value)
{
  g_hash_table_insert (g->vars, (gpointer) key, g_strdup (value));
}

static void
take_var (Gen        *g,
          const char *key,
          char       *value)
{
  g_hash_table_insert (g->vars, (gpointer) key, value);
}

static void
set_var_int (Gen        *g,
             const char *key,
             int         value)
{
  take_var (g, key, g_strdup_printf ("%d", value));
}

static void
set_var_hours (Gen        *g,
               const char *key,
               double      hours)
{
  take_var (g, key, format_hours (hours));
}

/* Fills the {placeholders} of @template from the draft. */
static char *
expand (Gen        *g,
        const char *template)
{
  GString *out = g_string_new (NULL);
  const char *p = template;

  while (*p)
    {
      const char *open = strchr (p, '{');
      const char *close;
      g_autofree char *key = NULL;
      const char *value;

      if (open == NULL || (close = strchr (open, '}')) == NULL)
        {
          g_string_append (out, p);
          break;
        }
      g_string_append_len (out, p, open - p);
      key = g_strndup (open + 1, close - open - 1);
      value = g_hash_table_lookup (g->vars, key);
      g_assert (value != NULL);
      g_string_append (out, value);
      p = close + 1;
    }
  return g_string_free (out, FALSE);
}

static void
set_text (Gen        *g,
          PaRecord   *record,
          const char *field,
          const char *template)
{
  g_autofree char *text = expand (g, template);

  pa_record_set_string (record, field, text);
}

/* Week @week of the placement (1-based), day @weekday (1 Monday). */
static GDate
week_day (Gen *g,
          int  week,
          int  weekday)
{
  return date_plus (&g->start, (week - 1) * 7 + (weekday - 1));
}

/* The agreed weekly hours in week @week, after the step-ups so far. */
static double
hours_in_week (Gen *g,
               int  week)
{
  GListModel *steps = G_LIST_MODEL (pa_record_get_list (g->agreement, "step-ups"));
  double hours = g->start_hours;

  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(PaRecord) step = g_list_model_get_item (steps, i);

      if (pa_record_get_int (step, "from-week") <= week)
        hours = pa_record_get_double (step, "hours");
    }
  return hours;
}

static gboolean
has_happened (Gen         *g,
              const GDate *date)
{
  return g_date_compare (date, &g->today) <= 0 &&
         (g_str_equal (g->status, "active") || g_str_equal (g->status, "ended"));
}

/* ---------------------------------------------------------------------
 * Parts of the agreement
 */

static void
fill_citizen (Gen *g)
{
  PaRecord *citizen = PA_RECORD (pa_agreement_get_citizen (PA_AGREEMENT (g->agreement)));
  g_auto(Person) person = { 0 };
  int age = g->group->far ? g_rand_int_range (g->rand, 19, 61) : g_rand_int_range (g->rand, 23, 63);

  if (g_str_equal (g->group->id, "dimittend"))
    age = g_rand_int_range (g->rand, 23, 31);
  else if (g_str_equal (g->group->id, "ledig-over-50"))
    age = g_rand_int_range (g->rand, 50, 64);

  make_person (g->rand, g->origin, &person);
  set_var (g, "citizen", person.first);
  set_var (g, "citizen_full", person.latin);

  pa_record_set_string (citizen, "name", person.full);
  {
    g_autofree char *cpr = make_cpr (g->rand, age, person.female);

    pa_record_set_string (citizen, "cpr", cpr);
  }
  if (chance (g->rand, 0.9))
    {
      g_autofree char *phone = phone_number (g->rand);

      pa_record_set_string (citizen, "phone", phone);
    }
  if (chance (g->rand, 0.75))
    {
      static const char *domains[] = { "gmail.com", "hotmail.com", "outlook.dk", "yahoo.com", "live.dk" };
      g_autofree char *local = mail_part (person.latin, ".");
      g_autofree char *mail = g_strdup_printf ("%s%d@%s", local, g_rand_int_range (g->rand, 1, 99),
                                               PICK (g->rand, domains));

      pa_record_set_string (citizen, "email", mail);
    }

  pa_record_set_boolean (citizen, "needs-interpreter", g->needs_interpreter);
  pa_record_set_boolean (citizen, "needs-language-mentor",
                         g->newcomer ? chance (g->rand, 0.55) : chance (g->rand, 0.02));
  pa_record_set_string (citizen, "languages", g->origin->languages);
  pa_record_set_string (citizen, "target-group", g->group->id);
  set_text (g, citizen, "job-goal", PICK (g->rand, job_goals));
}

static char *
short_town (const char *town)
{
  const char *space = strchr (town, ' ');

  return g_strdup (space ? space + 1 : town);
}

static char *
company_name (GRand              *rand,
              const CompanyName  *pattern,
              const Municipality *municipality,
              const char         *town)
{
  g_autofree char *town_name = short_town (town);
  g_autofree char *municipality_name = g_strdup (municipality->name);
  g_autoptr(GString) out = g_string_new (pattern->pattern);
  const char *surname = PICK (rand, danish_last).latin;

  g_string_replace (out, "{town}", town_name, 0);
  g_string_replace (out, "{surname}", surname, 0);
  g_string_replace (out, "{place}", PICK (rand, place_names), 0);
  g_string_replace (out, "{street}", PICK (rand, streets), 0);
  g_string_replace (out, "{municipality}", municipality_name, 0);
  return g_strdup (out->str);
}

/* Company number @k of the pool: always the same name, CVR, address and
 * people. Chains share one CVR; each branch has its own P-number. */
static void
fill_company (Gen *g,
              guint k)
{
  PaRecord *company = PA_RECORD (pa_agreement_get_company (PA_AGREEMENT (g->agreement)));
  g_autoptr(GRand) rand = g_rand_new_with_seed (COMPANY_SEED + k);
  const Sector *sector = &sectors[PICK_SHARE (rand, sectors)];
  const Municipality *municipality = &municipalities[g_rand_int_range (rand, 0, G_N_ELEMENTS (municipalities))];
  const char *town = pick_strv (rand, municipality->towns);
  const CompanyName *pattern = &sector->names[g_rand_int_range (rand, 0, sector->n_names)];
  g_autofree char *name = company_name (rand, pattern, municipality, town);
  g_autofree char *cvr = NULL, *p_number = NULL, *address = NULL, *domain = NULL;
  int employees = g_rand_int_range (rand, sector->min_employees, sector->max_employees + 1);
  int limit = ratio_limit (employees);

  if (pattern->chain)
    {
      g_autoptr(GRand) chain_rand = g_rand_new_with_seed (g_str_hash (pattern->pattern));

      cvr = make_cvr (chain_rand);
      domain = g_strdup (pattern->domain);
    }
  else
    {
      g_autofree char *part = mail_part (name, "");

      cvr = make_cvr (rand);
      domain = sector->is_public ? g_strdup (municipality->domain) : g_strdup_printf ("%s.dk", part);
    }
  p_number = make_p_number (rand);
  address = g_strdup_printf ("%s %d, %s",
                             sector->industrial ? PICK (rand, industrial_streets) : PICK (rand, streets),
                             g_rand_int_range (rand, 1, 120), town);

  g->sector = sector;
  g->municipality = municipality;
  set_var (g, "company", name);
  set_var (g, "sector", sector->word);

  pa_record_set_string (company, "name", name);
  pa_record_set_string (company, "cvr", cvr);
  pa_record_set_string (company, "p-number", p_number);
  pa_record_set_string (company, "address", address);
  pa_record_set_int (company, "employees", employees);
  /* Room for this placement too: the ratio rule counts it. */
  pa_record_set_int (company, "placements-in-use", g_rand_int_range (g->rand, 0, limit));

  {
    g_auto(Person) contact = { 0 }, mentor = { 0 }, rep = { 0 };
    g_autofree char *contact_mail = NULL, *contact_local = NULL;
    g_autofree char *contact_phone = NULL, *mentor_phone = NULL;

    make_person (rand, pick_staff_origin (rand), &contact);
    make_person (rand, pick_staff_origin (rand), &mentor);
    make_person (rand, pick_staff_origin (rand), &rep);
    contact_local = mail_part (contact.latin, ".");
    contact_mail = g_strdup_printf ("%s@%s", contact_local, domain);
    contact_phone = phone_number (rand);
    mentor_phone = phone_number (rand);

    pa_record_set_string (company, "contact-name", contact.latin);
    pa_record_set_string (company, "contact-role", pick_strv (rand, sector->contact_roles));
    pa_record_set_string (company, "contact-phone", contact_phone);
    pa_record_set_string (company, "contact-email", contact_mail);
    set_var (g, "contact", contact.first);
    set_var (g, "contact_full", contact.latin);

    /* In small companies the contact person is the mentor too. */
    if (employees < 6)
      {
        pa_record_set_string (company, "mentor-name", contact.latin);
        pa_record_set_string (company, "mentor-phone", contact_phone);
        set_var (g, "mentor", contact.first);
        set_var (g, "mentor_full", contact.latin);
      }
    else
      {
        pa_record_set_string (company, "mentor-name", mentor.latin);
        pa_record_set_string (company, "mentor-phone", mentor_phone);
        set_var (g, "mentor", mentor.first);
        set_var (g, "mentor_full", mentor.latin);
      }

    if (employees >= 10 && chance (rand, 0.6))
      {
        g_autofree char *rep_phone = phone_number (rand);

        pa_record_set_string (company, "employee-rep-name", rep.latin);
        pa_record_set_string (company, "employee-rep-phone", rep_phone);
      }
  }
}

/* Eight consultants and eight caseworkers per municipality. */
static void
fill_jobcentre (Gen *g)
{
  PaRecord *jobcentre = PA_RECORD (pa_agreement_get_jobcentre (PA_AGREEMENT (g->agreement)));
  guint m = g->municipality - municipalities;
  guint consultant_no = g_rand_int_range (g->rand, 0, 8);
  guint caseworker_no = g_rand_int_range (g->rand, 0, 8);
  g_autoptr(GRand) consultant_rand = g_rand_new_with_seed (PEOPLE_SEED + m * 64 + consultant_no);
  g_autoptr(GRand) caseworker_rand = g_rand_new_with_seed (PEOPLE_SEED + m * 64 + 32 + caseworker_no);
  g_auto(Person) consultant = { 0 }, caseworker = { 0 };
  g_autofree char *local = NULL, *mail = NULL, *phone = NULL, *caseworker_phone = NULL;

  make_person (consultant_rand, pick_staff_origin (consultant_rand), &consultant);
  make_person (caseworker_rand, pick_staff_origin (caseworker_rand), &caseworker);
  local = mail_part (consultant.latin, ".");
  mail = g_strdup_printf ("%s@%s", local, g->municipality->domain);
  phone = phone_number (consultant_rand);
  caseworker_phone = phone_number (caseworker_rand);

  pa_record_set_string (jobcentre, "consultant-name", consultant.latin);
  pa_record_set_string (jobcentre, "consultant-phone", phone);
  pa_record_set_string (jobcentre, "consultant-email", mail);
  pa_record_set_string (jobcentre, "caseworker-name", caseworker.latin);
  pa_record_set_string (jobcentre, "caseworker-phone", caseworker_phone);
  pa_record_set_string (jobcentre, "municipality", g->municipality->name);
  set_var (g, "consultant", consultant.first);
  set_var (g, "consultant_full", consultant.latin);
  set_var (g, "caseworker", caseworker.latin);
}

/* Dagpenge: median and mode 4 weeks, sometimes 2-3; dimittender and
 * ledige over 50 mostly 8 (mean about 4.2 for all on dagpenge). Far from the labour market: 13 weeks as a rule,
 * about half extended, up to 26 (mean about 17). */
static void
pick_duration (Gen *g,
               int *weeks,
               int *extension)
{
  double r = g_rand_double (g->rand);

  *extension = 0;
  if (!g->group->far)
    {
      if (g->group->max_weeks > 4)
        *weeks = r < 0.6 ? g->group->max_weeks : g_rand_int_range (g->rand, 4, g->group->max_weeks);
      else
        *weeks = r < 0.90 ? 4 : r < 0.96 ? 3 : 2;
      return;
    }

  *weeks = r < 0.85 ? 13 : g_rand_int_range (g->rand, 6, 13);
  if (*weeks == 13 && chance (g->rand, 0.5))
    *extension = chance (g->rand, 0.5) ? 13 : g_rand_int_range (g->rand, 4, 13);
}

static void
pick_dates (Gen *g)
{
  static const char *statuses[] = { "draft", "agreed", "active", "ended", "cancelled" };
  static const double weights[] = { 0.35, 0.10, 0.20, 0.30, 0.05 };
  GDate first, last;
  int span, lead, r;
  double x = g_rand_double (g->rand);

  g_date_set_dmy (&first, 2, G_DATE_JANUARY, 2024);
  g_date_set_dmy (&last, 15, G_DATE_NOVEMBER, 2026);
  span = g_date_days_between (&first, &last);
  g->created = date_plus (&first, g_rand_int_range (g->rand, 0, span + 1));

  /* Placements start on a Monday one to four weeks after the first draft. */
  lead = g_rand_int_range (g->rand, 7, 29);
  g->start = date_plus (&g->created, lead);
  while (g_date_get_weekday (&g->start) != G_DATE_MONDAY)
    g_date_add_days (&g->start, 1);

  for (r = 0; r < (int) G_N_ELEMENTS (weights) - 1 && x >= weights[r]; r++)
    x -= weights[r];
  g->status = statuses[r];
}

static void
fill_period (Gen *g)
{
  PaRecord *a = g->agreement;
  GDate latest;

  pick_duration (g, &g->weeks, &g->extension_weeks);
  g->total_weeks = g->weeks + g->extension_weeks;

  /* Ends on the Friday of the last week. */
  g->end = week_day (g, g->weeks, 5);
  g->final_end = week_day (g, g->total_weeks, 5);
  set_date (a, "start-date", &g->start);
  set_date (a, "end-date", &g->end);

  /* Edited up to the end of the placement (and a little after), never
   * after the day the data describes (20.11.2026, fixed so a seed gives
   * the same data on any day): a placement that ends later is running. */
  g_date_set_dmy (&latest, 20, G_DATE_NOVEMBER, 2026);
  if (g_str_equal (g->status, "ended") && g_date_compare (&g->final_end, &latest) > 0)
    g->status = "active";
  g->today = date_plus (&g->created, g_rand_int_range (g->rand, 0, 7));
  if (g_str_equal (g->status, "active"))
    g->today = date_plus (&g->start, g_rand_int_range (g->rand, 0, g->total_weeks * 7));
  else if (g_str_equal (g->status, "ended"))
    g->today = date_plus (&g->final_end, g_rand_int_range (g->rand, 0, 21));
  else if (g_str_equal (g->status, "agreed"))
    g->today = date_plus (&g->start, -g_rand_int_range (g->rand, 1, 7));
  if (g_date_compare (&g->today, &latest) > 0)
    g->today = latest;
  if (g_date_compare (&g->today, &g->created) < 0)
    g->today = g->created;

  set_var_int (g, "weeks", g->total_weeks);
  set_var_int (g, "last_week", g->total_weeks);
  set_var_int (g, "mid_week", MAX (1, g->total_weeks / 2));
}

/* An extension is never automatic: it has its own purpose and reason. */
static void
fill_extension (Gen *g)
{
  PaRecord *extension;

  if (g->extension_weeks == 0)
    return;

  extension = pa_record_add (g->agreement, "extensions");
  set_date (extension, "end-date", &g->final_end);
  set_text (g, extension, "purpose", PICK (g->rand, extension_purposes));
  set_text (g, extension, "reason", PICK (g->rand, extension_reasons));
}

/* Far from the labour market: from 2-10 hours, stepping up every few
 * weeks; ready for the labour market: close to full time. */
static void
pick_hours (Gen *g)
{
  if (!g->group->far)
    {
      static const double job_ready[] = { 37, 37, 37, 37, 37, 37, 30, 30, 32, 25 };

      g->start_hours = PICK (g->rand, job_ready);
      g->final_hours = g->start_hours;
    }
  else if (g_str_equal (g->group->id, "ressourceforloeb") || chance (g->rand, 0.7))
    {
      double more;

      g->start_hours = g_rand_int_range (g->rand, 2, 11);
      more = g_rand_int_range (g->rand, 2, 16);
      g->final_hours = MIN (37, g->start_hours + more);
    }
  else
    {
      double more;

      g->start_hours = g_rand_int_range (g->rand, 10, 21);
      more = g_rand_int_range (g->rand, 0, 8);
      g->final_hours = MIN (37, g->start_hours + more);
    }

  set_var_hours (g, "start_hours", g->start_hours);
  set_var_hours (g, "hours", g->final_hours);
  set_var_hours (g, "hours_next", MIN (37, g->final_hours + 5));
  g->paid_hours = g->group->far ? g_rand_int_range (g->rand, 2, 9) : 37;
  set_var_hours (g, "paid_hours", g->paid_hours);
}

/* The same hours every working day: two long days for a few hours, five
 * days for full time. The times add up to the stated hours exactly (the
 * checks hold the two against each other and against the full-time
 * week; the model has no breaks), so 37 hours are five days of 7:24. */
static void
fill_workdays (Gen *g)
{
  static const int two[] = { 2, 4 }, three[] = { 1, 3, 5 }, four[] = { 1, 2, 3, 4 }, five[] = { 1, 2, 3, 4, 5 };
  const int *days;
  int n, minutes, start_h, start_m;
  const char *start_time = pick_strv (g->rand, g->sector->start_times);

  if (g->start_hours <= 6)
    days = two, n = 2;
  else if (g->start_hours <= 12)
    days = three, n = 3;
  else if (g->start_hours <= 24)
    days = four, n = 4;
  else
    days = five, n = 5;

  minutes = (int) lround (g->start_hours * 60 / n);
  sscanf (start_time, "%d:%d", &start_h, &start_m);
  /* Short days start a little later, after the morning rush. */
  if (minutes <= 4 * 60 && start_h < 8)
    start_h = 8;
  take_var (g, "start_time", g_strdup_printf ("%d.%02d", start_h, start_m));

  for (int i = 0; i < n; i++)
    {
      PaRecord *day = pa_record_add (g->agreement, "workdays");
      int end = start_h * 60 + start_m + minutes;
      g_autofree char *from = g_strdup_printf ("%02d:%02d", start_h, start_m);
      g_autofree char *to = g_strdup_printf ("%02d:%02d", end / 60, end % 60);

      pa_record_set_int (day, "weekday", days[i]);
      pa_record_set_string (day, "start-time", from);
      pa_record_set_string (day, "end-time", to);
    }
  pa_record_set_double (g->agreement, "start-hours", g->start_hours);
}

static void
fill_step_ups (Gen *g)
{
  int steps, interval;
  double hours = g->start_hours;

  if (g->final_hours <= g->start_hours)
    return;

  steps = g->total_weeks >= 13 ? g_rand_int_range (g->rand, 2, 5) : g_rand_int_range (g->rand, 1, 3);
  steps = MIN (steps, (int) (g->final_hours - g->start_hours));
  interval = MAX (1, g->total_weeks / (steps + 1));
  for (int i = 1; i <= steps; i++)
    {
      PaRecord *step = pa_record_add (g->agreement, "step-ups");
      int week = 1 + i * interval;
      GDate from = week_day (g, week, 1);

      hours = i == steps ? g->final_hours
                         : g->start_hours + floor ((g->final_hours - g->start_hours) * i / steps);
      pa_record_set_int (step, "from-week", week);
      set_date (step, "from-date", &from);
      pa_record_set_double (step, "hours", hours);
    }
}

static void
choose_function (Gen      *g,
                 guint     index,
                 gboolean  paid)
{
  ChosenFunction *f = &g->functions[g->n_functions];
  const WorkFunction *wf = &g->sector->functions[index];
  guint n_tasks = strv_length (wf->tasks);
  guint wanted = g_rand_int_range (g->rand, 3, 5);
  guint order[6];

  for (guint i = 0; i < n_tasks; i++)
    order[i] = i;
  for (guint i = n_tasks - 1; i > 0; i--)
    {
      guint j = g_rand_int_range (g->rand, 0, i + 1), t = order[i];

      order[i] = order[j];
      order[j] = t;
    }

  f->name = g_strdup (wf->name);
  f->lower = g_utf8_strdown (wf->name, -1);
  f->n_tasks = MIN (n_tasks, wanted);
  for (guint i = 0; i < f->n_tasks; i++)
    f->tasks[i] = wf->tasks[order[i]];
  f->paid = paid;
  g->n_functions++;
}

static void
choose_functions (Gen *g)
{
  guint first = g_rand_int_range (g->rand, 0, g->sector->n_functions);

  choose_function (g, first, FALSE);
  if (g->sector->n_functions > 1 && chance (g->rand, 0.3))
    choose_function (g, (first + 1) % g->sector->n_functions, FALSE);

  /* Hybrid placements: paid hours in a function the citizen masters. */
  if (g->sector->n_functions > g->n_functions && chance (g->rand, 0.06))
    choose_function (g, (first + g->n_functions) % g->sector->n_functions, TRUE);

  set_var (g, "function", g->functions[0].lower);
  set_var (g, "task1", g->functions[0].tasks[0]);
  set_var (g, "task2", g->functions[0].tasks[1]);
  set_var (g, "task3", g->functions[0].tasks[2]);
  set_var (g, "course", PICK (g->rand, courses));
  set_var (g, "former_job", PICK (g->rand, former_jobs));
}

static void
fill_progression (Gen      *g,
                  PaRecord *function)
{
  int level = g->group->far ? g_rand_int_range (g->rand, 1, 3) : g_rand_int_range (g->rand, 2, 4);
  int gain = g_rand_int_range (g->rand, 1, 3);
  int top = g->group->far ? MIN (5, level + gain) : 5;
  int n_targets = MIN (top - level, PA_PROGRESSION_MAX_TARGETS);

  pa_record_set_int (function, "start-level", level);
  set_var_int (g, "level_start", level);
  set_var_int (g, "level_now", MIN (5, level + 1));

  for (int i = 1; i <= n_targets; i++)
    {
      PaRecord *target = pa_record_add (function, "targets");
      int week = MAX (1, g->total_weeks * i / n_targets);
      GDate date = week_day (g, week, 5);

      pa_record_set_int (target, "level", level + (top - level) * i / n_targets);
      set_date (target, "date", &date);
    }
}

static void
fill_work_functions (Gen *g)
{
  for (guint i = 0; i < g->n_functions; i++)
    {
      ChosenFunction *f = &g->functions[i];
      PaRecord *function = pa_record_add (g->agreement, "work-functions");

      pa_record_set_string (function, "name", f->name);
      for (guint t = 0; t < f->n_tasks; t++)
        {
          PaRecord *task = pa_record_add (function, "tasks");

          pa_record_set_string (task, "text", f->tasks[t]);
          pa_record_set_string (task, "kind", f->paid ? "paid" : "placement");
        }
      if (!f->paid)
        fill_progression (g, function);
      else
        {
          PaRecord *hybrid = pa_record_add (g->agreement, "hybrid-hours");
          GDate from = week_day (g, MAX (1, g->total_weeks / 2), 1);

          pa_record_set_string (hybrid, "work-function", f->name);
          pa_record_set_double (hybrid, "hours", g_rand_int_range (g->rand, 3, 11));
          set_date (hybrid, "from-date", &from);
        }
    }
}

static void
add_purpose (Gen        *g,
             const char *id)
{
  PaRecord *purpose = pa_record_add (g->agreement, "purposes");

  pa_record_set_string (purpose, "purpose-id", id);
}

/* Purpose ids and VITAS fields of rules-2024-01-01.xml. */
static void
fill_purposes (Gen *g)
{
  PaRecord *a = g->agreement;
  const char *vitas;
  const char * const *own;
  guint n_own;

  if (!g->group->far)
    {
      add_purpose (g, chance (g->rand, 0.6) ? "ordinary-hours" : "competences");
      if (chance (g->rand, 0.2))
        add_purpose (g, "clarify-goal");
      vitas = "professional-competences";
      if (g_str_equal (g->group->id, "dagpenge") && chance (g->rand, 0.03))
        {
          add_purpose (g, "availability-test");
          set_text (g, a, "availability-reason", PICK (g->rand, availability_reasons));
        }
      if (g_str_equal (g->group->id, "dagpenge") && chance (g->rand, 0.05))
        set_text (g, a, "repeat-explanation", PICK (g->rand, repeat_explanations));
      own = individual_purposes_job_ready, n_own = G_N_ELEMENTS (individual_purposes_job_ready);
    }
  else
    {
      gboolean retention = (g_str_equal (g->group->id, "sygedagpenge") ||
                            g_str_equal (g->group->id, "jobafklaring")) && chance (g->rand, 0.3);

      add_purpose (g, retention ? "job-retention" : "clarify-goal");
      if (chance (g->rand, 0.6))
        add_purpose (g, "competences");
      vitas = retention ? "job-retention" : "goal-clarification";
      own = individual_purposes_far, n_own = G_N_ELEMENTS (individual_purposes_far);
    }

  if (g->newcomer)
    {
      vitas = "social-language-competences";
      own = individual_purposes_newcomer, n_own = G_N_ELEMENTS (individual_purposes_newcomer);
    }
  if (g->group->far || g->newcomer || chance (g->rand, 0.3))
    add_purpose (g, "individual");

  pa_record_set_string (a, "vitas-purpose", vitas);
  set_text (g, a, "individual-purpose", own[g_rand_int_range (g->rand, 0, n_own)]);
}

static void
add_subgoal (Gen        *g,
             PaRecord   *goal,
             int         week,
             const char *template)
{
  PaRecord *subgoal = pa_record_add (goal, "subgoals");
  g_autofree char *prefixed = NULL;
  GDate deadline, date;

  /* A step on the way, so by the goal's deadline (one due halfway
   * has its last steps then). */
  if (pa_validate_iso_date (pa_record_get_string (goal, "deadline"), &deadline, NULL))
    week = MIN (week, g_date_days_between (&g->start, &deadline) / 7 + 1);
  date = week_day (g, CLAMP (week, 1, g->total_weeks), 5);

  set_var_int (g, "week", week);
  prefixed = g_strdup_printf ("Uge {week}: %s", template);
  set_text (g, subgoal, "text", prefixed);
  set_date (subgoal, "date", &date);
  pa_record_set_boolean (subgoal, "reached", has_happened (g, &date) && chance (g->rand, 0.8));
}

static PaRecord *
add_goal (Gen         *g,
          const char **texts,
          int          deadline_week)
{
  PaRecord *goal = pa_record_add (g->agreement, "goals");
  GDate deadline;

  /* A goal "inden uge {mid_week}" is due halfway. */
  if (strstr (texts[0], "{mid_week}") != NULL)
    deadline_week = MAX (1, g->total_weeks / 2);
  deadline = week_day (g, CLAMP (deadline_week, 1, g->total_weeks), 5);

  set_text (g, goal, "specific", texts[0]);
  set_text (g, goal, "measure", texts[1]);
  set_text (g, goal, "attractive", texts[2]);
  set_text (g, goal, "realistic", texts[3]);
  set_date (goal, "deadline", &deadline);
  return goal;
}

typedef struct {
  int         week;
  const char *template;
  double      hours;      /* for {hours_now}, or -1 */
} PlannedSubgoal;

static int
compare_planned (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  return ((const PlannedSubgoal *) a)->week - ((const PlannedSubgoal *) b)->week;
}

/* The big goal split into sub-goals the citizen can see being reached,
 * week by week: the first days, the step-ups, halfway, the end. */
static void
fill_goals (Gen *g)
{
  const char **main_goal = g->group->far ? far_goals[g_rand_int_range (g->rand, 0, G_N_ELEMENTS (far_goals))]
                                         : job_ready_goals[g_rand_int_range (g->rand, 0, G_N_ELEMENTS (job_ready_goals))];
  PaRecord *goal = add_goal (g, main_goal, g->total_weeks);
  GListModel *steps = G_LIST_MODEL (pa_record_get_list (g->agreement, "step-ups"));
  PlannedSubgoal plan[8];
  guint n = 0;

  plan[n++] = (PlannedSubgoal) { 1, "{citizen} møder kl. {start_time} og lærer at {task1} sammen med {mentor}.", -1 };
  for (guint i = 0; i < g_list_model_get_n_items (steps) && n < 6; i++)
    {
      g_autoptr(PaRecord) step = g_list_model_get_item (steps, i);

      plan[n++] = (PlannedSubgoal) { pa_record_get_int (step, "from-week"),
                                     "{citizen} arbejder {hours_now} timer om ugen.",
                                     pa_record_get_double (step, "hours") };
    }
  if (g->total_weeks >= 3)
    plan[n++] = (PlannedSubgoal) { MAX (2, g->total_weeks / 2), "{citizen} kan {task2} med hjælp efter behov.", -1 };
  plan[n++] = (PlannedSubgoal) { g->total_weeks, "{citizen} kan {task1} uden at spørge om hjælp.", -1 };

  g_qsort_with_data (plan, n, sizeof plan[0], compare_planned, NULL);
  for (guint i = 0; i < n; i++)
    {
      if (plan[i].hours >= 0)
        set_var_hours (g, "hours_now", plan[i].hours);
      add_subgoal (g, goal, plan[i].week, plan[i].template);
    }

  if (g->newcomer && chance (g->rand, 0.7))
    {
      goal = add_goal (g, language_goal, MAX (1, g->total_weeks / 2));
      add_subgoal (g, goal, 2, "{citizen} kender navnene på kollegerne og siger dem på dansk.");
      add_subgoal (g, goal, MAX (2, g->total_weeks / 2), "{citizen} forklarer {mentor} på dansk, hvordan man kan {task1}.");
    }
  if (g->group->far ? chance (g->rand, 0.5) : chance (g->rand, 0.3))
    {
      goal = add_goal (g, next_step_goal, g->total_weeks);
      add_subgoal (g, goal, g->total_weeks, "Trepartsmøde om løntimer eller næste skridt.");
    }
}

static void
fill_restriction (Gen               *g,
                  const Restriction *r)
{
  PaRecord *restriction = pa_record_add (g->agreement, "restrictions");
  PaRecord *measure;

  pa_record_set_string (restriction, "original", r->original);
  pa_record_set_string (restriction, "category", r->category);
  for (guint i = 0; i + 1 < G_N_ELEMENTS (r->answers) && r->answers[i] != NULL; i += 2)
    {
      PaRecord *answer = pa_record_add (restriction, "answers");

      pa_record_set_string (answer, "question", r->answers[i]);
      pa_record_set_string (answer, "answer", r->answers[i + 1]);
    }
  pa_record_set_string (restriction, "reformulation", r->reformulation);
  measure = pa_record_add (restriction, "measures");
  pa_record_set_string (measure, "kind", r->measure_kind);
  set_text (g, measure, "description", r->measure);

  /* About half agree to share it with the company. */
  if (chance (g->rand, 0.5))
    {
      pa_record_set_boolean (restriction, "consent", TRUE);
      set_date (restriction, "consent-date", &g->created);
    }
}

static void
fill_restrictions (Gen *g)
{
  int n;
  guint first;

  if (g->group->far)
    n = chance (g->rand, 0.75) ? g_rand_int_range (g->rand, 1, 4) : 0;
  else
    n = chance (g->rand, 0.15) ? 1 : 0;

  first = g_rand_int_range (g->rand, 0, G_N_ELEMENTS (restrictions));
  for (int i = 0; i < n; i++)
    fill_restriction (g, &restrictions[(first + i * 3) % G_N_ELEMENTS (restrictions)]);

  /* Newcomers: instructions in Danish are what matters. */
  if (g->newcomer && n == 0 && chance (g->rand, 0.4))
    fill_restriction (g, &restrictions[6]);
}

static void
add_follow_up (Gen        *g,
               int         week,
               int         weekday,
               const char *kind,
               const char *participants,
               const char *agenda)
{
  static const char *times[] = { "09:00", "09:30", "10:00", "10:30", "13:00", "14:00" };
  PaRecord *follow_up = pa_record_add (g->agreement, "follow-ups");
  GDate date = week_day (g, CLAMP (week, 1, g->total_weeks), weekday);

  /* The same seed gives the same agreements, calendar uid included. */
  g_autofree char *uid = g_strdup_printf ("%08x-%04x-4%03x-%04x-%08x%04x",
                                          g_rand_int (g->rand), g_rand_int (g->rand) & 0xffff,
                                          g_rand_int (g->rand) & 0xfff,
                                          0x8000 | (g_rand_int (g->rand) & 0x3fff),
                                          g_rand_int (g->rand), g_rand_int (g->rand) & 0xffff);

  pa_record_set_string (follow_up, "uid", uid);
  set_date (follow_up, "date", &date);
  pa_record_set_string (follow_up, "time", PICK (g->rand, times));
  pa_record_set_string (follow_up, "kind", kind);
  set_text (g, follow_up, "participants", participants);
  set_text (g, follow_up, "agenda", agenda);

  if (has_happened (g, &date))
    {
      double hours = hours_in_week (g, week);
      double missed = g_rand_int_range (g->rand, 0, 4);

      set_var_int (g, "week", week);
      set_var_hours (g, "hours_now", hours);
      set_var_hours (g, "met", MAX (1, hours - missed));
      set_text (g, follow_up, "notes", PICK (g->rand, follow_up_notes));
    }
}

/* Job-ready: mostly by phone. Far from the labour market: a start-up
 * meeting, then every fourth week at the company, and a three-party
 * meeting at the end (domain.md § 7). */
static void
fill_follow_ups (Gen *g)
{
  const char *with_interpreter = g->needs_interpreter ? ", tolk" : "";
  g_autofree char *three_party = g_strdup_printf ("{citizen_full}, {contact_full} ({company}) og {consultant_full}%s",
                                                  with_interpreter);
  const char *end_agenda = "Kan {company} ansætte {citizen} nu? Hvis ikke, hvad skal der til? Næste skridt.";

  if (!g->group->far)
    {
      add_follow_up (g, MIN (2, g->total_weeks), 3, "phone", "{citizen_full} og {consultant_full}",
                     "Hvordan går det med at {task1}? Fremmøde og timer.");
      if (g->total_weeks > 4)
        add_follow_up (g, g->total_weeks / 2 + 1, 3, "phone", "{contact_full} og {consultant_full}",
                       "Status på målet og timerne; er der brug for justeringer?");
      if (chance (g->rand, 0.3))
        add_follow_up (g, g->total_weeks, 4, "three-party", three_party, end_agenda);
      return;
    }

  add_follow_up (g, 1, 1, "company", three_party,
                 "Opstartsmøde: mødetid, kontaktperson, opgaver, skånehensyn og aftale ved sygdom.");
  for (int week = 4; week < g->total_weeks; week += 4)
    add_follow_up (g, week, 3, "company", "{citizen_full}, {mentor_full} og {consultant_full}",
                   "Status på delmål, timetal og skånehensyn; næste opfølgning.");
  add_follow_up (g, g->total_weeks, 4, "three-party", three_party, end_agenda);
}

static void
fill_next_step (Gen *g)
{
  PaRecord *a = g->agreement;

  if (g->group->far)
    set_text (g, a, "next-step", PICK (g->rand, next_steps_far));
  else
    set_text (g, a, "next-step", PICK (g->rand, next_steps_job_ready));
  set_text (g, a, "ordinary-hours-prospect", PICK (g->rand, prospects));
  pa_record_set_double (a, "ordinary-hours-expected",
                        g->group->far && chance (g->rand, 0.3) ? 0 : g->paid_hours);

  if (chance (g->rand, 0.25))
    set_text (g, a, "notes", PICK (g->rand, agreement_notes));
  else if (g->needs_interpreter)
    {
      g_autofree char *note = g_strdup_printf ("Tolk (%s) er bestilt til opstartsmødet.", g->origin->interpreter);

      pa_record_set_string (a, "notes", note);
    }
}

/* Checklist and approvals follow the status: an agreed, running or ended
 * placement was approved by the parties before it started. */
static void
fill_bookkeeping (Gen *g)
{
  PaAgreement *agreement = PA_AGREEMENT (g->agreement);
  gboolean settled = !g_str_equal (g->status, "draft") &&
                     !(g_str_equal (g->status, "cancelled") && chance (g->rand, 0.5));
  GDate approved = date_plus (&g->start, -g_rand_int_range (g->rand, 1, 6));
  g_autofree char *created = timestamp (g->rand, &g->created);
  g_autofree char *modified = NULL;

  {
    GDate data_day;

    /* Nobody approves after the day the data describes. */
    g_date_set_dmy (&data_day, 20, G_DATE_NOVEMBER, 2026);
    if (g_date_compare (&approved, &data_day) > 0)
      approved = data_day;
  }
  if (g_date_compare (&approved, &g->created) < 0)
    approved = g->created;

  for (int i = 1; i <= PA_CHECKLIST_N_ITEMS; i++)
    {
      PaRecord *item = PA_RECORD (pa_agreement_get_checklist_item (agreement, i));

      pa_record_set_boolean (item, "confirmed", settled || chance (g->rand, 0.4));
      if (i == 6 && chance (g->rand, 0.2))
        set_text (g, item, "note", "Næste skridt aftales ved trepartsmødet i uge {last_week}.");
    }

  if (settled)
    for (guint i = 0; pa_approval_parties[i] != NULL; i++)
      {
        PaRecord *approval = PA_RECORD (pa_agreement_get_approval (agreement, pa_approval_parties[i]));
        g_autofree char *at = timestamp (g->rand, &approved);
        gboolean has_rep = pa_record_get_string (PA_RECORD (pa_agreement_get_company (agreement)),
                                                 "employee-rep-name") != NULL;

        if (g_str_equal (pa_approval_parties[i], "employee-rep") && (!has_rep || chance (g->rand, 0.3)))
          continue;
        pa_record_set_string (approval, "approved-at", at);
        if (g_str_equal (pa_approval_parties[i], "company") && chance (g->rand, 0.1))
          set_text (g, approval, "on-behalf-reason", "{mentor_full} godkendte på vegne af {contact_full}.");
      }

  /* Set last: "modified" is the moment of the last edit. */
  if (settled && g_date_compare (&g->today, &approved) < 0)
    g->today = approved;
  modified = timestamp (g->rand, &g->today);
  if (g_date_compare (&g->today, &g->created) == 0 && strcmp (modified, created) < 0)
    {
      g_free (modified);
      modified = g_strdup (created);
    }
  pa_record_set_string (g->agreement, "status", g->status);
  pa_record_set_int (g->agreement, "revision",
                     settled ? g_rand_int_range (g->rand, 1, 4) : g_rand_int_range (g->rand, 1, 3));
  pa_record_set_string (g->agreement, "created", created);
  pa_record_set_string (g->agreement, "modified", modified);
}

static void
gen_clear (Gen *g)
{
  for (guint i = 0; i < g->n_functions; i++)
    {
      g_free (g->functions[i].name);
      g_free (g->functions[i].lower);
    }
  g_clear_pointer (&g->vars, g_hash_table_unref);
}

/**
 * pa_generate_agreement:
 * @rand: the source of every choice
 *
 * Returns: (transfer full): a realistic draft with a fresh id
 */
PaAgreement *
pa_generate_agreement (GRand *rand)
{
  PaAgreement *agreement;
  Gen g = { 0 };
  double r;

  g_return_val_if_fail (rand != NULL, NULL);

  agreement = pa_agreement_new ();
  pa_agreement_freeze_tracking (agreement);

  g.rand = rand;
  g.agreement = PA_RECORD (agreement);
  g.vars = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g.group = &groups[PICK_SHARE (rand, groups)];
  g.origin = &origins[PICK_SHARE (rand, origins)];
  g.newcomer = chance (rand, g.origin->newcomer_share);
  r = g_rand_double (rand);
  g.needs_interpreter = g.newcomer && r < (g_str_equal (g.origin->id, "tigrinya") ? 0.6 : 0.35);

  /* In this order: each step's texts use what the earlier ones chose. */
  pick_dates (&g);
  fill_company (&g, g_rand_int_range (rand, 0, N_COMPANIES));
  fill_jobcentre (&g);
  choose_functions (&g);
  fill_citizen (&g);
  pick_hours (&g);
  fill_period (&g);
  fill_workdays (&g);
  fill_step_ups (&g);
  fill_work_functions (&g);
  fill_extension (&g);
  fill_purposes (&g);
  fill_goals (&g);
  fill_restrictions (&g);
  fill_follow_ups (&g);
  fill_next_step (&g);

  /* Most recent employer: never the placement company. */
  if (chance (rand, 0.6))
    {
      PaRecord *citizen = PA_RECORD (pa_agreement_get_citizen (agreement));
      const char *here = pa_record_get_string (PA_RECORD (pa_agreement_get_company (agreement)), "name");
      g_autoptr(GRand) other_rand = g_rand_new_with_seed (COMPANY_SEED + N_COMPANIES + g_rand_int (rand) % 500);
      const Sector *sector = &sectors[PICK_SHARE (other_rand, sectors)];
      g_autofree char *other = company_name (other_rand,
                                             &sector->names[g_rand_int_range (other_rand, 0, sector->n_names)],
                                             g.municipality, g.municipality->towns[0]);

      if (g_strcmp0 (other, here) != 0)
        pa_record_set_string (citizen, "recent-employer", other);
    }

  fill_bookkeeping (&g);
  pa_agreement_thaw_tracking (agreement);
  gen_clear (&g);
  return agreement;
}

/**
 * pa_generate_database:
 * @path: the database; created when missing, added to when it exists
 * @n: how many drafts
 * @seed: the same seed gives the same drafts (ids aside)
 *
 * Writes @n drafts in transactions of a few hundred, which is how a
 * database of years of drafts can be made in seconds: one transaction a
 * draft would wait for the disk ten thousand times.
 */
gboolean
pa_generate_database (const char  *path,
                      guint        n,
                      guint32      seed,
                      GError     **error)
{
  g_autoptr(PaStore) store = NULL;
  g_autoptr(GRand) rand = NULL;
  PaStmtCache *cache;
  sqlite3 *db;
  gboolean ok = TRUE;

  g_return_val_if_fail (path != NULL, FALSE);

  store = pa_store_open (path, error);
  if (store == NULL)
    return FALSE;

  rand = g_rand_new_with_seed (seed);
  db = pa_store_get_db (store);
  cache = pa_stmt_cache_new (db);

  for (guint done = 0; ok && done < n; done += BATCH_SIZE)
    {
      if (!pa_store_exec (db, "BEGIN IMMEDIATE", error))
        {
          ok = FALSE;
          break;
        }
      for (guint i = done; ok && i < MIN (n, done + BATCH_SIZE); i++)
        {
          g_autoptr(PaAgreement) agreement = pa_generate_agreement (rand);
          sqlite3_int64 pk;

          ok = pa_store_write_agreement (cache, agreement, &pk, error) &&
               pa_store_write_search_row (cache, agreement, pk, error);
        }
      if (!ok || !pa_store_exec (db, "COMMIT", error))
        {
          sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
          ok = FALSE;
        }
    }

  pa_stmt_cache_free (cache);
  return ok;
}

/**
 * pa_generate_search_query:
 *
 * Returns: (transfer full): one to two words, as typed into the search
 *   field: names (also in Arabic or Ge'ez script), companies, tasks and
 *   work functions, often only the first three to five letters
 */
char *
pa_generate_search_query (GRand *rand)
{
  const Origin *origin = &origins[PICK_SHARE (rand, origins)];
  const FirstName *first = &origin->first[g_rand_int_range (rand, 0, origin->n_first)];
  const Surname *last = &origin->last[g_rand_int_range (rand, 0, origin->n_last)];
  const Sector *sector = &sectors[PICK_SHARE (rand, sectors)];
  const WorkFunction *function = &sector->functions[g_rand_int_range (rand, 0, sector->n_functions)];
  g_autofree char *word = NULL;
  double r = g_rand_double (rand);

  if (r < 0.25)
    word = g_strdup (first->latin);
  else if (r < 0.37)
    word = g_strdup (last->latin);
  else if (r < 0.47)
    return g_strdup_printf ("%s %s", first->latin, last->latin);
  else if (r < 0.52 && first->script != NULL)
    return g_strdup (first->script);
  else if (r < 0.67)
    {
      static const char *companies[] = { "Netto", "Føtex", "Rema", "Lidl", "SuperBrugsen", "Plejecenter",
                                         "Plejehjemmet", "Restaurant", "Rengøring", "Autoværksted",
                                         "Lager", "Børnehuset", "Vej og Park", "Genbrugspladsen" };

      word = g_strdup (PICK (rand, companies));
      if (chance (rand, 0.3))
        return g_strdup_printf ("%s %s", word, PICK (rand, place_names));
    }
  else if (r < 0.87)
    {
      const char *task = function->tasks[g_rand_int_range (rand, 0, strv_length (function->tasks))];
      g_auto(GStrv) words = g_strsplit (task, " ", 3);

      /* "modtage varer", "sortere", "opvask..." */
      if (words[1] != NULL && chance (rand, 0.5))
        return g_strdup_printf ("%s %s", words[0], words[1]);
      word = g_strdup (words[words[1] != NULL && chance (rand, 0.5) ? 1 : 0]);
    }
  else
    word = g_utf8_strdown (function->name, -1);

  /* Typing stops after a few letters as often as not. */
  if (chance (rand, 0.4) && g_utf8_strlen (word, -1) > 5)
    {
      glong keep = g_rand_int_range (rand, 3, 6);

      return g_utf8_substring (word, 0, keep);
    }
  return g_steal_pointer (&word);
}

/**
 * pa_generate_small_edit:
 *
 * One edit as the autosave sees it: a sub-goal reworded, a follow-up
 * note, the starting hours, the next step.
 */
void
pa_generate_small_edit (PaAgreement *agreement,
                        GRand       *rand)
{
  PaRecord *a = PA_RECORD (agreement);
  GListModel *goals = G_LIST_MODEL (pa_record_get_list (a, "goals"));
  int what = g_rand_int_range (rand, 0, 3);

  g_return_if_fail (PA_IS_AGREEMENT (agreement));

  if (what == 0 && g_list_model_get_n_items (goals) > 0)
    {
      g_autoptr(PaRecord) goal = g_list_model_get_item (goals, 0);
      GListModel *subgoals = G_LIST_MODEL (pa_record_get_list (goal, "subgoals"));
      g_autoptr(PaRecord) subgoal = g_list_model_get_n_items (subgoals) > 0
                                    ? g_list_model_get_item (subgoals, 0)
                                    : g_object_ref (pa_record_add (goal, "subgoals"));
      g_autofree char *text = g_strdup_printf ("Uge %d: arbejder %d timer om ugen og spørger mentoren, når noget er uklart.",
                                               g_rand_int_range (rand, 1, 14), g_rand_int_range (rand, 2, 38));

      pa_record_set_string (subgoal, "text", text);
    }
  else if (what == 1)
    {
      double hours = pa_record_get_double (a, "start-hours");

      pa_record_set_double (a, "start-hours", hours >= 37 ? hours - 1 : hours + 1);
    }
  else
    {
      g_autofree char *text = g_strdup_printf ("Ny praktik med %d timer om ugen og opgaver i kassen.",
                                               g_rand_int_range (rand, 5, 38));

      pa_record_set_string (a, "next-step", text);
    }
}
