/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Sample data: everything comes from the seed and the clock, so the same seed
 * and the same DISCORSI_NOW give the same database, uuids and timestamps
 * included. One GRand makes every choice, in this order:
 *
 *   for each association in turn:
 *     1. its uuid and timestamps, province and town, community (or the several
 *        communities of an intercultural one), legal form and RUNTS section;
 *     2. its name (redrawn while taken) and acronym, then every other field in
 *        the order of generate_association();
 *     3. its people, one after the other (generate_person());
 *     4. for an informal group that uses its president's fiscal code, the
 *        president's date of birth.
 *
 * Records of other kinds are made after this loop, from the same GRand, so
 * what the demo makes for associations and people never changes when they are
 * added:
 *
 *     5. for each association not closed, in turn, how readily it takes part;
 *     6. the programme year: how many modules, the trainers' names, the order
 *        of the course catalogue; then for each module its uuid, province,
 *        venue and lead trainer, hours, schedule (draw_schedule()) and
 *        planning time; each session (uuid, planning time, location, trainer,
 *        notes); its cohort (draw_cohort()), each member's reliability,
 *        leaving, participants and invitation; the attendance session by
 *        session and member by member; the certificates of those who qualify;
 *     7. for each association not closed, in turn: whether it is assessed, its
 *        trainer, whether it stays put; the baseline with its scores, the
 *        association's own reading, the follow-up and the final one; then its
 *        goals;
 *     8. the territorial services (which ones follows, without draws, from
 *        where the associations are), in the order of the catalogue: uuid,
 *        timestamps, contact person, phone, e-mail, notes; then for each
 *        association in turn how many meetings of its own, and each of them
 *        whole (kind, then write_with_services(), write_internal() or
 *        write_study_visit()) with its follow-ups; then how many sittings of
 *        working tables, each whole (write_working_table()) with its
 *        follow-ups.
 *
 * New kinds of records go after 8. Change nothing above without knowing that
 * every demo database changes.
 *
 * The data are plausible for Piemonte (provinces weighted by where migrants
 * live, real towns with their postcodes and telephone area codes, communities
 * present in the region, names in the communities' own languages); they are
 * data, not interface, so nothing here is translated but the error message. */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "dsc-capacity.h"
#include "dsc-clock.h"
#include "dsc-demo.h"
#include "dsc-meetings.h"
#include "dsc-progress.h"
#include "dsc-store-private.h"

/* Places ---------------------------------------------------------------- */

typedef struct
{
  const char *name;
  int         postcode;    /* the first CAP of the town */
  int         postcodes;   /* how many follow from it (large cities have several) */
  const char *area_code;   /* telephone prefix */
  const char *office;      /* province code in fiscal codes and VAT numbers */
  int         weight;
} Town;

typedef struct
{
  int          province;   /* DscProvince */
  int          weight;     /* roughly where migrants live in Piemonte */
  const char  *area;       /* "della provincia di Cuneo", for descriptions */
  const char  *centre;     /* (nullable) local volunteer service centre (CSV) */
  const Town  *towns;
  guint        n_towns;
} Province;

static const Town towns_to[] = {
  { "Torino", 10121, 36, "011", "001", 120 },   /* CAP by street: streets_torino */
  { "Moncalieri", 10024, 1, "011", "001", 8 },
  { "Collegno", 10093, 1, "011", "001", 6 },
  { "Rivoli", 10098, 1, "011", "001", 6 },
  { "Settimo Torinese", 10036, 1, "011", "001", 6 },
  { "Nichelino", 10042, 1, "011", "001", 5 },
  { "Grugliasco", 10095, 1, "011", "001", 4 },
  { "Chieri", 10023, 1, "011", "001", 4 },
  { "Pinerolo", 10064, 1, "0121", "001", 5 },
  { "Ivrea", 10015, 1, "0125", "001", 5 },
  { "Venaria Reale", 10078, 1, "011", "001", 3 },
  { "Orbassano", 10043, 1, "011", "001", 2 },
  { "Carmagnola", 10022, 1, "011", "001", 3 },
  { "Chivasso", 10034, 1, "011", "001", 3 },
  { "San Mauro Torinese", 10099, 1, "011", "001", 2 },
  { "Ciriè", 10073, 1, "011", "001", 2 },
  { "Susa", 10059, 1, "0122", "001", 1 },
  { "Cuorgnè", 10082, 1, "0124", "001", 1 },
  { "Rivarolo Canavese", 10086, 1, "0124", "001", 1 },
  { "Avigliana", 10051, 1, "011", "001", 1 },
  { "Giaveno", 10094, 1, "011", "001", 1 },
};

static const Town towns_cn[] = {
  { "Cuneo", 12100, 1, "0171", "004", 20 },
  { "Alba", 12051, 1, "0173", "004", 10 },
  { "Bra", 12042, 1, "0172", "004", 8 },
  { "Saluzzo", 12037, 1, "0175", "004", 8 },
  { "Fossano", 12045, 1, "0172", "004", 6 },
  { "Savigliano", 12038, 1, "0172", "004", 5 },
  { "Mondovì", 12084, 1, "0174", "004", 5 },
  { "Borgo San Dalmazzo", 12011, 1, "0171", "004", 2 },
  { "Busca", 12022, 1, "0171", "004", 2 },
  { "Racconigi", 12035, 1, "0172", "004", 2 },
  { "Canale", 12043, 1, "0173", "004", 1 },
  { "Ceva", 12073, 1, "0174", "004", 1 },
  { "Dronero", 12025, 1, "0171", "004", 1 },
  { "Cherasco", 12062, 1, "0172", "004", 1 },
};

static const Town towns_al[] = {
  { "Alessandria", 15121, 2, "0131", "006", 20 },
  { "Casale Monferrato", 15033, 1, "0142", "006", 7 },
  { "Novi Ligure", 15067, 1, "0143", "006", 7 },
  { "Tortona", 15057, 1, "0131", "006", 5 },
  { "Acqui Terme", 15011, 1, "0144", "006", 5 },
  { "Valenza", 15048, 1, "0131", "006", 3 },
  { "Ovada", 15076, 1, "0143", "006", 3 },
  { "Serravalle Scrivia", 15069, 1, "0143", "006", 1 },
  { "Arquata Scrivia", 15061, 1, "0143", "006", 1 },
};

static const Town towns_at[] = {
  { "Asti", 14100, 1, "0141", "005", 20 },
  { "Canelli", 14053, 1, "0141", "005", 5 },
  { "Nizza Monferrato", 14049, 1, "0141", "005", 5 },
  { "San Damiano d'Asti", 14015, 1, "0141", "005", 2 },
  { "Costigliole d'Asti", 14055, 1, "0141", "005", 1 },
  { "Villanova d'Asti", 14019, 1, "0141", "005", 1 },
};

static const Town towns_bi[] = {
  { "Biella", 13900, 1, "015", "096", 20 },
  { "Cossato", 13836, 1, "015", "096", 6 },
  { "Vigliano Biellese", 13856, 1, "015", "096", 2 },
  { "Candelo", 13878, 1, "015", "096", 1 },
  { "Gaglianico", 13894, 1, "015", "096", 1 },
};

static const Town towns_no[] = {
  { "Novara", 28100, 1, "0321", "003", 20 },
  { "Borgomanero", 28021, 1, "0322", "003", 5 },
  { "Trecate", 28069, 1, "0321", "003", 4 },
  { "Galliate", 28066, 1, "0321", "003", 3 },
  { "Oleggio", 28047, 1, "0321", "003", 2 },
  { "Arona", 28041, 1, "0322", "003", 2 },
  { "Cameri", 28062, 1, "0321", "003", 1 },
};

static const Town towns_vb[] = {
  { "Verbania", 28921, 2, "0323", "103", 12 },
  { "Domodossola", 28845, 1, "0324", "103", 6 },
  { "Omegna", 28887, 1, "0323", "103", 5 },
  { "Gravellona Toce", 28883, 1, "0323", "103", 2 },
  { "Villadossola", 28844, 1, "0324", "103", 2 },
  { "Stresa", 28838, 1, "0323", "103", 1 },
};

static const Town towns_vc[] = {
  { "Vercelli", 13100, 1, "0161", "002", 20 },
  { "Borgosesia", 13011, 1, "0163", "002", 5 },
  { "Santhià", 13048, 1, "0161", "002", 4 },
  { "Gattinara", 13045, 1, "0163", "002", 2 },
  { "Trino", 13039, 1, "0161", "002", 2 },
  { "Varallo", 13019, 1, "0163", "002", 1 },
  { "Crescentino", 13044, 1, "0161", "002", 1 },
};

/* Federations and neighbours that take part in the programme from nearby. */
static const Town towns_outside[] = {
  { "Milano", 20121, 42, "02", "015", 5 },
  { "Genova", 16121, 40, "010", "010", 3 },
  { "Aosta", 11100, 1, "0165", "007", 2 },
  { "Pavia", 27100, 1, "0382", "018", 1 },
  { "Savona", 17100, 1, "019", "009", 1 },
};

/* The names of the centres are those DOMAIN.md gives for each area. */
static const Province provinces[] = {
  { DSC_PROVINCE_TO, 48, "della città metropolitana di Torino", "Vol.To",
    towns_to, G_N_ELEMENTS (towns_to) },
  { DSC_PROVINCE_CN, 14, "della provincia di Cuneo", "Società Solidale",
    towns_cn, G_N_ELEMENTS (towns_cn) },
  { DSC_PROVINCE_AL, 11, "della provincia di Alessandria", "CSVAA",
    towns_al, G_N_ELEMENTS (towns_al) },
  { DSC_PROVINCE_NO, 9, "del Novarese", "CST", towns_no, G_N_ELEMENTS (towns_no) },
  { DSC_PROVINCE_AT, 6, "dell'Astigiano", "CSVAA", towns_at, G_N_ELEMENTS (towns_at) },
  { DSC_PROVINCE_BI, 4, "del Biellese", "CTV", towns_bi, G_N_ELEMENTS (towns_bi) },
  { DSC_PROVINCE_VC, 3, "del Vercellese", "CTV", towns_vc, G_N_ELEMENTS (towns_vc) },
  { DSC_PROVINCE_VB, 3, "del Verbano-Cusio-Ossola", "CST", towns_vb, G_N_ELEMENTS (towns_vb) },
  { DSC_PROVINCE_OUTSIDE, 2, NULL, NULL, towns_outside, G_N_ELEMENTS (towns_outside) },
};

typedef struct
{
  const char *name;
  int         postcode;
  int         circoscrizione;   /* the district whose social services it belongs to */
} Street;

/* Torino's streets where many migrants live and meet, with their CAP. */
static const Street streets_torino[] = {
  { "Via Nizza", 10125, 8 },
  { "Via Madama Cristina", 10125, 8 },
  { "Via Saluzzo", 10125, 8 },
  { "Via Principe Tommaso", 10125, 8 },
  { "Via Sacchi", 10128, 1 },
  { "Corso Giulio Cesare", 10152, 7 },
  { "Corso Vercelli", 10152, 6 },
  { "Corso Palermo", 10152, 6 },
  { "Corso Novara", 10152, 7 },
  { "Via Cigna", 10152, 6 },
  { "Via Aosta", 10152, 7 },
  { "Corso Taranto", 10154, 6 },
  { "Via Cibrario", 10143, 4 },
  { "Corso Francia", 10138, 3 },
  { "Via Monginevro", 10138, 3 },
  { "Via Chiesa della Salute", 10147, 5 },
  { "Via Po", 10124, 1 },
  { "Via Garibaldi", 10122, 1 },
};

/* Torino's neighbourhoods tell apart associations of the same name. */
static const char * const districts_torino[] = {
  "San Salvario", "Barriera di Milano", "Aurora", "Porta Palazzo", "Borgo Vittoria",
  "Vanchiglia", "Mirafiori", "Lingotto", "Pozzo Strada", "Parella", "Falchera",
  "Madonna di Campagna", "Santa Rita", "Borgo San Paolo", "Cenisia", "Lucento",
  "Regio Parco", "Nizza Millefonti", NULL
};

static const char * const streets[] = {
  "Via Roma", "Via Garibaldi", "Via Cavour", "Via Mazzini", "Corso Italia",
  "Via Vittorio Veneto", "Via XX Settembre", "Corso Matteotti", "Via Gramsci",
  "Via Dante Alighieri", "Via San Francesco", "Via Torino", "Via Milano",
  "Viale della Libertà", "Piazza Martiri della Libertà", "Via Don Minzoni",
  "Corso Cavallotti", "Via Trento", "Via Po", "Via Fratelli Rosselli", NULL
};

static const char * const hosts[] = {
  "c/o Casa del Quartiere", "c/o Centro Interculturale", "c/o Circolo ARCI",
  "c/o Casa delle Associazioni", "c/o Centro d'Incontro", NULL
};

/* Communities ----------------------------------------------------------- */

typedef enum
{
  ORIGIN_ANY = -1,
  ORIGIN_EUROPE,
  ORIGIN_AFRICA,
  ORIGIN_ASIA,
  ORIGIN_LATIN_AMERICA,
} Origin;

typedef enum
{
  GIVEN_FIRST,
  FAMILY_FIRST,
  TWO_SURNAMES,    /* Spanish and Portuguese: often both surnames */
} NameOrder;

/* Name templates start with the language they are written in, "*" when they
 * name a women's association, and "|". Placeholders: see expand(). */
typedef struct
{
  const char         *country;          /* how a volunteer writes it, in Italian */
  const char         *of_country;       /* "del Senegal" */
  const char         *adjectives[4];    /* masc. sing., fem. sing., masc. pl., fem. pl. */
  const char         *languages[4];     /* in Italian; the first always, "italiano" added */
  const char         *neighbour;        /* (nullable) a country often listed alongside */
  const char * const *templates;        /* (nullable) names in the community's languages */
  const char * const *words;            /* (nullable) words that names are made of */
  const char * const *men;
  const char * const *women;
  const char * const *surnames;
  const char         *birthplace;       /* cadastral code, for a personal fiscal code */
  Origin              origin;
  NameOrder           order;
  int                 weight;
  int                 native_percent;   /* names in the community's own language */
  int                 women_percent;    /* of contact people */
} Community;

#define LIST(...) (const char * const[]) { __VA_ARGS__, NULL }

static const Community communities[] = {
  { "Romania", "della Romania", { "romeno", "romena", "romeni", "romene" },
    { "romeno" }, "Moldova",
    LIST ("ro|Asociația Românilor din {place}", "ro|Asociația Culturală Română {word}",
          "ro|Comunitatea Românească {in_region}", "ro|Casa Românească din {place}",
          "ro*|Asociația Femeilor Române din {place}"),
    LIST ("Miorița", "Dacia", "Carpați", "Doina", "Hora", "Dor"),
    LIST ("Ion", "Andrei", "Mihai", "Gheorghe", "Vasile", "Constantin", "Florin", "Bogdan",
          "Cristian", "Ionuț", "Răzvan", "Marius"),
    LIST ("Ioana", "Maria", "Elena", "Mihaela", "Andreea", "Gabriela", "Cristina",
          "Florentina", "Alina", "Roxana", "Daniela", "Simona"),
    LIST ("Popescu", "Ionescu", "Popa", "Dumitru", "Stan", "Stoica", "Gheorghiu", "Munteanu",
          "Rusu", "Matei", "Constantinescu", "Lungu", "Ciobanu", "Bălan", "Marin", "Toma"),
    "Z129", ORIGIN_EUROPE, GIVEN_FIRST, 12, 35, 60 },

  { "Marocco", "del Marocco", { "marocchino", "marocchina", "marocchini", "marocchine" },
    { "arabo", "tamazight", "francese" }, NULL,
    LIST ("ar|{word}", "ar|{word}", "fr|Association des Marocains {de_place}",
          "it|Associazione Culturale Amazigh di {place}"),
    LIST ("Al Amal", "Al Wafa", "Attawasol", "Annajah", "Al Manar", "Ennour", "Assadaka",
          "Al Ousra", "Al Andalus"),
    LIST ("Mohamed", "Youssef", "Abdelkader", "Rachid", "Hassan", "Mustapha", "Said",
          "Karim", "Abdellah", "Hicham", "Omar", "Khalid"),
    LIST ("Fatima", "Khadija", "Naima", "Samira", "Latifa", "Zineb", "Houda", "Malika",
          "Nadia", "Souad", "Hanane", "Meryem"),
    LIST ("El Amrani", "Benali", "El Idrissi", "Bennani", "Alaoui", "El Fassi", "Tazi",
          "Berrada", "Ouazzani", "Chraibi", "El Mansouri", "Lahlou", "Bouzid", "Naciri"),
    "Z330", ORIGIN_AFRICA, GIVEN_FIRST, 12, 35, 45 },

  { "Albania", "dell'Albania", { "albanese", "albanese", "albanesi", "albanesi" },
    { "albanese" }, "Kosovo",
    LIST ("sq|Shoqata Shqiptare {place}", "sq|Shoqata Kulturore Shqiptare \"{word}\"",
          "sq|Shoqata e Shqiptarëve {in_region}", "sq*|Gratë Shqiptare {place}"),
    LIST ("Iliria", "Skënderbeu", "Besa", "Vatra", "Drita", "Shqiponja", "Nënë Tereza"),
    LIST ("Arben", "Ilir", "Gent", "Besnik", "Artan", "Dritan", "Erion", "Fatmir", "Kujtim",
          "Altin", "Edmond", "Gëzim"),
    LIST ("Elira", "Mirela", "Anila", "Blerina", "Valbona", "Drita", "Ermira", "Jonida",
          "Teuta", "Lindita", "Entela", "Brunilda"),
    LIST ("Hoxha", "Shehu", "Gjoka", "Dervishi", "Kola", "Leka", "Basha", "Muça", "Çela",
          "Berisha", "Prifti", "Marku", "Gashi", "Krasniqi", "Xhafa"),
    "Z100", ORIGIN_EUROPE, GIVEN_FIRST, 8, 30, 45 },

  { "Cina", "della Cina", { "cinese", "cinese", "cinesi", "cinesi" },
    { "cinese", "wenzhounese" }, NULL,
    LIST ("it|Associazione Culturale Cinese {word} di {place}",
          "it|Scuola di Lingua Cinese {word} di {place}",
          "it|Associazione dei Cinesi del Zhejiang {in_region}",
          "it|Associazione Huaqiao di {place}"),
    LIST ("Zhonghua", "Huaxia", "Huaren", "Dongfang", "Qingtian"),
    LIST ("Wei", "Jun", "Ming", "Lei", "Jian", "Hao", "Qiang", "Bin", "Xiaoming", "Zhiwei"),
    LIST ("Li", "Hui", "Yan", "Jing", "Fang", "Mei", "Hong", "Xiaoli", "Lihua", "Ying"),
    LIST ("Chen", "Wang", "Zhang", "Hu", "Zhou", "Lin", "Ye", "Huang", "Xu", "Wu", "Jin",
          "Pan", "Zheng"),
    "Z210", ORIGIN_ASIA, FAMILY_FIRST, 4, 60, 45 },

  { "Perù", "del Perù", { "peruviano", "peruviana", "peruviani", "peruviane" },
    { "spagnolo", "quechua" }, "Bolivia",
    LIST ("es|Asociación Cultural Peruana de {place}",
          "es|Hermandad del Señor de los Milagros de {place}",
          "es|Asociación Folklórica {word}", "es|Peruanos Unidos {in_region}",
          "es*|Mujeres Peruanas {in_region}"),
    LIST ("Perú Andino", "Inti Raymi", "Machu Picchu", "Sumaq Perú", "Raíces Peruanas"),
    LIST ("José", "Luis", "Carlos", "Jorge", "Juan", "Víctor", "César", "Miguel", "Julio",
          "Walter"),
    LIST ("Rosa", "María", "Carmen", "Ana", "Luz", "Gladys", "Milagros", "Elizabeth",
          "Yolanda", "Rocío", "Pilar"),
    LIST ("Quispe", "Mamani", "Flores", "García", "Rodríguez", "Huamán", "Chávez", "Ramos",
          "Torres", "Mendoza", "Vargas", "Rojas", "Castillo", "Sánchez"),
    "Z611", ORIGIN_LATIN_AMERICA, TWO_SURNAMES, 6, 50, 65 },

  { "Nigeria", "della Nigeria", { "nigeriano", "nigeriana", "nigeriani", "nigeriane" },
    { "inglese", "edo", "yoruba", "igbo" }, NULL,
    LIST ("en|Nigerian Community of {place}", "en|Association of Nigerians in {place}",
          "en|Edo Community of {place}", "en|Igbo Union {place}",
          "en*|Nigerian Women Association of {place}"),
    NULL,
    LIST ("Chinedu", "Emeka", "Oluwaseun", "Tunde", "Osagie", "Ifeanyi", "Uche", "Femi",
          "Efosa", "Godwin", "Samuel", "Friday"),
    LIST ("Blessing", "Chiamaka", "Ngozi", "Adaeze", "Funmilayo", "Osas", "Joy", "Precious",
          "Esther", "Grace", "Omolara"),
    LIST ("Okafor", "Adeyemi", "Eze", "Okonkwo", "Igbinedion", "Obi", "Nwosu", "Adebayo",
          "Ogbeide", "Omoregie", "Balogun", "Okoro", "Uwadia", "Ehigiator"),
    "Z335", ORIGIN_AFRICA, GIVEN_FIRST, 7, 45, 50 },

  { "Senegal", "del Senegal", { "senegalese", "senegalese", "senegalesi", "senegalesi" },
    { "wolof", "francese", "pulaar" }, "Gambia",
    LIST ("fr|Association des Sénégalais {de_place}", "it|Associazione Senegalese {word}",
          "fr|Association {word}", "fr*|Association des Femmes Sénégalaises {de_place}"),
    LIST ("Teranga", "Jappo", "Sunu Gox", "Deggo", "Ndimbal", "Jamm"),
    LIST ("Mamadou", "Moussa", "Ibrahima", "Cheikh", "Abdoulaye", "Modou", "Pape", "Ousmane",
          "Babacar", "Serigne", "Amadou"),
    LIST ("Awa", "Fatou", "Aminata", "Mariama", "Khady", "Ndeye", "Coumba", "Aissatou",
          "Astou", "Sokhna", "Bineta"),
    LIST ("Diop", "Ndiaye", "Fall", "Sow", "Sy", "Gueye", "Sarr", "Diallo", "Mbaye", "Faye",
          "Ba", "Cissé", "Seck", "Thiam", "Diouf", "Niang"),
    "Z343", ORIGIN_AFRICA, GIVEN_FIRST, 8, 45, 30 },

  { "Egitto", "dell'Egitto", { "egiziano", "egiziana", "egiziani", "egiziane" },
    { "arabo" }, NULL,
    LIST ("ar|{word}", "it|Associazione Culturale {word}"),
    LIST ("Al Nour", "Misr", "Al Salam", "Al Ahram"),
    LIST ("Ahmed", "Mohamed", "Mahmoud", "Mostafa", "Tarek", "Amr", "Khaled", "Hany",
          "Sherif", "Ashraf", "Walid"),
    LIST ("Mona", "Nour", "Heba", "Yasmin", "Dina", "Rania", "Amira", "Aya", "Salma",
          "Mariam"),
    LIST ("Hassan", "Ibrahim", "Mahmoud", "Abdelrahman", "El Sayed", "Mostafa", "Farouk",
          "Soliman", "Fathy", "Gaber", "Youssef", "Saleh", "Nasser"),
    "Z336", ORIGIN_AFRICA, GIVEN_FIRST, 4, 25, 25 },

  { "Ucraina", "dell'Ucraina", { "ucraino", "ucraina", "ucraini", "ucraine" },
    { "ucraino", "russo" }, NULL,
    LIST ("it|Associazione Ucraina {word}", "it*|Associazione Donne Ucraine {word}"),
    LIST ("Berehynia", "Vyshyvanka", "Kalyna", "Dnipro", "Zhuravli"),
    LIST ("Oleksandr", "Andriy", "Volodymyr", "Serhiy", "Mykola", "Taras", "Yuriy", "Ivan",
          "Dmytro"),
    LIST ("Olena", "Oksana", "Natalia", "Tetiana", "Iryna", "Halyna", "Svitlana", "Larysa",
          "Yulia", "Liudmyla"),
    LIST ("Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk",
          "Kovalchuk", "Boyko", "Oliynyk", "Lysenko", "Marchenko", "Savchenko", "Moroz"),
    "Z138", ORIGIN_EUROPE, GIVEN_FIRST, 4, 40, 85 },

  { "Moldova", "della Moldova", { "moldavo", "moldava", "moldavi", "moldave" },
    { "romeno", "russo" }, "Romania",
    LIST ("ro|Asociația Moldovenilor din {place}", "ro|Asociația Culturală {word}",
          "ro|Diaspora Moldovenească {in_region}",
          "ro*|Asociația Femeilor Moldovence din {place}"),
    LIST ("Dor de Casă", "Basarabia", "Plai Natal", "Mărțișor"),
    LIST ("Ion", "Vasile", "Sergiu", "Victor", "Dumitru", "Alexandru", "Igor", "Vitalie",
          "Andrei"),
    LIST ("Ana", "Natalia", "Tatiana", "Lilia", "Svetlana", "Elena", "Olga", "Cristina",
          "Doina", "Veronica", "Mariana"),
    LIST ("Rotaru", "Ceban", "Țurcan", "Rusu", "Cojocaru", "Ciobanu", "Lungu", "Munteanu",
          "Sîrbu", "Bivol", "Guțu", "Moraru", "Cebotari"),
    "Z140", ORIGIN_EUROPE, GIVEN_FIRST, 3, 40, 75 },

  { "Filippine", "delle Filippine", { "filippino", "filippina", "filippini", "filippine" },
    { "tagalog", "inglese" }, NULL,
    LIST ("en|Filipino Community of {place}", "tl|Samahang Pilipino {place}",
          "tl|Bayanihan {place}"),
    NULL,
    LIST ("Jose", "Ramon", "Ricardo", "Eduardo", "Roberto", "Rodel", "Arnel", "Jomar", "Mark"),
    LIST ("Maria", "Rosalie", "Marites", "Jocelyn", "Analyn", "Lorna", "Marilou", "Rowena",
          "Joy", "Evangeline"),
    LIST ("Santos", "Reyes", "Cruz", "Bautista", "Dela Cruz", "Garcia", "Mendoza",
          "Villanueva", "Ramos", "Aquino", "Manalo", "Pascual"),
    "Z216", ORIGIN_ASIA, GIVEN_FIRST, 3, 45, 65 },

  { "Ecuador", "dell'Ecuador", { "ecuadoriano", "ecuadoriana", "ecuadoriani", "ecuadoriane" },
    { "spagnolo", "kichwa" }, NULL,
    LIST ("es|Asociación Cultural Ecuatoriana {place}",
          "es|Asociación de Ecuatorianos {in_region}", "es|Asociación {word}",
          "es|Club Deportivo Ecuador {place}"),
    LIST ("Mitad del Mundo", "Ecuador Unido", "Sumak Kawsay", "Pachamama"),
    LIST ("Luis", "Segundo", "Fausto", "Edison", "Wilson", "Byron", "Fernando", "Patricio",
          "Diego"),
    LIST ("María", "Mercedes", "Fanny", "Marlene", "Gloria", "Jessica", "Verónica", "Lorena",
          "Narcisa", "Blanca"),
    LIST ("Zambrano", "Guamán", "Vera", "Cedeño", "Moreira", "Andrade", "Chiriboga",
          "Morales", "Espinoza", "Villacís", "Paredes", "Suárez", "Pilco", "Castro"),
    "Z605", ORIGIN_LATIN_AMERICA, TWO_SURNAMES, 3, 55, 60 },

  { "Brasile", "del Brasile", { "brasiliano", "brasiliana", "brasiliani", "brasiliane" },
    { "portoghese" }, NULL,
    LIST ("pt|Associação Brasileira de {place}", "pt|Associação Cultural {word}",
          "pt|Casa do Brasil {place}", "pt*|Mulheres Brasileiras {in_region}"),
    LIST ("Axé", "Saudade", "Brasil Vivo", "Raízes"),
    LIST ("João", "Paulo", "Lucas", "Rafael", "Marcos", "Thiago", "André", "Rodrigo", "Fábio"),
    LIST ("Ana", "Juliana", "Fernanda", "Patrícia", "Cláudia", "Luciana", "Adriana", "Camila",
          "Renata", "Márcia"),
    LIST ("Silva", "Santos", "Oliveira", "Souza", "Pereira", "Lima", "Carvalho", "Ferreira",
          "Almeida", "Costa", "Ribeiro", "Gomes", "Rocha", "Barbosa"),
    "Z602", ORIGIN_LATIN_AMERICA, TWO_SURNAMES, 3, 55, 70 },

  { "Costa d'Avorio", "della Costa d'Avorio", { "ivoriano", "ivoriana", "ivoriani", "ivoriane" },
    { "francese", "dioula", "baoulé" }, "Burkina Faso",
    LIST ("fr|Association des Ivoiriens {de_place}", "fr|Communauté Ivoirienne {in_region}",
          "fr|Association {word}", "fr|Solidarité Ivoirienne {de_place}"),
    LIST ("Akwaba", "Éburnie"),
    LIST ("Yao", "Kouassi", "Koffi", "Konan", "Kouadio", "Adama", "Seydou", "Didier", "Serge",
          "Jean-Baptiste"),
    LIST ("Adjoua", "Aya", "Affoué", "Akissi", "Mariam", "Fatim", "Nadège", "Christelle",
          "Awa", "Clarisse"),
    LIST ("Kouassi", "Koné", "Yao", "Konan", "Kouamé", "Touré", "Ouattara", "Bamba",
          "Coulibaly", "N'Guessan", "Traoré", "Diabaté", "Bakayoko"),
    "Z313", ORIGIN_AFRICA, GIVEN_FIRST, 3, 55, 40 },

  { "Mali", "del Mali", { "maliano", "maliana", "maliani", "maliane" },
    { "bambara", "francese", "soninké" }, "Senegal",
    LIST ("fr|Association des Maliens {de_place}", "fr|Association {word}"),
    LIST ("Benkadi", "Maliba", "Jigiya"),
    LIST ("Moussa", "Mamadou", "Boubacar", "Sekou", "Bakary", "Oumar", "Adama", "Drissa",
          "Modibo", "Souleymane"),
    LIST ("Aminata", "Fatoumata", "Kadiatou", "Oumou", "Rokia", "Mariam", "Assitan",
          "Djeneba", "Salimata", "Hawa"),
    LIST ("Traoré", "Keïta", "Coulibaly", "Diarra", "Konaté", "Sissoko", "Diakité", "Camara",
          "Sidibé", "Touré", "Doumbia", "Sangaré", "Dembélé", "Kanté"),
    "Z329", ORIGIN_AFRICA, GIVEN_FIRST, 2, 50, 20 },

  { "Burkina Faso", "del Burkina Faso", { "burkinabé", "burkinabé", "burkinabé", "burkinabé" },
    { "mooré", "francese", "dioula" }, "Costa d'Avorio",
    LIST ("fr|Solidarité Burkina {region}", "fr|Association des Burkinabè {de_place}",
          "fr|Association {word}"),
    LIST ("Laafi", "Song-Taaba"),
    LIST ("Issouf", "Boukary", "Salif", "Hamidou", "Adama", "Moumouni", "Ousmane",
          "Dieudonné", "Lassané", "Abdoulaye"),
    LIST ("Salimata", "Awa", "Rasmata", "Aminata", "Fatimata", "Mariam", "Safiatou",
          "Kadidia", "Alimata", "Bintou"),
    LIST ("Ouédraogo", "Sawadogo", "Compaoré", "Zongo", "Kaboré", "Ouattara", "Zoungrana",
          "Nikiéma", "Ilboudo", "Bationo", "Tapsoba", "Yaméogo", "Sanou"),
    "Z354", ORIGIN_AFRICA, GIVEN_FIRST, 3, 55, 30 },

  { "Tunisia", "della Tunisia", { "tunisino", "tunisina", "tunisini", "tunisine" },
    { "arabo", "francese" }, NULL,
    LIST ("fr|Association des Tunisiens {de_place}", "ar|{word}"),
    LIST ("Yasmine", "Carthage", "Al Khadra"),
    LIST ("Mohamed", "Ahmed", "Ali", "Sami", "Hichem", "Mourad", "Anis", "Walid", "Nabil",
          "Slim"),
    LIST ("Amel", "Sonia", "Leila", "Ines", "Rim", "Hela", "Salma", "Olfa", "Sana", "Imen",
          "Nesrine"),
    LIST ("Ben Ali", "Trabelsi", "Gharbi", "Jebali", "Ben Salah", "Hammami", "Chaabane",
          "Mejri", "Ayari", "Dridi", "Ben Ammar", "Khelifi", "Jlassi"),
    "Z352", ORIGIN_AFRICA, GIVEN_FIRST, 2, 30, 35 },

  { "Pakistan", "del Pakistan", { "pakistano", "pakistana", "pakistani", "pakistane" },
    { "urdu", "punjabi", "inglese" }, NULL,
    LIST ("en|Pakistan Community Association of {place}",
          "en|Pakistani Welfare Society {place}"),
    NULL,
    LIST ("Muhammad", "Ali", "Imran", "Asif", "Tariq", "Kamran", "Shahid", "Usman", "Bilal",
          "Naveed"),
    LIST ("Ayesha", "Fatima", "Sana", "Nadia", "Saima", "Rabia", "Amna", "Hina", "Zainab",
          "Shazia"),
    LIST ("Khan", "Ahmed", "Hussain", "Malik", "Butt", "Chaudhry", "Iqbal", "Raza", "Qureshi",
          "Sheikh", "Akhtar", "Mirza", "Javed", "Rana"),
    "Z236", ORIGIN_ASIA, GIVEN_FIRST, 2, 40, 15 },

  { "Bangladesh", "del Bangladesh", { "bengalese", "bengalese", "bengalesi", "bengalesi" },
    { "bengali", "inglese" }, NULL,
    LIST ("en|Bangladesh Samity {place}", "en|Bangladesh Association of {place}"),
    NULL,
    LIST ("Mohammad", "Abdul", "Rafiq", "Jamal", "Kamal", "Shahin", "Mizanur", "Habib",
          "Rubel", "Sohel"),
    LIST ("Nasrin", "Shirin", "Fahmida", "Rokeya", "Taslima", "Sharmin", "Nazma", "Ruma",
          "Farzana", "Salma"),
    LIST ("Rahman", "Hossain", "Islam", "Uddin", "Ahmed", "Chowdhury", "Miah", "Alam",
          "Sarker", "Karim", "Haque"),
    "Z249", ORIGIN_ASIA, GIVEN_FIRST, 2, 45, 15 },

  { "India", "dell'India", { "indiano", "indiana", "indiani", "indiane" },
    { "punjabi", "hindi", "inglese" }, NULL,
    LIST ("en|Indian Community of {place}", "en|Punjabi Cultural Association {place}"),
    NULL,
    LIST ("Gurpreet", "Harpreet", "Jaswinder", "Sukhwinder", "Manjit", "Rajesh", "Amit",
          "Sandeep", "Balwinder", "Kuldeep"),
    LIST ("Simran", "Harjit", "Manpreet", "Kiranjit", "Priya", "Sunita", "Anjali", "Navneet",
          "Pooja", "Rajinder"),
    LIST ("Gill", "Sandhu", "Sidhu", "Dhillon", "Sharma", "Kumar", "Grewal", "Brar", "Verma",
          "Bains", "Randhawa"),
    "Z222", ORIGIN_ASIA, GIVEN_FIRST, 2, 40, 25 },

  { "Camerun", "del Camerun", { "camerunense", "camerunense", "camerunensi", "camerunensi" },
    { "francese", "inglese" }, NULL,
    LIST ("fr|Association des Camerounais {de_place}",
          "fr|Communauté Camerounaise {in_region}", "en|Cameroon Community of {place}"),
    NULL,
    LIST ("Jean-Pierre", "Emmanuel", "Patrice", "Hervé", "Serge", "Christian", "Martial",
          "Armand", "Boris", "Landry"),
    LIST ("Brigitte", "Josiane", "Christelle", "Sandrine", "Flore", "Pélagie", "Nadine",
          "Carine", "Solange", "Estelle"),
    LIST ("Mbarga", "Fotso", "Kamga", "Tchoua", "Essomba", "Atangana", "Njoya", "Ebogo",
          "Ndongo", "Owona", "Kamdem", "Nana"),
    "Z306", ORIGIN_AFRICA, GIVEN_FIRST, 3, 50, 50 },

  { "Ghana", "del Ghana", { "ghanese", "ghanese", "ghanesi", "ghanesi" },
    { "inglese", "twi", "ewe" }, NULL,
    LIST ("en|Ghana Union {place}", "en|Ghanaian Community {in_region}",
          "en|Asanteman Association {place}"),
    NULL,
    LIST ("Kwame", "Kofi", "Kwabena", "Yaw", "Kojo", "Kwaku", "Isaac", "Emmanuel", "Prince",
          "Samuel"),
    LIST ("Akosua", "Abena", "Ama", "Efua", "Afia", "Adwoa", "Yaa", "Gifty", "Comfort",
          "Mercy"),
    LIST ("Mensah", "Owusu", "Boateng", "Asante", "Osei", "Appiah", "Agyeman", "Ofori",
          "Darko", "Amoah", "Adjei", "Sarpong", "Ansah"),
    "Z318", ORIGIN_AFRICA, GIVEN_FIRST, 2, 45, 45 },

  { "Eritrea", "dell'Eritrea", { "eritreo", "eritrea", "eritrei", "eritree" },
    { "tigrino", "arabo" }, "Etiopia", NULL, NULL,
    LIST ("Yonas", "Tesfay", "Filmon", "Mehari", "Dawit", "Bereket", "Samuel", "Efrem",
          "Habtom"),
    LIST ("Helen", "Selam", "Senait", "Hiwet", "Saba", "Yordanos", "Lidia", "Mebrat", "Azieb",
          "Rahel"),
    LIST ("Tesfamariam", "Ghebremedhin", "Haile", "Berhane", "Woldemariam", "Kidane", "Tekle",
          "Gebreyesus", "Habte", "Andemariam", "Yohannes"),
    "Z368", ORIGIN_AFRICA, GIVEN_FIRST, 1, 0, 45 },

  { "Somalia", "della Somalia", { "somalo", "somala", "somali", "somale" },
    { "somalo", "arabo" }, NULL, NULL, NULL,
    LIST ("Abdi", "Mohamed", "Ahmed", "Abdirahman", "Hassan", "Abdullahi", "Omar", "Yusuf",
          "Farah"),
    LIST ("Fadumo", "Hawa", "Amina", "Asha", "Halima", "Sahra", "Khadija", "Ubah", "Hodan",
          "Ifrah"),
    LIST ("Abdi", "Farah", "Warsame", "Jama", "Osman", "Mohamud", "Nur", "Aden", "Ismail",
          "Hersi", "Duale"),
    "Z345", ORIGIN_AFRICA, GIVEN_FIRST, 1, 0, 55 },

  { "Colombia", "della Colombia", { "colombiano", "colombiana", "colombiani", "colombiane" },
    { "spagnolo" }, NULL,
    LIST ("es|Asociación Cultural Colombiana de {place}",
          "es|Colombianos Unidos {in_region}", "es*|Mujeres Colombianas {in_region}"),
    NULL,
    LIST ("Andrés", "Juan Carlos", "Diego", "Camilo", "Jhon", "Alejandro", "Felipe", "Óscar",
          "Hernán"),
    LIST ("Paola", "Diana", "Natalia", "Catalina", "Luz Marina", "Sandra", "Claudia",
          "Viviana", "Marcela", "Adriana"),
    LIST ("Gómez", "Rodríguez", "Martínez", "López", "Hernández", "Restrepo", "Ospina",
          "Cardona", "Jaramillo", "Valencia", "Muñoz", "Ríos", "Zapata", "Arango"),
    "Z604", ORIGIN_LATIN_AMERICA, TWO_SURNAMES, 2, 50, 65 },

  { "El Salvador", "di El Salvador",
    { "salvadoregno", "salvadoregna", "salvadoregni", "salvadoregne" },
    { "spagnolo" }, NULL,
    LIST ("es|Asociación Salvadoreña de {place}", "es|Comunidad Salvadoreña {in_region}",
          "es|Asociación Cuscatlán"),
    NULL,
    LIST ("José", "Carlos", "René", "Mauricio", "Óscar", "Roberto", "Nelson", "Francisco"),
    LIST ("Marta", "Reina", "Ana Gloria", "Sonia", "Yesenia", "Karla", "Roxana", "Flor",
          "Delmy", "Iris"),
    LIST ("Hernández", "López", "Martínez", "Rivera", "Flores", "Ramírez", "Alvarado",
          "Portillo", "Romero", "Ayala", "Mejía", "Orellana", "Guevara"),
    "Z506", ORIGIN_LATIN_AMERICA, TWO_SURNAMES, 1, 50, 60 },

  { "Macedonia del Nord", "della Macedonia del Nord",
    { "macedone", "macedone", "macedoni", "macedoni" },
    { "macedone", "albanese" }, NULL,
    LIST ("it|Associazione Culturale Macedone {word}"),
    LIST ("Ohrid", "Vardar", "Makedonka"),
    LIST ("Goran", "Dragan", "Zoran", "Aleksandar", "Nikola", "Dejan", "Igor", "Vlatko"),
    LIST ("Snežana", "Biljana", "Marija", "Elena", "Vesna", "Daniela", "Katerina", "Sonja"),
    LIST ("Stojanovski", "Petrovski", "Nikolovski", "Trajkovski", "Dimitrovski", "Ristovski",
          "Jovanovski", "Angelovski"),
    "Z148", ORIGIN_EUROPE, GIVEN_FIRST, 2, 25, 45 },
};

/* Italian volunteers help in many associations. */
static const Community italians = {
  "Italia", "dell'Italia", { "italiano", "italiana", "italiani", "italiane" },
  { "italiano" }, NULL, NULL, NULL,
  LIST ("Marco", "Luca", "Andrea", "Paolo", "Giorgio", "Davide", "Stefano", "Matteo",
        "Alberto", "Franco"),
  LIST ("Giulia", "Francesca", "Chiara", "Elena", "Silvia", "Paola", "Marta", "Laura", "Anna",
        "Valentina"),
  LIST ("Ferrero", "Bianco", "Rosso", "Gallo", "Bruno", "Giordano", "Bertola", "Aimar",
        "Ghione", "Bosio", "Cravero", "Peyrot", "Musso", "Operti", "Rinaudo"),
  "L219", ORIGIN_EUROPE, GIVEN_FIRST, 0, 0, 60
};

/* Where a community is much more present than its regional share says. */
static const struct
{
  const char *country;
  int         province;
  int         extra;
} community_boosts[] = {
  { "Cina", DSC_PROVINCE_TO, 2 },
  { "Perù", DSC_PROVINCE_TO, 4 },
  { "Nigeria", DSC_PROVINCE_TO, 3 },
  { "Egitto", DSC_PROVINCE_TO, 2 },
  { "India", DSC_PROVINCE_CN, 4 },
  { "Macedonia del Nord", DSC_PROVINCE_AT, 10 },
  { "Macedonia del Nord", DSC_PROVINCE_CN, 5 },
  { "Marocco", DSC_PROVINCE_CN, 4 },
  { "Marocco", DSC_PROVINCE_AL, 3 },
  { "Albania", DSC_PROVINCE_CN, 3 },
  { "Albania", DSC_PROVINCE_AL, 3 },
  { "Albania", DSC_PROVINCE_AT, 3 },
  { "Romania", DSC_PROVINCE_AT, 4 },
  { "Romania", DSC_PROVINCE_CN, 4 },
  { "Romania", DSC_PROVINCE_AL, 4 },
};

static const char * const italian_templates[] = {
  "it|Associazione Culturale {Adj} di {place}",
  "it|Associazione {dei} {Plm} di {place}",
  "it|Comunità {Adj} {in_region}",
  "it|Comunità {Adj} di {place}",
  "it*|Donne {Plf} in Rete",
  "it*|Associazione Donne {Plf} di {place}",
  "it|Giovani {Plm} di {place}",
  "it|Centro Culturale {AdjM} di {place}",
  "it|Amici {of}",
  "it|Associazione Italo-{Adj}",
  "it|Ponte Italia-{country}",
  "it|Associazione {dei} {Plm} {in_region}",
  NULL
};

static const char * const word_templates[] = {
  "it|Associazione Culturale {word}",
  "it|Associazione {Adj} {word}",
  NULL
};

typedef struct
{
  Origin      origin;
  const char *template;
} Intercultural;

static const Intercultural intercultural_templates[] = {
  { ORIGIN_ANY, "it*|Donne dal Mondo" },
  { ORIGIN_ANY, "it|Mondo Insieme" },
  { ORIGIN_ANY, "it|Ponti tra Culture" },
  { ORIGIN_ANY, "it|Colori del Mondo" },
  { ORIGIN_ANY, "it|Casa dei Popoli di {place}" },
  { ORIGIN_ANY, "it|Radici e Ali" },
  { ORIGIN_ANY, "it|Nuovi Cittadini {in_region}" },
  { ORIGIN_ANY, "it*|Mamme del Mondo" },
  { ORIGIN_ANY, "it*|Rete delle Donne Migranti di {place}" },
  { ORIGIN_ANY, "it|Seconde Generazioni {in_region}" },
  { ORIGIN_ANY, "it|Associazione Interculturale {word}" },
  { ORIGIN_ANY, "it|Mediterraneo Insieme" },
  { ORIGIN_AFRICA, "it|Africa Unita" },
  { ORIGIN_AFRICA, "it|Il Baobab" },
  { ORIGIN_AFRICA, "it|Coordinamento delle Comunità Africane {in_region}" },
  { ORIGIN_AFRICA, "fr|Solidarité Africaine {de_place}" },
  { ORIGIN_AFRICA, "it|Insieme per l'Africa" },
  { ORIGIN_LATIN_AMERICA, "es|Asociación Latinoamericana {in_region}" },
  { ORIGIN_LATIN_AMERICA, "es|Casa Latinoamericana de {place}" },
  { ORIGIN_LATIN_AMERICA, "it|Latinoamerica Insieme" },
  { ORIGIN_LATIN_AMERICA, "es*|Mujeres Latinas {in_region}" },
};

static const char * const cooperative_templates[] = {
  "it|Cooperativa Sociale {word}",
  "it|{word} Società Cooperativa Sociale",
  "it|Cooperativa di Mediazione Interculturale {word}",
  NULL
};

/* For intercultural associations and cooperatives of any origin. */
static const char * const shared_words[] = {
  "Il Ponte", "Mosaico", "Arcobaleno", "Babele", "Sabir", "Passaparola", "Crocevia",
  "Porte Aperte", "Nuovi Orizzonti", "Il Seme", "La Rete", "Terra Nuova", NULL
};

/* How a name's language writes the places it names. */
typedef struct
{
  const char *language;
  const char *turin;
  const char *region;
  const char *of_region;
  const char *italy;
  const char *of_italy;
} Locale;

static const Locale locales[] = {
  { "it", "Torino", "Piemonte", "del Piemonte", "Italia", "d'Italia" },
  { "fr", "Turin", "Piémont", "du Piémont", "Italie", "d'Italie" },
  { "es", "Turín", "Piamonte", "del Piamonte", "Italia", "de Italia" },
  { "pt", "Turim", "Piemonte", "do Piemonte", "Itália", "da Itália" },
  { "ro", "Torino", "Piemont", "din Piemont", "Italia", "din Italia" },
  { "sq", "Torino", "Piemonte", "në Piemonte", "Itali", "në Itali" },
  { "en", "Turin", "Piedmont", "of Piedmont", "Italy", "of Italy" },
};

/* Particles and generic words left out of acronyms' neighbours: web addresses. */
static const char * const slug_skip[] = {
  "associazione", "association", "asociacion", "asociatia", "associacao", "shoqata",
  "culturale", "cultural", "culturala", "kulturore", "di", "del", "della", "dei", "degli",
  "delle", "dell", "de", "des", "du", "d", "din", "da", "do", "in", "e", "et", "y", "the", "of",
  "and", "la", "le", "il", "l", "el", "los", "las", "aps", "odv", "onlus", NULL
};

/* The other fields ------------------------------------------------------ */

static const int legal_form_weights[] = {
  [DSC_LEGAL_FORM_APS] = 40,
  [DSC_LEGAL_FORM_ODV] = 26,
  [DSC_LEGAL_FORM_ETS] = 5,
  [DSC_LEGAL_FORM_INFORMAL] = 18,
  [DSC_LEGAL_FORM_COOPERATIVE] = 4,
  [DSC_LEGAL_FORM_OTHER] = 7,
};

static const int status_weights[] = {
  [DSC_STATUS_ACTIVE] = 85,
  [DSC_STATUS_DORMANT] = 11,
  [DSC_STATUS_CLOSED] = 4,
};

static const int area_weights[] = {
  [DSC_AREA_HOUSING] = 10,
  [DSC_AREA_HEALTH] = 12,
  [DSC_AREA_WORK] = 22,
  [DSC_AREA_CULTURE] = 45,
  [DSC_AREA_EDUCATION] = 30,
  [DSC_AREA_LEGAL_AID] = 18,
  [DSC_AREA_MEDIATION] = 28,
  [DSC_AREA_OTHER] = 8,
};

/* What an association in each area does, as the end of a sentence. */
static const char * const area_clauses[][3] = {
  [DSC_AREA_HOUSING] = {
    "aiuta i soci nella ricerca di una casa e nei rapporti con i proprietari",
    "accompagna le famiglie agli sportelli casa del Comune", NULL },
  [DSC_AREA_HEALTH] = {
    "accompagna ai servizi dell'ASL e all'iscrizione al Servizio sanitario nazionale",
    "organizza incontri di prevenzione con medici e ostetriche", NULL },
  [DSC_AREA_WORK] = {
    "orienta al lavoro e ai corsi di formazione, in contatto con il Centro per l'impiego",
    "aiuta a scrivere il curriculum e a far riconoscere i titoli di studio", NULL },
  [DSC_AREA_CULTURE] = {
    "organizza feste, concerti e incontri aperti alla cittadinanza",
    "fa conoscere la musica, la cucina e le tradizioni {of}", NULL },
  [DSC_AREA_EDUCATION] = {
    "tiene corsi di italiano per adulti e un doposcuola per i ragazzi",
    "insegna la lingua d'origine ai bambini delle seconde generazioni", NULL },
  [DSC_AREA_LEGAL_AID] = {
    "offre uno sportello su permessi di soggiorno, ricongiungimenti e cittadinanza",
    "orienta nelle pratiche con la Questura e la Prefettura", NULL },
  [DSC_AREA_MEDIATION] = {
    "offre mediazione linguistico-culturale nelle scuole e negli ospedali",
    "mette a disposizione mediatori per i colloqui con i servizi sociali", NULL },
  [DSC_AREA_OTHER] = {
    "raccoglie fondi per progetti di sviluppo nei villaggi d'origine",
    "sostiene progetti di cooperazione {with}", NULL },
};

static const char * const mobile_prefixes[] = {
  "320", "327", "328", "329", "331", "333", "334", "338", "339", "340", "345", "347",
  "348", "349", "351", "366", "380", "388", "392", "393", NULL
};

static const char * const mail_providers[] = {
  "gmail.com", "gmail.com", "gmail.com", "gmail.com", "yahoo.it", "hotmail.it", "libero.it",
  "outlook.it", "alice.it", "icloud.com", NULL
};

static const char * const consent_scopes[] = {
  "Contatti per il progetto DISCORSI",
  "Contatti per il progetto DISCORSI",
  "Contatti per il progetto DISCORSI e inviti agli incontri con i servizi",
  "Comunicazioni sul percorso di formazione",
  "Contatti per il percorso di formazione e invio dei materiali",
  NULL
};

static const char * const person_notes[] = {
  "Preferisce un messaggio su WhatsApp a una telefonata.",
  "Disponibile soprattutto la sera e il sabato.",
  "Fa da interprete per gli altri soci.",
  "Ha seguito il corso sulla progettazione dell'anno scorso.",
  "Risponde meglio alle e-mail che al telefono.",
  NULL
};

static const char * const association_notes[] = {
  "Incontro conoscitivo fatto; interessati al percorso sulla progettazione.",
  "Meglio contattarli su WhatsApp.",
  "Sede condivisa con altre associazioni: telefonare prima di passare.",
  "Statuto da aggiornare al Codice del Terzo Settore.",
  "Hanno chiesto aiuto per la rendicontazione di un bando.",
  "Interessati a partecipare al tavolo con i servizi sociali.",
  "Disponibili a ospitare incontri nella loro sede.",
  "Assemblea dei soci di solito a marzo.",
  NULL
};

static const char * const dormant_notes[] = {
  "Attività ferme da qualche mese: il direttivo cerca nuovi volontari.",
  "Senza sede dopo la chiusura del locale; le riunioni sono sospese.",
  "Direttivo da rinnovare dopo il rientro di alcuni soci nel paese d'origine.",
  NULL
};

static const char * const closed_notes[] = {
  "Sciolta dall'assemblea dei soci; i dati restano per lo storico.",
  "Confluita in un'associazione più grande della stessa comunità.",
  NULL
};

/* Drawing ----------------------------------------------------------------- */

static int
between (GRand *rand,
         int    low,
         int    high)
{
  return g_rand_int_range (rand, low, high + 1);
}

static gboolean
chance (GRand *rand,
        int    percent)
{
  return g_rand_int_range (rand, 0, 100) < percent;
}

static guint
list_length (const char * const *list)
{
  guint n = 0;

  while (list[n] != NULL)
    n++;
  return n;
}

static const char *
pick (GRand              *rand,
      const char * const *list)
{
  return list[g_rand_int_range (rand, 0, (gint32) list_length (list))];
}

static guint
pick_weighted (GRand     *rand,
               const int *weights,
               guint      n)
{
  int total = 0;
  int r;

  for (guint i = 0; i < n; i++)
    total += weights[i];

  r = g_rand_int_range (rand, 0, total);
  for (guint i = 0; i < n; i++)
    {
      if (r < weights[i])
        return i;
      r -= weights[i];
    }

  g_assert_not_reached ();
}

/* A moment between earliest and latest, to the millisecond, in office hours
 * when the span allows it (Italy is one or two hours ahead of UTC). */
static GDateTime *
draw_moment (GRand     *rand,
             GDateTime *earliest,
             GDateTime *latest)
{
  int days = (int) (g_date_time_difference (latest, earliest) / G_TIME_SPAN_DAY);
  g_autoptr(GDateTime) day = g_date_time_add_days (latest, -between (rand, 0, days));
  int minute = between (rand, 7 * 60, 18 * 60 + 59);
  g_autoptr(GDateTime) whole = g_date_time_new_utc (g_date_time_get_year (day),
                                                    g_date_time_get_month (day),
                                                    g_date_time_get_day_of_month (day),
                                                    minute / 60, minute % 60,
                                                    between (rand, 0, 59));
  GDateTime *moment = g_date_time_add (whole, between (rand, 0, 999) * G_TIME_SPAN_MILLISECOND);

  /* On the span's first or last day the hour may fall outside it: move a day in. */
  if (g_date_time_compare (moment, latest) > 0 || g_date_time_compare (moment, earliest) < 0)
    {
      int step = g_date_time_compare (moment, latest) > 0 ? -1 : 1;
      GDateTime *moved = g_date_time_add_days (moment, step);

      g_date_time_unref (moment);
      moment = moved;
    }
  if (g_date_time_compare (moment, latest) > 0 || g_date_time_compare (moment, earliest) < 0)
    {
      GDateTime *bound = g_date_time_compare (moment, latest) > 0 ? latest : earliest;

      g_date_time_unref (moment);
      moment = g_date_time_ref (bound);
    }

  return moment;
}

static char *
seeded_uuid (GRand *rand)
{
  guint8 bytes[16];

  for (guint i = 0; i < sizeof bytes; i++)
    bytes[i] = (guint8) g_rand_int_range (rand, 0, 256);

  bytes[6] = (bytes[6] & 0x0f) | 0x40;  /* version 4 */
  bytes[8] = (bytes[8] & 0x3f) | 0x80;  /* RFC 4122 variant */

  return g_strdup_printf ("%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-"
                          "%02x%02x%02x%02x%02x%02x",
                          bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5],
                          bytes[6], bytes[7], bytes[8], bytes[9], bytes[10], bytes[11],
                          bytes[12], bytes[13], bytes[14], bytes[15]);
}

/* Text helpers ------------------------------------------------------------ */

/* Lowercase ASCII letters and digits only: for e-mail addresses and web sites. */
static char *
ascii_slug (const char *text)
{
  g_autofree char *folded = dsc_fold_for_sort (text);
  GString *slug = g_string_sized_new (strlen (folded));

  for (const char *p = folded; *p != '\0'; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (slug, g_ascii_tolower (*p));

  return g_string_free (slug, FALSE);
}

static void
append_capitalized (GString    *out,
                    const char *word)
{
  g_string_append_c (out, g_ascii_toupper (word[0]));
  g_string_append (out, word + 1);
}

static gboolean
starts_with_vowel (const char *word)
{
  return strchr ("aeiouAEIOU", word[0]) != NULL;
}

/* "a Torino", but "ad Asti". */
static void
append_in_town (GString    *out,
                const char *town)
{
  g_string_append (out, town[0] == 'A' ? "ad " : "a ");
  g_string_append (out, town);
}

/* "Senegal, Mali e Costa d'Avorio" from any list of words. */
static void
append_series (GString     *out,
               const char **items,
               guint        n)
{
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (out, i + 1 == n ? " e " : ", ");
      g_string_append (out, items[i]);
    }
}

/* Building an association ------------------------------------------------- */

typedef struct
{
  GDateTime       *now;
  GHashTable      *names;       /* names already given */
  GHashTable      *name_counts; /* name -> how many "Name N" were made from it */
  GHashTable      *slugs;       /* web and mail names already given */
} Demo;

typedef struct
{
  const Province  *province;
  const Town      *town;
  const Community *community;       /* NULL for an intercultural association */
  const Community *members[4];      /* the communities it gathers */
  guint            n_members;
  const char      *word;
  const Locale    *locale;
  gboolean         women;
} Draft;

static const Locale *
locale_for (const char *language)
{
  for (guint i = 0; i < G_N_ELEMENTS (locales); i++)
    if (strncmp (locales[i].language, language, 2) == 0)
      return &locales[i];

  return &locales[0];
}

static const char *
place_name (const Draft *draft)
{
  if (g_str_equal (draft->town->name, "Torino"))
    return draft->locale->turin;
  return draft->town->name;
}

/* The adjectives of the association's communities: "senegalese, maliana e ivoriana". */
static void
append_origins (GString     *out,
                const Draft *draft)
{
  const char *adjectives[G_N_ELEMENTS (draft->members)];

  for (guint i = 0; i < draft->n_members; i++)
    adjectives[i] = draft->members[i]->adjectives[1];
  append_series (out, adjectives, draft->n_members);
}

/*
 * Fills a template's placeholders:
 *   {place} the town, as the template's language writes it; {de_place} with
 *   the French "de" or "d'"; {region} Piemonte (Italy for outside);
 *   {in_region} "del Piemonte" in the template's language;
 *   {Adj} {AdjM} {Plm} {Plf} the community's adjective, capitalised (fem.
 *   sing., masc. sing., plurals), and {adj} {plm} {plf} as they are;
 *   {dei} "dei" or "degli" before {Plm}; {gli} "i" or "gli" before {plm};
 *   {of} "del Senegal"; {with} "con il paese d'origine"; {country}; {word};
 *   {town} the Italian name; {a_town} "a Torino"; {area} "della provincia di
 *   Cuneo"; {origins} the adjectives of all its communities.
 */
static char *
expand (const char  *template,
        const Draft *draft)
{
  const Community *community = draft->community;
  const gboolean outside = draft->province->province == DSC_PROVINCE_OUTSIDE;
  GString *out = g_string_new (NULL);

  for (const char *p = template; *p != '\0'; p++)
    {
      const char *end;
      g_autofree char *key = NULL;

      if (*p != '{' || (end = strchr (p, '}')) == NULL)
        {
          g_string_append_c (out, *p);
          continue;
        }

      key = g_strndup (p + 1, end - p - 1);
      p = end;

      if (g_str_equal (key, "place"))
        g_string_append (out, place_name (draft));
      else if (g_str_equal (key, "de_place"))
        {
          const char *place = place_name (draft);

          g_string_append (out, starts_with_vowel (place) ? "d'" : "de ");
          g_string_append (out, place);
        }
      else if (g_str_equal (key, "region"))
        g_string_append (out, outside ? draft->locale->italy : draft->locale->region);
      else if (g_str_equal (key, "in_region"))
        g_string_append (out, outside ? draft->locale->of_italy : draft->locale->of_region);
      else if (g_str_equal (key, "town"))
        g_string_append (out, draft->town->name);
      else if (g_str_equal (key, "a_town"))
        append_in_town (out, draft->town->name);
      else if (g_str_equal (key, "area"))
        g_string_append (out, outside ? "della zona" : draft->province->area);
      else if (g_str_equal (key, "word"))
        g_string_append (out, draft->word);
      else if (g_str_equal (key, "origins"))
        append_origins (out, draft);
      else if (g_str_equal (key, "of"))
        g_string_append (out, community != NULL ? community->of_country : "dei paesi d'origine");
      else if (g_str_equal (key, "with"))
        g_string_append (out, community != NULL
                              ? "con il paese d'origine" : "con i paesi d'origine");
      else if (community == NULL)
        g_assert_not_reached ();
      else if (g_str_equal (key, "country"))
        g_string_append (out, community->country);
      else if (g_str_equal (key, "Adj"))
        append_capitalized (out, community->adjectives[1]);
      else if (g_str_equal (key, "AdjM"))
        append_capitalized (out, community->adjectives[0]);
      else if (g_str_equal (key, "Plm"))
        append_capitalized (out, community->adjectives[2]);
      else if (g_str_equal (key, "Plf"))
        append_capitalized (out, community->adjectives[3]);
      else if (g_str_equal (key, "adj"))
        g_string_append (out, community->adjectives[1]);
      else if (g_str_equal (key, "plm"))
        g_string_append (out, community->adjectives[2]);
      else if (g_str_equal (key, "plf"))
        g_string_append (out, community->adjectives[3]);
      else if (g_str_equal (key, "dei"))
        g_string_append (out, starts_with_vowel (community->adjectives[2]) ? "degli" : "dei");
      else if (g_str_equal (key, "gli"))
        g_string_append (out, starts_with_vowel (community->adjectives[2]) ? "gli" : "i");
      else
        g_assert_not_reached ();
    }

  return g_string_free (out, FALSE);
}

/* A template is "it|...", or "it*|..." for a women's association. */
static char *
expand_name (const char *template,
             Draft      *draft)
{
  const char *body = strchr (template, '|');

  g_assert (body != NULL);
  draft->locale = locale_for (template);
  draft->women = template[2] == '*';
  return expand (body + 1, draft);
}

static const Community *
pick_community (GRand          *rand,
                const Province *province,
                Origin          origin)
{
  int weights[G_N_ELEMENTS (communities)];

  for (guint i = 0; i < G_N_ELEMENTS (communities); i++)
    {
      weights[i] = communities[i].weight;
      for (guint b = 0; b < G_N_ELEMENTS (community_boosts); b++)
        if (community_boosts[b].province == province->province
            && g_str_equal (community_boosts[b].country, communities[i].country))
          weights[i] += community_boosts[b].extra;
      if (origin != ORIGIN_ANY && communities[i].origin != origin)
        weights[i] = 0;
    }

  return &communities[pick_weighted (rand, weights, G_N_ELEMENTS (communities))];
}

/* An intercultural association gathers two to four communities. */
static void
pick_members (GRand  *rand,
              Draft  *draft,
              Origin  origin)
{
  guint wanted = (guint) between (rand, 2, 4);

  draft->n_members = 0;
  for (guint attempt = 0; attempt < 12 && draft->n_members < wanted; attempt++)
    {
      const Community *community = pick_community (rand, draft->province, origin);
      gboolean known = FALSE;

      for (guint i = 0; i < draft->n_members; i++)
        known |= draft->members[i] == community;
      if (!known)
        draft->members[draft->n_members++] = community;
    }
}

/* Names for the whole region ("del Piemonte") belong to associations in a
 * chief town. */
static gboolean
fits_town (const char  *template,
           const Draft *draft)
{
  return strstr (template, "region}") == NULL || draft->town == &draft->province->towns[0];
}

static const char *
pick_template (GRand              *rand,
               const char * const *templates,
               const Draft        *draft)
{
  int weights[16];
  guint n = list_length (templates);

  g_assert (n <= G_N_ELEMENTS (weights));
  for (guint i = 0; i < n; i++)
    weights[i] = fits_town (templates[i], draft) ? 1 : 0;

  return templates[pick_weighted (rand, weights, n)];
}

static char *
draw_name (GRand  *rand,
           Draft  *draft,
           int     legal_form,
           Origin  theme,
           guint   theme_template)
{
  const Community *community = draft->community;
  const char * const *words = community != NULL && community->words != NULL
                              ? community->words : shared_words;

  draft->word = pick (rand, words);

  if (legal_form == DSC_LEGAL_FORM_COOPERATIVE)
    {
      draft->word = chance (rand, 50) ? draft->word : pick (rand, shared_words);
      return expand_name (pick_template (rand, cooperative_templates, draft), draft);
    }

  if (community == NULL)
    {
      /* Keep the theme chosen with the members; redraw only among its names. */
      if (theme_template == G_MAXUINT
          || !fits_town (intercultural_templates[theme_template].template, draft))
        {
          guint n = G_N_ELEMENTS (intercultural_templates);
          int weights[G_N_ELEMENTS (intercultural_templates)];

          for (guint i = 0; i < n; i++)
            weights[i] = intercultural_templates[i].origin == theme
                         && fits_town (intercultural_templates[i].template, draft);
          theme_template = pick_weighted (rand, weights, n);
        }
      return expand_name (intercultural_templates[theme_template].template, draft);
    }

  if (community->templates != NULL && chance (rand, community->native_percent))
    return expand_name (pick_template (rand, community->templates, draft), draft);
  if (community->words != NULL && chance (rand, 20))
    return expand_name (pick_template (rand, word_templates, draft), draft);
  return expand_name (pick_template (rand, italian_templates, draft), draft);
}

/* The capitals of a name's words: "Associazione Culturale Senegalese di
 * Torino" gives "ACST". */
static char *
make_acronym (const char *name)
{
  g_auto(GStrv) words = g_strsplit (name, " ", -1);
  GString *acronym = g_string_new (NULL);
  guint letters = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *word = words[i];
      gunichar first;

      while (*word == '"')
        word++;
      first = g_utf8_get_char (word);
      if (*word != '\0' && g_unichar_isupper (first))
        {
          g_string_append_unichar (acronym, first);
          letters++;
        }
    }

  if (letters < 3 || letters > 6)
    {
      g_string_free (acronym, TRUE);
      return NULL;
    }

  return g_string_free (acronym, FALSE);
}

/* Whether word stands whole in text: "Bra" is not in "Brasiliana". */
static gboolean
contains_word (const char *text,
               const char *word)
{
  gsize length = strlen (word);

  for (const char *p = strstr (text, word); p != NULL; p = strstr (p + 1, word))
    if ((p == text || p[-1] == ' ' || p[-1] == '\'') && (p[length] == '\0' || p[length] == ' '))
      return TRUE;

  return FALSE;
}

/* Takes "name - suffix" when that is free. */
static gboolean
take_suffix (Demo        *demo,
             char       **name,
             const char  *suffix)
{
  char *candidate = g_strdup_printf ("%s - %s", *name, suffix);

  if (g_hash_table_contains (demo->names, candidate))
    {
      g_free (candidate);
      return FALSE;
    }

  g_free (*name);
  *name = candidate;
  return TRUE;
}

/* A taken name gets, in Torino, a neighbourhood ("Africa Unita - San
 * Salvario"), elsewhere the town ("Africa Unita - Alba"), and only then a
 * number ("Africa Unita - Alba 2"). */
static char *
claim_name (Demo       *demo,
            char       *name,
            const char *town)
{
  char *unique = name;

  if (g_hash_table_contains (demo->names, unique) && g_str_equal (town, "Torino"))
    for (guint i = 0; districts_torino[i] != NULL; i++)
      if (take_suffix (demo, &unique, districts_torino[i]))
        break;

  if (g_hash_table_contains (demo->names, unique) && !contains_word (unique, town))
    {
      char *with_town = g_strdup_printf ("%s - %s", unique, town);

      g_free (unique);
      unique = with_town;
    }

  if (g_hash_table_contains (demo->names, unique))
    {
      char *base = unique;
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (demo->name_counts, base));

      do
        {
          if (unique != base)
            g_free (unique);
          unique = g_strdup_printf ("%s %u", base, ++count + 1);
        }
      while (g_hash_table_contains (demo->names, unique));

      /* The table takes base, freeing it if it already had that key. */
      g_hash_table_insert (demo->name_counts, base, GUINT_TO_POINTER (count));
    }

  g_hash_table_add (demo->names, g_strdup (unique));
  return unique;
}

/* A web and mail name from the acronym or the name's distinctive words. */
static char *
claim_slug (Demo           *demo,
            const char     *name,
            const char     *acronym,
            const Town     *town)
{
  g_autofree char *town_slug = ascii_slug (town->name);
  GString *slug = g_string_new (NULL);
  g_autofree char *base = NULL;
  char *unique;

  if (acronym != NULL)
    {
      g_autofree char *letters = ascii_slug (acronym);

      g_string_append (slug, letters);
      if (slug->len < 4)
        g_string_append (slug, town_slug);
    }
  else
    {
      g_autofree char *folded = dsc_fold_for_sort (name);
      g_auto(GStrv) words = NULL;

      /* Anything but a letter or digit separates words. */
      for (char *p = folded; *p != '\0'; p++)
        if (!g_ascii_isalnum (*p))
          *p = ' ';
      words = g_strsplit (folded, " ", -1);

      for (guint i = 0; words[i] != NULL && slug->len < 18; i++)
        if (*words[i] != '\0' && !g_strv_contains (slug_skip, words[i]))
          g_string_append (slug, words[i]);
      if (slug->len == 0)
        g_string_append (slug, "associazione");
    }

  base = g_string_free (slug, FALSE);
  unique = g_strdup (base);

  if (g_hash_table_contains (demo->slugs, unique) && strstr (base, town_slug) == NULL)
    {
      g_free (unique);
      unique = g_strconcat (base, town_slug, NULL);
    }

  for (guint n = 2; g_hash_table_contains (demo->slugs, unique); n++)
    {
      g_free (unique);
      unique = g_strdup_printf ("%s%u", base, n);
    }

  g_hash_table_add (demo->slugs, g_strdup (unique));
  return unique;
}

/* The check digit of an 11-digit organisation code, as dsc-validate.c checks it. */
static char *
organisation_code (GRand      *rand,
                   const char *first_digits,
                   const char *office)
{
  char code[12];
  int length;

  length = g_snprintf (code, sizeof code, "%s", first_digits);
  while (length < 7)
    code[length++] = (char) ('0' + between (rand, 0, 9));
  memcpy (code + 7, office, 3);
  code[10] = '\0';
  code[10] = dsc_fiscal_code_check_character (code);
  code[11] = '\0';

  return g_strdup (code);
}

static char *
landline (GRand      *rand,
          const char *area_code)
{
  GString *number = g_string_new (area_code);
  int digits = 10 - (int) strlen (area_code);

  g_string_append_c (number, ' ');
  g_string_append_c (number, (char) ('0' + between (rand, 2, 9)));
  for (int i = 1; i < digits; i++)
    g_string_append_c (number, (char) ('0' + between (rand, 0, 9)));

  return g_string_free (number, FALSE);
}

static char *
mobile (GRand *rand)
{
  const char *prefix = pick (rand, mobile_prefixes);
  int rest = between (rand, 0, 9999999);

  switch (between (rand, 0, 2))
    {
    case 0:
      return g_strdup_printf ("+39 %s %07d", prefix, rest);
    case 1:
      return g_strdup_printf ("%s %03d %04d", prefix, rest / 10000, rest % 10000);
    default:
      return g_strdup_printf ("%s%07d", prefix, rest);
    }
}

/* Most have 10 to 100 members, a few more, a few fewer. */
static int
draw_members (GRand *rand)
{
  int band = between (rand, 0, 99);

  if (band < 6)
    return between (rand, 8, 12);
  if (band < 82)
    return 10 + MIN (between (rand, 0, 90), between (rand, 0, 90));
  if (band < 95)
    return between (rand, 101, 200);
  return between (rand, 201, 300);
}

/* Fewer volunteers than members; voluntary organisations rely on them most. */
static int
draw_volunteers (GRand *rand,
                 int    members,
                 int    legal_form)
{
  int share = legal_form == DSC_LEGAL_FORM_ODV ? 60 : 35;

  return MIN (between (rand, 1, MAX (1, members * share / 100)), members - 1);
}

static int
draw_runts_section (GRand *rand,
                    int    legal_form)
{
  switch (legal_form)
    {
    case DSC_LEGAL_FORM_APS:
      return chance (rand, 85) ? DSC_RUNTS_APS : DSC_RUNTS_NOT_REGISTERED;
    case DSC_LEGAL_FORM_ODV:
      return chance (rand, 85) ? DSC_RUNTS_ODV : DSC_RUNTS_NOT_REGISTERED;
    case DSC_LEGAL_FORM_ETS:
      {
        static const int weights[] = {
          [DSC_RUNTS_NOT_REGISTERED] = 10, [DSC_RUNTS_NETWORK] = 10,
          [DSC_RUNTS_MUTUAL_AID] = 10, [DSC_RUNTS_OTHER] = 70,
        };
        return (int) pick_weighted (rand, weights, G_N_ELEMENTS (weights));
      }
    case DSC_LEGAL_FORM_COOPERATIVE:
      /* Social cooperatives are social enterprises by law. */
      return chance (rand, 75) ? DSC_RUNTS_SOCIAL_ENTERPRISE : DSC_RUNTS_NOT_REGISTERED;
    case DSC_LEGAL_FORM_OTHER:
      return chance (rand, 20) ? DSC_RUNTS_OTHER : DSC_RUNTS_NOT_REGISTERED;
    default:
      return DSC_RUNTS_NOT_REGISTERED;
    }
}

/* "wolof, francese, italiano": the community's languages as a volunteer lists them. */
static char *
draw_languages (GRand       *rand,
                const Draft *draft)
{
  const char *chosen[16];
  guint n = 0;
  GString *out = g_string_new (NULL);

  for (guint m = 0; m < draft->n_members; m++)
    {
      const Community *community = draft->members[m];

      for (guint i = 0; i < G_N_ELEMENTS (community->languages); i++)
        {
          const char *language = community->languages[i];
          gboolean known = FALSE;

          if (language == NULL)
            break;
          /* The first language always; the others when the community uses them. */
          if (i > 0 && (draft->community == NULL || !chance (rand, 60)))
            continue;
          for (guint k = 0; k < n; k++)
            known |= g_str_equal (chosen[k], language);
          if (!known && n < G_N_ELEMENTS (chosen) - 1)
            chosen[n++] = language;
        }
    }
  chosen[n++] = "italiano";

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      g_string_append (out, chosen[i]);
    }

  return g_string_free (out, FALSE);
}

static char *
draw_communities (GRand       *rand,
                  const Draft *draft)
{
  const char *countries[G_N_ELEMENTS (draft->members) + 1];
  guint n = 0;
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < draft->n_members; i++)
    countries[n++] = draft->members[i]->country;
  if (draft->community != NULL && draft->community->neighbour != NULL && chance (rand, 25))
    countries[n++] = draft->community->neighbour;

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      g_string_append (out, countries[i]);
    }

  return g_string_free (out, FALSE);
}

static gboolean
same_verb (const char *clause,
           const char *other)
{
  gsize length = strcspn (clause, " ");

  return strncmp (clause, other, length) == 0 && other[length] == ' ';
}

/* One or two sentences in Italian: who they are, and what they do. */
static char *
draw_description (GRand       *rand,
                  const Draft *draft,
                  int          founded_year,
                  const int   *areas,
                  guint        n_areas)
{
  GString *out = g_string_new (NULL);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  if (draft->community == NULL)
    {
      g_autofree char *intro =
        expand (chance (rand, 50)
                ? "Associazione interculturale: persone di origine {origins} "
                  "insieme a volontari italiani. "
                : "Riunisce famiglie di origine {origins} {area}. ", draft);
      g_string_append (out, intro);
    }
  else
    {
      static const char * const intros[] = {
        "Riunisce la comunità {adj} di {town} e dintorni. ",
        "Associazione di volontari {plm} e italiani attiva {a_town}. ",
        "Punto di riferimento per le famiglie {plf} {area}. ",
        NULL
      };
      g_autofree char *intro = NULL;

      if (draft->women)
        intro = expand ("Associazione di donne {plf} attiva {a_town}. ", draft);
      else if (founded_year > 0 && chance (rand, 35))
        {
          g_autofree char *pattern =
            g_strdup_printf ("Nata nel %d per sostenere {gli} {plm} che vivono {a_town} "
                             "e in provincia. ", founded_year);
          intro = expand (pattern, draft);
        }
      else
        intro = expand (pick (rand, intros), draft);
      g_string_append (out, intro);
    }

  first = expand (area_clauses[areas[0]][between (rand, 0, 1)], draft);
  append_capitalized (out, first);
  if (n_areas > 1)
    {
      const char * const *clauses = area_clauses[areas[1]];
      int pick_second = between (rand, 0, 1);

      /* Not "offre ... e offre ...". */
      if (same_verb (clauses[pick_second], first))
        pick_second = 1 - pick_second;
      second = expand (clauses[pick_second], draft);
      g_string_append (out, " e ");
      g_string_append (out, second);
    }
  g_string_append_c (out, '.');

  return g_string_free (out, FALSE);
}

/* People ------------------------------------------------------------------ */

typedef struct
{
  const Community *community;
  char            *given;
  char            *family;
  gboolean         woman;
} Name;

static void
draw_person_name (GRand           *rand,
                  const Community *community,
                  gboolean         woman,
                  Name            *name)
{
  name->community = community;
  name->woman = woman;
  name->given = g_strdup (pick (rand, woman ? community->women : community->men));

  if (community->order == TWO_SURNAMES && chance (rand, 40))
    name->family = g_strdup_printf ("%s %s", pick (rand, community->surnames),
                                    pick (rand, community->surnames));
  else
    name->family = g_strdup (pick (rand, community->surnames));

  /* Macedonian surnames take the feminine: Stojanovski, Stojanovska. */
  if (woman && g_str_has_suffix (name->family, "ski"))
    name->family[strlen (name->family) - 1] = 'a';
}

static char *
full_name (const Name *name)
{
  if (name->community->order == FAMILY_FIRST)
    return g_strdup_printf ("%s %s", name->family, name->given);
  return g_strdup_printf ("%s %s", name->given, name->family);
}

/* The three letters a personal fiscal code takes from a name. */
static void
code_letters (const char *text,
              gboolean    given,
              char       *out)
{
  g_autofree char *letters = ascii_slug (text);
  char consonants[64];
  char vowels[64];
  guint n_consonants = 0;
  guint n_vowels = 0;
  guint n = 0;

  for (const char *p = letters; *p != '\0'; p++)
    {
      char c = g_ascii_toupper (*p);

      if (!g_ascii_isalpha (c))
        continue;
      if (strchr ("AEIOU", c) != NULL)
        {
          if (n_vowels < sizeof vowels)
            vowels[n_vowels++] = c;
        }
      else if (n_consonants < sizeof consonants)
        consonants[n_consonants++] = c;
    }

  if (given && n_consonants >= 4)
    {
      out[0] = consonants[0];
      out[1] = consonants[2];
      out[2] = consonants[3];
      return;
    }

  for (guint i = 0; i < n_consonants && n < 3; i++)
    out[n++] = consonants[i];
  for (guint i = 0; i < n_vowels && n < 3; i++)
    out[n++] = vowels[i];
  while (n < 3)
    out[n++] = 'X';
}

/* A person's 16-character fiscal code, with its check letter as dsc-validate.c
 * checks it; people born abroad have the country's code for a birthplace. */
static char *
personal_code (GRand      *rand,
               const Name *name,
               int         this_year)
{
  static const char months[] = "ABCDEHLMPRST";
  char code[17];
  int year = this_year - between (rand, 25, 65);
  int month = between (rand, 1, 12);
  int day = between (rand, 1, 28) + (name->woman ? 40 : 0);

  code_letters (name->family, FALSE, code);
  code_letters (name->given, TRUE, code + 3);
  g_snprintf (code + 6, sizeof code - 6, "%02d%c%02d%s",
              year % 100, months[month - 1], day, name->community->birthplace);

  code[15] = '\0';
  code[15] = dsc_fiscal_code_check_character (code);
  code[16] = '\0';

  return g_strdup (code);
}

static char *
personal_email (GRand      *rand,
                const Name *name)
{
  g_autofree char *given = ascii_slug (name->given);
  g_autofree char *family = ascii_slug (name->family);
  const char *provider = pick (rand, mail_providers);

  switch (between (rand, 0, 3))
    {
    case 0:
      return g_strdup_printf ("%s.%s@%s", given, family, provider);
    case 1:
      return g_strdup_printf ("%s%s@%s", given, family, provider);
    case 2:
      return g_strdup_printf ("%s.%s%02d@%s", given, family, between (rand, 60, 99), provider);
    default:
      return g_strdup_printf ("%c.%s@%s", given[0], family, provider);
    }
}

static void
name_clear (Name *name)
{
  g_clear_pointer (&name->given, g_free);
  g_clear_pointer (&name->family, g_free);
}

static gboolean
has_person_named (GPtrArray  *people,
                  const char *full_name)
{
  for (guint i = 0; i < people->len; i++)
    if (g_str_equal (((DscPerson *) g_ptr_array_index (people, i))->full_name, full_name))
      return TRUE;

  return FALSE;
}

/* One contact person, recorded with the association or in its first month. */
static DscPerson *
generate_person (Demo        *demo,
                 GRand       *rand,
                 const Draft *draft,
                 int          role,
                 GDateTime   *association_created,
                 GPtrArray   *colleagues,
                 Name        *name)
{
  DscPerson *person = dsc_person_new ();
  const Community *community = draft->community;
  g_autoptr(GDateTime) month_later = g_date_time_add_days (association_created, 30);
  g_autoptr(GDateTime) created = NULL;
  gboolean woman;

  person->base.uuid = seeded_uuid (rand);
  created = draw_moment (rand, association_created,
                         g_date_time_compare (month_later, demo->now) < 0
                         ? month_later : demo->now);
  person->base.created_at = dsc_clock_format_timestamp (created);
  if (chance (rand, 20))
    {
      g_autoptr(GDateTime) updated = draw_moment (rand, created, demo->now);

      person->base.updated_at = dsc_clock_format_timestamp (updated);
    }
  else
    person->base.updated_at = g_strdup (person->base.created_at);
  person->role = role;

  if (community == NULL)
    community = draft->members[between (rand, 0, (int) draft->n_members - 1)];
  if (role != DSC_ROLE_PRESIDENT && chance (rand, draft->community == NULL ? 20 : 10))
    community = &italians;
  woman = draft->women || chance (rand, community->women_percent);
  draw_person_name (rand, community, woman, name);
  person->full_name = full_name (name);

  /* Two people of one association rarely share a name. */
  for (guint i = 0; i < 3 && has_person_named (colleagues, person->full_name); i++)
    {
      name_clear (name);
      g_free (person->full_name);
      draw_person_name (rand, community, woman, name);
      person->full_name = full_name (name);
    }

  if (chance (rand, 70))
    person->email = personal_email (rand, name);
  if (chance (rand, 80))
    person->phone = mobile (rand);

  if (chance (rand, 80))
    {
      g_autoptr(GDateTime) consent = g_date_time_add_days (created, -between (rand, 1, 21));

      person->consent_date = g_date_time_format (consent, "%Y-%m-%d");
      person->consent_scope = g_strdup (pick (rand, consent_scopes));
    }

  if (chance (rand, 12))
    person->notes = g_strdup (pick (rand, person_notes));

  return person;
}

/* One to four people: the president first, then at most one secretary and one
 * treasurer, and any number of volunteers, members and others. */
static void
generate_people (Demo        *demo,
                 GRand       *rand,
                 const Draft *draft,
                 GDateTime   *association_created,
                 GPtrArray   *people,
                 Name        *president)
{
  static const int count_weights[] = { 0, 20, 35, 30, 15 };
  static const int role_weights[] = {
    [DSC_ROLE_PRESIDENT] = 0, [DSC_ROLE_SECRETARY] = 30, [DSC_ROLE_TREASURER] = 25,
    [DSC_ROLE_VOLUNTEER] = 20, [DSC_ROLE_MEMBER] = 15, [DSC_ROLE_OTHER] = 10,
  };
  int weights[G_N_ELEMENTS (role_weights)];
  guint n_people = pick_weighted (rand, count_weights, G_N_ELEMENTS (count_weights));

  memcpy (weights, role_weights, sizeof weights);
  for (guint i = 0; i < n_people; i++)
    {
      int role = DSC_ROLE_PRESIDENT;
      Name name = { 0 };

      if (i > 0)
        {
          role = (int) pick_weighted (rand, weights, G_N_ELEMENTS (weights));
          if (role == DSC_ROLE_SECRETARY || role == DSC_ROLE_TREASURER)
            weights[role] = 0;
        }

      /* Evaluated before the add: the new person is compared with the others only. */
      g_ptr_array_add (people, generate_person (demo, rand, draft, role, association_created,
                                                people, &name));
      if (i == 0)
        *president = name;
      else
        name_clear (&name);
    }
}

static const Town *
pick_town (GRand          *rand,
           const Province *province)
{
  int weights[32];

  g_assert (province->n_towns <= G_N_ELEMENTS (weights));
  for (guint i = 0; i < province->n_towns; i++)
    weights[i] = province->towns[i].weight;

  return &province->towns[pick_weighted (rand, weights, province->n_towns)];
}

static const Province *
pick_province (GRand *rand)
{
  int weights[G_N_ELEMENTS (provinces)];

  for (guint i = 0; i < G_N_ELEMENTS (provinces); i++)
    weights[i] = provinces[i].weight;

  return &provinces[pick_weighted (rand, weights, G_N_ELEMENTS (provinces))];
}

/* Up to four areas, the common ones more often, in the order drawn. */
static guint
draw_areas (GRand *rand,
            int   *chosen)
{
  static const int counts[] = { 0, 25, 35, 28, 12 };
  int weights[G_N_ELEMENTS (area_weights)];
  guint n = pick_weighted (rand, counts, G_N_ELEMENTS (counts));

  memcpy (weights, area_weights, sizeof weights);
  for (guint i = 0; i < n; i++)
    {
      chosen[i] = (int) pick_weighted (rand, weights, G_N_ELEMENTS (weights));
      weights[chosen[i]] = 0;
    }

  return n;
}

static void
generate_address (GRand          *rand,
                  DscAssociation *association,
                  const Town     *town)
{
  const gboolean torino = g_str_equal (town->name, "Torino");
  const Street *in_torino =
    torino ? &streets_torino[g_rand_int_range (rand, 0, G_N_ELEMENTS (streets_torino))] : NULL;
  const char *street = torino ? in_torino->name : pick (rand, streets);
  int number = chance (rand, 70) ? between (rand, 1, 60) : between (rand, 61, 220);
  g_autofree char *house = chance (rand, 8)
                           ? g_strdup_printf ("%d/%c", number, "ABC"[between (rand, 0, 2)])
                           : g_strdup_printf ("%d", number);

  if (chance (rand, 10))
    association->address = g_strdup_printf ("%s, %s %s", pick (rand, hosts), street, house);
  else
    association->address = g_strdup_printf ("%s %s", street, house);

  if (torino)
    association->postcode = g_strdup_printf ("%05d", in_torino->postcode);
  else
    association->postcode = g_strdup_printf ("%05d", town->postcode
                                                     + between (rand, 0, town->postcodes - 1));
}

static void
generate_contacts (Demo           *demo,
                   GRand          *rand,
                   DscAssociation *association,
                   const Town     *town,
                   gboolean        registered)
{
  g_autofree char *slug = claim_slug (demo, association->name, association->acronym, town);
  gboolean own_domain = FALSE;

  if (chance (rand, registered ? 40 : 8))
    {
      if (chance (rand, 25))
        association->website = g_strdup_printf ("www.facebook.com/%s", slug);
      else
        {
          association->website = g_strdup_printf ("www.%s.%s", slug,
                                                  chance (rand, 60) ? "org" : "it");
          own_domain = TRUE;
        }
    }

  if (own_domain && chance (rand, 85))
    association->email = g_strdup_printf ("%s@%s", chance (rand, 70) ? "info" : "segreteria",
                                          association->website + strlen ("www."));
  else if (chance (rand, 88))
    association->email = g_strdup_printf ("%s@%s", slug,
                                          chance (rand, 75) ? "gmail.com" : "libero.it");

  /* Registering in the RUNTS needs a PEC. */
  if (registered && chance (rand, 50))
    association->pec = g_strdup_printf ("%s@%s", slug,
                                        chance (rand, 70) ? "pec.it" : "legalmail.it");

  switch (between (rand, 0, 19))
    {
    case 0: case 1: case 2: case 3: case 4: case 5: case 6: case 7:
      association->phone = landline (rand, town->area_code);
      break;
    case 8: case 9: case 10: case 11: case 12: case 13: case 14: case 15: case 16:
      association->phone = mobile (rand);
      break;
    default:
      break;
    }
}

/* Makes one association and its people (not stored yet), in the documented order. */
static DscAssociation *
generate_association (Demo       *demo,
                      GRand      *rand,
                      GPtrArray  *people)
{
  DscAssociation *association = dsc_association_new ();
  Draft draft = { 0 };
  Origin theme = ORIGIN_ANY;
  guint theme_template = G_MAXUINT;
  g_autoptr(GDateTime) two_years_ago = g_date_time_add_days (demo->now, -700);
  int legal_form;
  gboolean registered;
  int areas[4];
  guint n_areas;
  g_autoptr(GDateTime) created = NULL;
  const char *suffix = NULL;
  char *name = NULL;
  Name president = { 0 };

  /* 1. Identity, place, community, legal form. */
  association->base.uuid = seeded_uuid (rand);
  created = draw_moment (rand, two_years_ago, demo->now);
  association->base.created_at = dsc_clock_format_timestamp (created);
  if (chance (rand, 45))
    {
      g_autoptr(GDateTime) updated = draw_moment (rand, created, demo->now);

      association->base.updated_at = dsc_clock_format_timestamp (updated);
    }
  else
    association->base.updated_at = g_strdup (association->base.created_at);

  draft.province = pick_province (rand);
  draft.town = pick_town (rand, draft.province);
  association->province = draft.province->province;
  association->municipality = g_strdup (draft.town->name);

  if (chance (rand, 8))
    {
      int weights[G_N_ELEMENTS (intercultural_templates)];

      for (guint i = 0; i < G_N_ELEMENTS (intercultural_templates); i++)
        weights[i] = 1;
      theme_template = pick_weighted (rand, weights, G_N_ELEMENTS (intercultural_templates));
      theme = intercultural_templates[theme_template].origin;
      pick_members (rand, &draft, theme);
    }
  else
    {
      draft.community = pick_community (rand, draft.province, ORIGIN_ANY);
      draft.members[0] = draft.community;
      draft.n_members = 1;
    }

  legal_form = (int) pick_weighted (rand, legal_form_weights, G_N_ELEMENTS (legal_form_weights));
  association->legal_form = legal_form;
  association->runts_section = draw_runts_section (rand, legal_form);
  registered = association->runts_section != DSC_RUNTS_NOT_REGISTERED;

  /* 2. Name: another draw while taken, then the town or a number. */
  for (guint attempt = 0; attempt < 6; attempt++)
    {
      g_free (name);
      name = draw_name (rand, &draft, legal_form, theme,
                        attempt == 0 ? theme_template : G_MAXUINT);
      if (!g_hash_table_contains (demo->names, name))
        break;
    }
  if (chance (rand, 55))
    association->acronym = make_acronym (name);

  /* Some carry their legal form in the name; "Onlus" outlived its abolition. */
  if (legal_form == DSC_LEGAL_FORM_APS && registered && chance (rand, 15))
    suffix = " APS";
  else if (legal_form == DSC_LEGAL_FORM_ODV && registered && chance (rand, 15))
    suffix = " ODV";
  else if (legal_form != DSC_LEGAL_FORM_INFORMAL && legal_form != DSC_LEGAL_FORM_COOPERATIVE
           && chance (rand, 6))
    suffix = " Onlus";
  if (suffix != NULL)
    {
      char *with_suffix = g_strconcat (name, suffix, NULL);

      g_free (name);
      name = with_suffix;
    }
  association->name = claim_name (demo, name, draft.town->name);

  /* The rest of the profile. */
  if (registered)
    association->runts_number = g_strdup_printf ("%d", between (rand, 10000, 99999));

  if (legal_form == DSC_LEGAL_FORM_COOPERATIVE)
    association->fiscal_code = organisation_code (rand, "0", draft.town->office);
  else if (legal_form != DSC_LEGAL_FORM_INFORMAL && (registered || chance (rand, 85)))
    {
      char first[3] = { '9', (char) ('4' + between (rand, 0, 3)), '\0' };

      association->fiscal_code = organisation_code (rand, first, draft.town->office);
    }

  if ((legal_form != DSC_LEGAL_FORM_INFORMAL || chance (rand, 80))
      && g_date_time_get_year (created) >= 1985)
    {
      int span = g_date_time_get_year (created) - 1985;
      int draws = legal_form == DSC_LEGAL_FORM_INFORMAL ? 3 : 2;
      int year = 0;

      /* The later of several draws: most were founded in the last twenty years. */
      for (int i = 0; i < draws; i++)
        year = MAX (year, between (rand, 0, span));
      association->founded_year = 1985 + year;
    }

  generate_address (rand, association, draft.town);
  generate_contacts (demo, rand, association, draft.town, registered);

  association->communities = draw_communities (rand, &draft);
  association->languages = draw_languages (rand, &draft);

  if (legal_form != DSC_LEGAL_FORM_INFORMAL || chance (rand, 80))
    {
      association->members = draw_members (rand);
      if (chance (rand, 85))
        association->volunteers = draw_volunteers (rand, association->members, legal_form);
    }

  n_areas = draw_areas (rand, areas);
  for (guint i = 0; i < n_areas; i++)
    association->areas |= DSC_AREA_FLAG (areas[i]);

  if (draft.province->centre != NULL && chance (rand, 80))
    association->volunteer_centre = g_strdup (draft.province->centre);

  association->status = (int) pick_weighted (rand, status_weights, G_N_ELEMENTS (status_weights));

  association->description = draw_description (rand, &draft, association->founded_year,
                                               areas, n_areas);

  if (association->status == DSC_STATUS_DORMANT)
    association->notes = g_strdup (pick (rand, dormant_notes));
  else if (association->status == DSC_STATUS_CLOSED)
    association->notes = g_strdup (pick (rand, closed_notes));
  else if (!registered && (legal_form == DSC_LEGAL_FORM_APS || legal_form == DSC_LEGAL_FORM_ODV)
           && chance (rand, 50))
    association->notes = g_strdup ("Iscrizione al RUNTS in corso.");
  else if (legal_form == DSC_LEGAL_FORM_INFORMAL && chance (rand, 30))
    association->notes = g_strdup ("Vorrebbero costituirsi in associazione: servono statuto "
                                   "e atto costitutivo.");
  else if (chance (rand, 40))
    association->notes = g_strdup (pick (rand, association_notes));

  /* 3. People. */
  generate_people (demo, rand, &draft, created, people, &president);

  /* 4. An informal group may use its president's fiscal code. */
  if (legal_form == DSC_LEGAL_FORM_INFORMAL && chance (rand, 35))
    association->fiscal_code = personal_code (rand, &president, g_date_time_get_year (created));

  name_clear (&president);
  return association;
}

/* Capacity building ---------------------------------------------------------- */

/* Positions of the built-in framework's domains. */
enum
{
  DOMAIN_IDENTITY,
  DOMAIN_GOVERNANCE,
  DOMAIN_ADMINISTRATION,
  DOMAIN_PROJECTS,
  DOMAIN_PEOPLE,
  DOMAIN_COMMUNICATION,
  DOMAIN_NETWORKING,
  DOMAIN_MONITORING,
  N_DOMAINS
};

/* Their codes, the same in every installation. */
static const char * const domain_codes[N_DOMAINS] = {
  "identity", "governance", "administration", "projects", "people", "communication",
  "networking", "learning",
};

#define DAY_MS G_GINT64_CONSTANT (86400000)
#define MAX_SESSIONS 6
#define MAX_COHORT 15
#define MAX_MODULES 720

/* A module of the catalogue: sessions take the first topics in turn, and the
 * last session the last topic. */
typedef struct
{
  const char *title;
  const char *description;
  int         domains[2];       /* positions; -1 for none */
  int         min_hours;
  int         max_hours;
  const char *topics[MAX_SESSIONS];
} Course;

/* The paths of DOMAIN.md §4 (A.MI.CO., the Emilia-Romagna diaspora course,
 * IMPACT), as a programme in Piemonte would offer them. */
static const Course courses[] = {
  { "Statuto, assemblee e iscrizione al RUNTS",
    "Come scrivere o aggiornare lo statuto secondo il Codice del Terzo Settore, tenere i libri "
    "sociali, convocare e verbalizzare le assemblee e preparare la domanda di iscrizione al RUNTS "
    "(SPID, PEC, firma digitale).",
    { DOMAIN_GOVERNANCE, -1 }, 8, 12,
    { "Che cos'è un ente del Terzo Settore", "Lo statuto: che cosa deve contenere",
      "Assemblee, direttivo e libri sociali", "Convocazioni e verbali: esercitazione",
      "La domanda di iscrizione al RUNTS", "Casi delle associazioni e consegna degli attestati" } },
  { "Contabilità e rendicontazione per piccole associazioni",
    "Prima nota, conto corrente intestato all'associazione, rendiconto per cassa, bilancio da "
    "approvare in assemblea e rendicontazione di un contributo pubblico, con esercitazioni sui "
    "documenti portati dalle associazioni.",
    { DOMAIN_ADMINISTRATION, -1 }, 8, 12,
    { "Entrate e uscite: la prima nota", "Conto corrente, ricevute e pagamenti tracciabili",
      "Il rendiconto per cassa", "Bilancio preventivo e approvazione in assemblea",
      "Rendicontare un contributo pubblico", "Esercitazione sui documenti delle associazioni" } },
  { "Leggere un bando e scrivere un progetto",
    "Dove si trovano i bandi (fondazioni, Regione, Comuni, 8x1000), come se ne leggono i "
    "requisiti, dal problema agli obiettivi, attività, budget e cronoprogramma. Si lavora su un "
    "bando vero; l'attestato richiede il 75% delle ore.",
    { DOMAIN_PROJECTS, -1 }, 12, 16,
    { "Dove si trovano i bandi e come si leggono", "Dal problema agli obiettivi",
      "Attività, risultati e cronoprogramma", "Il budget del progetto",
      "Partner e lettere di adesione", "Simulazione su un bando vero" } },
  { "Comunicare in più lingue",
    "Pagina Facebook, gruppi WhatsApp, volantini in italiano e nelle lingue delle comunità: come "
    "raccontare le attività ai soci, ai servizi e alla stampa locale.",
    { DOMAIN_COMMUNICATION, -1 }, 6, 10,
    { "Chi vogliamo raggiungere e con quali canali",
      "Facebook, Instagram e WhatsApp per l'associazione",
      "Scrivere un volantino chiaro", "Tradurre e adattare i messaggi",
      "Parlare con la stampa locale", "Il piano di comunicazione: lavori di gruppo" } },
  { "Lavorare in rete con i servizi del territorio",
    "Chi fa che cosa tra servizi sociali, ASL, Centri per l'impiego, Prefettura, Questura e CPIA; "
    "come chiedere un incontro, partecipare ai tavoli e firmare un protocollo d'intesa.",
    { DOMAIN_NETWORKING, -1 }, 6, 10,
    { "La mappa dei servizi: chi fa che cosa", "Servizi sociali, ASL e consultori",
      "Centri per l'impiego e CPIA",
      "Prefettura, Questura e Consiglio territoriale per l'immigrazione",
      "Tavoli, protocolli d'intesa e segnalazioni", "Incontro con gli operatori dei servizi" } },
  { "Volontari e ricambio nel direttivo",
    "Accogliere e assicurare i volontari, dividere i compiti, preparare nuovi responsabili e dare "
    "più spazio a donne e giovani nel direttivo.",
    { DOMAIN_PEOPLE, DOMAIN_GOVERNANCE }, 6, 8,
    { "Chi fa che cosa nell'associazione", "Accogliere e assicurare i volontari",
      "Donne e giovani nel direttivo", "Preparare il passaggio delle cariche",
      "Riconoscere il lavoro volontario", "Il piano dei volontari di ogni associazione" } },
  { "Monitorare e valutare le attività",
    "Registri delle presenze, indicatori semplici, questionari ai partecipanti e una relazione "
    "annuale che serva all'associazione e ai finanziatori.",
    { DOMAIN_MONITORING, -1 }, 6, 10,
    { "Perché raccogliere dati sulle attività", "Registri delle presenze e schede semplici",
      "Indicatori: contare quello che conta", "Questionari e interviste ai partecipanti",
      "La relazione annuale", "Lettura dei dati raccolti dalle associazioni" } },
  { "Raccolta fondi, 5x1000 e donazioni",
    "Iscrizione al 5x1000, campagne di raccolta fondi, feste e cene solidali nel rispetto delle "
    "regole fiscali, rapporto con i donatori.",
    { DOMAIN_PROJECTS, DOMAIN_ADMINISTRATION }, 6, 8,
    { "Da dove vengono i soldi dell'associazione", "Il 5x1000: iscrizione e promozione",
      "Feste e cene solidali nel rispetto delle regole", "Donatori e campagne online",
      "Ringraziare e rendicontare ai donatori", "Il piano di raccolta fondi" } },
  { "Missione, piano annuale e priorità",
    "Dalla storia dell'associazione a una missione condivisa: chi serviamo, che cosa vogliamo "
    "cambiare, un piano delle attività per l'anno e come verificarlo.",
    { DOMAIN_IDENTITY, DOMAIN_MONITORING }, 6, 8,
    { "La storia dell'associazione", "Chi serviamo e che cosa vogliamo cambiare",
      "Scrivere la missione", "Priorità e piano delle attività",
      "Condividere il piano con i soci", "Presentazione dei piani delle associazioni" } },
  { "Partenariati e progetti di cosviluppo",
    "Costruire partenariati con enti locali, ONG e associazioni del paese d'origine: ruoli, "
    "lettere di adesione, accordi e progetti di cosviluppo.",
    { DOMAIN_PROJECTS, DOMAIN_NETWORKING }, 8, 12,
    { "Che cos'è un partenariato", "Enti locali, ONG e associazioni del paese d'origine",
      "Ruoli, accordi e lettere di partenariato", "Progetti di cosviluppo: esperienze in Piemonte",
      "Gestire un partenariato nel tempo", "Idee di progetto delle associazioni" } },
  { "Privacy e dati dei soci",
    "Il GDPR per le piccole associazioni: informativa, consenso, libro dei soci, conservazione dei "
    "dati, foto e social network.",
    { DOMAIN_GOVERNANCE, DOMAIN_ADMINISTRATION }, 6, 6,
    { "Il GDPR spiegato alle associazioni", "Informativa e consenso",
      "Il libro dei soci e la conservazione dei dati", "Foto, video e social network",
      "Casi pratici", "Domande e verifica finale" } },
  { "Accompagnare ai servizi: casa, salute e lavoro",
    "Orientare i connazionali verso gli sportelli casa, l'iscrizione al Servizio sanitario "
    "nazionale e i Centri per l'impiego: fare da ponte senza sostituirsi ai servizi.",
    { DOMAIN_NETWORKING, DOMAIN_PEOPLE }, 8, 10,
    { "L'associazione come ponte verso i servizi", "Casa: sportelli, bandi e contratti",
      "Salute: l'iscrizione al Servizio sanitario nazionale",
      "Lavoro: Centri per l'impiego e riconoscimento dei titoli",
      "Limiti e confini del volontariato", "Casi portati dalle associazioni" } },
};

typedef struct
{
  int         province;
  const char *place;
  const char *town;
  int         weight;
} Venue;

/* Where the programme meets: the volunteer centres and community houses of the
 * chief towns. */
static const Venue venues[] = {
  { DSC_PROVINCE_TO, "Sala riunioni CSV Vol.To, via Giolitti 21, Torino", "Torino", 5 },
  { DSC_PROVINCE_TO, "Casa del Quartiere di San Salvario, via Morgari 14, Torino", "Torino", 3 },
  { DSC_PROVINCE_TO, "Centro Interculturale della Città di Torino, corso Taranto 160, Torino",
    "Torino", 3 },
  { DSC_PROVINCE_TO, "Cascina Roccafranca, via Rubino 45, Torino", "Torino", 2 },
  { DSC_PROVINCE_CN, "Casa delle Associazioni, Cuneo", "Cuneo", 3 },
  { DSC_PROVINCE_CN, "Sede di Società Solidale, Cuneo", "Cuneo", 2 },
  { DSC_PROVINCE_CN, "Sala incontri della Biblioteca civica, Alba", "Alba", 1 },
  { DSC_PROVINCE_CN, "Sala polivalente del Comune, Saluzzo", "Saluzzo", 1 },
  { DSC_PROVINCE_AL, "Sede del CSVAA, Alessandria", "Alessandria", 3 },
  { DSC_PROVINCE_AL, "Casa di Quartiere, Alessandria", "Alessandria", 2 },
  { DSC_PROVINCE_AL, "Sala riunioni del Comune, Casale Monferrato", "Casale Monferrato", 1 },
  { DSC_PROVINCE_AT, "Sede del CSVAA, Asti", "Asti", 3 },
  { DSC_PROVINCE_AT, "Sala conferenze della Biblioteca Astense, Asti", "Asti", 1 },
  { DSC_PROVINCE_NO, "Sede del CST, Novara", "Novara", 3 },
  { DSC_PROVINCE_NO, "Sala riunioni del Comune, Borgomanero", "Borgomanero", 1 },
  { DSC_PROVINCE_BI, "Sede del CTV, Biella", "Biella", 3 },
  { DSC_PROVINCE_VC, "Sala riunioni del CTV, Vercelli", "Vercelli", 3 },
  { DSC_PROVINCE_VB, "Sede del CST, Verbania", "Verbania", 2 },
  { DSC_PROVINCE_VB, "Sala polivalente del Comune, Domodossola", "Domodossola", 1 },
};

static const char * const session_notes[] = {
  "Materiali inviati via e-mail ai partecipanti.",
  "Presente una mediatrice per la traduzione in arabo.",
  "Sala piena: alla prossima servono più sedie.",
  "Due associazioni collegate da remoto.",
  "Esercitazione a gruppi sui documenti portati dalle associazioni.",
  "Iniziato con mezz'ora di ritardo per il traffico.",
  NULL
};

static const char * const baseline_notes[] = {
  "Primo incontro nella sede dell'associazione, con il presidente e il tesoriere.",
  "Valutazione fatta durante il primo incontro del percorso.",
  "Il direttivo è nuovo: molti documenti sono ancora da ritrovare.",
  "Colloquio in italiano, con l'aiuto di un socio per la traduzione.",
  NULL
};

static const char * const self_notes[] = {
  "Compilata dal direttivo durante una riunione.",
  "Scheda compilata dal presidente e riletta con la segretaria.",
  NULL
};

static const char * const follow_up_notes[] = {
  "Passi avanti dopo il modulo frequentato; resta da sistemare la contabilità.",
  "Rivista insieme al direttivo la lista degli obiettivi.",
  "Il presidente era all'estero: presenti il segretario e due volontari.",
  "Incontro nella sede dell'associazione; documenti visti sul posto.",
  NULL
};

static const char * const final_notes[] = {
  "Chiusura del percorso: l'associazione chiede di continuare con il tutoraggio.",
  "Valutazione finale insieme al direttivo, con i documenti dell'anno.",
  NULL
};

/* What shows a level, by domain: for levels 1-2, then for 3-4. {anno} is the
 * year of the reading, {anno_prima} the one before. */
static const char * const evidence[N_DOMAINS][2][4] = {
  [DOMAIN_IDENTITY] = {
    { "Lo scopo è chiaro solo ai fondatori", "Nessun piano delle attività scritto", NULL },
    { "Piano delle attività {anno} approvato in assemblea",
      "Missione scritta nello statuto e sul sito",
      NULL } },
  [DOMAIN_GOVERNANCE] = {
    { "Verbali delle assemblee incompleti",
      "Statuto non ancora adeguato al Codice del Terzo Settore",
      "Direttivo scaduto da due anni", NULL },
    { "Verbale dell'assemblea {anno} approvato e firmato", "Iscrizione al RUNTS completata",
      "Direttivo rinnovato nei tempi previsti dallo statuto", NULL } },
  [DOMAIN_ADMINISTRATION] = {
    { "Cassa tenuta in contanti, senza prima nota",
      "Nessun conto corrente intestato all'associazione",
      "Ricevute conservate solo in parte", NULL },
    { "Bilancio {anno_prima} presentato al CSV", "Prima nota aggiornata ogni mese",
      "Rendiconto del contributo comunale consegnato in tempo", NULL } },
  [DOMAIN_PROJECTS] = {
    { "Nessuna domanda di contributo negli ultimi due anni",
      "Un bando tentato con l'aiuto di un'altra associazione", NULL },
    { "Progetto finanziato dal bando comunale {anno_prima}", "Iscritta al 5x1000 dal {anno_prima}",
      "Partner di un progetto finanziato da una fondazione", NULL } },
  [DOMAIN_PEOPLE] = {
    { "Tutto il lavoro sulle spalle del presidente", "Volontari non assicurati", NULL },
    { "Tre nuovi volontari attivi da quest'anno", "Volontari assicurati e con compiti definiti",
      "Una giovane della seconda generazione eletta nel direttivo", NULL } },
  [DOMAIN_COMMUNICATION] = {
    { "Solo passaparola e un gruppo WhatsApp", "Volantini solo in italiano", NULL },
    { "Pagina Facebook aggiornata ogni settimana", "Volantino bilingue distribuito alla festa",
      "Newsletter mensile ai soci", NULL } },
  [DOMAIN_NETWORKING] = {
    { "Nessun contatto diretto con i servizi sociali",
      "Rapporti con i servizi solo tramite conoscenze personali", NULL },
    { "Partecipa al tavolo immigrazione del Comune", "Protocollo d'intesa firmato con il CPIA",
      "Incontri regolari con l'assistente sociale del quartiere", NULL } },
  [DOMAIN_MONITORING] = {
    { "Nessun registro delle presenze", "Numero di partecipanti stimato a memoria", NULL },
    { "Registro delle presenze tenuto a ogni attività",
      "Relazione annuale {anno_prima} con i numeri delle attività",
      "Questionario di gradimento dopo i corsi", NULL } },
};

/* Goals for a weak domain; {mese} is the month they are due. */
static const char * const goal_titles[N_DOMAINS][6] = {
  [DOMAIN_IDENTITY] = { "Scrivere la missione dell'associazione in una pagina",
                        "Approvare in assemblea il piano delle attività",
                        "Preparare una scheda di presentazione per i nuovi soci", NULL },
  [DOMAIN_GOVERNANCE] = { "Iscriversi al RUNTS entro {mese}",
                          "Aggiornare lo statuto al Codice del Terzo Settore",
                          "Tenere il libro dei verbali delle assemblee",
                          "Rinnovare il direttivo alla scadenza del mandato",
                          "Attivare la PEC e la firma digitale del presidente", NULL },
  [DOMAIN_ADMINISTRATION] = { "Aprire un conto corrente intestato all'associazione",
                              "Tenere la prima nota di cassa ogni mese",
                              "Approvare il rendiconto in assemblea entro {mese}",
                              "Conservare in ordine ricevute e fatture", NULL },
  [DOMAIN_PROJECTS] = { "Presentare un progetto a un bando del Comune entro {mese}",
                        "Iscriversi al 5x1000",
                        "Trovare un partner per un progetto di cosviluppo",
                        "Partecipare a un bando di una fondazione come partner", NULL },
  [DOMAIN_PEOPLE] = { "Coinvolgere due giovani nel direttivo",
                      "Assicurare i volontari",
                      "Preparare un nuovo tesoriere",
                      "Organizzare un incontro di benvenuto per i nuovi soci", NULL },
  [DOMAIN_COMMUNICATION] = { "Aprire una pagina Facebook e aggiornarla ogni settimana",
                             "Preparare un volantino in italiano e nella lingua della comunità",
                             "Creare una lista WhatsApp per gli avvisi ai soci",
                             "Far conoscere la festa annuale sul giornale del quartiere", NULL },
  [DOMAIN_NETWORKING] = { "Partecipare al tavolo immigrazione del Comune",
                          "Incontrare l'assistente sociale di riferimento del quartiere",
                          "Firmare un protocollo d'intesa con il CPIA entro {mese}",
                          "Presentare l'associazione al Centro per l'impiego", NULL },
  [DOMAIN_MONITORING] = { "Tenere un registro delle presenze alle attività",
                          "Scrivere la relazione annuale delle attività entro {mese}",
                          "Preparare un questionario di gradimento per i corsi", NULL },
};

static const char * const goal_notes[] = {
  "Serve l'aiuto del CSV per la PEC.",
  "Rinviato: il presidente è all'estero per qualche mese.",
  "Ne parlano all'assemblea di primavera.",
  "Il tesoriere ha già raccolto i documenti.",
  "Chiedere un appuntamento allo sportello del Comune.",
  NULL
};

static const char * const months[] = {
  "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
  "settembre", "ottobre", "novembre", "dicembre"
};

/* What the programme knows of an association it works with. */
typedef struct
{
  gint64      id;
  gint64      created_ms;
  int         status;
  int         province;         /* where the programme finds it: outside Piemonte is Torino */
  gboolean    registered;
  gboolean    informal;
  gboolean    website;
  char       *president;
  int         engagement;       /* how readily it comes, 0-100 */
  const char *tutor;            /* (nullable) the trainer who follows it */
  guint32     trained[N_DOMAINS]; /* the day it finished a module in the domain, or 0 */

  /* For its meetings with the services. */
  char            *name;
  const char      *town;        /* outside Piemonte: Torino, where it meets */
  gboolean         outside;
  int              circoscrizione; /* in Torino, 0 elsewhere */
  char            *address;
  guint            areas;
  int              members;     /* -1: not known */
  guint            territory;   /* index in territories */
  const Community *community;   /* (nullable) the first it lists */
  char             language;    /* of its own minutes: 'i', or 'f', 's' when it speaks them */
  char            *people[4];   /* the president first */
  guint            n_people;
  guint16          reach[12];   /* the services it can turn to (indices of desks) */
  guint            n_reach;
} Member;

typedef struct
{
  DscStore   *store;
  GRand      *rand;
  gint64      now_ms;
  guint32     today;            /* the clock's civil date (UTC), as a julian day */
  guint32     epoch;            /* 1970-01-01, as a julian day */
  gint64      version_id;
  gint64      domains[N_DOMAINS];
  GPtrArray  *trainers;         /* char * */
  GArray     *members;          /* Member */
  GArray     *pools[DSC_PROVINCE_OUTSIDE + 1]; /* indices of members that can be invited */
  guint       n_invitable;
  GHashTable *editions;         /* "title – town" -> how many */
} Programme;

static void
member_clear (gpointer data)
{
  Member *member = data;

  g_free (member->president);
  g_free (member->name);
  g_free (member->address);
  for (guint i = 0; i < member->n_people; i++)
    g_free (member->people[i]);
}

/* Days -------------------------------------------------------------------- */

static guint32
julian_of (int        year,
           GDateMonth month,
           int        day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) day, month, (GDateYear) year);
  return g_date_get_julian (&date);
}

static void
date_of (guint32  julian,
         GDate   *date)
{
  g_date_clear (date, 1);
  g_date_set_julian (date, julian);
}

static char *
format_day (guint32 julian)
{
  GDate date;

  date_of (julian, &date);
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date));
}

static guint32
last_sunday (int        year,
             GDateMonth month)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 31, month, (GDateYear) year);
  return g_date_get_julian (&date) - g_date_get_weekday (&date) % 7;
}

/* Italy's offset from UTC in minutes, worked out here rather than read from
 * the system's time zone data, so that every computer makes the same data. */
static int
rome_offset (guint32 julian)
{
  GDate date;
  int year;

  date_of (julian, &date);
  year = g_date_get_year (&date);
  return julian >= last_sunday (year, G_DATE_MARCH) && julian < last_sunday (year, G_DATE_OCTOBER)
         ? 120 : 60;
}

/* A time of day in Italy as milliseconds since 1970, UTC. */
static gint64
local_ms (const Programme *programme,
          guint32          julian,
          int              minute)
{
  return ((gint64) (julian - programme->epoch) * 1440 + minute - rome_offset (julian)) * 60000;
}

/* A moment between two times of day in Italy, never after the clock. */
static gint64
moment_on (Programme *programme,
           guint32    julian,
           int        from_minute,
           int        to_minute)
{
  GRand *rand = programme->rand;
  gint64 ms = local_ms (programme, julian, between (rand, from_minute, to_minute));

  ms += between (rand, 0, 59) * 1000 + between (rand, 0, 999);
  return MIN (ms, programme->now_ms);
}

/* A moment from earliest to latest, to the millisecond. */
static gint64
moment_between (GRand  *rand,
                gint64  earliest,
                gint64  latest)
{
  int days = (int) ((latest - earliest) / DAY_MS);
  gint64 ms = earliest + between (rand, 0, days) * DAY_MS + between (rand, 0, (int) DAY_MS - 1);

  return MIN (ms, latest);
}

static char *
format_ms (gint64 ms)
{
  g_autoptr(GDateTime) seconds = g_date_time_new_from_unix_utc (ms / 1000);
  g_autoptr(GDateTime) moment = g_date_time_add (seconds, (ms % 1000) * G_TIME_SPAN_MILLISECOND);

  return dsc_clock_format_timestamp (moment);
}

/* A record of the programme cannot be entered before its association. */
static gint64
after_association (const Programme *programme,
                   const Member    *member,
                   gint64           ms)
{
  return MIN (MAX (ms, member->created_ms + 60 * 1000), programme->now_ms);
}

static void
stamp (DscRecord *base,
       gint64     created_ms,
       gint64     updated_ms)
{
  base->created_at = format_ms (created_ms);
  base->updated_at = format_ms (MAX (created_ms, updated_ms));
}

static gboolean
is_christmas (guint32 julian)
{
  GDate date;

  date_of (julian, &date);
  return (g_date_get_month (&date) == G_DATE_DECEMBER && g_date_get_day (&date) >= 22)
         || (g_date_get_month (&date) == G_DATE_JANUARY && g_date_get_day (&date) <= 6);
}

/* No course meets in August or over Christmas. */
static gboolean
is_holiday (guint32 julian)
{
  GDate date;

  date_of (julian, &date);
  return g_date_get_month (&date) == G_DATE_AUGUST || is_christmas (julian);
}

/* Sundays and public holidays. */
static gboolean
is_day_off (guint32 julian)
{
  static const int holidays[][2] = {
    { 1, 1 }, { 1, 6 }, { 4, 25 }, { 5, 1 }, { 6, 2 }, { 8, 15 }, { 11, 1 }, { 12, 8 },
    { 12, 24 }, { 12, 25 }, { 12, 26 }, { 12, 31 },
  };
  GDate date;

  date_of (julian, &date);
  if (g_date_get_weekday (&date) == G_DATE_SUNDAY)
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (holidays); i++)
    if (g_date_get_month (&date) == holidays[i][0] && g_date_get_day (&date) == holidays[i][1])
      return TRUE;

  return FALSE;
}

/* Associations are visited on working days, not over Christmas. */
static guint32
working_day_before (guint32 julian)
{
  while (is_day_off (julian) || is_christmas (julian))
    julian--;
  return julian;
}

static guint32
working_day_after (guint32 julian)
{
  while (is_day_off (julian) || is_christmas (julian))
    julian++;
  return julian;
}

/* Replaces {anno} and {anno_prima} with the year of a day and the one before. */
static char *
fill_years (const char *template,
            guint32     julian)
{
  GString *out = g_string_new (template);
  g_autofree char *year = NULL;
  g_autofree char *year_before = NULL;
  GDate date;

  date_of (julian, &date);
  year = g_strdup_printf ("%d", g_date_get_year (&date));
  year_before = g_strdup_printf ("%d", g_date_get_year (&date) - 1);
  g_string_replace (out, "{anno_prima}", year_before, 0);
  g_string_replace (out, "{anno}", year, 0);
  return g_string_free (out, FALSE);
}

/* Trainers and cohorts ------------------------------------------------------ */

static void
draw_trainers (Programme *programme,
               guint      n)
{
  GRand *rand = programme->rand;

  for (guint i = 0; i < n; i++)
    {
      /* Most trainers are Italian; some are mediators from the communities. */
      const Community *community = chance (rand, 80) ? &italians
                                   : pick_community (rand, &provinces[0], ORIGIN_ANY);
      gboolean woman = chance (rand, 65);
      char *trainer = NULL;

      /* Two trainers of one programme rarely share a surname. */
      for (guint attempt = 0; attempt < 8; attempt++)
        {
          Name name = { 0 };
          gboolean taken = FALSE;

          g_free (trainer);
          draw_person_name (rand, community, woman, &name);
          trainer = full_name (&name);
          for (guint t = 0; t < programme->trainers->len; t++)
            taken |= strstr (g_ptr_array_index (programme->trainers, t), name.family) != NULL;
          name_clear (&name);
          if (!taken)
            break;
        }
      g_ptr_array_add (programme->trainers, trainer);
    }
}

static const char *
pick_trainer (Programme  *programme,
              const char *other_than)
{
  GPtrArray *trainers = programme->trainers;
  guint i = (guint) g_rand_int_range (programme->rand, 0, (gint32) trainers->len);

  if (other_than != NULL && g_str_equal (g_ptr_array_index (trainers, i), other_than))
    i = (i + 1) % trainers->len;
  return g_ptr_array_index (trainers, i);
}

/* Where the next module meets: where the associations are. */
static int
pick_module_province (Programme *programme)
{
  int weights[DSC_PROVINCE_OUTSIDE + 1] = { 0 };

  for (guint p = 0; p < DSC_PROVINCE_OUTSIDE; p++)
    weights[p] = (int) programme->pools[p]->len;

  return (int) pick_weighted (programme->rand, weights, DSC_PROVINCE_OUTSIDE);
}

static const Venue *
pick_venue (GRand *rand,
            int    province)
{
  int weights[G_N_ELEMENTS (venues)];

  for (guint i = 0; i < G_N_ELEMENTS (venues); i++)
    weights[i] = venues[i].province == province ? venues[i].weight : 0;

  return &venues[pick_weighted (rand, weights, G_N_ELEMENTS (venues))];
}

/* Mostly associations of the module's province, the keenest more often, and
 * those already known to the programme when it was planned. */
static guint
draw_cohort (Programme *programme,
             int        province,
             gint64     planned_ms,
             guint      wanted,
             guint     *cohort)
{
  GRand *rand = programme->rand;
  GArray *local = programme->pools[province];
  guint n = 0;

  wanted = MIN (wanted, programme->n_invitable);
  for (guint attempt = 0; n < wanted && attempt < 60 * MAX_COHORT; attempt++)
    {
      GArray *pool = NULL;
      const Member *member;
      guint index;
      gboolean known = FALSE;
      int keenness;

      if (local->len > 0 && chance (rand, 75))
        pool = local;
      else
        {
          /* Anywhere in the region, every association alike. */
          guint at = (guint) g_rand_int_range (rand, 0, (gint32) programme->n_invitable);

          for (guint p = 0; p < DSC_PROVINCE_OUTSIDE; p++)
            {
              if (at < programme->pools[p]->len)
                {
                  pool = programme->pools[p];
                  break;
                }
              at -= programme->pools[p]->len;
            }
        }

      index = g_array_index (pool, guint, g_rand_int_range (rand, 0, (gint32) pool->len));
      for (guint i = 0; i < n; i++)
        known |= cohort[i] == index;
      if (known)
        continue;

      member = &g_array_index (programme->members, Member, index);
      keenness = member->created_ms <= planned_ms ? member->engagement : member->engagement / 3;
      if (chance (rand, MAX (keenness, 1)))
        cohort[n++] = index;
    }

  return n;
}

/* Modules, sessions, attendance, certificates ------------------------------------ */

typedef struct
{
  guint32     days[MAX_SESSIONS];
  int         minutes[MAX_SESSIONS];
  gint64      ids[MAX_SESSIONS];
  guint       n;
  int         start_minute;
  gboolean    saturday;
} Schedule;

/* Evenings on a fixed weekday or Saturday mornings, weekly or fortnightly,
 * clear of August and the Christmas holidays, all before the clock's day. */
static void
draw_schedule (Programme *programme,
               int        planned_minutes,
               Schedule  *schedule)
{
  GRand *rand = programme->rand;
  int weekday, gap, fewest, most, length, slack;
  guint32 day, last_allowed = programme->today - 1;
  GDate date;

  schedule->saturday = chance (rand, 30);
  if (schedule->saturday)
    {
      weekday = G_DATE_SATURDAY;
      schedule->start_minute = chance (rand, 50) ? 9 * 60 + 30 : 10 * 60;
    }
  else
    {
      weekday = chance (rand, 10) ? G_DATE_FRIDAY : between (rand, G_DATE_MONDAY, G_DATE_THURSDAY);
      schedule->start_minute = chance (rand, 55) ? 18 * 60 : 18 * 60 + 30;
    }
  gap = chance (rand, 70) ? 7 : 14;

  /* Sessions of two to three hours, as many as the planned hours need. */
  fewest = MAX (3, (planned_minutes + 179) / 180);
  most = MAX (fewest, MIN (MAX_SESSIONS, planned_minutes / 120));
  schedule->n = (guint) between (rand, fewest, most);
  length = CLAMP ((planned_minutes / (int) schedule->n + 15) / 30 * 30, 120, 180);
  for (guint i = 0; i < schedule->n; i++)
    {
      schedule->minutes[i] = length;
      /* Now and then a session runs shorter or longer. */
      if (chance (rand, 12))
        schedule->minutes[i] = length == 180 ? 150 : length + 30;
    }

  /* A week to reach the weekday and five to step over a holiday. */
  slack = (int) (schedule->n - 1) * gap + 6 + 35;
  day = programme->today - (guint32) between (rand, slack + 1, 350);
  date_of (day, &date);
  day += (guint32) ((weekday - (int) g_date_get_weekday (&date) + 7) % 7);

  for (guint i = 0; i < schedule->n; i++)
    {
      while (is_holiday (day) || is_day_off (day))
        day += 7;
      schedule->days[i] = day;
      day += (guint32) gap;
    }

  /* Should the holidays have pushed it past the clock, it ran earlier. */
  while (schedule->days[schedule->n - 1] > last_allowed)
    for (guint i = 0; i < schedule->n; i++)
      schedule->days[i] -= 7;
}

/* "Paola Bruno e Marco Gallo", but "Marco Gallo ed Elena Bosio". */
static char *
join_names (const char *first,
            const char *second)
{
  return g_strdup_printf ("%s %s %s", first, g_ascii_tolower (second[0]) == 'e' ? "ed" : "e",
                          second);
}

static char *
module_title (Programme    *programme,
              const Course *course,
              const Venue  *venue,
              gboolean      editions)
{
  g_autofree char *key = NULL;
  guint count;

  if (!editions)
    return g_strdup (course->title);

  /* A large programme gives each course in several towns, several times. */
  key = g_strdup_printf ("%s – %s", course->title, venue->town);
  count = GPOINTER_TO_UINT (g_hash_table_lookup (programme->editions, key)) + 1;
  g_hash_table_insert (programme->editions, g_strdup (key), GUINT_TO_POINTER (count));
  if (count == 1)
    return g_steal_pointer (&key);
  return g_strdup_printf ("%s, %uª edizione", key, count);
}

static void
mark_trained (Member       *member,
              const Course *course,
              guint32       last_day)
{
  for (guint i = 0; i < G_N_ELEMENTS (course->domains); i++)
    {
      int domain = course->domains[i];

      if (domain >= 0 && (member->trained[domain] == 0 || last_day < member->trained[domain]))
        member->trained[domain] = last_day;
    }
}

/* One module: its sessions, the cohort's attendance session by session, and
 * the certificates of those who reached the threshold. */
static gboolean
generate_module (Programme    *programme,
                 const Course *course,
                 gboolean      editions,
                 GError      **error)
{
  static const int participant_weights[] = { 0, 30, 35, 22, 10, 2, 1 };
  GRand *rand = programme->rand;
  g_autoptr(DscModule) module = dsc_record_new (&dsc_kind_module);
  Schedule schedule = { 0 };
  int province;
  const Venue *venue;
  const char *lead;
  gint64 domains[G_N_ELEMENTS (course->domains)];
  guint n_domains = 0;
  guint cohort[MAX_COHORT];
  int reliability[MAX_COHORT];
  guint leaves_after[MAX_COHORT];
  int participants[MAX_COHORT];
  gint64 invited[MAX_COHORT];
  int attended[MAX_COHORT] = { 0 };
  guint n_cohort;
  int total_minutes = 0;
  guint32 last_day, planning_day;
  gint64 planned;

  module->base.uuid = seeded_uuid (rand);
  province = pick_module_province (programme);
  venue = pick_venue (rand, province);
  lead = pick_trainer (programme, NULL);
  module->title = module_title (programme, course, venue, editions);
  module->description = g_strdup (course->description);
  module->planned_minutes = between (rand, course->min_hours, course->max_hours) * 60;
  module->threshold_percent = DSC_DEFAULT_THRESHOLD_PERCENT;
  draw_schedule (programme, module->planned_minutes, &schedule);
  last_day = schedule.days[schedule.n - 1];

  /* Planned a few weeks ahead. */
  planning_day = schedule.days[0] - (guint32) between (rand, 14, 45);
  planned = moment_on (programme, planning_day, 9 * 60, 18 * 60);
  stamp (&module->base, planned, planned);
  if (!dsc_store_insert (programme->store, module, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (course->domains); i++)
    if (course->domains[i] >= 0 && programme->domains[course->domains[i]] > 0)
      domains[n_domains++] = programme->domains[course->domains[i]];
  if (!dsc_store_set_module_domains (programme->store, module->base.id, domains, n_domains, error))
    return FALSE;

  for (guint i = 0; i < schedule.n; i++)
    {
      g_autoptr(DscSession) session = dsc_record_new (&dsc_kind_session);
      int start = schedule.start_minute;
      gint64 created, updated;

      session->base.uuid = seeded_uuid (rand);
      created = updated = planned + between (rand, 1, 900) * 1000;
      session->module_id = module->base.id;
      session->title = g_strdup (course->topics[i + 1 < schedule.n ? i : MAX_SESSIONS - 1]);
      session->date = format_day (schedule.days[i]);
      session->start_time = g_strdup_printf ("%02d:%02d", start / 60, start % 60);
      session->duration_minutes = schedule.minutes[i];
      session->location = g_strdup (!schedule.saturday && chance (rand, 8) ? "Online (Zoom)"
                                                                            : venue->place);
      switch (between (rand, 0, 19))
        {
        case 15: case 16: case 17:
          session->trainer = join_names (lead, pick_trainer (programme, lead));
          break;
        case 18: case 19:
          session->trainer = g_strdup (pick_trainer (programme, lead));
          break;
        default:
          session->trainer = g_strdup (lead);
          break;
        }
      /* Notes are written after the session. */
      if (chance (rand, 12))
        {
          session->notes = g_strdup (pick (rand, session_notes));
          updated = local_ms (programme, schedule.days[i], start + schedule.minutes[i])
                    + between (rand, 1, 48) * 3600 * 1000;
          updated = MIN (updated, programme->now_ms);
        }
      stamp (&session->base, created, updated);
      if (!dsc_store_insert (programme->store, session, error))
        return FALSE;

      schedule.ids[i] = session->base.id;
      total_minutes += schedule.minutes[i];
    }

  n_cohort = (guint) between (rand, 6, MAX_COHORT);
  n_cohort = draw_cohort (programme, province, planned, n_cohort, cohort);
  for (guint c = 0; c < n_cohort; c++)
    {
      const Member *member = &g_array_index (programme->members, Member, cohort[c]);

      reliability[c] = between (rand, 72, 96);
      /* Some stop coming after a session or two. */
      leaves_after[c] = schedule.n;
      if (chance (rand, 12))
        leaves_after[c] = (guint) between (rand, 1, (int) schedule.n - 1);
      participants[c] = (int) pick_weighted (rand, participant_weights,
                                             G_N_ELEMENTS (participant_weights));
      invited[c] = after_association (programme, member, planned + between (rand, 1, 10) * DAY_MS);
    }

  for (guint i = 0; i < schedule.n; i++)
    for (guint c = 0; c < n_cohort; c++)
      {
        const Member *member = &g_array_index (programme->members, Member, cohort[c]);
        g_autoptr(DscAttendance) attendance = dsc_record_new (&dsc_kind_attendance);
        gboolean present = i < leaves_after[c] && chance (rand, reliability[c]);
        gint64 marked;

        attendance->base.uuid = seeded_uuid (rand);
        attendance->session_id = schedule.ids[i];
        attendance->association_id = member->id;
        attendance->present = present;
        attendance->participants = 0;
        if (present)
          {
            int count = participants[c] + (chance (rand, 25) ? between (rand, -1, 1) : 0);

            attendance->participants = CLAMP (count, 1, 6);
            attended[c] += schedule.minutes[i];
          }
        /* Marked at the end of the session, or that evening. */
        marked = local_ms (programme, schedule.days[i], schedule.start_minute + schedule.minutes[i])
                 + between (rand, 0, 2 * 3600) * 1000;
        stamp (&attendance->base, invited[c], MIN (marked, programme->now_ms));
        if (!dsc_store_insert (programme->store, attendance, error))
          return FALSE;
      }

  for (guint c = 0; c < n_cohort; c++)
    {
      Member *member = &g_array_index (programme->members, Member, cohort[c]);
      g_autoptr(DscCertificate) certificate = NULL;
      guint32 issue_day;
      gint64 written;

      if (attended[c] > 0 && member->tutor == NULL)
        member->tutor = lead;
      if (attended[c] * 2 >= total_minutes)
        mark_trained (member, course, last_day);
      if (!dsc_training_qualifies (attended[c], total_minutes, module->threshold_percent))
        continue;

      /* Given out a few weeks after the last session; the latest ones are still due. */
      certificate = dsc_record_new (&dsc_kind_certificate);
      certificate->base.uuid = seeded_uuid (rand);
      certificate->association_id = member->id;
      certificate->module_id = module->base.id;
      issue_day = working_day_before (last_day + (guint32) between (rand, 14, 35));
      certificate->issued = issue_day < programme->today && chance (rand, 85);
      if (certificate->issued)
        {
          certificate->date = format_day (issue_day);
          written = moment_on (programme, issue_day, 9 * 60, 18 * 60);
        }
      else
        written = moment_on (programme, MIN (last_day + 1, programme->today), 9 * 60, 18 * 60);
      written = after_association (programme, member, written);
      stamp (&certificate->base, written, written);
      if (!dsc_store_insert (programme->store, certificate, error))
        return FALSE;
    }

  return TRUE;
}

/* Assessments and goals --------------------------------------------------------- */

static const int level_weights[] = { 0, 40, 42, 15, 3 };
/* Changes of -1, 0, +1 and +2 levels. */
static const int self_bias[] = { 10, 45, 35, 10 };
static const int change_trained[] = { 5, 27, 46, 22 };
static const int change_untrained[] = { 8, 56, 32, 4 };
static const int change_stuck[] = { 25, 65, 10, 0 };
static const int final_trained[] = { 5, 45, 40, 10 };
static const int final_untrained[] = { 8, 76, 16, 0 };

/* Registered associations keep their books better; a web site shows care for
 * communication. */
static int
draw_baseline_level (GRand        *rand,
                     const Member *member,
                     guint         domain)
{
  int level = (int) pick_weighted (rand, level_weights, G_N_ELEMENTS (level_weights));

  if (domain == DOMAIN_GOVERNANCE)
    level += member->registered ? 1 : member->informal ? -1 : 0;
  else if (domain == DOMAIN_ADMINISTRATION && member->informal)
    level--;
  else if (domain == DOMAIN_COMMUNICATION && member->website)
    level++;

  return CLAMP (level, 1, DSC_BUILTIN_LEVELS);
}

/* Levels move most in the domains of the modules attended by then. */
static void
move_levels (Programme    *programme,
             const Member *member,
             guint32       day,
             gboolean      stuck,
             gboolean      final,
             int          *levels)
{
  for (guint d = 0; d < N_DOMAINS; d++)
    {
      gboolean trained = member->trained[d] != 0 && member->trained[d] <= day;
      const int *weights = stuck ? change_stuck
                           : trained ? (final ? final_trained : change_trained)
                           : (final ? final_untrained : change_untrained);

      int level = levels[d] + (int) pick_weighted (programme->rand, weights, 4) - 1;

      levels[d] = CLAMP (level, 1, DSC_BUILTIN_LEVELS);
    }
}

/* One assessment and its scores: about one in ten domains not assessed, some
 * targets (the level + 1) and some evidence. */
static gboolean
add_assessment (Programme    *programme,
                const Member *member,
                guint32       day,
                int           kind,
                int           respondent,
                const char   *assessor,
                const int    *levels,
                int           target_percent,
                int           evidence_percent,
                GError      **error)
{
  GRand *rand = programme->rand;
  g_autoptr(DscAssessment) assessment = dsc_record_new (&dsc_kind_assessment);
  const char * const *notes = respondent == DSC_RESPONDENT_SELF ? self_notes
                              : kind == DSC_ASSESSMENT_BASELINE ? baseline_notes
                              : kind == DSC_ASSESSMENT_FOLLOW_UP ? follow_up_notes : final_notes;
  gint64 entered;

  assessment->base.uuid = seeded_uuid (rand);
  entered = day + (guint32) between (rand, 0, 3);
  entered = moment_on (programme, (guint32) MIN (entered, programme->today), 9 * 60, 20 * 60);
  entered = after_association (programme, member, entered);
  stamp (&assessment->base, entered, entered);
  assessment->association_id = member->id;
  assessment->version_id = programme->version_id;
  assessment->date = format_day (day);
  assessment->assessment_kind = kind;
  assessment->respondent = respondent;
  assessment->assessor = g_strdup (assessor);
  if (chance (rand, 30))
    assessment->notes = g_strdup (pick (rand, notes));
  if (!dsc_store_insert (programme->store, assessment, error))
    return FALSE;

  for (guint d = 0; d < N_DOMAINS; d++)
    {
      DscScore score = { programme->domains[d], levels[d], NULL, -1 };
      g_autofree char *text = NULL;

      if (score.domain_id == 0)
        continue;
      if (chance (rand, 10))
        score.level = -1;
      if (score.level >= 1 && chance (rand, target_percent))
        score.target_level = MIN (score.level + 1, DSC_BUILTIN_LEVELS);
      if (score.level >= 1 && chance (rand, evidence_percent))
        score.evidence = text = fill_years (pick (rand, evidence[d][score.level >= 3]), day);
      if (!dsc_store_set_score (programme->store, assessment->base.id, &score, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
add_goal (Programme    *programme,
          const Member *member,
          guint         domain,
          int           baseline,
          int           latest,
          guint32       baseline_day,
          GError      **error)
{
  static const int past_weights[] = {
    [DSC_GOAL_PLANNED] = 5, [DSC_GOAL_IN_PROGRESS] = 12,
    [DSC_GOAL_ACHIEVED] = 58, [DSC_GOAL_DROPPED] = 15,
  };
  static const int future_weights[] = {
    [DSC_GOAL_PLANNED] = 40, [DSC_GOAL_IN_PROGRESS] = 45,
    [DSC_GOAL_ACHIEVED] = 5, [DSC_GOAL_DROPPED] = 5,
  };
  GRand *rand = programme->rand;
  g_autoptr(DscGoal) goal = dsc_record_new (&dsc_kind_goal);
  int weights[G_N_ELEMENTS (past_weights)];
  GDate due, start;
  g_autofree char *month = NULL;
  GString *title;
  gint64 created, updated;

  goal->base.uuid = seeded_uuid (rand);
  goal->association_id = member->id;
  goal->domain_id = programme->domains[domain];
  goal->target_level = baseline + (chance (rand, 25) ? 2 : 1);
  goal->target_level = MIN (goal->target_level, DSC_BUILTIN_LEVELS);

  /* Due at the end of a month, three to eighteen months after the baseline. */
  date_of (baseline_day, &start);
  date_of (baseline_day + (guint32) between (rand, 90, 540), &due);
  g_date_set_day (&due, g_date_get_days_in_month (g_date_get_month (&due), g_date_get_year (&due)));
  goal->due_date = format_day (g_date_get_julian (&due));
  month = g_date_get_year (&due) == g_date_get_year (&start)
          ? g_strdup (months[g_date_get_month (&due) - 1])
          : g_strdup_printf ("%s %d", months[g_date_get_month (&due) - 1], g_date_get_year (&due));
  title = g_string_new (pick (rand, goal_titles[domain]));
  g_string_replace (title, "{mese}", month, 0);
  goal->title = g_string_free (title, FALSE);

  /* Goals met in the assessments are mostly marked achieved. */
  memcpy (weights, g_date_get_julian (&due) < programme->today ? past_weights : future_weights,
          sizeof weights);
  if (latest >= goal->target_level)
    weights[DSC_GOAL_ACHIEVED] += 30;
  goal->status = (int) pick_weighted (rand, weights, G_N_ELEMENTS (weights));
  if (chance (rand, 20))
    goal->notes = g_strdup (pick (rand, goal_notes));

  /* Agreed at the baseline; changed since when no longer just planned. */
  created = after_association (programme, member,
                               moment_on (programme, baseline_day + (guint32) between (rand, 0, 3),
                                          9 * 60, 20 * 60));
  updated = goal->status == DSC_GOAL_PLANNED ? created
                                             : moment_between (rand, created, programme->now_ms);
  stamp (&goal->base, created, updated);

  return dsc_store_insert (programme->store, goal, error);
}

/* One association's path: a baseline by its trainer, often its own reading on
 * the same day, then a follow-up, sometimes a final reading; goals for its
 * weakest domains. */
static gboolean
generate_path (Programme  *programme,
               Member     *member,
               GError    **error)
{
  static const int goal_counts[] = { 0, 30, 35, 25, 10 };
  GRand *rand = programme->rand;
  int baseline[N_DOMAINS];
  int levels[N_DOMAINS];
  guint order[N_DOMAINS];
  g_autofree char *together = NULL;
  const char *tutor;
  guint32 baseline_day;
  gboolean stuck;
  guint n_goals;

  if (member->status == DSC_STATUS_CLOSED
      || !chance (rand, member->status == DSC_STATUS_ACTIVE ? 70 : 25))
    return TRUE;

  tutor = member->tutor != NULL ? member->tutor : pick_trainer (programme, NULL);
  together = join_names (tutor, member->president);
  /* Some associations do not move, whatever they attend. */
  stuck = chance (rand, 18);

  baseline_day = working_day_before (programme->today - (guint32) between (rand, 270, 365));
  for (guint d = 0; d < N_DOMAINS; d++)
    baseline[d] = levels[d] = draw_baseline_level (rand, member, d);
  if (!add_assessment (programme, member, baseline_day, DSC_ASSESSMENT_BASELINE,
                       DSC_RESPONDENT_TRAINER, tutor, levels, 80, 35, error))
    return FALSE;

  /* Associations rate themselves a little higher. */
  if (chance (rand, 50))
    {
      int own[N_DOMAINS];

      for (guint d = 0; d < N_DOMAINS; d++)
        {
          int level = levels[d] + (int) pick_weighted (rand, self_bias, 4) - 1;

          own[d] = CLAMP (level, 1, DSC_BUILTIN_LEVELS);
        }
      if (!add_assessment (programme, member, baseline_day, DSC_ASSESSMENT_BASELINE,
                           DSC_RESPONDENT_SELF, member->president, own, 60, 15, error))
        return FALSE;
    }

  if (chance (rand, member->status == DSC_STATUS_ACTIVE ? 80 : 45))
    {
      gboolean consensus = chance (rand, 40);
      guint32 day = working_day_after (baseline_day + (guint32) between (rand, 120, 200));

      move_levels (programme, member, day, stuck, FALSE, levels);
      if (!add_assessment (programme, member, day, DSC_ASSESSMENT_FOLLOW_UP,
                           consensus ? DSC_RESPONDENT_CONSENSUS : DSC_RESPONDENT_TRAINER,
                           consensus ? together : tutor, levels, 40, 35, error))
        return FALSE;

      /* In the last two months, and well after the follow-up (at least 54
       * days old). */
      if (member->status == DSC_STATUS_ACTIVE && chance (rand, 18))
        {
          guint32 follow_up = day;

          consensus = chance (rand, 50);
          day = working_day_before (programme->today - (guint32) between (rand, 1, 45));
          if (day < follow_up + 14)
            day = working_day_after (follow_up + 14);
          move_levels (programme, member, day, stuck, TRUE, levels);
          if (!add_assessment (programme, member, day, DSC_ASSESSMENT_FINAL,
                               consensus ? DSC_RESPONDENT_CONSENSUS : DSC_RESPONDENT_TRAINER,
                               consensus ? together : tutor, levels, 20, 40, error))
            return FALSE;
        }
    }

  /* Goals for the weakest domains, ties in random order. */
  for (guint d = 0; d < N_DOMAINS; d++)
    order[d] = d;
  for (guint d = N_DOMAINS - 1; d > 0; d--)
    {
      guint other = (guint) between (rand, 0, (int) d);
      guint kept = order[d];

      order[d] = order[other];
      order[other] = kept;
    }
  for (guint d = 1; d < N_DOMAINS; d++)
    for (guint k = d; k > 0 && baseline[order[k]] < baseline[order[k - 1]]; k--)
      {
        guint kept = order[k];

        order[k] = order[k - 1];
        order[k - 1] = kept;
      }

  n_goals = pick_weighted (rand, goal_counts, G_N_ELEMENTS (goal_counts));
  for (guint g = 0; g < n_goals && baseline[order[g]] < DSC_BUILTIN_LEVELS; g++)
    if (programme->domains[order[g]] > 0
        && !add_goal (programme, member, order[g], baseline[order[g]], levels[order[g]],
                      baseline_day, error))
      return FALSE;

  return TRUE;
}

/* Services, meetings and follow-ups ---------------------------------------------- */

/* The offices an association deals with. Which ones the demo makes follows
 * from where its associations are, without draws: the catalogue below is
 * walked in order and a small demo keeps those that serve most associations. */
typedef enum
{
  OFFICE_SOCIAL,        /* the Comune's social services; Torino's by Circoscrizione */
  OFFICE_ASL,
  OFFICE_CPI,
  OFFICE_PREFECTURE,
  OFFICE_QUESTURA,
  OFFICE_CPIA,
  OFFICE_HOUSING,       /* the Comune's Sportello Casa */
  OFFICE_PATRONATO,
  OFFICE_CSV,
  OFFICE_PASTORALE,
  N_OFFICES
} Office;

static const int office_types[N_OFFICES] = {
  [OFFICE_SOCIAL] = DSC_SERVICE_SOCIAL_SERVICES,
  [OFFICE_ASL] = DSC_SERVICE_ASL,
  [OFFICE_CPI] = DSC_SERVICE_CPI,
  [OFFICE_PREFECTURE] = DSC_SERVICE_PREFECTURE,
  [OFFICE_QUESTURA] = DSC_SERVICE_POLICE,
  [OFFICE_CPIA] = DSC_SERVICE_SCHOOL,
  [OFFICE_HOUSING] = DSC_SERVICE_OTHER,
  [OFFICE_PATRONATO] = DSC_SERVICE_OTHER,
  [OFFICE_CSV] = DSC_SERVICE_OTHER,
  [OFFICE_PASTORALE] = DSC_SERVICE_OTHER,
};

/* How often associations turn to each, when a small demo keeps only some. */
static const int office_weights[N_OFFICES] = {
  [OFFICE_SOCIAL] = 100, [OFFICE_ASL] = 90, [OFFICE_CPI] = 70, [OFFICE_PREFECTURE] = 60,
  [OFFICE_QUESTURA] = 85, [OFFICE_CPIA] = 65, [OFFICE_HOUSING] = 45, [OFFICE_PATRONATO] = 35,
  [OFFICE_CSV] = 30, [OFFICE_PASTORALE] = 30,
};

typedef enum
{
  TOPIC_HOUSING,
  TOPIC_HEALTH,
  TOPIC_PERMITS,
  TOPIC_WORK,
  TOPIC_ITALIAN,
  TOPIC_SCHOOL,
  TOPIC_ASSOCIATION,
  N_TOPICS
} Topic;

#define OFFICE_BIT(office) (1u << (office))

/* The offices that answer on a topic. */
static const guint topic_offices[N_TOPICS] = {
  [TOPIC_HOUSING] = OFFICE_BIT (OFFICE_SOCIAL) | OFFICE_BIT (OFFICE_HOUSING)
                    | OFFICE_BIT (OFFICE_PASTORALE),
  [TOPIC_HEALTH] = OFFICE_BIT (OFFICE_ASL) | OFFICE_BIT (OFFICE_SOCIAL),
  [TOPIC_PERMITS] = OFFICE_BIT (OFFICE_QUESTURA) | OFFICE_BIT (OFFICE_PREFECTURE)
                    | OFFICE_BIT (OFFICE_PATRONATO),
  [TOPIC_WORK] = OFFICE_BIT (OFFICE_CPI),
  [TOPIC_ITALIAN] = OFFICE_BIT (OFFICE_CPIA),
  [TOPIC_SCHOOL] = OFFICE_BIT (OFFICE_SOCIAL) | OFFICE_BIT (OFFICE_CPIA),
  [TOPIC_ASSOCIATION] = OFFICE_BIT (OFFICE_CSV),
};

/* The topics an association's areas of activity lead it to. */
static const guint area_topics[] = {
  [DSC_AREA_HOUSING] = 1u << TOPIC_HOUSING,
  [DSC_AREA_HEALTH] = 1u << TOPIC_HEALTH,
  [DSC_AREA_WORK] = 1u << TOPIC_WORK,
  [DSC_AREA_CULTURE] = 1u << TOPIC_ASSOCIATION,
  [DSC_AREA_EDUCATION] = (1u << TOPIC_ITALIAN) | (1u << TOPIC_SCHOOL),
  [DSC_AREA_LEGAL_AID] = 1u << TOPIC_PERMITS,
  [DSC_AREA_MEDIATION] = (1u << TOPIC_HEALTH) | (1u << TOPIC_SCHOOL) | (1u << TOPIC_HOUSING),
  [DSC_AREA_OTHER] = 1u << TOPIC_ASSOCIATION,
};

typedef struct
{
  const char *name;
  const char *seat;
  int         province;
  const char *domain;      /* of its staff's e-mail */
} Authority;

static const Authority health_authorities[] = {
  { "ASL Città di Torino", "Torino", DSC_PROVINCE_TO, "aslcittaditorino.it" },
  { "ASL TO3", "Collegno", DSC_PROVINCE_TO, "aslto3.piemonte.it" },
  { "ASL TO4", "Chivasso", DSC_PROVINCE_TO, "aslto4.piemonte.it" },
  { "ASL TO5", "Chieri", DSC_PROVINCE_TO, "aslto5.piemonte.it" },
  { "ASL CN1", "Cuneo", DSC_PROVINCE_CN, "aslcn1.it" },
  { "ASL CN2", "Alba", DSC_PROVINCE_CN, "aslcn2.it" },
  { "ASL AL", "Alessandria", DSC_PROVINCE_AL, "aslal.it" },
  { "ASL AT", "Asti", DSC_PROVINCE_AT, "asl.at.it" },
  { "ASL BI", "Biella", DSC_PROVINCE_BI, "aslbi.piemonte.it" },
  { "ASL NO", "Novara", DSC_PROVINCE_NO, "asl.novara.it" },
  { "ASL VCO", "Omegna", DSC_PROVINCE_VB, "aslvco.it" },
  { "ASL VC", "Vercelli", DSC_PROVINCE_VC, "aslvc.piemonte.it" },
};

/* Provincial centres for adult education (CPIA). */
static const Authority adult_schools[] = {
  { "CPIA 1 Torino", "Torino", DSC_PROVINCE_TO, "istruzione.it" },
  { "CPIA 2 Torino", "Torino", DSC_PROVINCE_TO, "istruzione.it" },
  { "CPIA 3 Torino", "Collegno", DSC_PROVINCE_TO, "istruzione.it" },
  { "CPIA 4 Torino", "Chieri", DSC_PROVINCE_TO, "istruzione.it" },
  { "CPIA 5 Torino", "Chivasso", DSC_PROVINCE_TO, "istruzione.it" },
  { "CPIA 1 Cuneo", "Cuneo", DSC_PROVINCE_CN, "istruzione.it" },
  { "CPIA 2 Cuneo", "Alba", DSC_PROVINCE_CN, "istruzione.it" },
  { "CPIA Alessandria", "Alessandria", DSC_PROVINCE_AL, "istruzione.it" },
  { "CPIA Asti", "Asti", DSC_PROVINCE_AT, "istruzione.it" },
  { "CPIA Biella", "Biella", DSC_PROVINCE_BI, "istruzione.it" },
  { "CPIA Novara", "Novara", DSC_PROVINCE_NO, "istruzione.it" },
  { "CPIA Verbano-Cusio-Ossola", "Verbania", DSC_PROVINCE_VB, "istruzione.it" },
  { "CPIA Vercelli", "Vercelli", DSC_PROVINCE_VC, "istruzione.it" },
};

/* Which ASL, job centre (CPI) and CPIA serve a town. */
typedef struct
{
  const char *town;
  int         asl;          /* index in health_authorities */
  const char *cpi;          /* the town of its job centre */
  int         cpia;         /* index in adult_schools; -1: by Circoscrizione */
} Territory;

static const Territory territories[] = {
  { "Torino", 0, "Torino", -1 },
  { "Moncalieri", 3, "Moncalieri", 3 },
  { "Collegno", 1, "Rivoli", 2 },
  { "Rivoli", 1, "Rivoli", 2 },
  { "Settimo Torinese", 2, "Settimo Torinese", 4 },
  { "Nichelino", 3, "Moncalieri", 3 },
  { "Grugliasco", 1, "Rivoli", 2 },
  { "Chieri", 3, "Chieri", 3 },
  { "Pinerolo", 1, "Pinerolo", 2 },
  { "Ivrea", 2, "Ivrea", 4 },
  { "Venaria Reale", 1, "Venaria Reale", 2 },
  { "Orbassano", 1, "Orbassano", 2 },
  { "Carmagnola", 3, "Moncalieri", 3 },
  { "Chivasso", 2, "Chivasso", 4 },
  { "San Mauro Torinese", 2, "Settimo Torinese", 4 },
  { "Ciriè", 2, "Ciriè", 4 },
  { "Susa", 1, "Susa", 2 },
  { "Cuorgnè", 2, "Cuorgnè", 4 },
  { "Rivarolo Canavese", 2, "Cuorgnè", 4 },
  { "Avigliana", 1, "Susa", 2 },
  { "Giaveno", 1, "Orbassano", 2 },
  { "Cuneo", 4, "Cuneo", 5 },
  { "Alba", 5, "Alba", 6 },
  { "Bra", 5, "Bra", 6 },
  { "Saluzzo", 4, "Saluzzo", 5 },
  { "Fossano", 4, "Fossano", 5 },
  { "Savigliano", 4, "Savigliano", 5 },
  { "Mondovì", 4, "Mondovì", 5 },
  { "Borgo San Dalmazzo", 4, "Cuneo", 5 },
  { "Busca", 4, "Cuneo", 5 },
  { "Racconigi", 4, "Savigliano", 5 },
  { "Canale", 5, "Alba", 6 },
  { "Ceva", 4, "Ceva", 5 },
  { "Dronero", 4, "Cuneo", 5 },
  { "Cherasco", 5, "Bra", 6 },
  { "Alessandria", 6, "Alessandria", 7 },
  { "Casale Monferrato", 6, "Casale Monferrato", 7 },
  { "Novi Ligure", 6, "Novi Ligure", 7 },
  { "Tortona", 6, "Tortona", 7 },
  { "Acqui Terme", 6, "Acqui Terme", 7 },
  { "Valenza", 6, "Alessandria", 7 },
  { "Ovada", 6, "Ovada", 7 },
  { "Serravalle Scrivia", 6, "Novi Ligure", 7 },
  { "Arquata Scrivia", 6, "Novi Ligure", 7 },
  { "Asti", 7, "Asti", 8 },
  { "Canelli", 7, "Nizza Monferrato", 8 },
  { "Nizza Monferrato", 7, "Nizza Monferrato", 8 },
  { "San Damiano d'Asti", 7, "Asti", 8 },
  { "Costigliole d'Asti", 7, "Asti", 8 },
  { "Villanova d'Asti", 7, "Asti", 8 },
  { "Biella", 8, "Biella", 9 },
  { "Cossato", 8, "Biella", 9 },
  { "Vigliano Biellese", 8, "Biella", 9 },
  { "Candelo", 8, "Biella", 9 },
  { "Gaglianico", 8, "Biella", 9 },
  { "Novara", 9, "Novara", 10 },
  { "Borgomanero", 9, "Borgomanero", 10 },
  { "Trecate", 9, "Novara", 10 },
  { "Galliate", 9, "Novara", 10 },
  { "Oleggio", 9, "Novara", 10 },
  { "Arona", 9, "Borgomanero", 10 },
  { "Cameri", 9, "Novara", 10 },
  { "Verbania", 10, "Verbania", 11 },
  { "Domodossola", 10, "Domodossola", 11 },
  { "Omegna", 10, "Omegna", 11 },
  { "Gravellona Toce", 10, "Omegna", 11 },
  { "Villadossola", 10, "Domodossola", 11 },
  { "Stresa", 10, "Verbania", 11 },
  { "Vercelli", 11, "Vercelli", 12 },
  { "Borgosesia", 11, "Borgosesia", 12 },
  { "Santhià", 11, "Vercelli", 12 },
  { "Gattinara", 11, "Borgosesia", 12 },
  { "Trino", 11, "Vercelli", 12 },
  { "Varallo", 11, "Borgosesia", 12 },
  { "Crescentino", 11, "Vercelli", 12 },
};

/* Torino's eight Circoscrizioni and their neighbourhoods. */
static const char * const circoscrizioni_torino[] = {
  NULL,
  "Centro, Crocetta",
  "Santa Rita, Mirafiori Nord, Mirafiori Sud",
  "San Paolo, Cenisia, Pozzo Strada, Cit Turin, Borgata Lesna",
  "San Donato, Campidoglio, Parella",
  "Borgo Vittoria, Madonna di Campagna, Lucento, Vallette",
  "Barriera di Milano, Regio Parco, Barca, Bertolla, Falchera, Rebaudengo, Villaretto",
  "Aurora, Vanchiglia, Sassi, Madonna del Pilone",
  "San Salvario, Cavoretto, Borgo Po, Nizza Millefonti, Lingotto, Filadelfia",
};

/* Province by province: "di Torino", the patronato that works with the programme there. */
static const struct
{
  int         province;
  const char *of;
  const char *patronato;
  const char *patronato_domain;
  const char *centre_name;
  const char *centre_domain;
} province_offices[] = {
  { DSC_PROVINCE_TO, "di Torino", "INCA CGIL", "inca.it",
    "Centro Servizi per il Volontariato Vol.To", "volontariato.torino.it" },
  { DSC_PROVINCE_CN, "di Cuneo", "ACLI", "acli.it",
    "CSV Società Solidale", "csvcuneo.it" },
  { DSC_PROVINCE_AL, "di Alessandria", "INAS CISL", "inas.it",
    "CSVAA – sede di Alessandria", "csvastialessandria.it" },
  { DSC_PROVINCE_AT, "di Asti", "ACLI", "acli.it",
    "CSVAA – sede di Asti", "csvastialessandria.it" },
  { DSC_PROVINCE_BI, "di Biella", "INCA CGIL", "inca.it",
    "CTV – sede di Biella", "centroterritorialevolontariato.org" },
  { DSC_PROVINCE_NO, "di Novara", "ITAL UIL", "italuil.it",
    "CST – Centro Servizi per il Territorio, Novara", "cstnovara.it" },
  { DSC_PROVINCE_VB, "del Verbano-Cusio-Ossola", "ACLI", "acli.it",
    "CST – sede di Verbania", "cstnovara.it" },
  { DSC_PROVINCE_VC, "di Vercelli", "INAS CISL", "inas.it",
    "CTV – sede di Vercelli", "centroterritorialevolontariato.org" },
};

static const char * const office_notes[N_OFFICES][5] = {
  [OFFICE_SOCIAL] = {
    "Riceve su appuntamento il martedì e il giovedì mattina.",
    "Assistente sociale di riferimento per le associazioni del territorio.",
    "Per le urgenze telefonare prima delle 10; il venerdì l'ufficio è chiuso al pubblico.",
    "Segue anche i contributi per l'affitto e l'emergenza abitativa.", NULL },
  [OFFICE_ASL] = {
    "Centro ISI (Informazione Salute Immigrati) aperto il lunedì, il mercoledì e il venerdì "
    "mattina.",
    "Referente per l'iscrizione degli stranieri al Servizio sanitario nazionale.",
    "Anagrafe sanitaria su prenotazione; il Centro ISI riceve senza appuntamento.",
    "Mediatrice culturale presente il giovedì mattina al consultorio.", NULL },
  [OFFICE_CPI] = {
    "Orientatrice dedicata ai cittadini stranieri; riceve su appuntamento.",
    "Fa incontri informativi anche nelle sedi delle associazioni.",
    "Iscrizioni al programma GOL e tirocini; chiedere prima per e-mail.", NULL },
  [OFFICE_PREFECTURE] = {
    "Sportello Unico per l'Immigrazione: ricongiungimenti, nulla osta al lavoro, test di italiano.",
    "Segreteria del Consiglio territoriale per l'immigrazione.",
    "Risponde alle associazioni per e-mail; appuntamenti solo per i casi complessi.", NULL },
  [OFFICE_QUESTURA] = {
    "Per i casi urgenti scrivere per e-mail con copia dei documenti; niente appuntamenti al "
    "telefono.",
    "Riceve le associazioni il primo mercoledì del mese, su appuntamento.",
    "Referente per i rapporti con le associazioni e gli sportelli del territorio.", NULL },
  [OFFICE_CPIA] = {
    "Iscrizioni ai corsi di italiano tutto l'anno; sessioni del test A2 per la Prefettura.",
    "Referente per i corsi nelle sedi esterne e per le associazioni.",
    "Corsi di alfabetizzazione, italiano L2 e licenza media per adulti.", NULL },
  [OFFICE_HOUSING] = {
    "Emergenza abitativa, bandi per le case popolari e contributi per l'affitto.",
    "Agenzia per la locazione: incentivi ai proprietari e fondo di garanzia per gli inquilini.",
    NULL },
  [OFFICE_PATRONATO] = {
    "Pratiche di rinnovo dei permessi, cittadinanza e pensioni; su appuntamento.",
    "Sportello immigrati il sabato mattina.", NULL },
  [OFFICE_CSV] = {
    "Consulenze gratuite su statuto, RUNTS, progettazione e contabilità.",
    "Presta sale per le riunioni delle associazioni.", NULL },
  [OFFICE_PASTORALE] = {
    "Accoglienza, orientamento ai servizi e prima assistenza; collabora con le comunità "
    "religiose dei migranti.", NULL },
};

/* One service of the catalogue. */
typedef struct
{
  Office      office;
  int         province;
  const char *town;           /* where it is */
  int         circoscrizione; /* Torino's social services */
  int         authority;      /* ASL or CPIA index; -1 */
  char       *name;
  char       *short_name;     /* as a sentence names it, after its article */
  const char *article;        /* "il ", "l'", "la ", "i ", "lo " */
  char       *label;          /* for titles: "Questura di Cuneo" */
  char       *abroad[2];      /* in French and Spanish, with the article */
  char       *place;
  char       *domain;
  guint       demand;
  gboolean    chosen;
  gint64      id;
  gint64      created_ms;
  char       *contact;
  GArray     *pool;           /* the associations it serves (indices), not closed */
} Desk;

static void
desk_clear (gpointer data)
{
  Desk *desk = data;

  g_free (desk->name);
  g_free (desk->short_name);
  g_free (desk->label);
  g_free (desk->abroad[0]);
  g_free (desk->abroad[1]);
  g_free (desk->place);
  g_free (desk->domain);
  g_free (desk->contact);
  g_clear_pointer (&desk->pool, g_array_unref);
}

static const Territory *
territory_of (const char *town)
{
  for (guint i = 0; i < G_N_ELEMENTS (territories); i++)
    if (g_str_equal (territories[i].town, town))
      return &territories[i];

  return NULL;
}

static const Town *
find_town (const char *name)
{
  for (guint p = 0; p < G_N_ELEMENTS (provinces); p++)
    for (guint t = 0; t < provinces[p].n_towns; t++)
      if (g_str_equal (provinces[p].towns[t].name, name))
        return &provinces[p].towns[t];

  g_assert_not_reached ();
}

static int
member_cpia (const Member *member)
{
  const Territory *territory = &territories[member->territory];

  if (territory->cpia >= 0)
    return territory->cpia;
  /* Torino: the south and west of the city, or the north. */
  switch (member->circoscrizione)
    {
    case 1: case 2: case 3: case 8:
      return 1;
    default:
      return 0;
    }
}

static gboolean
desk_serves (const Desk   *desk,
             const Member *member)
{
  const Territory *territory;

  if (desk->province != member->province)
    return FALSE;

  territory = &territories[member->territory];
  switch (desk->office)
    {
    case OFFICE_SOCIAL:
      return !member->outside && g_str_equal (desk->town, member->town)
             && desk->circoscrizione == member->circoscrizione;
    case OFFICE_HOUSING:
      return !member->outside && g_str_equal (desk->town, member->town);
    case OFFICE_ASL:
      return territory->asl == desk->authority;
    case OFFICE_CPIA:
      return member_cpia (member) == desk->authority;
    case OFFICE_CPI:
      return g_str_equal (territory->cpi, desk->town);
    default:
      return TRUE;
    }
}

static Desk *
add_desk (GArray     *desks,
          Office      office,
          int         province,
          const char *town,
          const char *article)
{
  Desk desk = { 0 };

  desk.office = office;
  desk.province = province;
  desk.town = town;
  desk.authority = -1;
  desk.article = article;
  g_array_append_val (desks, desk);
  return &g_array_index (desks, Desk, desks->len - 1);
}

/* "comune.casalemonferrato.it" */
static char *
town_domain (const char *town)
{
  g_autofree char *slug = ascii_slug (town);

  return g_strdup_printf ("comune.%s.it", slug);
}

/* "de Turin", "d'Asti", "de Turín": a town as a French (0) or Spanish (1) text names it. */
static char *
of_town (const char *town,
         int         language)
{
  const Locale *locale = locale_for (language == 0 ? "fr" : "es");
  const char *name = g_str_equal (town, "Torino") ? locale->turin : town;

  if (language == 0 && starts_with_vowel (name))
    return g_strdup_printf ("d'%s", name);
  return g_strdup_printf ("de %s", name);
}

static const char *
patronato_of (int province)
{
  for (guint p = 0; p < G_N_ELEMENTS (province_offices); p++)
    if (province_offices[p].province == province)
      return province_offices[p].patronato;

  g_assert_not_reached ();
}

/* The short names of titles and the French and Spanish ones. */
static void
name_desk (Desk *desk)
{
  gboolean vco = desk->province == DSC_PROVINCE_VB;

  for (int language = 0; language < 2; language++)
    {
      const gboolean fr = language == 0;
      g_autofree char *of = vco ? g_strdup (fr ? "du Verbano-Cusio-Ossola"
                                               : "del Verbano-Cusio-Ossola")
                                : of_town (desk->town, language);
      g_autofree char *of_town_only = of_town (desk->town, language);
      char *name;

      switch (desk->office)
        {
        case OFFICE_SOCIAL:
          name = desk->circoscrizione > 0
                 ? g_strdup_printf (fr ? "les services sociaux de la Circoscrizione %d"
                                       : "los servicios sociales de la Circoscrizione %d",
                                    desk->circoscrizione)
                 : g_strdup_printf (fr ? "les services sociaux de la mairie %s"
                                       : "los servicios sociales del Ayuntamiento %s",
                                    of_town_only);
          break;
        case OFFICE_ASL:
          name = g_strdup_printf (fr ? "l'%s" : "la %s", desk->name);
          break;
        case OFFICE_CPI:
          name = g_strdup_printf (fr ? "le Centre pour l'emploi %s" : "el Centro para el Empleo %s",
                                  of_town_only);
          break;
        case OFFICE_PREFECTURE:
          name = g_strdup_printf (fr ? "la Préfecture %s" : "la Prefectura %s", of);
          break;
        case OFFICE_QUESTURA:
          name = g_strdup_printf ("la Questura %s", of);
          break;
        case OFFICE_CPIA:
        case OFFICE_CSV:
          name = g_strdup_printf (fr ? "le %s" : "el %s",
                                  desk->office == OFFICE_CPIA ? desk->name : desk->short_name);
          break;
        case OFFICE_HOUSING:
          name = g_strdup_printf (fr ? "le guichet logement de la mairie %s"
                                     : "la oficina de vivienda del Ayuntamiento %s", of_town_only);
          break;
        case OFFICE_PATRONATO:
          name = g_strdup_printf (fr ? "le patronato %s %s" : "el patronato %s %s",
                                  patronato_of (desk->province), of_town_only);
          break;
        default:
          name = g_strdup_printf (fr ? "la Pastorale des migrants du diocèse %s"
                                     : "la Pastoral de Migrantes de la diócesis %s", of_town_only);
          break;
        }
      desk->abroad[language] = name;
    }

  switch (desk->office)
    {
    case OFFICE_SOCIAL:
      desk->label = desk->circoscrizione > 0
                    ? g_strdup_printf ("Servizi sociali Circoscrizione %d", desk->circoscrizione)
                    : g_strdup_printf ("Servizi sociali di %s", desk->town);
      break;
    case OFFICE_QUESTURA:
      desk->label = g_strdup (desk->short_name + strlen ("Ufficio Immigrazione della "));
      break;
    case OFFICE_HOUSING:
      desk->label = g_strdup_printf ("Sportello Casa di %s", desk->town);
      break;
    case OFFICE_PATRONATO:
      desk->label = g_strdup_printf ("Patronato %s", patronato_of (desk->province));
      break;
    case OFFICE_PASTORALE:
      desk->label = g_strdup ("Pastorale Migranti Torino");
      break;
    case OFFICE_CSV:
    case OFFICE_PREFECTURE:
      desk->label = g_strdup (desk->short_name);
      break;
    default:
      desk->label = g_strdup (desk->name);
      break;
    }
}

/* Every service the demo may make, province by province. */
static void
build_catalogue (GArray *desks)
{
  for (guint p = 0; p < G_N_ELEMENTS (province_offices); p++)
    {
      int province = province_offices[p].province;
      const char *of = province_offices[p].of;
      const Province *area = NULL;
      const char *chief;
      Desk *desk;

      for (guint i = 0; i < G_N_ELEMENTS (provinces); i++)
        if (provinces[i].province == province)
          area = &provinces[i];
      g_assert (area != NULL);
      chief = area->towns[0].name;

      desk = add_desk (desks, OFFICE_PREFECTURE, province, chief, "la ");
      desk->name = g_strdup_printf ("Prefettura – UTG %s, Sportello Unico per l'Immigrazione", of);
      desk->short_name = g_strdup_printf ("Prefettura %s", of);
      desk->place = g_strdup_printf ("Prefettura, Sportello Unico per l'Immigrazione, %s", chief);
      desk->domain = g_strdup ("interno.it");

      desk = add_desk (desks, OFFICE_QUESTURA, province, chief, "l'");
      desk->name = g_strdup_printf ("Questura %s – Ufficio Immigrazione", of);
      desk->short_name = g_strdup_printf ("Ufficio Immigrazione della Questura %s", of);
      desk->place = g_strdup_printf ("Questura, Ufficio Immigrazione, %s", chief);
      desk->domain = g_strdup ("poliziadistato.it");

      for (guint i = 0; i < G_N_ELEMENTS (health_authorities); i++)
        if (health_authorities[i].province == province)
          {
            desk = add_desk (desks, OFFICE_ASL, province, health_authorities[i].seat, "l'");
            desk->authority = (int) i;
            desk->name = g_strdup (health_authorities[i].name);
            desk->short_name = g_strdup (health_authorities[i].name);
            desk->place = g_strdup_printf ("Centro ISI dell'%s, %s", health_authorities[i].name,
                                           health_authorities[i].seat);
            desk->domain = g_strdup (health_authorities[i].domain);
          }

      /* A job centre for each town that has one, in the order of the territories. */
      for (guint i = 0; i < G_N_ELEMENTS (territories); i++)
        {
          const Territory *territory = &territories[i];
          gboolean in_province = FALSE;

          if (!g_str_equal (territory->town, territory->cpi))
            continue;
          for (guint t = 0; t < area->n_towns; t++)
            in_province |= g_str_equal (area->towns[t].name, territory->town);
          if (!in_province)
            continue;

          desk = add_desk (desks, OFFICE_CPI, province, territory->town, "il ");
          desk->name = g_strdup_printf ("Centro per l'Impiego di %s", territory->town);
          desk->short_name = g_strdup (desk->name);
          desk->place = g_strdup_printf ("Centro per l'Impiego, %s", territory->town);
          desk->domain = g_strdup ("agenziapiemontelavoro.it");
        }

      for (guint i = 0; i < G_N_ELEMENTS (adult_schools); i++)
        if (adult_schools[i].province == province)
          {
            desk = add_desk (desks, OFFICE_CPIA, province, adult_schools[i].seat, "il ");
            desk->authority = (int) i;
            desk->name = g_strdup (adult_schools[i].name);
            desk->short_name = g_strdup (adult_schools[i].name);
            desk->place = g_strdup_printf ("Sede del %s, %s", adult_schools[i].name,
                                           adult_schools[i].seat);
            desk->domain = g_strdup (adult_schools[i].domain);
          }

      for (guint t = 0; t < area->n_towns; t++)
        {
          const char *town = area->towns[t].name;

          if (g_str_equal (town, "Torino"))
            for (int c = 1; c < (int) G_N_ELEMENTS (circoscrizioni_torino); c++)
              {
                desk = add_desk (desks, OFFICE_SOCIAL, province, town, "i ");
                desk->circoscrizione = c;
                desk->name = g_strdup_printf ("Città di Torino – Servizi sociali Circoscrizione %d",
                                              c);
                desk->short_name = g_strdup_printf ("servizi sociali della Circoscrizione %d", c);
                desk->place = g_strdup_printf ("Servizio sociale della Circoscrizione %d, Torino",
                                               c);
                desk->domain = g_strdup ("comune.torino.it");
              }
          else
            {
              desk = add_desk (desks, OFFICE_SOCIAL, province, town, "i ");
              desk->name = g_strdup_printf ("Comune di %s – Servizi sociali", town);
              desk->short_name = g_strdup_printf ("servizi sociali del Comune di %s", town);
              desk->place = g_strdup_printf ("Servizi sociali del Comune, %s", town);
              desk->domain = town_domain (town);
            }
        }

      desk = add_desk (desks, OFFICE_HOUSING, province, chief, "lo ");
      if (g_str_equal (chief, "Torino"))
        {
          desk->name = g_strdup ("Città di Torino – Sportello Casa");
          desk->short_name = g_strdup ("Sportello Casa della Città di Torino");
          desk->domain = g_strdup ("comune.torino.it");
        }
      else
        {
          desk->name = g_strdup_printf ("Comune di %s – Sportello Casa", chief);
          desk->short_name = g_strdup_printf ("Sportello Casa del Comune di %s", chief);
          desk->domain = town_domain (chief);
        }
      desk->place = g_strdup_printf ("Sportello Casa del Comune, %s", chief);

      desk = add_desk (desks, OFFICE_PATRONATO, province, chief, "il ");
      desk->name = g_strdup_printf ("Patronato %s – %s", province_offices[p].patronato, chief);
      desk->short_name = g_strdup_printf ("patronato %s di %s", province_offices[p].patronato,
                                          chief);
      desk->place = g_strdup_printf ("Sede del patronato %s, %s", province_offices[p].patronato,
                                     chief);
      desk->domain = g_strdup (province_offices[p].patronato_domain);

      desk = add_desk (desks, OFFICE_CSV, province, chief, "il ");
      desk->name = g_strdup (province_offices[p].centre_name);
      desk->short_name = g_str_has_prefix (area->centre, "CS")
                         || g_str_has_prefix (area->centre, "CT")
                         ? g_strdup (area->centre) : g_strdup_printf ("CSV %s", area->centre);
      desk->place = g_strdup_printf ("Sede del CSV %s, %s", area->centre, chief);
      desk->domain = g_strdup (province_offices[p].centre_domain);

      if (province == DSC_PROVINCE_TO)
        {
          desk = add_desk (desks, OFFICE_PASTORALE, province, chief, "l'");
          desk->name = g_strdup ("Ufficio Pastorale Migranti – Arcidiocesi di Torino");
          desk->short_name = g_strdup ("Ufficio Pastorale Migranti");
          desk->place = g_strdup ("Ufficio Pastorale Migranti, Torino");
          desk->domain = g_strdup ("diocesi.torino.it");
        }
    }

  for (guint d = 0; d < desks->len; d++)
    name_desk (&g_array_index (desks, Desk, d));
}

/* What the meetings need of an association, read from it without draws. */
static void
describe_member (Member               *member,
                 const DscAssociation *association,
                 GPtrArray            *people)
{
  g_auto(GStrv) countries = NULL;

  member->name = g_strdup (association->name);
  member->outside = association->province == DSC_PROVINCE_OUTSIDE;
  member->town = member->outside ? "Torino" : find_town (association->municipality)->name;
  member->territory = (guint) (territory_of (member->town) - territories);
  member->address = g_strdup (association->address);
  member->areas = association->areas;
  member->members = association->members;

  if (!member->outside && g_str_equal (member->town, "Torino"))
    {
      member->circoscrizione = 1;
      for (guint i = 0; i < G_N_ELEMENTS (streets_torino); i++)
        if (association->address != NULL && strstr (association->address, streets_torino[i].name))
          member->circoscrizione = streets_torino[i].circoscrizione;
    }

  countries = g_strsplit (association->communities != NULL ? association->communities : "",
                          ", ", -1);
  for (guint i = 0; i < G_N_ELEMENTS (communities) && countries[0] != NULL; i++)
    if (g_str_equal (communities[i].country, countries[0]))
      member->community = &communities[i];

  member->language = 'i';
  if (association->languages != NULL && strstr (association->languages, "francese") != NULL)
    member->language = 'f';
  else if (association->languages != NULL && strstr (association->languages, "spagnolo") != NULL)
    member->language = 's';

  for (guint i = 0; i < people->len && i < G_N_ELEMENTS (member->people); i++)
    member->people[member->n_people++] =
      g_strdup (((DscPerson *) g_ptr_array_index (people, i))->full_name);
}

/* What meetings say. Placeholders, filled by fill():
 *   {assoc} {assoc2} {assoc3} the associations, {each} each of them in turn;
 *   {pres} its president; {person2} another of its people; {town} {a_town};
 *   {srv} the service with its article (in French or Spanish in those texts),
 *   {Srv} capitalised, {del_srv} {al_srv} {con_srv} with a preposition,
 *   {srv_name} its name, {srv_label} its short name, {ha} "ha" or "hanno"
 *   after it; {contact} its contact person, {a_contact} "ad Anna Bosio";
 *   {trainer}; {host} {host_person} whom a study visit met; {topic},
 *   {di_topic} "della casa", {su_topic} "sui permessi"; {famiglie} "famiglie
 *   senegalesi"; {in_lang} "in wolof"; {k} how many associations; {soci} some
 *   of its members; numbers {n} {n2} {N} {pct} {months} {weeks} {euro}; {ora}
 *   when it ended; {giorno} a weekday; {mese_prima} {mese_dopo} {a_mese_dopo}
 *   months around the meeting (one each a meeting), in the language of the
 *   text. */

static const char * const topic_phrases[3][N_TOPICS][3] = {
  { /* Italian */
    [TOPIC_HOUSING] = { "la ricerca di un alloggio", "l'emergenza abitativa", "la casa" },
    [TOPIC_HEALTH] = { "l'iscrizione al Servizio sanitario nazionale",
                       "la tessera sanitaria e la scelta del medico di base",
                       "l'accesso ai servizi sanitari" },
    [TOPIC_PERMITS] = { "i rinnovi dei permessi di soggiorno",
                        "i tempi di attesa per il permesso di soggiorno",
                        "permessi di soggiorno e ricongiungimenti" },
    [TOPIC_WORK] = { "l'orientamento al lavoro", "l'iscrizione al Centro per l'impiego",
                     "la ricerca di lavoro e i corsi di formazione" },
    [TOPIC_ITALIAN] = { "i corsi di italiano per adulti", "i corsi di italiano e il test A2",
                        "l'insegnamento dell'italiano alle donne" },
    [TOPIC_SCHOOL] = { "le iscrizioni scolastiche",
                       "l'inserimento a scuola dei ragazzi neoarrivati",
                       "il rapporto tra scuole e famiglie" },
    [TOPIC_ASSOCIATION] = { "l'iscrizione al RUNTS", "i bandi per le associazioni",
                            "la gestione dell'associazione" } },
  { /* French */
    [TOPIC_HOUSING] = { "le logement", "la recherche d'un logement", "les expulsions" },
    [TOPIC_HEALTH] = { "l'inscription au service sanitaire national", "la carte sanitaire",
                       "l'accès aux soins" },
    [TOPIC_PERMITS] = { "le renouvellement des titres de séjour", "les titres de séjour",
                        "les délais de la Questura" },
    [TOPIC_WORK] = { "l'orientation vers l'emploi", "la recherche d'emploi",
                     "l'inscription au Centre pour l'emploi" },
    [TOPIC_ITALIAN] = { "les cours d'italien", "les cours d'italien et le test A2",
                        "les cours d'italien pour les femmes" },
    [TOPIC_SCHOOL] = { "l'inscription scolaire des enfants", "l'école",
                       "l'accueil des enfants arrivés en cours d'année" },
    [TOPIC_ASSOCIATION] = { "l'inscription au RUNTS", "les appels à projets",
                            "la gestion de l'association" } },
  { /* Spanish */
    [TOPIC_HOUSING] = { "la vivienda", "la búsqueda de vivienda", "los desalojos" },
    [TOPIC_HEALTH] = { "la inscripción en el Servicio Sanitario Nacional", "la tarjeta sanitaria",
                       "el acceso a la salud" },
    [TOPIC_PERMITS] = { "la renovación de los permisos de residencia", "los permisos de residencia",
                        "los plazos de la Questura" },
    [TOPIC_WORK] = { "la orientación laboral", "la búsqueda de trabajo",
                     "la inscripción en el Centro para el Empleo" },
    [TOPIC_ITALIAN] = { "los cursos de italiano", "los cursos de italiano y el examen A2",
                        "los cursos de italiano para mujeres" },
    [TOPIC_SCHOOL] = { "la matrícula escolar de los niños", "la escuela",
                       "los chicos recién llegados a la escuela" },
    [TOPIC_ASSOCIATION] = { "la inscripción en el RUNTS", "las convocatorias de proyectos",
                            "la gestión de la asociación" } },
};

static const char * const month_names[3][12] = {
  { "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
    "settembre", "ottobre", "novembre", "dicembre" },
  { "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre" },
  { "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
    "octubre", "noviembre", "diciembre" },
};

/* Meetings with services, in Italian -------------------------------------- */

static const char * const topic_titles[N_TOPICS][5] = {
  [TOPIC_HOUSING] = { "Emergenza abitativa: incontro {con_srv}", "Casa e sfratti – {srv_label}",
                      "Ricerca di alloggi per le famiglie – {srv_label}",
                      "Bando case popolari e contributi per l'affitto – {srv_label}", NULL },
  [TOPIC_HEALTH] = { "Tessera sanitaria e medico di base – {srv_label}",
                     "Iscrizione al Servizio sanitario nazionale: incontro {con_srv}",
                     "Cure per chi non ha il permesso di soggiorno – {srv_label}",
                     "Salute delle donne e consultorio – {srv_label}", NULL },
  [TOPIC_PERMITS] = { "Rinnovo dei permessi di soggiorno – {srv_label}",
                      "Appuntamenti e tempi di attesa per i permessi – {srv_label}",
                      "Ricongiungimenti familiari: incontro {con_srv}",
                      "Permesso di lungo periodo e cittadinanza – {srv_label}", NULL },
  [TOPIC_WORK] = { "Orientamento al lavoro: incontro {con_srv}",
                   "Iscrizione al Centro per l'impiego e tirocini – {srv_label}",
                   "Programma GOL e corsi di formazione – {srv_label}",
                   "Riconoscimento dei titoli di studio – {srv_label}", NULL },
  [TOPIC_ITALIAN] = { "Corsi di italiano: incontro {con_srv}",
                      "Test di italiano A2 e corsi serali – {srv_label}",
                      "Un corso di italiano nella sede dell'associazione – {srv_label}", NULL },
  [TOPIC_SCHOOL] = { "Iscrizioni scolastiche: incontro {con_srv}",
                     "Ragazzi neoarrivati a scuola – {srv_label}",
                     "Mediazione nei colloqui tra scuola e famiglie – {srv_label}", NULL },
  [TOPIC_ASSOCIATION] = { "Statuto e iscrizione al RUNTS – {srv_label}",
                          "Bandi per piccole associazioni: incontro {con_srv}",
                          "Consulenza su rendiconto e libri sociali – {srv_label}", NULL },
};

static const char * const service_openings[] = {
  "Incontro chiesto da {assoc} per parlare {di_topic}: negli ultimi mesi sempre più soci si "
  "sono rivolti all'associazione con lo stesso problema.",
  "L'appuntamento era stato chiesto a {mese_prima}, dopo alcune e-mail e una telefonata "
  "{a_contact}. Per l'associazione erano presenti {pres} e {person2}.",
  "Secondo incontro con {srv} {su_topic}. Rispetto alla volta precedente c'era anche {contact}, "
  "che segue direttamente queste pratiche.",
  "Primo incontro ufficiale tra {assoc} e {srv}. Ci siamo presentati: l'associazione ha "
  "raccontato le sue attività {a_town}, {contact} ha spiegato come è organizzato l'ufficio.",
  "L'incontro nasce dal tavolo di {mese_prima}, dove era emerso che molte {famiglie} non sanno a "
  "chi rivolgersi per {topic}.",
  "{pres} ha aperto l'incontro spiegando perché l'associazione si occupa {di_topic}: allo "
  "sportello del sabato è la domanda più frequente.",
  "Incontro preparato con {trainer}, che segue l'associazione nel percorso DISCORSI; le domande "
  "erano state raccolte in assemblea.",
  "{Srv} {ha} accettato di incontrarci dopo la segnalazione di alcuni casi difficili {su_topic}.",
  "Incontro fissato dopo che tre famiglie seguite dall'associazione hanno avuto lo stesso problema "
  "nello stesso mese.",
  "Primo incontro per {person2}, che da questo mese segue lo sportello dell'associazione con "
  "{pres}.",
  NULL
};

/* Only when the meeting was at the service's office. */
static const char * const office_openings[] = {
  "Incontro breve, in un ufficio affollato, ma utile. {contact} ci ha ricevuti con mezz'ora di "
  "ritardo per un'emergenza.",
  "{contact} ci ha ricevuti nel suo ufficio con una collega; avevamo un'ora a disposizione.",
  NULL
};

static const char * const service_asks[N_TOPICS][10] = {
  [TOPIC_HOUSING] = {
    "L'associazione ha chiesto come aiutare le famiglie sotto sfratto per morosità incolpevole e "
    "se esistono contributi per pagare l'affitto arretrato.",
    "{pres} ha portato il caso di tre famiglie che vivono in un alloggio sovraffollato: due "
    "stanze per nove persone, con bambini piccoli.",
    "Abbiamo chiesto se l'associazione può fare da tramite con i proprietari, che spesso non "
    "affittano a chi ha un nome straniero anche quando ha un lavoro regolare.",
    "Domanda ricorrente dei soci: come si presenta la domanda per le case popolari (edilizia "
    "sociale) e quanti anni di residenza servono.",
    "È stato chiesto se esistono posti in coabitazione o in housing sociale per uomini soli che "
    "lavorano ma non trovano una stanza in affitto.",
    "Abbiamo chiesto come ottenere il certificato di idoneità dell'alloggio, necessario per il "
    "ricongiungimento familiare.",
    "{pres} ha chiesto che cosa fare quando il proprietario non vuole registrare il contratto: "
    "senza contratto registrato non si ottiene la residenza.",
    "Domanda di una socia: si può chiedere il contributo per l'affitto se il contratto è intestato "
    "al marito, che lavora all'estero?", NULL },
  [TOPIC_HEALTH] = {
    "L'associazione ha chiesto come fare l'iscrizione al Servizio sanitario nazionale per chi ha "
    "il permesso in rinnovo e ha solo la ricevuta delle Poste.",
    "Abbiamo chiesto chiarimenti sul codice STP per chi non ha il permesso di soggiorno, e su "
    "quali cure si possono avere.",
    "{pres} ha segnalato che molti soci non hanno ancora scelto il medico di base e vanno al "
    "pronto soccorso anche per un'influenza.",
    "Domanda sulle donne in gravidanza: dove andare per le visite, se serve la tessera sanitaria, "
    "se al consultorio c'è una mediatrice.",
    "È stato chiesto come funziona l'iscrizione volontaria al Servizio sanitario per i genitori "
    "anziani arrivati con il ricongiungimento.",
    "Abbiamo chiesto se il Centro ISI può ricevere un gruppo di donne accompagnate da una "
    "volontaria che traduce {in_lang}.",
    "{pres} ha chiesto come si rinnova l'esenzione dal ticket per reddito e chi firma "
    "l'autocertificazione.", NULL },
  [TOPIC_PERMITS] = {
    "Il problema principale portato dall'associazione sono i tempi dei rinnovi: alcuni soci "
    "aspettano il permesso da più di otto mesi e intanto non possono viaggiare.",
    "L'associazione ha chiesto come si prendono gli appuntamenti per le impronte, visto che "
    "l'agenda online è quasi sempre piena.",
    "Abbiamo chiesto quali documenti servono per il ricongiungimento familiare e quanto tempo "
    "passa dalla domanda al nulla osta.",
    "{pres} ha chiesto se con la ricevuta del rinnovo si può firmare un contratto di lavoro o "
    "aprire un conto corrente.",
    "Domanda sulla conversione del permesso per studio in permesso per lavoro per i ragazzi che "
    "finiscono la scuola.",
    "È stato chiesto come si ottiene il permesso UE per soggiornanti di lungo periodo e se il test "
    "di italiano si può fare prima della domanda.",
    "Abbiamo chiesto che cosa devono fare i ragazzi che compiono diciotto anni e hanno un permesso "
    "per minore età.", NULL },
  [TOPIC_WORK] = {
    "L'associazione ha chiesto come iscrivere i soci al Centro per l'impiego e che cosa significa "
    "la DID (dichiarazione di immediata disponibilità).",
    "Abbiamo chiesto se esistono tirocini per donne che non hanno mai lavorato in Italia e "
    "parlano ancora poco l'italiano.",
    "{pres} ha chiesto come far riconoscere i titoli di studio presi nel paese d'origine, in "
    "particolare diplomi di infermiera e di ragioniere.",
    "Domanda sui corsi di formazione gratuiti (saldatura, OSS, logistica, cucina) e sui requisiti "
    "per iscriversi.",
    "È stato chiesto se un orientatore può venire una mattina nella sede dell'associazione per "
    "spiegare i servizi ai soci.",
    "{pres} ha chiesto se il servizio può segnalare all'associazione le offerte adatte a chi parla "
    "ancora poco italiano.",
    "Domanda sui contratti stagionali nella raccolta della frutta: come riconoscere un contratto "
    "regolare e a chi rivolgersi in caso di caporalato.", NULL },
  [TOPIC_ITALIAN] = {
    "L'associazione ha chiesto quando aprono le iscrizioni ai corsi di italiano e se ci sono corsi "
    "serali per chi lavora di giorno.",
    "Abbiamo chiesto se si può tenere un corso di italiano A1 nella sede dell'associazione, per le "
    "donne che la sera non escono volentieri.",
    "{pres} ha chiesto informazioni sul test di italiano A2 per il permesso di lungo periodo: "
    "date, sede, come prepararsi.",
    "Domanda sui corsi di alfabetizzazione per chi non sa leggere e scrivere nemmeno nella propria "
    "lingua.",
    "È stato chiesto se chi frequenta il corso riceve un attestato valido per il permesso di "
    "soggiorno.",
    "{pres} ha chiesto se è possibile un corso il sabato mattina per chi lavora su turni.",
    "Abbiamo chiesto se i volontari dell'associazione possono affiancare gli insegnanti come "
    "tutor.",
    NULL },
  [TOPIC_SCHOOL] = {
    "L'associazione ha chiesto come iscrivere a scuola i ragazzi arrivati a metà anno con il "
    "ricongiungimento familiare.",
    "Abbiamo chiesto se le scuole del quartiere possono avere un mediatore per i colloqui con le "
    "famiglie che non parlano italiano.",
    "{pres} ha segnalato che alcune famiglie non hanno fatto l'iscrizione online alla primaria "
    "perché non hanno lo SPID.",
    "Domanda sulle agevolazioni per la mensa e lo scuolabus: come si calcola la tariffa e che cosa "
    "succede senza ISEE.",
    "È stato chiesto se esistono corsi di italiano per i ragazzi neoarrivati nelle scuole medie.",
    "{pres} ha chiesto come si tiene conto degli anni di scuola fatti nel paese d'origine, perché "
    "i ragazzi non ripetano l'anno.", NULL },
  [TOPIC_ASSOCIATION] = {
    "L'associazione ha chiesto aiuto per aggiornare lo statuto e completare l'iscrizione al RUNTS.",
    "Abbiamo chiesto quali bandi sono aperti per le piccole associazioni e se qualcuno può "
    "rileggere il progetto prima dell'invio.",
    "{pres} ha chiesto come si tiene il rendiconto per cassa e come si conservano le ricevute "
    "delle spese.",
    "Domanda sull'assicurazione dei volontari: è obbligatoria, quanto costa, chi la propone.",
    "Abbiamo chiesto come organizzare una cena di raccolta fondi in regola con il fisco.", NULL },
};

static const char * const service_answers[N_TOPICS][10] = {
  [TOPIC_HOUSING] = {
    "{contact} ha spiegato che il contributo per la morosità incolpevole si chiede al Comune con "
    "l'ISEE e gli atti dello sfratto; le domande sono valutate in ordine di arrivo.",
    "Il bando per le case popolari esce di solito ogni due anni; servono almeno cinque anni di "
    "residenza in Piemonte e la domanda si fa online o con l'aiuto di un CAF.",
    "Secondo {srv}, i posti di emergenza abitativa sono pochi e riservati ai nuclei con minori o "
    "persone fragili, su segnalazione dell'assistente sociale.",
    "{contact} ha presentato l'agenzia per la locazione: il Comune offre incentivi ai proprietari "
    "che affittano a canone concordato e un fondo di garanzia per gli inquilini.",
    "È stato spiegato che per avere la residenza serve un contratto registrato o una dichiarazione "
    "di ospitalità: senza residenza si perde l'accesso a molti servizi.",
    "Per l'idoneità dell'alloggio bisogna presentare la planimetria e il contratto all'ufficio "
    "tecnico; i tempi sono di circa un mese.",
    "{contact} ha spiegato che la domanda di emergenza abitativa passa sempre dall'assistente "
    "sociale, che valuta la situazione con un colloquio e una visita a casa.",
    "Il servizio ha ricordato che gli sportelli dei sindacati inquilini danno consulenza gratuita "
    "su contratti e sfratti.", NULL },
  [TOPIC_HEALTH] = {
    "{contact} ha spiegato che l'iscrizione al Servizio sanitario si fa all'anagrafe sanitaria "
    "con permesso (o ricevuta), codice fiscale e residenza o dichiarazione di domicilio.",
    "Chi non ha il permesso di soggiorno può avere il codice STP al Centro ISI: dà accesso alle "
    "cure urgenti ed essenziali, alle vaccinazioni e all'assistenza in gravidanza.",
    "È stato spiegato che la scelta del medico di base si può fare anche online, ma molti medici "
    "della zona non accettano nuovi pazienti.",
    "Il consultorio non chiede la tessera sanitaria per le visite in gravidanza; c'è una "
    "mediatrice culturale il {giorno} mattina.",
    "{Srv} {ha} ricordato che l'iscrizione volontaria si paga con un contributo annuale e vale "
    "per l'anno solare, non per dodici mesi dalla domanda.",
    "{contact} ha spiegato che il pediatra per i bambini si sceglie allo stesso sportello, insieme "
    "al medico dei genitori.", NULL },
  [TOPIC_PERMITS] = {
    "{contact} ha spiegato che le domande di rinnovo arrivano tramite gli uffici postali e sono "
    "lavorate in ordine di arrivo; i casi urgenti (lavoro, salute, viaggi per lutto) vanno "
    "segnalati per e-mail con i documenti.",
    "L'ufficio ha spiegato che gli appuntamenti per le impronte si prendono con l'agenda online e "
    "che ogni settimana si aprono nuovi posti, di solito il lunedì mattina.",
    "Per il ricongiungimento la domanda si fa online allo Sportello Unico per l'Immigrazione; "
    "servono l'idoneità dell'alloggio rilasciata dal Comune e un reddito minimo.",
    "È stato ricordato che la ricevuta del rinnovo, insieme al permesso scaduto, permette di "
    "lavorare e di avere l'assistenza sanitaria.",
    "{Srv} {ha} spiegato che per il permesso UE di lungo periodo servono cinque anni di soggiorno "
    "regolare, un reddito, un alloggio idoneo e il test di italiano A2.",
    "Per la cittadinanza la domanda è online e passa dalla Prefettura; i tempi arrivano a due o "
    "tre anni.",
    "L'ufficio ha spiegato che i ragazzi che compiono diciotto anni devono chiedere la conversione "
    "del permesso prima che scada, con l'iscrizione a scuola o un contratto di lavoro.", NULL },
  [TOPIC_WORK] = {
    "{contact} ha spiegato che ci si iscrive al Centro per l'impiego con la DID, online o allo "
    "sportello, portando documento, codice fiscale e permesso di soggiorno.",
    "Il servizio ha presentato il programma GOL: orientamento, corsi di formazione e tirocini per "
    "disoccupati e per chi riceve la NASpI.",
    "Per il riconoscimento dei titoli serve la dichiarazione di valore dell'ambasciata; per le "
    "professioni sanitarie la pratica passa dal Ministero della Salute e richiede mesi.",
    "Il Centro per l'impiego fa incontrare domanda e offerta: le aziende della zona cercano "
    "soprattutto magazzinieri, operai, addetti alle pulizie e aiuto cuochi.",
    "{contact} ha proposto un incontro informativo per i soci nella sede dell'associazione, con "
    "un orientatore e, se serve, una mediatrice.",
    "{contact} ha ricordato che i tirocini prevedono un'indennità mensile e durano di solito sei "
    "mesi.",
    "Per il lavoro stagionale in agricoltura il contratto va firmato prima di cominciare; in caso "
    "di caporalato ci si può rivolgere anche ai sindacati.", NULL },
  [TOPIC_ITALIAN] = {
    "{contact} ha spiegato che le iscrizioni sono aperte tutto l'anno, ma i gruppi partono a "
    "settembre e a febbraio; ci sono corsi di mattina, di pomeriggio e di sera.",
    "Il CPIA organizza più volte all'anno il test di italiano A2 per la Prefettura; chi ottiene la "
    "certificazione in un corso ne è esonerato.",
    "È stato spiegato che si può aprire un gruppo in una sede esterna se ci sono almeno dodici "
    "iscritti e un locale adatto.",
    "Per chi non è alfabetizzato ci sono percorsi pre-A1 più lunghi, con insegnanti formati "
    "apposta.",
    "{contact} ha ricordato che il corso per la licenza media è gratuito e dà un titolo valido "
    "anche per i corsi di formazione.",
    "I volontari possono affiancare gli insegnanti come tutor, dopo un breve incontro di "
    "formazione con il coordinatore.", NULL },
  [TOPIC_SCHOOL] = {
    "I servizi educativi hanno spiegato che i minori hanno diritto all'iscrizione a scuola in "
    "qualsiasi momento dell'anno, anche senza permesso di soggiorno.",
    "{contact} ha spiegato che per l'iscrizione online serve lo SPID di un genitore; chi non ce "
    "l'ha può farsi aiutare dalla segreteria della scuola.",
    "Le tariffe della mensa dipendono dall'ISEE; senza ISEE si paga la tariffa più alta, per "
    "questo conviene andare al CAF prima dell'estate.",
    "È stato spiegato che i mediatori per le scuole si chiedono attraverso il Comune, con qualche "
    "settimana di anticipo.",
    "Per i ragazzi neoarrivati il CPIA e alcune scuole medie organizzano laboratori pomeridiani "
    "di italiano L2.",
    "È stato spiegato che la scuola sceglie la classe tenendo conto dell'età e degli studi fatti "
    "all'estero; di solito i ragazzi non perdono anni.", NULL },
  [TOPIC_ASSOCIATION] = {
    "{contact} ha spiegato i passaggi per il RUNTS: statuto adeguato, PEC, firma digitale del "
    "legale rappresentante e domanda online.",
    "Il CSV offre consulenze gratuite su progettazione e contabilità, su appuntamento, anche in "
    "videochiamata.",
    "È stato spiegato che i bandi delle fondazioni chiedono sempre più spesso di lavorare in rete "
    "con altre associazioni e con i servizi pubblici.",
    "L'assicurazione dei volontari è obbligatoria per le ODV; il CSV ha una convenzione che costa "
    "pochi euro a volontario.",
    "Per le cene di raccolta fondi bastano ricevute e un rendiconto separato; {contact} ha mandato "
    "un modello.", NULL },
};

static const char * const service_problems[N_TOPICS][8] = {
  [TOPIC_HOUSING] = {
    "Problema emerso: molti proprietari chiedono tre mensilità di deposito e un contratto a tempo "
    "indeterminato, che pochi soci hanno.",
    "Le famiglie seguite dall'associazione hanno redditi bassi ma non abbastanza per "
    "l'emergenza abitativa: restano a metà strada, senza risposta.",
    "Resta il problema della residenza: chi vive in subaffitto non può dichiararla e perde il "
    "medico e i contributi.",
    "Diversi soci hanno ricevuto offerte di affitto in nero; l'associazione teme truffe e chiede "
    "un elenco di agenzie affidabili.",
    "Alcune famiglie hanno dovuto lasciare l'alloggio alla fine del contratto e ora sono ospiti da "
    "parenti, in sette in due stanze.",
    "Gli annunci spariscono in poche ore e molti proprietari non richiamano chi telefona con un "
    "accento straniero.", NULL },
  [TOPIC_HEALTH] = {
    "Problema segnalato: allo sportello non sempre qualcuno spiega le pratiche in una lingua "
    "comprensibile, e le persone tornano a casa senza aver capito.",
    "Alcuni soci hanno perso l'iscrizione al Servizio sanitario perché il permesso era scaduto e "
    "il rinnovo non risultava.",
    "Tempi lunghi per le visite specialistiche: chi non conosce il sistema delle prenotazioni "
    "rinuncia o va dal privato.",
    "Diverse donne hanno detto di non essere andate al consultorio perché non sapevano che fosse "
    "gratuito.",
    "Chi lavora a giornata non può permettersi di perdere una mattina in coda allo sportello.",
    "Ricette e referti sono solo in italiano e molte persone non capiscono le terapie.", NULL },
  [TOPIC_PERMITS] = {
    "Il problema più grave restano le attese: persone con il permesso scaduto da mesi non "
    "riescono a rinnovare il contratto di lavoro o ad affittare una casa.",
    "L'agenda online non è accessibile a chi non ha uno smartphone o un indirizzo e-mail; qualcuno "
    "paga intermediari per avere un appuntamento.",
    "Segnalato il caso di una famiglia in attesa del nulla osta per il ricongiungimento da più di "
    "un anno.",
    "Molti soci non capiscono gli SMS della Questura e si presentano nel giorno sbagliato.",
    "Le richieste di integrare i documenti arrivano per lettera all'indirizzo di residenza: chi ha "
    "cambiato casa non le riceve.",
    "I costi del rinnovo (bollettino, marca da bollo, kit postale) pesano sulle famiglie numerose.",
    NULL },
  [TOPIC_WORK] = {
    "Problema ricorrente: le offerte di lavoro chiedono la patente e un'auto, che molti non hanno.",
    "Chi ha il permesso in rinnovo teme di non essere assunto: molte aziende non sanno che la "
    "ricevuta permette di lavorare.",
    "Le donne con figli piccoli non riescono a seguire i corsi di formazione senza un servizio per "
    "i bambini.",
    "Alcuni corsi hanno un test di ingresso in italiano troppo difficile per chi è arrivato da "
    "poco.",
    "Molti soci lavorano con contratti di pochi giorni e non maturano la NASpI.",
    "Chi ha una laurea straniera finisce in lavori non qualificati: il riconoscimento richiede "
    "troppo tempo.", NULL },
  [TOPIC_ITALIAN] = {
    "Le liste d'attesa per i corsi serali sono lunghe: alcuni soci aspettano da settembre.",
    "Chi lavora su turni non riesce a frequentare con regolarità e perde il posto nel corso.",
    "Per le mamme con bambini piccoli manca un servizio di custodia durante le lezioni.",
    "Il test A2 spaventa molte persone anziane, che rimandano la domanda di lungo periodo.",
    "Le sedi dei corsi sono lontane per chi abita in periferia e non ha l'abbonamento ai mezzi.",
    "I gruppi sono molto misti: chi ha studiato si annoia, chi non sa scrivere si perde.", NULL },
  [TOPIC_SCHOOL] = {
    "Alcuni ragazzi arrivati a metà anno sono rimasti a casa per settimane in attesa di un posto.",
    "Le comunicazioni della scuola arrivano solo sul registro elettronico, che molte famiglie non "
    "sanno usare.",
    "Le famiglie senza ISEE pagano la mensa piena e a volte ritirano i figli dal tempo pieno.",
    "I colloqui con gli insegnanti si fanno senza mediatore e i genitori capiscono poco.",
    "Alcuni genitori non vanno ai colloqui perché lavorano fino a tardi.",
    "I ragazzi più grandi finiscono in classi di bambini molto più piccoli e si scoraggiano.",
    NULL },
  [TOPIC_ASSOCIATION] = {
    "L'associazione non ha ancora la PEC e la firma digitale: senza non si può presentare la "
    "domanda al RUNTS.",
    "Il tesoriere lavora su turni e il rendiconto dell'anno scorso non è ancora stato approvato.",
    "Pochi volontari attivi: tutto il lavoro ricade sul presidente.",
    "Le assemblee sono poco partecipate e il numero legale si raggiunge a fatica.", NULL },
};

static const char * const service_numbers[N_TOPICS][4] = {
  [TOPIC_HOUSING] = {
    "Numeri: lo sportello dell'associazione ha seguito {N} persone negli ultimi {months} mesi; per "
    "{n} di loro la prima domanda era la casa.",
    "Secondo {srv}, nel territorio ci sono {n} sfratti in corso che riguardano famiglie con "
    "minori, su circa {N} domande di aiuto.",
    "L'associazione conosce almeno {n} famiglie che vivono in alloggi sovraffollati o senza "
    "contratto.", NULL },
  [TOPIC_HEALTH] = {
    "Numeri: in {months} mesi l'associazione ha accompagnato {N} persone all'anagrafe sanitaria; "
    "{n} non avevano ancora il medico di base.",
    "Al Centro ISI arrivano circa {N} persone al mese, il {pct}% in più dell'anno scorso.",
    "Tra le socie, almeno {n} donne in gravidanza non avevano mai fatto una visita.", NULL },
  [TOPIC_PERMITS] = {
    "Numeri portati dall'associazione: {N} persone seguite allo sportello per il rinnovo, {n} "
    "delle quali in attesa da più di sei mesi.",
    "Secondo l'ufficio, le domande di rinnovo sono aumentate del {pct}% in un anno, con lo stesso "
    "personale.",
    "Lo sportello legale dell'associazione ha seguito {N} pratiche quest'anno, soprattutto rinnovi "
    "e ricongiungimenti.", NULL },
  [TOPIC_WORK] = {
    "Numeri: {N} persone senza lavoro seguite dallo sportello dell'associazione, {n} delle quali "
    "iscritte al Centro per l'impiego.",
    "Il Centro per l'impiego ha attivato {n} tirocini con persone di origine straniera negli "
    "ultimi {months} mesi.",
    "Dei {N} curriculum raccolti allo sportello, solo {n} erano stati inviati a un'azienda.",
    NULL },
  [TOPIC_ITALIAN] = {
    "Numeri: {N} iscritti ai corsi del territorio, più della metà donne; {n} persone "
    "dell'associazione in lista d'attesa.",
    "L'associazione ha raccolto {n} nomi di persone interessate a un corso nella propria sede.",
    "All'ultima sessione del test A2 si sono presentate {N} persone; non l'ha superato il {pct}%.",
    NULL },
  [TOPIC_SCHOOL] = {
    "Numeri: {n} ragazzi neoarrivati seguiti dall'associazione quest'anno, {n2} dei quali iscritti "
    "a metà anno.",
    "Nelle scuole della zona gli alunni con cittadinanza non italiana sono circa il {pct}%.",
    NULL },
  [TOPIC_ASSOCIATION] = {
    "L'associazione conta {soci} soci e {n} volontari attivi; in cassa ci sono circa {euro} euro.",
    NULL },
};

static const char * const service_extras[] = {
  "L'incontro si è svolto in italiano; {person2} traduceva {in_lang} per i soci presenti.",
  "Clima buono e collaborativo. {contact} ha lasciato un numero diretto per i casi urgenti, da "
  "usare con misura.",
  "Si è parlato di preparare insieme un volantino in italiano e {in_lang} con le informazioni "
  "principali e gli orari degli uffici.",
  "{trainer} ha suggerito di tenere un registro dei casi seguiti, per portare dati precisi al "
  "prossimo incontro.",
  "Alcune domande sono rimaste senza risposta: {contact} si informa e risponde per e-mail.",
  "L'associazione ha consegnato una lettera con le domande dei soci, preparata nell'assemblea di "
  "{mese_prima}.",
  "È emersa la necessità di un mediatore culturale presente in ufficio almeno una mattina a "
  "settimana.",
  "{Srv} {ha} chiesto all'associazione di far circolare informazioni corrette tra i soci, perché "
  "nei gruppi WhatsApp girano voci sbagliate.",
  "Si è concordato di avere un solo referente per parte, per non intasare l'ufficio di telefonate.",
  "Qualche tensione all'inizio, quando {pres} ha raccontato di persone rimandate indietro allo "
  "sportello; poi il confronto è stato franco e utile.",
  "{pres} ha portato le copie dei documenti di alcuni soci, con il loro consenso, per esaminare i "
  "casi uno per uno.",
  "L'ufficio ha distribuito un foglio informativo solo in italiano: l'associazione si offre di "
  "tradurlo {in_lang}.",
  "Si è parlato anche di privacy: i dati dei soci si condividono solo con il loro consenso "
  "scritto.",
  NULL
};

static const char * const service_closings[] = {
  "Prossimo incontro previsto {a_mese_dopo}, per verificare i casi segnalati.",
  "Ci si aggiorna tra {weeks} settimane per e-mail; se serve si fissa un nuovo incontro.",
  "Verbale scritto da {person2} e inviato a tutti i presenti.",
  "{pres} ringrazia {contact} per la disponibilità; l'associazione riferirà ai soci nella "
  "prossima assemblea.",
  "Incontro chiuso in orario; {contact} resta il riferimento per i casi urgenti.",
  NULL
};

static const char * const service_decisions[N_TOPICS][5] = {
  [TOPIC_HOUSING] = {
    "L'associazione raccoglie i casi di sfratto dei soci in una scheda comune.",
    "Il servizio invia l'elenco dei documenti per il contributo morosità incolpevole.",
    "Incontro sul bando case popolari nella sede dell'associazione.",
    "Le famiglie in alloggi sovraffollati vengono segnalate all'assistente sociale.", NULL },
  [TOPIC_HEALTH] = {
    "Volantino in italiano e {in_lang} sull'iscrizione al Servizio sanitario.",
    "Accompagnamento all'anagrafe sanitaria dei soci senza medico di base.",
    "{Srv} {ha} indicato un referente per i casi segnalati dall'associazione.",
    "Visita di gruppo al Centro ISI per conoscere il servizio.", NULL },
  [TOPIC_PERMITS] = {
    "I casi urgenti si segnalano per e-mail, con copia dei documenti.",
    "Una mattina al mese l'associazione aiuta i soci con le prenotazioni online.",
    "Elenco dei documenti per il ricongiungimento da tradurre {in_lang}.",
    "L'associazione raccoglie i rinnovi in attesa da più di sei mesi.", NULL },
  [TOPIC_WORK] = {
    "Incontro informativo del Centro per l'impiego nella sede dell'associazione.",
    "L'associazione raccoglie i curriculum dei soci disoccupati.",
    "Il servizio segnala all'associazione i corsi GOL in partenza.", NULL },
  [TOPIC_ITALIAN] = {
    "Raccolta delle iscrizioni per un corso A1 nella sede dell'associazione.",
    "Il CPIA comunica le date del prossimo test A2.",
    "Si cerca una volontaria per la custodia dei bambini durante le lezioni.", NULL },
  [TOPIC_SCHOOL] = {
    "Richiesta di mediatori per i colloqui nelle scuole del quartiere.",
    "L'associazione aiuta le famiglie con le iscrizioni online.",
    "Serata sul registro elettronico per i genitori.", NULL },
  [TOPIC_ASSOCIATION] = {
    "Appuntamento al CSV per la PEC e la firma digitale.",
    "Statuto aggiornato da approvare nella prossima assemblea.",
    "Bozza del progetto da rileggere insieme prima dell'invio.", NULL },
};

static const char * const common_decisions[] = {
  "Nuovo incontro {a_mese_dopo} per verificare i casi segnalati.",
  "Un solo referente per parte: {person2} per l'associazione, {contact} per il servizio.",
  "L'associazione invia per e-mail le domande rimaste aperte.",
  NULL
};

/* Follow-ups: who owns them first ('A' the association, 'S' the service, 'T' the trainer). */
static const char * const topic_follow_ups[N_TOPICS][7] = {
  [TOPIC_HOUSING] = {
    "A|Raccogliere in una scheda i casi di sfratto dei soci",
    "A|Accompagnare allo sportello la famiglia segnalata",
    "S|Inviare l'elenco dei documenti per il contributo morosità incolpevole",
    "S|Verificare la domanda di emergenza abitativa della famiglia segnalata",
    "T|Organizzare un incontro sul bando case popolari nella sede dell'associazione",
    "A|Tradurre {in_lang} la scheda sui contratti di affitto e sull'alloggio", NULL },
  [TOPIC_HEALTH] = {
    "A|Preparare l'elenco dei soci senza medico di base",
    "S|Indicare un referente dell'anagrafe sanitaria per l'associazione",
    "A|Preparare il volantino in italiano e {in_lang} sull'iscrizione al Servizio sanitario",
    "S|Comunicare gli orari della mediatrice al consultorio",
    "T|Accompagnare un gruppo di soci al Centro ISI",
    "S|Verificare l'iscrizione sanitaria dei soci con la ricevuta del rinnovo", NULL },
  [TOPIC_PERMITS] = {
    "A|Segnalare per e-mail i rinnovi del permesso in attesa da più di sei mesi",
    "S|Rispondere sui casi urgenti segnalati dall'associazione",
    "A|Aiutare i soci a prenotare online l'appuntamento per le impronte",
    "S|Inviare l'elenco aggiornato dei documenti per il ricongiungimento",
    "A|Tradurre {in_lang} l'elenco dei documenti per il permesso di soggiorno",
    "T|Preparare con l'associazione una scheda sui permessi di soggiorno", NULL },
  [TOPIC_WORK] = {
    "S|Fissare l'incontro informativo nella sede dell'associazione",
    "A|Raccogliere i curriculum dei soci disoccupati",
    "S|Segnalare all'associazione i corsi GOL in partenza",
    "A|Accompagnare tre soci all'iscrizione al Centro per l'impiego",
    "T|Seguire la pratica di riconoscimento del diploma di una socia", NULL },
  [TOPIC_ITALIAN] = {
    "A|Raccogliere le iscrizioni per un corso di italiano A1 in sede",
    "S|Comunicare le date del prossimo test di italiano A2",
    "S|Verificare se si può aprire un altro gruppo serale",
    "A|Trovare una volontaria per i bambini durante il corso",
    "T|Preparare con i soci una simulazione del test A2", NULL },
  [TOPIC_SCHOOL] = {
    "S|Chiedere i mediatori per i colloqui nelle scuole del quartiere",
    "A|Aiutare le famiglie con l'iscrizione online alla primaria",
    "A|Accompagnare le famiglie al CAF per l'ISEE",
    "S|Segnalare i laboratori di italiano per i ragazzi neoarrivati",
    "T|Organizzare una serata sul registro elettronico per i genitori", NULL },
  [TOPIC_ASSOCIATION] = {
    "A|Attivare la PEC e la firma digitale del presidente",
    "S|Rileggere lo statuto aggiornato prima dell'assemblea",
    "A|Approvare in assemblea il rendiconto dell'anno",
    "T|Rivedere la bozza del progetto prima dell'invio al bando", NULL },
};

/* Working tables ------------------------------------------------------------- */

static const char * const table_openings[] = {
  "Incontro periodico del tavolo, con {k} associazioni presenti. Coordina {contact} ({srv_name}).",
  "Ordine del giorno: aggiornamento dalle associazioni, {topic}, varie. Presenti {k} associazioni "
  "e gli operatori dei servizi.",
  "Il tavolo si riunisce dopo qualche mese di pausa; {assoc2} partecipa per la prima volta e si "
  "presenta brevemente.",
  "Apre l'incontro {contact}, che ringrazia le {k} associazioni presenti e ricorda gli impegni "
  "presi la volta scorsa.",
  NULL
};

static const char * const table_rounds[] = {
  "{each} segnala un aumento delle richieste {su_topic} allo sportello del sabato.",
  "{each} ha organizzato una serata informativa con {N} partecipanti e chiede di ripeterla con "
  "gli operatori dei servizi.",
  "{each} porta il caso di una famiglia con tre figli che vive senza residenza da più di un anno.",
  "{each} propone di tradurre i materiali del tavolo nelle lingue delle comunità.",
  "{each} chiede di ricevere le comunicazioni del tavolo anche su WhatsApp: molti volontari non "
  "leggono le e-mail.",
  "{each} racconta che i volontari dello sportello sono stanchi: servono formazione e ricambio.",
  "{each} ha accompagnato {n} persone ai servizi nell'ultimo mese, quasi tutte per {topic}.",
  "{each} lamenta che le informazioni cambiano spesso e arrivano tardi alle associazioni.",
  NULL
};

static const char * const table_numbers[] = {
  "Secondo {srv}, nel territorio le richieste {su_topic} sono aumentate del {pct}% in un anno.",
  "{each} ha seguito {N} persone negli ultimi {months} mesi, {n} delle quali per {topic}.",
  "Dall'ultimo incontro le associazioni presenti hanno accompagnato ai servizi circa {N} persone.",
  "Il giro di tavolo conta {n} casi urgenti, quasi tutti famiglie con bambini piccoli.",
  NULL
};

static const char * const table_closings[] = {
  "Il tavolo si riunisce ogni due o tre mesi; il prossimo incontro è previsto {a_mese_dopo}.",
  "Si decide di preparare una mappa condivisa degli sportelli delle associazioni, con orari e "
  "lingue parlate.",
  "{trainer} ricorda che il percorso DISCORSI offre un modulo sul lavoro in rete con i servizi, "
  "aperto a tutte le associazioni del tavolo.",
  "Verbale a cura della segreteria del tavolo, da inviare entro una settimana.",
  NULL
};

static const char * const table_decisions[] = {
  "Prossimo incontro del tavolo {a_mese_dopo}.",
  "Mappa condivisa degli sportelli delle associazioni da completare entro {mese_dopo}.",
  "Ogni associazione indica un referente per il tavolo.",
  "Volantino comune in più lingue sui servizi del territorio.",
  NULL
};

static const char * const table_follow_ups[] = {
  "A|Mandare alla segreteria del tavolo gli orari e le lingue dello sportello",
  "S|Inviare a tutte le associazioni il verbale dell'incontro",
  "S|Preparare la mappa condivisa degli sportelli",
  "T|Proporre alle associazioni del tavolo il modulo sul lavoro in rete",
  NULL
};

/* Internal meetings: a title and the point it opens with, in each language. */
static const char * const internal_titles[3][9] = {
  { "Riunione del direttivo", "Assemblea dei soci", "Preparazione dell'incontro {con_srv}",
    "Rendiconto e quote associative", "Organizzazione della festa dell'associazione",
    "Sportello del sabato: turni e casi", "Progetto per il bando della fondazione",
    "Rinnovo del direttivo", NULL },
  { "Réunion du bureau", "Assemblée générale des membres",
    "Préparation de la rencontre avec {srv}", "Bilan financier et cotisations",
    "Organisation de la fête de l'association", "Permanence du samedi : tours et situations",
    "Projet pour l'appel de la fondation", "Renouvellement du bureau", NULL },
  { "Reunión de la junta directiva", "Asamblea general de socios",
    "Preparación de la reunión con {srv}", "Balance económico y cuotas",
    "Organización de la fiesta de la asociación", "Atención del sábado: turnos y casos",
    "Proyecto para la convocatoria de la fundación", "Renovación de la junta directiva", NULL },
};

static const char * const internal_leads[3][9] = {
  { "Giro di aggiornamento sulle attività del mese: sportello, corso di italiano, contatti con i "
    "servizi. {pres} chiede a ciascuno di dire che cosa è rimasto indietro.",
    "Assemblea ordinaria: presenti {soci} soci, il numero legale è raggiunto. {pres} presenta la "
    "relazione sulle attività dell'anno.",
    "Preparazione dell'incontro con {srv}: ognuno porta i casi dei soci che conosce, {person2} "
    "raccoglie tutto in una pagina da consegnare.",
    "Il tesoriere presenta entrate e uscite: le quote associative coprono appena l'affitto della "
    "sala, il resto viene da feste e cene.",
    "Festa della comunità: si propone {mese_dopo}, in una sala del quartiere; servono volontari "
    "per la cucina, la musica e l'allestimento.",
    "Lo sportello del sabato è sempre più frequentato: le domande più comuni riguardano {topic}. "
    "Servono almeno altri due volontari.",
    "Si discute il bando della fondazione per piccoli progetti: l'idea è un corso di italiano per "
    "donne con un servizio per i bambini.",
    "Il mandato del direttivo scade {a_mese_dopo}; si cercano candidati, anche donne e giovani "
    "della seconda generazione.", NULL },
  { "Tour de table sur les activités du mois : permanence, cours d'italien, contacts avec les "
    "services. {pres} demande à chacun ce qui est resté en suspens.",
    "Assemblée générale ordinaire : {soci} membres présents, le quorum est atteint. {pres} "
    "présente le rapport d'activité de l'année.",
    "Préparation de la rencontre avec {srv} : chacun apporte les cas qu'il connaît, "
    "{person2} rassemble tout sur une page.",
    "Le trésorier présente les entrées et les dépenses : les cotisations couvrent à peine la "
    "location de la salle, le reste vient des fêtes et des repas.",
    "Fête de la communauté : on propose le mois de {mese_dopo}, dans une salle du quartier. Il "
    "faut des bénévoles pour la cuisine, la musique et l'installation.",
    "La permanence du samedi est de plus en plus fréquentée : les questions portent surtout sur "
    "{topic}. Il faut au moins deux bénévoles de plus.",
    "Discussion sur l'appel à projets de la fondation : l'idée est un cours d'italien pour les "
    "femmes, avec une garde des enfants pendant les cours.",
    "Le mandat du bureau se termine en {mese_dopo} ; on cherche des candidats, notamment des "
    "femmes et des jeunes de la deuxième génération.", NULL },
  { "Ronda de actualización sobre las actividades del mes: atención al público, curso de "
    "italiano, contactos con los servicios. {pres} pide a cada uno qué quedó pendiente.",
    "Asamblea general ordinaria: {soci} socios presentes, hay quórum. {pres} presenta el informe "
    "de actividades del año.",
    "Preparación de la reunión con {srv}: cada uno trae los casos de los socios que conoce y "
    "{person2} lo reúne todo en una página.",
    "El tesorero presenta ingresos y gastos: las cuotas apenas cubren el alquiler del local, el "
    "resto viene de fiestas y cenas.",
    "Fiesta de la comunidad: se propone {mese_dopo}, en un salón del barrio. Hacen falta "
    "voluntarios para la cocina, la música y el montaje.",
    "La atención del sábado tiene cada vez más gente: las preguntas son sobre todo sobre "
    "{topic}. Hacen falta al menos dos voluntarios más.",
    "Se discute la convocatoria de la fundación para pequeños proyectos: la idea es un curso de "
    "italiano para mujeres con cuidado de los niños.",
    "El mandato de la junta termina en {mese_dopo}; se buscan candidatos, también mujeres y "
    "jóvenes de la segunda generación.", NULL },
};

static const char * const internal_openings[3][4] = {
  { "Riunione nella sede dell'associazione. Presenti {pres}, {person2} e altri {n} soci.",
    "Riunione convocata da {pres} nel gruppo WhatsApp; presenti in {n}, due collegati al telefono.",
    "Presenti {pres}, {person2}, {n} soci e {trainer} per il percorso DISCORSI.", NULL },
  { "Réunion au siège de l'association. Présents : {pres}, {person2} et {n} autres membres.",
    "Réunion convoquée par {pres} sur le groupe WhatsApp ; {n} présents, deux par téléphone.",
    "Présents : {pres}, {person2}, {n} membres et {trainer} pour le parcours DISCORSI.", NULL },
  { "Reunión en la sede de la asociación. Presentes {pres}, {person2} y otros {n} socios.",
    "Reunión convocada por {pres} en el grupo de WhatsApp; presentes {n}, dos por teléfono.",
    "Presentes {pres}, {person2}, {n} socios y {trainer} por el programa DISCORSI.", NULL },
};

#define INTERNAL_REPORT 4   /* the point that reports on a meeting with a service */

static const char * const internal_points[3][14] = {
  { "Iscrizione al RUNTS: manca ancora la PEC. {trainer} ha spiegato che il CSV può aiutare con la "
    "firma digitale.",
    "Alcuni soci chiedono più attività per i giovani: doposcuola, calcio, un corso di lingua "
    "d'origine per i bambini.",
    "Comunicazione: la pagina Facebook è ferma da mesi. {person2} si offre di aggiornarla ogni "
    "settimana.",
    "{trainer} ha presentato i moduli del percorso DISCORSI ancora aperti e chi potrebbe "
    "frequentarli.",
    "Resoconto dell'incontro con {srv}: le informazioni ricevute vanno spiegate bene ai soci, "
    "anche {in_lang}.",
    "Soci in regola con la quota: {soci}. In cassa restano circa {euro} euro.",
    "Si discute se chiedere una sala al Comune per le attività: quella attuale è piccola e "
    "costa troppo.",
    "Molte famiglie chiedono aiuto per {topic}; l'associazione non può fare tutto da sola, "
    "bisogna indirizzarle ai servizi giusti.",
    "{person2} propone di tenere un quaderno dei casi dello sportello, con data, domanda e "
    "servizio a cui la persona è stata indirizzata.",
    "Si ricorda che i volontari vanno assicurati prima dell'inizio delle nuove attività.",
    "Il corso di italiano del sabato ha {n} iscritte; serve una seconda insegnante volontaria.",
    "Si decide di partecipare alla festa dei popoli del quartiere con un banco di cucina e musica.",
    "{person2} racconta l'incontro al CSV: per il 5x1000 bisogna essere iscritti al RUNTS.", NULL },
  { "Inscription au RUNTS : il manque encore la PEC. {trainer} a expliqué que le CSV peut aider "
    "pour la signature numérique.",
    "Plusieurs membres demandent des activités pour les jeunes : aide aux devoirs, football, cours "
    "de langue d'origine pour les enfants.",
    "Communication : la page Facebook n'est plus mise à jour depuis des mois. {person2} se propose "
    "de s'en occuper chaque semaine.",
    "{trainer} a présenté les modules du parcours DISCORSI encore ouverts et qui pourrait les "
    "suivre.",
    "Compte rendu de la rencontre avec {srv} : il faut bien expliquer aux membres les "
    "informations reçues.",
    "Membres à jour de cotisation : {soci}. Il reste environ {euro} euros en caisse.",
    "On discute de demander une salle à la mairie pour les activités : la salle actuelle est "
    "petite et trop chère.",
    "Beaucoup de familles demandent de l'aide pour {topic} ; l'association ne peut pas tout faire "
    "seule, il faut les orienter vers les bons services.",
    "{person2} propose de tenir un cahier des situations de la permanence, avec la date, la "
    "demande et le service vers lequel la personne a été orientée.",
    "On rappelle que les bénévoles doivent être assurés avant le début des nouvelles activités.",
    "Le cours d'italien du samedi compte {n} inscrites ; il faudrait une deuxième enseignante "
    "bénévole.",
    "On décide de participer à la fête des peuples du quartier avec un stand de cuisine et de "
    "musique.", NULL },
  { "Inscripción en el RUNTS: todavía falta la PEC. {trainer} explicó que el CSV puede ayudar con "
    "la firma digital.",
    "Algunos socios piden más actividades para los jóvenes: apoyo escolar, fútbol, un curso de "
    "lengua de origen para los niños.",
    "Comunicación: la página de Facebook lleva meses sin actualizarse. {person2} se ofrece a "
    "encargarse cada semana.",
    "{trainer} presentó los módulos del programa DISCORSI todavía abiertos y quién podría "
    "seguirlos.",
    "Informe de la reunión con {srv}: hay que explicar bien a los socios la información "
    "recibida.",
    "Socios al día con la cuota: {soci}. En caja quedan unos {euro} euros.",
    "Se discute pedir un local al Ayuntamiento para las actividades: el actual es pequeño y "
    "demasiado caro.",
    "Muchas familias piden ayuda con {topic}; la asociación no puede hacerlo todo sola, hay que "
    "orientarlas hacia los servicios adecuados.",
    "{person2} propone llevar un cuaderno de los casos atendidos, con fecha, pregunta y servicio "
    "al que se orientó a la persona.",
    "Se recuerda que los voluntarios deben estar asegurados antes de empezar las nuevas "
    "actividades.",
    "El curso de italiano del sábado tiene {n} inscritas; hace falta una segunda profesora "
    "voluntaria.",
    "Se decide participar en la fiesta de los pueblos del barrio con un puesto de comida y música.",
    NULL },
};

static const char * const internal_closings[3][4] = {
  { "La riunione si chiude alle {ora}; il verbale lo scrive {person2}.",
    "Prossima riunione {a_mese_dopo}, sempre in sede.",
    "Si chiude con un tè offerto dalle socie; {pres} ringrazia i nuovi volontari.", NULL },
  { "La réunion se termine à {ora} ; {person2} rédige le compte rendu.",
    "Prochaine réunion en {mese_dopo}, toujours au siège.",
    "On termine avec un thé offert par les membres ; {pres} remercie les nouveaux bénévoles.",
    NULL },
  { "La reunión termina a las {ora}; {person2} redacta el acta.",
    "Próxima reunión en {mese_dopo}, en la sede.",
    "Se cierra con un café ofrecido por las socias; {pres} agradece a los nuevos voluntarios.",
    NULL },
};

static const char * const internal_decisions[3][7] = {
  { "Assemblea dei soci convocata {a_mese_dopo}.",
    "Il tesoriere prepara il rendiconto per la prossima riunione.",
    "{person2} aggiorna la pagina Facebook ogni settimana.",
    "Due nuovi volontari per lo sportello del sabato.",
    "Appuntamento al CSV per l'iscrizione al RUNTS.",
    "Festa dell'associazione {a_mese_dopo}: {person2} cerca la sala.", NULL },
  { "Assemblée générale convoquée en {mese_dopo}.",
    "Le trésorier prépare le bilan pour la prochaine réunion.",
    "{person2} met à jour la page Facebook chaque semaine.",
    "Deux nouveaux bénévoles pour la permanence du samedi.",
    "Demander un rendez-vous au CSV pour l'inscription au RUNTS.",
    "Fête de l'association en {mese_dopo} : {person2} cherche une salle.", NULL },
  { "Asamblea general convocada para {mese_dopo}.",
    "El tesorero prepara el balance para la próxima reunión.",
    "{person2} actualiza la página de Facebook cada semana.",
    "Dos nuevos voluntarios para la atención del sábado.",
    "Pedir una cita al CSV para la inscripción en el RUNTS.",
    "Fiesta de la asociación en {mese_dopo}: {person2} busca un local.", NULL },
};

/* Meetings with services written by the association in French or Spanish. */
static const char * const foreign_titles[3][3] = {
  { NULL },
  { "Rencontre avec {srv} sur {topic}", "Point sur {topic} avec {srv}", NULL },
  { "Reunión con {srv} sobre {topic}", "Cita con {srv} sobre {topic}", NULL },
};

static const char * const foreign_openings[3][4] = {
  { NULL },
  { "Rencontre avec {srv} sur {topic}. Pour l'association : {pres} et {person2}.",
    "Deuxième rencontre avec {srv} ; cette fois {contact} était aussi là.",
    "Rendez-vous demandé en {mese_prima} après plusieurs situations difficiles signalées à la "
    "permanence.", NULL },
  { "Reunión con {srv} sobre {topic}. Por la asociación: {pres} y {person2}.",
    "Segunda reunión con {srv}; esta vez también estaba {contact}.",
    "Cita pedida en {mese_prima}, después de varios casos difíciles llegados a la atención del "
    "sábado.", NULL },
};

static const char * const foreign_topic[3][N_TOPICS][4] = {
  { { NULL } },
  { [TOPIC_HOUSING] = {
      "Plusieurs familles sont menacées d'expulsion ; le service a expliqué qu'il existe une aide "
      "pour les loyers impayés (morosità incolpevole), à demander à la mairie avec l'ISEE.",
      "Les propriétaires demandent trois mois de caution et un CDI : presque personne n'y arrive.",
      "Pour les logements sociaux (case popolari), il faut cinq ans de résidence dans la région ; "
      "l'appel sort environ tous les deux ans.", NULL },
    [TOPIC_HEALTH] = {
      "Pour s'inscrire au service sanitaire, il faut le titre de séjour (ou le récépissé), le code "
      "fiscal et la résidence.",
      "Les personnes sans papiers peuvent obtenir le code STP au Centre ISI pour les soins urgents "
      "et essentiels.",
      "Beaucoup de membres n'ont pas encore choisi de médecin traitant et vont aux urgences pour "
      "tout.", NULL },
    [TOPIC_PERMITS] = {
      "Le problème principal reste l'attente : certains membres attendent leur permis depuis plus "
      "de huit mois.",
      "Les rendez-vous pour les empreintes se prennent en ligne ; de nouvelles places ouvrent "
      "chaque lundi matin.",
      "Avec le récépissé de renouvellement, on peut travailler et se soigner : il faut le faire "
      "savoir aux employeurs.", NULL },
    [TOPIC_WORK] = {
      "Le Centre pour l'emploi a présenté le programme GOL : orientation, formations gratuites et "
      "stages.",
      "Pour la reconnaissance des diplômes, il faut la déclaration de valeur de l'ambassade.",
      "Beaucoup d'offres demandent le permis de conduire et une voiture.", NULL },
    [TOPIC_ITALIAN] = {
      "Les inscriptions aux cours d'italien sont ouvertes toute l'année ; les groupes commencent "
      "en septembre et en février.",
      "Le test A2 pour le permis de longue durée fait peur aux plus âgés.",
      "Le CPIA peut ouvrir un groupe dans nos locaux s'il y a au moins douze inscrits.", NULL },
    [TOPIC_SCHOOL] = {
      "Les enfants ont le droit d'être inscrits à l'école à tout moment de l'année, même sans "
      "titre de séjour.",
      "Pour l'inscription en ligne il faut le SPID d'un parent ; le secrétariat de l'école peut "
      "aider.",
      "Les tarifs de la cantine dépendent de l'ISEE : sans ISEE, on paie le maximum.", NULL },
    [TOPIC_ASSOCIATION] = {
      "Pour l'inscription au RUNTS il faut un statut à jour, une PEC et la signature numérique du "
      "président.",
      "Le CSV propose des conseils gratuits pour écrire un projet et tenir les comptes.", NULL } },
  { [TOPIC_HOUSING] = {
      "Varias familias tienen orden de desalojo; el servicio explicó que hay una ayuda para "
      "alquileres impagados (morosità incolpevole) que se pide en el Ayuntamiento con el ISEE.",
      "Los propietarios piden tres meses de fianza y un contrato indefinido: casi nadie lo tiene.",
      "Para las viviendas sociales (case popolari) hacen falta cinco años de residencia en la "
      "región; la convocatoria sale más o menos cada dos años.", NULL },
    [TOPIC_HEALTH] = {
      "Para inscribirse en el Servicio Sanitario hacen falta el permiso (o el recibo), el código "
      "fiscal y la residencia.",
      "Quien no tiene papeles puede pedir el código STP en el Centro ISI para las curas urgentes y "
      "esenciales.",
      "Muchos socios todavía no tienen médico de cabecera y van a urgencias por cualquier cosa.",
      NULL },
    [TOPIC_PERMITS] = {
      "El problema principal sigue siendo la espera: algunos socios esperan el permiso desde hace "
      "más de ocho meses.",
      "Las citas para las huellas se piden en línea; cada lunes por la mañana se abren nuevos "
      "turnos.",
      "Con el recibo de la renovación se puede trabajar y tener asistencia sanitaria: hay que "
      "explicarlo a los empleadores.", NULL },
    [TOPIC_WORK] = {
      "El Centro para el Empleo presentó el programa GOL: orientación, cursos gratuitos y "
      "prácticas.",
      "Para homologar los títulos hace falta la declaración de valor del consulado.",
      "Muchas ofertas piden carné de conducir y coche.", NULL },
    [TOPIC_ITALIAN] = {
      "La inscripción a los cursos de italiano está abierta todo el año; los grupos empiezan en "
      "septiembre y en febrero.",
      "El examen A2 para el permiso de larga duración asusta a los mayores.",
      "El CPIA puede abrir un grupo en nuestra sede si hay al menos doce inscritos.", NULL },
    [TOPIC_SCHOOL] = {
      "Los niños tienen derecho a matricularse en la escuela en cualquier momento del año, incluso "
      "sin permiso de residencia.",
      "Para la matrícula en línea hace falta el SPID de uno de los padres; la secretaría de la "
      "escuela puede ayudar.",
      "La tarifa del comedor depende del ISEE: sin ISEE se paga la tarifa máxima.", NULL },
    [TOPIC_ASSOCIATION] = {
      "Para inscribirse en el RUNTS hacen falta estatutos actualizados, una PEC y la firma digital "
      "del presidente.",
      "El CSV ofrece asesoría gratuita para escribir proyectos y llevar las cuentas.", NULL } },
};

static const char * const foreign_numbers[3][3] = {
  { NULL },
  { "Chiffres : la permanence de l'association a suivi {N} personnes ces {months} derniers mois, "
    "dont {n} pour cette question.",
    "Selon le service, les demandes ont augmenté de {pct} % en un an.", NULL },
  { "Cifras: la atención de la asociación siguió a {N} personas en los últimos {months} meses, "
    "{n} de ellas por este tema.",
    "Según el servicio, las solicitudes aumentaron un {pct} % en un año.", NULL },
};

static const char * const foreign_closings[3][4] = {
  { NULL },
  { "Prochaine rencontre prévue en {mese_dopo}.",
    "Compte rendu rédigé par {person2} et envoyé à tous les membres du bureau.",
    "On se retrouve dans {weeks} semaines pour faire le point.", NULL },
  { "Próxima reunión prevista en {mese_dopo}.",
    "Acta redactada por {person2} y enviada a toda la junta directiva.",
    "Nos volvemos a ver dentro de {weeks} semanas para hacer balance.", NULL },
};

static const char * const foreign_decisions[3][5] = {
  { NULL },
  { "{person2} rassemble les cas des membres dans un tableau.",
    "Préparer une fiche d'information en français et en italien.",
    "Demander un nouveau rendez-vous avec {srv} en {mese_dopo}.",
    "Accompagner au guichet les familles concernées.", NULL },
  { "{person2} reúne los casos de los socios en una tabla.",
    "Preparar una hoja informativa en español y en italiano.",
    "Pedir una nueva cita con {srv} para {mese_dopo}.",
    "Acompañar a la ventanilla a las familias afectadas.", NULL },
};

static const char * const foreign_follow_ups[3][7] = {
  { NULL },
  { "A|Rassembler dans un tableau les cas des membres concernés",
    "A|Préparer une fiche d'information en français et en italien",
    "S|Envoyer à l'association la liste des documents demandés",
    "A|Demander un nouveau rendez-vous avec le service",
    "S|Répondre sur les cas urgents signalés par l'association",
    "T|Accompagner un groupe de membres au guichet", NULL },
  { "A|Reunir en una tabla los casos de los socios afectados",
    "A|Preparar una hoja informativa en español y en italiano",
    "S|Enviar a la asociación la lista de documentos necesarios",
    "A|Pedir una nueva cita con el servicio",
    "S|Responder sobre los casos urgentes señalados por la asociación",
    "T|Acompañar a un grupo de socios a la ventanilla", NULL },
};

/* Study visits -------------------------------------------------------------- */

static const char * const visit_openings[] = {
  "Visita organizzata nell'ambito del percorso DISCORSI, con {trainer}. Eravamo in {n}: {pres}, "
  "{person2} e alcuni volontari dello sportello.",
  "Siamo stati ospiti di {host}. Ci ha accolti {host_person}, che ci ha mostrato come è "
  "organizzato il lavoro.",
  "Visita di studio preparata nel direttivo di {mese_prima}: volevamo vedere da vicino come "
  "lavora chi fa già quello che vorremmo fare noi.",
  NULL
};

static const char * const visit_learned[] = {
  "Abbiamo visto come tengono il registro dei casi: una scheda semplice, in un foglio condiviso, "
  "con data, bisogno, servizio a cui la persona è stata inviata ed esito.",
  "Interessante il sistema degli appuntamenti: un giorno a settimana è riservato alle "
  "associazioni, che portano i casi già preparati con i documenti.",
  "Lo sportello visitato è aperto tre pomeriggi a settimana con volontari di cinque nazionalità; "
  "i turni sono su un calendario condiviso.",
  "Ci hanno raccontato come hanno ottenuto il primo contributo dal Comune: un progetto piccolo, "
  "ben rendicontato, che ha aperto la strada agli altri.",
  "Molto utile la parte sulla mediazione: i mediatori non traducono soltanto, preparano la persona "
  "al colloquio e spiegano dopo che cosa è successo.",
  "Abbiamo visto i materiali che usano: schede in otto lingue su residenza, tessera sanitaria, "
  "iscrizione a scuola e permesso di soggiorno.",
  "Ci hanno spiegato come lavorano con {srv}: una riunione al mese e un indirizzo e-mail "
  "dedicato ai casi urgenti.",
  NULL
};

static const char * const visit_reflections[] = {
  "Che cosa possiamo portare da noi: una scheda per i casi, un calendario dei turni, un volantino "
  "con gli orari degli uffici.",
  "Alcune cose non si possono copiare: loro hanno una sede grande e due operatori pagati, noi solo "
  "volontari.",
  "Sul viaggio di ritorno {person2} ha proposto di scrivere due righe per ogni caso seguito: "
  "servono a noi e ai servizi.",
  "La visita ha fatto venire voglia di partecipare al tavolo del territorio: da soli si ottiene "
  "poco.",
  NULL
};

static const char * const visit_numbers[] = {
  "Lo sportello visitato riceve circa {N} persone al mese, il {pct}% donne.",
  "In un anno hanno accompagnato ai servizi {N} persone e organizzato {n} incontri informativi.",
  NULL
};

static const char * const visit_decisions[] = {
  "Preparare una scheda per registrare i casi dello sportello.",
  "Invitare l'associazione che ci ha ospitati alla nostra prossima assemblea.",
  "Proporre la stessa visita agli altri membri del direttivo.",
  "Chiedere un incontro con {srv} sul modello di quello visto.",
  NULL
};

static const char * const visit_titles[3][3] = {
  { "Visita di studio presso {srv}", "Conoscere {srv}: visita di studio", NULL },
  { "Visita di studio: {assoc2}", "Lo sportello di {assoc2}: visita di studio", NULL },
  { "Visita di studio: {host}", NULL },
};

static const char * const visit_places[] = {
  "Casa del Quartiere di San Salvario, via Morgari 14, Torino",
  "Centro Interculturale della Città di Torino, corso Taranto 160, Torino",
  "Cascina Roccafranca, via Rubino 45, Torino",
  NULL
};

#define MAX_AT_TABLE 8

/* The services and what the meetings need across associations. */
/* A meeting's link to an association or a service, written with it. */
typedef struct
{
  gint64    meeting_id;
  gint64    other_id;
  gboolean  service;
} Link;

/* The services and what the meetings need across associations. Meetings and
 * follow-ups wait in a batch and are written many rows to a statement: the
 * search index then grows once a batch rather than once a row. */
typedef struct
{
  Programme  *programme;
  GArray     *desks;                      /* Desk */
  GArray     *by_province[DSC_PROVINCE_OUTSIDE]; /* indices of the chosen desks */
  guint32     first_day;                  /* the oldest day a meeting falls on */
  gint64      next_meeting_id;
  gint64      next_follow_up_id;
  GPtrArray  *meetings;                   /* DscMeeting, waiting */
  GPtrArray  *follow_ups;                 /* DscFollowUp, waiting */
  GArray     *links;                      /* Link, waiting */
} Dialogue;

#define BATCH_ROWS 1000

/* One meeting being written. */
typedef struct
{
  Dialogue     *dialogue;
  const Member *members[MAX_AT_TABLE];    /* who took part; the text is about the first */
  guint         n_members;
  const Desk   *linked[3];                /* the services that took part */
  guint         n_linked;
  const Desk   *desk;                     /* (nullable) the service the text names */
  Topic         topic;
  int           language;                 /* 0 Italian, 1 French, 2 Spanish */
  guint32       day;
  int           start;                    /* minutes after midnight */
  int           end;
  const char   *trainer;
  char         *person2;
  char         *host;                     /* study visits: who received us */
  char         *host_person;
  gint64        created_ms;               /* when the meeting was entered */
  guint         next_member;              /* {each}: the associations in turn */
  guint32       before;                   /* {mese_prima}, drawn when first named */
  guint32       after;                    /* {mese_dopo}, likewise */
} Scene;

static void
scene_clear (Scene *scene)
{
  g_clear_pointer (&scene->person2, g_free);
  g_clear_pointer (&scene->host, g_free);
  g_clear_pointer (&scene->host_person, g_free);
}

static const char *
month_of (const Scene *scene,
          guint32      julian)
{
  GDate date;

  date_of (julian, &date);
  return month_names[scene->language][g_date_get_month (&date) - 1];
}

/* "della Prefettura di Cuneo", "dell'ASL TO3", "dei servizi sociali..." */
static void
append_desk (GString    *out,
             const Desk *desk,
             const char *preposition,
             gboolean    capital)
{
  static const char * const forms[][3] = {
    { "il ", "del ", "al " }, { "lo ", "dello ", "allo " }, { "l'", "dell'", "all'" },
    { "la ", "della ", "alla " }, { "i ", "dei ", "ai " },
  };
  gsize start = out->len;
  int column = preposition == NULL ? 0 : preposition[0] == 'd' ? 1 : 2;

  if (desk == NULL)
    g_string_append (out, column == 0 ? "i servizi" : column == 1 ? "dei servizi" : "ai servizi");
  else
    {
      for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
        if (g_str_equal (forms[i][0], desk->article))
          g_string_append (out, forms[i][column]);
      g_string_append (out, desk->short_name);
    }

  if (capital)
    out->str[start] = g_ascii_toupper (out->str[start]);
}

static const char *
member_name (const Scene *scene,
             guint        i,
             const char  *otherwise)
{
  return i < scene->n_members ? scene->members[i]->name : otherwise;
}

/* "della casa", "sui permessi", "di permessi e ricongiungimenti": an Italian
 * preposition joined to the article of what follows. */
static void
append_contracted (GString    *out,
                   const char *preposition,
                   const char *phrase)
{
  static const char * const articles[] = { "il ", "lo ", "l'", "la ", "i ", "gli ", "le " };
  static const char * const joined[][G_N_ELEMENTS (articles)] = {
    { "del ", "dello ", "dell'", "della ", "dei ", "degli ", "delle " },
    { "sul ", "sullo ", "sull'", "sulla ", "sui ", "sugli ", "sulle " },
  };
  int row = g_str_equal (preposition, "di") ? 0 : 1;

  for (guint i = 0; i < G_N_ELEMENTS (articles); i++)
    if (g_str_has_prefix (phrase, articles[i]))
      {
        g_string_append (out, joined[row][i]);
        g_string_append (out, phrase + strlen (articles[i]));
        return;
      }

  g_string_append_printf (out, "%s %s", preposition, phrase);
}

/* The placeholders listed above the texts. */
static void
fill (Scene      *scene,
      const char *template,
      GString    *out)
{
  GRand *rand = scene->dialogue->programme->rand;
  const Member *member = scene->members[0];
  const Desk *desk = scene->desk;

  for (const char *p = template; *p != '\0'; p++)
    {
      const char *end;
      char key[16];

      if (*p != '{' || (end = strchr (p, '}')) == NULL || (gsize) (end - p) >= sizeof key)
        {
          g_string_append_c (out, *p);
          continue;
        }
      memcpy (key, p + 1, end - p - 1);
      key[end - p - 1] = '\0';
      p = end;

      if (g_str_equal (key, "assoc"))
        g_string_append (out, member->name);
      else if (g_str_equal (key, "assoc2"))
        g_string_append (out, member_name (scene, 1, "un'altra associazione"));
      else if (g_str_equal (key, "assoc3"))
        g_string_append (out, member_name (scene, 2, "un'associazione del quartiere"));
      else if (g_str_equal (key, "pres"))
        g_string_append (out, member->people[0]);
      else if (g_str_equal (key, "person2"))
        g_string_append (out, scene->person2);
      else if (g_str_equal (key, "town"))
        g_string_append (out, member->town);
      else if (g_str_equal (key, "a_town"))
        append_in_town (out, member->town);
      else if ((g_str_equal (key, "srv") || g_str_equal (key, "Srv")) && scene->language > 0)
        {
          gsize start = out->len;

          g_string_append (out, desk != NULL ? desk->abroad[scene->language - 1]
                                : scene->language == 1 ? "les services" : "los servicios");
          if (key[0] == 'S')
            out->str[start] = g_ascii_toupper (out->str[start]);
        }
      else if (g_str_equal (key, "srv"))
        append_desk (out, desk, NULL, FALSE);
      else if (g_str_equal (key, "Srv"))
        append_desk (out, desk, NULL, TRUE);
      else if (g_str_equal (key, "srv_label"))
        g_string_append (out, desk != NULL ? desk->label : "servizi del territorio");
      else if (g_str_equal (key, "each"))
        g_string_append (out, member_name (scene, scene->next_member++ % MAX (scene->n_members, 1),
                                           "un'associazione"));
      else if (g_str_equal (key, "del_srv"))
        append_desk (out, desk, "di", FALSE);
      else if (g_str_equal (key, "al_srv"))
        append_desk (out, desk, "a", FALSE);
      else if (g_str_equal (key, "con_srv"))
        {
          g_string_append (out, "con ");
          append_desk (out, desk, NULL, FALSE);
        }
      else if (g_str_equal (key, "srv_name"))
        g_string_append (out, desk != NULL ? desk->name : "servizi del territorio");
      else if (g_str_equal (key, "ha"))
        g_string_append (out, desk == NULL || g_str_equal (desk->article, "i ") ? "hanno" : "ha");
      else if (g_str_equal (key, "contact"))
        g_string_append (out, desk != NULL ? desk->contact : "l'operatrice");
      else if (g_str_equal (key, "a_contact"))
        {
          const char *contact = desk != NULL ? desk->contact : "l'operatrice";

          g_string_append (out, contact[0] == 'A' ? "ad " : "a ");
          g_string_append (out, contact);
        }
      else if (g_str_equal (key, "trainer"))
        g_string_append (out, scene->trainer);
      else if (g_str_equal (key, "host"))
        g_string_append (out, scene->host != NULL ? scene->host : "un'associazione");
      else if (g_str_equal (key, "host_person"))
        g_string_append (out, scene->host_person != NULL ? scene->host_person
                              : scene->n_linked > 0 ? scene->linked[0]->contact
                              : "la responsabile");
      else if (g_str_equal (key, "topic"))
        g_string_append (out, topic_phrases[scene->language][scene->topic][between (rand, 0, 2)]);
      else if (g_str_equal (key, "di_topic") || g_str_equal (key, "su_topic"))
        append_contracted (out, key[0] == 'd' ? "di" : "su",
                           topic_phrases[0][scene->topic][between (rand, 0, 2)]);
      else if (g_str_equal (key, "famiglie"))
        {
          g_string_append (out, "famiglie ");
          g_string_append (out, member->community != NULL ? member->community->adjectives[3]
                                                          : "straniere");
        }
      else if (g_str_equal (key, "in_lang"))
        {
          const char *language = member->community != NULL ? member->community->languages[0]
                                                            : NULL;

          if (language != NULL && !g_str_equal (language, "italiano"))
            g_string_append_printf (out, "in %s", language);
          else
            g_string_append (out, "nelle lingue dei soci");
        }
      else if (g_str_equal (key, "soci"))
        g_string_append_printf (out, "%d", member->members > 0
                                           ? between (rand, MAX (3, member->members / 3),
                                                      member->members)
                                           : between (rand, 8, 40));
      else if (g_str_equal (key, "k"))
        g_string_append_printf (out, "%u", scene->n_members);
      else if (g_str_equal (key, "n"))
        g_string_append_printf (out, "%d", between (rand, 3, 15));
      else if (g_str_equal (key, "n2"))
        g_string_append_printf (out, "%d", between (rand, 2, 5));
      else if (g_str_equal (key, "N"))
        g_string_append_printf (out, "%d", between (rand, 20, 150));
      else if (g_str_equal (key, "pct"))
        g_string_append_printf (out, "%d", between (rand, 8, 45));
      else if (g_str_equal (key, "months"))
        g_string_append_printf (out, "%d", between (rand, 3, 12));
      else if (g_str_equal (key, "weeks"))
        g_string_append_printf (out, "%d", between (rand, 2, 6));
      else if (g_str_equal (key, "euro"))
        g_string_append_printf (out, "%d", between (rand, 15, 250) * 10);
      else if (g_str_equal (key, "ora"))
        g_string_append_printf (out, "%02d:%02d", scene->end / 60, scene->end % 60);
      else if (g_str_equal (key, "giorno"))
        g_string_append (out, (const char * const[]) { "lunedì", "martedì", "mercoledì", "giovedì",
                                                       "venerdì" }[between (rand, 0, 4)]);
      else if (g_str_equal (key, "mese_prima"))
        {
          if (scene->before == 0)
            scene->before = scene->day - (guint32) between (rand, 20, 75);
          g_string_append (out, month_of (scene, scene->before));
        }
      else if (g_str_equal (key, "mese_dopo") || g_str_equal (key, "a_mese_dopo"))
        {
          const char *month;

          /* The next meeting, the party, the assembly: one month for all. */
          if (scene->after == 0)
            scene->after = scene->day + (guint32) between (rand, 25, 80);
          month = month_of (scene, scene->after);
          if (key[0] == 'a')
            g_string_append (out, month[0] == 'a' ? "ad " : "a ");
          g_string_append (out, month);
        }
      else
        g_assert_not_reached ();
    }
}

/* Up to wanted different entries of a list, in the order drawn. */
static guint
pick_distinct (GRand              *rand,
               const char * const *list,
               guint               wanted,
               const char        **chosen)
{
  guint n = list_length (list);
  guint order[16];

  g_assert (n <= G_N_ELEMENTS (order));
  for (guint i = 0; i < n; i++)
    order[i] = i;
  wanted = MIN (wanted, n);
  for (guint i = 0; i < wanted; i++)
    {
      guint other = i + (guint) g_rand_int_range (rand, 0, (gint32) (n - i));
      guint kept = order[i];

      order[i] = order[other];
      order[other] = kept;
      chosen[i] = list[order[i]];
    }

  return wanted;
}

/* A paragraph of fewest to most sentences of a list. */
static void
add_paragraph (Scene              *scene,
               GString            *notes,
               const char * const *list,
               int                 fewest,
               int                 most)
{
  GRand *rand = scene->dialogue->programme->rand;
  const char *chosen[16];
  guint n = pick_distinct (rand, list, (guint) between (rand, fewest, most), chosen);

  if (n == 0)
    return;
  if (notes->len > 0)
    g_string_append (notes, "\n\n");
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (notes, ' ');
      fill (scene, chosen[i], notes);
    }
}

/* One to three lines from two lists. */
static char *
draw_decisions (Scene              *scene,
                const char * const *first,
                const char * const *second,
                int                 most)
{
  GRand *rand = scene->dialogue->programme->rand;
  const char *both[24];
  const char *chosen[16];
  guint n = 0, picked;
  GString *out = g_string_new (NULL);

  for (guint i = 0; first[i] != NULL; i++)
    both[n++] = first[i];
  for (guint i = 0; second != NULL && second[i] != NULL && n < 15; i++)
    both[n++] = second[i];
  both[n] = NULL;

  picked = pick_distinct (rand, both, (guint) between (rand, 1, most), chosen);
  for (guint i = 0; i < picked; i++)
    {
      if (i > 0)
        g_string_append_c (out, '\n');
      fill (scene, chosen[i], out);
    }

  return g_string_free (out, FALSE);
}

static char *
draw_title (Scene              *scene,
            const char * const *titles)
{
  GString *out = g_string_new (NULL);

  fill (scene, pick (scene->dialogue->programme->rand, titles), out);
  return g_string_free (out, FALSE);
}

/* Someone the association knows, when it gave only one name. */
static char *
draw_acquaintance (GRand        *rand,
                   const Member *member)
{
  const Community *community = member->community != NULL && chance (rand, 85)
                               ? member->community : &italians;
  Name name = { 0 };
  char *person;

  draw_person_name (rand, community, chance (rand, community->women_percent), &name);
  person = full_name (&name);
  name_clear (&name);
  return person;
}

static char *
draw_official (GRand *rand)
{
  const Community *community = chance (rand, 88) ? &italians
                               : pick_community (rand, &provinces[0], ORIGIN_ANY);
  Name name = { 0 };
  char *person;

  draw_person_name (rand, community, chance (rand, 62), &name);
  person = full_name (&name);
  name_clear (&name);
  return person;
}

/* Who was there: one line each, "Name Surname (Organisation)". */
static char *
draw_attendees (Scene *scene,
                int    people_each,
                int    trainer_percent)
{
  GRand *rand = scene->dialogue->programme->rand;
  GString *out = g_string_new (NULL);

  for (guint m = 0; m < scene->n_members; m++)
    {
      const Member *member = scene->members[m];
      guint n = MIN ((guint) between (rand, 1, people_each), member->n_people);

      for (guint i = 0; i < n; i++)
        g_string_append_printf (out, "%s (%s)\n", member->people[i], member->name);
      if (m == 0 && (n < 2 || member->n_people < 2))
        g_string_append_printf (out, "%s (%s)\n", scene->person2, member->name);
    }

  for (guint d = 0; d < scene->n_linked; d++)
    {
      const Desk *desk = scene->linked[d];

      g_string_append_printf (out, "%s (%s)\n", desk->contact, desk->name);
      if (chance (rand, 25))
        {
          g_autofree char *colleague = draw_official (rand);

          g_string_append_printf (out, "%s (%s)\n", colleague, desk->name);
        }
    }

  if (scene->host_person != NULL)
    g_string_append_printf (out, "%s (%s)\n", scene->host_person, scene->host);
  if (chance (rand, trainer_percent))
    g_string_append_printf (out, "%s (progetto DISCORSI)\n", scene->trainer);

  g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

/* Offices are open on working days, not over Christmas nor in mid-August. */
static gboolean
is_office_day (guint32 julian)
{
  GDate date;

  if (is_day_off (julian) || is_christmas (julian))
    return FALSE;
  date_of (julian, &date);
  if (g_date_get_weekday (&date) == G_DATE_SATURDAY)
    return FALSE;
  return !(g_date_get_month (&date) == G_DATE_AUGUST && g_date_get_day (&date) >= 8
           && g_date_get_day (&date) <= 24);
}

/* A day in the two years before the clock's, busier lately. */
static guint32
draw_meeting_day (Dialogue *dialogue,
                  guint32   newest)
{
  GRand *rand = dialogue->programme->rand;
  guint32 oldest = dialogue->first_day;
  guint32 span = newest - oldest;
  guint32 day = newest - (guint32) (chance (rand, 35) ? between (rand, 0, (int) MIN (span, 240))
                                                      : between (rand, 0, (int) span));

  while (!is_office_day (day) && day > oldest)
    day--;
  while (!is_office_day (day))
    day++;
  return day;
}

static int
draw_start (GRand *rand,
            int    earliest,
            int    latest)
{
  return earliest + 30 * between (rand, 0, (latest - earliest) / 30);
}

static char *
seat_of (const Member *member)
{
  if (member->address != NULL)
    return g_strdup_printf ("Sede dell'associazione, %s, %s", member->address, member->town);
  return g_strdup_printf ("Sede dell'associazione, %s", member->town);
}

/* Entered that evening or in the next days, after what it names was entered. */
static void
stamp_meeting (Scene      *scene,
               DscMeeting *meeting)
{
  Programme *programme = scene->dialogue->programme;
  GRand *rand = programme->rand;
  guint32 day = MIN (scene->day + (guint32) between (rand, 0, 3), programme->today);
  gint64 created, updated;

  created = day == scene->day ? moment_on (programme, day, scene->end, scene->end + 150)
                              : moment_on (programme, day, 9 * 60, 19 * 60);
  for (guint m = 0; m < scene->n_members; m++)
    created = after_association (programme, scene->members[m], created);
  for (guint d = 0; d < scene->n_linked; d++)
    created = MIN (MAX (created, scene->linked[d]->created_ms + 60 * 1000), programme->now_ms);

  updated = created;
  if (chance (rand, 35))
    updated = moment_between (rand, created, MIN (created + 21 * DAY_MS, programme->now_ms));
  stamp (&meeting->base, created, updated);
  scene->created_ms = created;
}

/* What was agreed: due one to eight weeks on; old ones mostly done or
 * dropped, recent ones open, some of them late. */
static gboolean
add_follow_up (Scene              *scene,
               const DscMeeting   *meeting,
               const char         *template,
               GError            **error)
{
  static const int old_weights[] = {
    [DSC_FOLLOW_UP_OPEN] = 10, [DSC_FOLLOW_UP_DONE] = 76, [DSC_FOLLOW_UP_DROPPED] = 14,
  };
  static const int late_weights[] = {
    [DSC_FOLLOW_UP_OPEN] = 48, [DSC_FOLLOW_UP_DONE] = 45, [DSC_FOLLOW_UP_DROPPED] = 7,
  };
  static const int coming_weights[] = {
    [DSC_FOLLOW_UP_OPEN] = 88, [DSC_FOLLOW_UP_DONE] = 12, [DSC_FOLLOW_UP_DROPPED] = 0,
  };
  Programme *programme = scene->dialogue->programme;
  GRand *rand = programme->rand;
  g_autoptr(DscFollowUp) follow_up = dsc_record_new (&dsc_kind_follow_up);
  const Member *member = scene->members[between (rand, 0, (int) scene->n_members - 1)];
  const Desk *desk = scene->n_linked == 0 ? NULL
                     : scene->linked[between (rand, 0, (int) scene->n_linked - 1)];
  GString *what = g_string_new (NULL);
  guint32 due = scene->day + (guint32) between (rand, 7, 56);
  gint64 created, updated;
  const int *weights;
  char owner = template[0];

  g_assert (template[1] == '|');
  follow_up->base.uuid = seeded_uuid (rand);
  follow_up->meeting_id = meeting->base.id;
  fill (scene, template + 2, what);
  follow_up->what = g_string_free (what, FALSE);

  switch (owner)
    {
    case 'A':
      follow_up->owner = g_strdup (chance (rand, 60) ? member->people[0] : member->name);
      follow_up->association_id = member->id;
      if (desk != NULL && chance (rand, 50))
        follow_up->service_id = desk->id;
      break;
    case 'S':
      if (desk != NULL)
        {
          follow_up->owner = g_strdup_printf ("%s (%s)", desk->contact, desk->name);
          follow_up->service_id = desk->id;
        }
      if (desk == NULL || chance (rand, 60))
        follow_up->association_id = member->id;
      break;
    default:
      follow_up->owner = g_strdup (scene->trainer);
      follow_up->association_id = member->id;
      if (desk != NULL && chance (rand, 30))
        follow_up->service_id = desk->id;
      break;
    }

  follow_up->due_date = format_day (due);
  weights = due + 60 < programme->today ? old_weights
            : due < programme->today ? late_weights : coming_weights;
  follow_up->status = (int) pick_weighted (rand, weights, 3);

  created = MIN (scene->created_ms + between (rand, 1, 600) * 1000, programme->now_ms);
  updated = created;
  if (follow_up->status == DSC_FOLLOW_UP_DONE)
    {
      guint32 last = MIN (due + 21, programme->today);
      guint32 done = scene->day + (guint32) between (rand, 1, (int) MAX (1, last - scene->day));

      done = MIN (done, programme->today);
      follow_up->done_date = format_day (done);
      updated = MAX (created, moment_on (programme, done, 9 * 60, 19 * 60));
    }
  else if (follow_up->status == DSC_FOLLOW_UP_DROPPED)
    updated = moment_between (rand, created,
                              MAX (created, MIN (local_ms (programme, due, 12 * 60) + 30 * DAY_MS,
                                                 programme->now_ms)));
  stamp (&follow_up->base, created, MIN (updated, programme->now_ms));

  if (!dsc_record_validate (follow_up, error))
    return FALSE;
  follow_up->base.id = scene->dialogue->next_follow_up_id++;
  g_ptr_array_add (scene->dialogue->follow_ups, g_steal_pointer (&follow_up));
  return TRUE;
}

/* A new paragraph of the sentences chosen. */
static void
append_sentences (Scene              *scene,
                  GString            *notes,
                  const char * const *sentences,
                  guint               n)
{
  if (n == 0)
    return;
  if (notes->len > 0)
    g_string_append (notes, "\n\n");
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (notes, ' ');
      fill (scene, sentences[i], notes);
    }
}

/* Takes the meeting; its links and follow-ups wait with it. */
static gboolean
store_meeting (Scene              *scene,
               DscMeeting         *meeting,
               const char * const *follow_ups,
               const char * const *more_follow_ups,
               GError            **error)
{
  static const int counts[] = { 25, 35, 28, 12 };
  Programme *programme = scene->dialogue->programme;
  GRand *rand = programme->rand;
  const char *both[24];
  const char *chosen[16];
  guint n = 0, wanted;

  /* Whoever the notes name as present was there. */
  if (strstr (meeting->notes, scene->trainer) != NULL
      && strstr (meeting->attendees, scene->trainer) == NULL)
    {
      char *attendees = g_strdup_printf ("%s\n%s (progetto DISCORSI)", meeting->attendees,
                                         scene->trainer);

      g_free (meeting->attendees);
      meeting->attendees = attendees;
    }

  stamp_meeting (scene, meeting);
  if (!dsc_record_validate (meeting, error))
    {
      dsc_record_free (meeting);
      return FALSE;
    }
  meeting->base.id = scene->dialogue->next_meeting_id++;
  g_ptr_array_add (scene->dialogue->meetings, meeting);

  for (guint m = 0; m < scene->n_members; m++)
    {
      Link link = { meeting->base.id, scene->members[m]->id, FALSE };

      g_array_append_val (scene->dialogue->links, link);
    }
  for (guint d = 0; d < scene->n_linked; d++)
    {
      Link link = { meeting->base.id, scene->linked[d]->id, TRUE };

      g_array_append_val (scene->dialogue->links, link);
    }

  if (follow_ups == NULL)
    return TRUE;

  for (guint i = 0; follow_ups[i] != NULL; i++)
    both[n++] = follow_ups[i];
  for (guint i = 0; more_follow_ups != NULL && more_follow_ups[i] != NULL && n < 15; i++)
    both[n++] = more_follow_ups[i];
  both[n] = NULL;

  wanted = pick_weighted (rand, counts, G_N_ELEMENTS (counts));
  n = pick_distinct (rand, both, wanted, chosen);
  for (guint i = 0; i < n; i++)
    if (!add_follow_up (scene, meeting, chosen[i], error))
      return FALSE;

  return TRUE;
}

static void
set_day_and_time (Scene *scene,
                  DscMeeting *meeting,
                  guint32     newest,
                  int         earliest,
                  int         latest,
                  int         shortest,
                  int         longest)
{
  GRand *rand = scene->dialogue->programme->rand;

  scene->day = draw_meeting_day (scene->dialogue, newest);
  scene->start = draw_start (rand, earliest, latest);
  scene->end = scene->start + 30 * between (rand, shortest / 30, longest / 30);
  meeting->date = format_day (scene->day);
  meeting->time = g_strdup_printf ("%02d:%02d", scene->start / 60, scene->start % 60);
}

static void
set_people (Scene        *scene,
            const Member *member)
{
  Programme *programme = scene->dialogue->programme;

  scene->trainer = member->tutor != NULL ? member->tutor : pick_trainer (programme, NULL);
  scene->person2 = member->n_people >= 2 ? g_strdup (member->people[1])
                                         : draw_acquaintance (programme->rand, member);
}

static const Desk *
desk_at (const Dialogue *dialogue,
         guint           index)
{
  return &g_array_index (dialogue->desks, Desk, index);
}

/* The topics its areas of activity lead an association to. */
static guint
member_topics (const Member *member)
{
  guint topics = 0;

  for (guint a = 0; a < G_N_ELEMENTS (area_topics); a++)
    if (member->areas & DSC_AREA_FLAG (a))
      topics |= area_topics[a];
  return topics;
}

static Topic
draw_topic (GRand        *rand,
            const Member *member,
            guint         offices)
{
  guint topics = member_topics (member);
  int weights[N_TOPICS];

  for (guint t = 0; t < N_TOPICS; t++)
    weights[t] = (topic_offices[t] & offices) == 0 ? 0 : (topics & (1u << t)) ? 40 : 10;
  return (Topic) pick_weighted (rand, weights, N_TOPICS);
}

static guint
reach_offices (const Dialogue *dialogue,
               const Member   *member)
{
  guint offices = 0;

  for (guint r = 0; r < member->n_reach; r++)
    offices |= OFFICE_BIT (desk_at (dialogue, member->reach[r])->office);
  return offices;
}

static const Desk *
random_reach (Dialogue     *dialogue,
              const Member *member)
{
  if (member->n_reach == 0)
    return NULL;
  return desk_at (dialogue, member->reach[g_rand_int_range (dialogue->programme->rand, 0,
                                                            (gint32) member->n_reach)]);
}

/* An association, sometimes with another, and one or two services. */
static gboolean
write_with_services (Dialogue      *dialogue,
                     const Member  *member,
                     guint32        newest,
                     GError       **error)
{
  Programme *programme = dialogue->programme;
  GRand *rand = programme->rand;
  g_autoptr(DscMeeting) meeting = dsc_record_new (&dsc_kind_meeting);
  Scene scene = { dialogue };
  const Desk *candidates[12];
  guint n_candidates = 0;
  const char *chosen[16];
  GString *notes = g_string_new (NULL);
  const char * const *follow_ups;
  gboolean at_office;
  gboolean ok;

  meeting->base.uuid = seeded_uuid (rand);
  meeting->meeting_kind = DSC_MEETING_WITH_SERVICES;
  scene.members[scene.n_members++] = member;
  scene.topic = draw_topic (rand, member, reach_offices (dialogue, member));

  for (guint r = 0; r < member->n_reach; r++)
    if (topic_offices[scene.topic] & OFFICE_BIT (desk_at (dialogue, member->reach[r])->office))
      candidates[n_candidates++] = desk_at (dialogue, member->reach[r]);
  g_assert (n_candidates > 0);
  scene.linked[scene.n_linked++] = candidates[between (rand, 0, (int) n_candidates - 1)];
  if (n_candidates > 1 && chance (rand, 25))
    {
      const Desk *second = candidates[between (rand, 0, (int) n_candidates - 1)];

      if (second != scene.linked[0])
        scene.linked[scene.n_linked++] = second;
    }
  scene.desk = scene.linked[0];

  /* Now and then a neighbouring association comes along. */
  if (scene.desk->pool->len > 1 && chance (rand, 10))
    {
      guint other = g_array_index (scene.desk->pool, guint,
                                   g_rand_int_range (rand, 0, (gint32) scene.desk->pool->len));
      const Member *partner = &g_array_index (programme->members, Member, other);

      if (partner != member)
        scene.members[scene.n_members++] = partner;
    }

  set_day_and_time (&scene, meeting, newest, 9 * 60, 16 * 60, 60, 120);
  set_people (&scene, member);
  if (member->language != 'i' && scene.n_members == 1 && chance (rand, 20))
    scene.language = member->language == 'f' ? 1 : 2;

  meeting->title = draw_title (&scene, scene.language == 0 ? topic_titles[scene.topic]
                                                           : foreign_titles[scene.language]);
  at_office = FALSE;
  switch (between (rand, 0, 19))
    {
    case 13: case 14: case 15: case 16: case 17:
      meeting->location = seat_of (member);
      break;
    case 18: case 19:
      meeting->location = g_strdup (chance (rand, 50) ? "Videochiamata (Google Meet)"
                                                      : "Online (Zoom)");
      break;
    default:
      meeting->location = g_strdup (scene.desk->place);
      at_office = TRUE;
      break;
    }
  meeting->attendees = draw_attendees (&scene, 2, 35);

  if (scene.language == 0)
    {
      gboolean numbers_first = chance (rand, 40);
      const char *openings[24];
      guint n_openings = 0;
      guint n, first;

      for (guint i = 0; service_openings[i] != NULL; i++)
        openings[n_openings++] = service_openings[i];
      for (guint i = 0; at_office && office_openings[i] != NULL; i++)
        openings[n_openings++] = office_openings[i];
      openings[n_openings] = NULL;

      add_paragraph (&scene, notes, openings, 1, 1);
      add_paragraph (&scene, notes, service_asks[scene.topic], 1, 2);

      /* What each service explained. */
      n = pick_distinct (rand, service_answers[scene.topic], scene.n_linked + 1, chosen);
      first = scene.n_linked > 1 ? MIN (n - 1, (guint) between (rand, 1, 2)) : n;
      if (scene.n_linked == 1 && chance (rand, 40))
        first = 1;
      append_sentences (&scene, notes, chosen, first);
      if (scene.n_linked > 1)
        {
          scene.desk = scene.linked[1];
          append_sentences (&scene, notes, chosen + first, n - first);
          scene.desk = scene.linked[0];
        }

      if (numbers_first && chance (rand, 60))
        add_paragraph (&scene, notes, service_numbers[scene.topic], 1, 1);
      if (chance (rand, 75))
        add_paragraph (&scene, notes, service_problems[scene.topic], 1, 2);
      if (!numbers_first && chance (rand, 60))
        add_paragraph (&scene, notes, service_numbers[scene.topic], 1, 1);
      if (chance (rand, 55))
        add_paragraph (&scene, notes, service_extras, 1, 2);
      if (chance (rand, 60))
        add_paragraph (&scene, notes, service_closings, 1, 1);

      meeting->decisions = draw_decisions (&scene, service_decisions[scene.topic],
                                           common_decisions, 3);
      follow_ups = topic_follow_ups[scene.topic];
    }
  else
    {
      int language = scene.language;
      guint n;

      add_paragraph (&scene, notes, foreign_openings[language], 1, 1);
      n = pick_distinct (rand, foreign_topic[language][scene.topic], 3, chosen);
      append_sentences (&scene, notes, chosen, 1);
      append_sentences (&scene, notes, chosen + 1, n - 1);
      if (chance (rand, 60))
        add_paragraph (&scene, notes, foreign_numbers[language], 1, 1);
      if (chance (rand, 70))
        add_paragraph (&scene, notes, foreign_closings[language], 1, 1);

      meeting->decisions = draw_decisions (&scene, foreign_decisions[language], NULL, 2);
      follow_ups = foreign_follow_ups[language];
    }
  meeting->notes = g_string_free (notes, FALSE);

  ok = store_meeting (&scene, g_steal_pointer (&meeting), follow_ups, NULL, error);
  scene_clear (&scene);
  return ok;
}

/* The association on its own, in its own language now and then. */
static gboolean
write_internal (Dialogue      *dialogue,
                const Member  *member,
                guint32        newest,
                GError       **error)
{
  Programme *programme = dialogue->programme;
  GRand *rand = programme->rand;
  g_autoptr(DscMeeting) meeting = dsc_record_new (&dsc_kind_meeting);
  Scene scene = { dialogue };
  GString *notes = g_string_new (NULL);
  const char *chosen[16];
  int language;
  guint lead, n;
  gboolean ok;

  meeting->base.uuid = seeded_uuid (rand);
  meeting->meeting_kind = DSC_MEETING_INTERNAL;
  scene.members[scene.n_members++] = member;
  scene.desk = random_reach (dialogue, member);
  scene.topic = draw_topic (rand, member, G_MAXUINT);
  set_day_and_time (&scene, meeting, newest, 9 * 60 + 30, 17 * 60 + 30, 90, 150);
  set_people (&scene, member);
  if (member->language != 'i' && chance (rand, 55))
    scene.language = member->language == 'f' ? 1 : 2;
  language = scene.language;

  /* Without a service to prepare for, the title names none. */
  do
    lead = (guint) between (rand, 0, (int) list_length (internal_titles[language]) - 1);
  while (scene.desk == NULL && lead == 2);
  {
    GString *title = g_string_new (NULL);

    fill (&scene, internal_titles[language][lead], title);
    meeting->title = g_string_free (title, FALSE);
  }

  switch (between (rand, 0, 19))
    {
    case 14: case 15: case 16:
      meeting->location = g_strdup (language == 1 ? "En ligne (appel WhatsApp)"
                                    : language == 2 ? "En línea (videollamada de WhatsApp)"
                                    : "Online (videochiamata WhatsApp)");
      break;
    case 17: case 18: case 19:
      meeting->location = g_strdup (pick_venue (rand, member->province)->place);
      break;
    default:
      meeting->location = seat_of (member);
      break;
    }
  meeting->attendees = draw_attendees (&scene, 4, 30);

  add_paragraph (&scene, notes, internal_openings[language], 1, 1);
  append_sentences (&scene, notes, &internal_leads[language][lead], 1);
  n = pick_distinct (rand, internal_points[language], (guint) between (rand, 1, 5), chosen);
  for (guint i = 0; i < n; i++)
    /* A meeting that prepares one with a service does not report on it. */
    if (lead != 2 || chosen[i] != internal_points[language][INTERNAL_REPORT])
      append_sentences (&scene, notes, chosen + i, 1);
  if (chance (rand, 60))
    add_paragraph (&scene, notes, internal_closings[language], 1, 1);
  meeting->notes = g_string_free (notes, FALSE);
  meeting->decisions = draw_decisions (&scene, internal_decisions[language], NULL, 3);

  ok = store_meeting (&scene, g_steal_pointer (&meeting), NULL, NULL, error);
  scene_clear (&scene);
  return ok;
}

/* A visit to a service, to another association or to a place of the city. */
static gboolean
write_study_visit (Dialogue      *dialogue,
                   const Member  *member,
                   guint32        newest,
                   GError       **error)
{
  Programme *programme = dialogue->programme;
  GRand *rand = programme->rand;
  g_autoptr(DscMeeting) meeting = dsc_record_new (&dsc_kind_meeting);
  Scene scene = { dialogue };
  GString *notes = g_string_new (NULL);
  const char *chosen[16];
  const char * const *titles;
  const Member *other = NULL;
  int target = between (rand, 0, 99);
  guint n;
  gboolean ok;

  meeting->base.uuid = seeded_uuid (rand);
  meeting->meeting_kind = DSC_MEETING_STUDY_VISIT;
  scene.members[scene.n_members++] = member;
  scene.desk = random_reach (dialogue, member);
  scene.topic = draw_topic (rand, member, G_MAXUINT);

  if (target >= 45 && target < 80 && scene.desk != NULL && scene.desk->pool->len > 1)
    {
      other = &g_array_index (programme->members, Member,
                              g_array_index (scene.desk->pool, guint,
                                             g_rand_int_range (rand, 0,
                                                               (gint32) scene.desk->pool->len)));
      if (other == member)
        other = NULL;
    }

  /* Torino's community houses are worth the journey; elsewhere a service is. */
  if (scene.desk != NULL
      && (target < 45 || (other == NULL && target >= 80 && member->province != DSC_PROVINCE_TO)))
    {
      scene.linked[scene.n_linked++] = scene.desk;
      scene.host = g_strdup (scene.desk->name);
      meeting->location = g_strdup (scene.desk->place);
      titles = visit_titles[0];
    }
  else if (other != NULL)
    {
      scene.members[scene.n_members++] = other;
      scene.host = g_strdup (other->name);
      scene.host_person = g_strdup (other->people[0]);
      meeting->location = seat_of (other);
      titles = visit_titles[1];
    }
  else
    {
      const char *place = pick (rand, visit_places);

      scene.host = g_strndup (place, strcspn (place, ","));
      scene.host_person = draw_acquaintance (rand, member);
      meeting->location = g_strdup (place);
      titles = visit_titles[2];
    }

  set_day_and_time (&scene, meeting, newest, 9 * 60 + 30, 14 * 60 + 30, 120, 180);
  set_people (&scene, member);
  meeting->title = draw_title (&scene, titles);
  meeting->attendees = draw_attendees (&scene, 3, 60);

  add_paragraph (&scene, notes, visit_openings, 1, 1);
  n = pick_distinct (rand, visit_learned, (guint) between (rand, 2, 3), chosen);
  for (guint i = 0; i < n; i++)
    append_sentences (&scene, notes, chosen + i, 1);
  if (chance (rand, 70))
    add_paragraph (&scene, notes, visit_reflections, 1, 2);
  if (chance (rand, 50))
    add_paragraph (&scene, notes, visit_numbers, 1, 1);
  meeting->notes = g_string_free (notes, FALSE);
  meeting->decisions = draw_decisions (&scene, visit_decisions, NULL, 3);

  ok = store_meeting (&scene, g_steal_pointer (&meeting), NULL, NULL, error);
  scene_clear (&scene);
  return ok;
}

static Topic
table_topic (GRand      *rand,
             const Desk *lead)
{
  switch (lead->office)
    {
    case OFFICE_SOCIAL:
      return chance (rand, 60) ? TOPIC_HOUSING : TOPIC_SCHOOL;
    case OFFICE_ASL:
      return TOPIC_HEALTH;
    case OFFICE_CPI:
      return TOPIC_WORK;
    case OFFICE_PREFECTURE:
      return TOPIC_PERMITS;
    case OFFICE_CPIA:
      return TOPIC_ITALIAN;
    case OFFICE_CSV:
      return TOPIC_ASSOCIATION;
    default:
      return TOPIC_HOUSING;
    }
}

/* A working table is named after the service that calls it. */
static char *
table_title (const Desk *lead,
             Topic       topic)
{
  g_autofree char *area = NULL;

  switch (lead->office)
    {
    case OFFICE_SOCIAL:
      area = lead->circoscrizione > 0 ? g_strdup_printf ("Circoscrizione %d", lead->circoscrizione)
                                      : g_strdup_printf ("di %s", lead->town);
      return g_strdup_printf (topic == TOPIC_HOUSING ? "Tavolo casa %s"
                                                     : "Tavolo scuola e intercultura %s", area);
    case OFFICE_ASL:
      return g_strdup_printf ("Tavolo salute migranti %s", lead->short_name);
    case OFFICE_CPI:
      return g_strdup_printf ("Tavolo lavoro e formazione – %s", lead->short_name);
    case OFFICE_PREFECTURE:
      return g_strdup_printf ("Consiglio territoriale per l'immigrazione – %s", lead->short_name);
    case OFFICE_CPIA:
      return g_strdup_printf ("Tavolo lingua italiana e cittadinanza – %s", lead->short_name);
    case OFFICE_CSV:
      return g_strdup_printf ("Tavolo delle associazioni di migranti – %s", lead->short_name);
    default:
      return g_strdup_printf ("Tavolo emergenza abitativa – %s",
                              g_str_equal (lead->town, "Torino") ? "Città di Torino"
                                                                 : lead->town);
    }
}

/* One sitting of a working table: several associations and services. */
static gboolean
write_working_table (Dialogue      *dialogue,
                     const Desk    *lead,
                     GError       **error)
{
  Programme *programme = dialogue->programme;
  GRand *rand = programme->rand;
  g_autoptr(DscMeeting) meeting = dsc_record_new (&dsc_kind_meeting);
  Scene scene = { dialogue };
  GString *notes = g_string_new (NULL);
  GArray *nearby = dialogue->by_province[lead->province];
  const char *chosen[16];
  guint wanted, n, first;
  gboolean ok;

  meeting->base.uuid = seeded_uuid (rand);
  meeting->meeting_kind = DSC_MEETING_WORKING_TABLE;
  scene.topic = table_topic (rand, lead);
  scene.desk = lead;
  scene.linked[scene.n_linked++] = lead;

  /* The keenest come more often. */
  wanted = MIN ((guint) between (rand, 3, 6), lead->pool->len);
  for (guint attempt = 0; scene.n_members < wanted && attempt < 40 * MAX_AT_TABLE; attempt++)
    {
      const Member *member =
        &g_array_index (programme->members, Member,
                        g_array_index (lead->pool, guint,
                                       g_rand_int_range (rand, 0, (gint32) lead->pool->len)));
      gboolean known = FALSE;

      for (guint m = 0; m < scene.n_members; m++)
        known |= scene.members[m] == member;
      if (!known && chance (rand, member->engagement + 15))
        scene.members[scene.n_members++] = member;
    }
  for (guint i = 0; scene.n_members < 2 && i < lead->pool->len; i++)
    {
      const Member *member = &g_array_index (programme->members, Member,
                                             g_array_index (lead->pool, guint, i));

      if (scene.n_members == 0 || scene.members[0] != member)
        scene.members[scene.n_members++] = member;
    }

  for (int extra = between (rand, 0, 2); extra > 0 && nearby->len > 1; extra--)
    {
      guint at = (guint) g_rand_int_range (rand, 0, (gint32) nearby->len);
      const Desk *desk = desk_at (dialogue, g_array_index (nearby, guint, at));
      gboolean known = FALSE;

      for (guint d = 0; d < scene.n_linked; d++)
        known |= scene.linked[d] == desk;
      if (!known)
        scene.linked[scene.n_linked++] = desk;
    }

  set_day_and_time (&scene, meeting, programme->today - 1, 9 * 60 + 30, 15 * 60, 120, 150);
  set_people (&scene, scene.members[0]);
  meeting->title = table_title (lead, scene.topic);
  switch (between (rand, 0, 19))
    {
    case 12: case 13: case 14: case 15: case 16:
      meeting->location = g_strdup (pick_venue (rand, lead->province)->place);
      break;
    case 17: case 18: case 19:
      meeting->location = g_strdup ("Online (Zoom)");
      break;
    default:
      meeting->location = g_strdup (lead->place);
      break;
    }
  meeting->attendees = draw_attendees (&scene, 1, 40);

  add_paragraph (&scene, notes, table_openings, 1, 1);
  n = pick_distinct (rand, table_rounds, (guint) between (rand, 2, 4), chosen);
  first = n > 2 && chance (rand, 50) ? 2 : n;
  append_sentences (&scene, notes, chosen, first);
  append_sentences (&scene, notes, chosen + first, n - first);
  add_paragraph (&scene, notes, service_answers[scene.topic], 1, 2);
  if (chance (rand, 60))
    add_paragraph (&scene, notes, service_problems[scene.topic], 1, 2);
  if (chance (rand, 50))
    add_paragraph (&scene, notes, table_numbers, 1, 1);
  add_paragraph (&scene, notes, table_closings, 1, 2);
  meeting->notes = g_string_free (notes, FALSE);
  {
    g_autofree char *own = draw_decisions (&scene, table_decisions, NULL, 2);
    g_autofree char *topical = chance (rand, 50)
                               ? draw_decisions (&scene, service_decisions[scene.topic], NULL, 1)
                               : NULL;

    meeting->decisions = topical != NULL ? g_strconcat (own, "\n", topical, NULL)
                                         : g_steal_pointer (&own);
  }

  ok = store_meeting (&scene, g_steal_pointer (&meeting), table_follow_ups,
                      topic_follow_ups[scene.topic], error);
  scene_clear (&scene);
  return ok;
}

/* Writing the batch ------------------------------------------------------------ */

typedef void (*BindRow) (sqlite3_stmt  *stmt,
                         int            first,
                         gconstpointer  record);

static void
bind_meeting (sqlite3_stmt  *stmt,
              int            first,
              gconstpointer  record)
{
  const DscMeeting *meeting = record;

  sqlite3_bind_int64 (stmt, first, meeting->base.id);
  dsc_sqlite_bind_text (stmt, first + 1, meeting->base.uuid);
  dsc_sqlite_bind_text (stmt, first + 2, meeting->base.created_at);
  dsc_sqlite_bind_text (stmt, first + 3, meeting->base.updated_at);
  dsc_sqlite_bind_text (stmt, first + 4, meeting->date);
  dsc_sqlite_bind_text (stmt, first + 5, meeting->time);
  dsc_sqlite_bind_text (stmt, first + 6, meeting->title);
  dsc_sqlite_bind_text (stmt, first + 7, dsc_enum_code (&dsc_enum_meeting_kind,
                                                        meeting->meeting_kind));
  dsc_sqlite_bind_text (stmt, first + 8, meeting->location);
  dsc_sqlite_bind_text (stmt, first + 9, meeting->attendees);
  dsc_sqlite_bind_text (stmt, first + 10, meeting->notes);
  dsc_sqlite_bind_text (stmt, first + 11, meeting->decisions);
}

static void
bind_id (sqlite3_stmt *stmt,
         int           index,
         gint64        id)
{
  if (id > 0)
    sqlite3_bind_int64 (stmt, index, id);
  else
    sqlite3_bind_null (stmt, index);
}

static void
bind_follow_up (sqlite3_stmt  *stmt,
                int            first,
                gconstpointer  record)
{
  const DscFollowUp *follow_up = record;

  sqlite3_bind_int64 (stmt, first, follow_up->base.id);
  dsc_sqlite_bind_text (stmt, first + 1, follow_up->base.uuid);
  dsc_sqlite_bind_text (stmt, first + 2, follow_up->base.created_at);
  dsc_sqlite_bind_text (stmt, first + 3, follow_up->base.updated_at);
  bind_id (stmt, first + 4, follow_up->meeting_id);
  bind_id (stmt, first + 5, follow_up->association_id);
  bind_id (stmt, first + 6, follow_up->service_id);
  dsc_sqlite_bind_text (stmt, first + 7, follow_up->what);
  dsc_sqlite_bind_text (stmt, first + 8, follow_up->owner);
  dsc_sqlite_bind_text (stmt, first + 9, follow_up->due_date);
  dsc_sqlite_bind_text (stmt, first + 10, dsc_enum_code (&dsc_enum_follow_up_status,
                                                         follow_up->status));
  dsc_sqlite_bind_text (stmt, first + 11, follow_up->done_date);
}

/* Up to BATCH_ROWS records to a statement. */
static gboolean
write_rows (DscStore    *store,
            const char  *head,
            int          n_columns,
            GPtrArray   *records,
            BindRow      bind,
            GError     **error)
{
  for (guint done = 0; done < records->len;)
    {
      guint n = MIN (records->len - done, BATCH_ROWS);
      g_autoptr(GString) sql = g_string_new (head);
      g_autoptr(DscCachedStatement) stmt = NULL;

      for (guint row = 0; row < n; row++)
        {
          g_string_append (sql, row == 0 ? " (" : ", (");
          for (int column = 0; column < n_columns; column++)
            g_string_append (sql, column == 0 ? "?" : ", ?");
          g_string_append_c (sql, ')');
        }

      stmt = dsc_store_prepare (store, sql->str, error);
      if (stmt == NULL)
        return FALSE;
      for (guint row = 0; row < n; row++)
        bind (stmt, (int) row * n_columns + 1, g_ptr_array_index (records, done + row));
      if (!dsc_sqlite_step_done (stmt, error))
        return FALSE;
      done += n;
    }

  return TRUE;
}

/* The meetings waiting, their links, then their follow-ups once the store's
 * rules have accepted them. */
static gboolean
flush_meetings (Dialogue  *dialogue,
                GError   **error)
{
  DscStore *store = dialogue->programme->store;

  if (!write_rows (store,
                   "INSERT INTO meeting (id, uuid, created_at, updated_at, date, time, title, kind,"
                   " location, attendees, notes, decisions) VALUES",
                   12, dialogue->meetings, bind_meeting, error))
    return FALSE;

  for (guint i = 0; i < dialogue->links->len; i++)
    {
      const Link *link = &g_array_index (dialogue->links, Link, i);
      g_autoptr(DscCachedStatement) stmt =
        dsc_store_prepare (store, link->service
                                  ? "INSERT INTO meeting_service (meeting_id, service_id)"
                                    " VALUES (?, ?)"
                                  : "INSERT INTO meeting_association (meeting_id, association_id)"
                                    " VALUES (?, ?)", error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, link->meeting_id);
      sqlite3_bind_int64 (stmt, 2, link->other_id);
      if (!dsc_sqlite_step_done (stmt, error))
        return FALSE;
    }

  for (guint i = 0; i < dialogue->follow_ups->len; i++)
    if (!dsc_kind_follow_up.check (store, g_ptr_array_index (dialogue->follow_ups, i), error))
      return FALSE;
  if (!write_rows (store,
                   "INSERT INTO follow_up (id, uuid, created_at, updated_at, meeting_id,"
                   " association_id, service_id, what, owner, due_date, status, done_date) VALUES",
                   12, dialogue->follow_ups, bind_follow_up, error))
    return FALSE;

  g_ptr_array_set_size (dialogue->meetings, 0);
  g_ptr_array_set_size (dialogue->follow_ups, 0);
  g_array_set_size (dialogue->links, 0);
  return TRUE;
}

static gboolean
flush_when_full (Dialogue  *dialogue,
                 GError   **error)
{
  return dialogue->meetings->len < BATCH_ROWS || flush_meetings (dialogue, error);
}

/* A service as the programme entered it at the start, with its contact person. */
static gboolean
insert_desk (Dialogue  *dialogue,
             Desk      *desk,
             GError   **error)
{
  Programme *programme = dialogue->programme;
  GRand *rand = programme->rand;
  g_autoptr(DscService) service = dsc_record_new (&dsc_kind_service);
  const Community *community;
  Name name = { 0 };
  guint32 day;
  gint64 created, updated;

  service->base.uuid = seeded_uuid (rand);
  day = working_day_after (dialogue->first_day - (guint32) between (rand, 3, 10));
  created = moment_on (programme, day, 9 * 60, 18 * 60);
  updated = chance (rand, 25) ? moment_between (rand, created, programme->now_ms) : created;
  stamp (&service->base, created, updated);
  desk->created_ms = created;

  community = chance (rand, 88) ? &italians : pick_community (rand, &provinces[0], ORIGIN_ANY);
  draw_person_name (rand, community, chance (rand, 62), &name);
  desk->contact = full_name (&name);

  service->name = g_strdup (desk->name);
  service->service_type = office_types[desk->office];
  service->municipality = g_strdup (desk->town);
  service->contact_person = g_strdup (desk->contact);
  service->phone = landline (rand, find_town (desk->town)->area_code);
  if (chance (rand, 85))
    {
      g_autofree char *given = ascii_slug (name.given);
      g_autofree char *family = ascii_slug (name.family);

      service->email = g_strdup_printf ("%s.%s@%s", given, family, desk->domain);
    }
  name_clear (&name);

  if (chance (rand, 85))
    {
      const char *note = pick (rand, office_notes[desk->office]);

      service->notes = desk->circoscrizione > 0
                       ? g_strdup_printf ("Quartieri: %s. %s",
                                          circoscrizioni_torino[desk->circoscrizione], note)
                       : g_strdup (note);
    }

  if (!dsc_store_insert (programme->store, service, error))
    return FALSE;
  desk->id = service->base.id;
  return TRUE;
}

static gboolean
is_province_wide (Office office)
{
  return office == OFFICE_PREFECTURE || office == OFFICE_QUESTURA || office == OFFICE_PATRONATO
         || office == OFFICE_CSV;
}

/* Which services exist (no draws): a small demo keeps, besides one that covers
 * each province, those that serve most of its associations; a large one all
 * that serve any. */
static void
choose_desks (Dialogue *dialogue)
{
  Programme *programme = dialogue->programme;
  GArray *members = programme->members;
  GArray *desks = dialogue->desks;
  guint budget = 10 + members->len / 4;
  guint n_chosen = 0;

  for (guint i = 0; i < members->len; i++)
    {
      const Member *member = &g_array_index (members, Member, i);
      guint topics = member_topics (member);

      if (member->status == DSC_STATUS_CLOSED)
        continue;
      for (guint d = 0; d < desks->len; d++)
        {
          Desk *desk = &g_array_index (desks, Desk, d);
          gboolean useful = FALSE;

          if (!desk_serves (desk, member))
            continue;
          for (guint t = 0; t < N_TOPICS; t++)
            useful |= (topics & (1u << t)) && (topic_offices[t] & OFFICE_BIT (desk->office));
          desk->demand += (guint) office_weights[desk->office] + (useful ? 40 : 0);
        }
    }

  for (int province = 0; province < DSC_PROVINCE_OUTSIDE; province++)
    {
      Desk *best = NULL;

      for (guint d = 0; d < desks->len; d++)
        {
          Desk *desk = &g_array_index (desks, Desk, d);

          if (desk->province == province && is_province_wide (desk->office) && desk->demand > 0
              && (best == NULL || desk->demand > best->demand))
            best = desk;
        }
      if (best != NULL)
        {
          best->chosen = TRUE;
          n_chosen++;
        }
    }

  while (n_chosen < budget)
    {
      Desk *best = NULL;

      for (guint d = 0; d < desks->len; d++)
        {
          Desk *desk = &g_array_index (desks, Desk, d);

          if (!desk->chosen && desk->demand > 0 && (best == NULL || desk->demand > best->demand))
            best = desk;
        }
      if (best == NULL)
        break;
      best->chosen = TRUE;
      n_chosen++;
    }

  /* Who can turn to whom; the tables invite those not closed. */
  for (guint d = 0; d < desks->len; d++)
    {
      Desk *desk = &g_array_index (desks, Desk, d);

      if (!desk->chosen)
        continue;
      desk->pool = g_array_new (FALSE, FALSE, sizeof (guint));
      g_array_append_val (dialogue->by_province[desk->province], d);
      for (guint i = 0; i < members->len; i++)
        {
          Member *member = &g_array_index (members, Member, i);

          if (!desk_serves (desk, member))
            continue;
          if (member->n_reach < G_N_ELEMENTS (member->reach))
            member->reach[member->n_reach++] = (guint16) d;
          if (member->status != DSC_STATUS_CLOSED)
            g_array_append_val (desk->pool, i);
        }
    }
}

/* Step 8: the services, each association's own meetings, then the working
 * tables; see the draw order at the top. */
static gboolean
generate_meetings (Programme  *programme,
                   GError    **error)
{
  static const int kind_weights[] = {
    [DSC_MEETING_WITH_SERVICES] = 55, [DSC_MEETING_WORKING_TABLE] = 0,
    [DSC_MEETING_INTERNAL] = 30, [DSC_MEETING_STUDY_VISIT] = 15,
  };
  GRand *rand = programme->rand;
  GArray *members = programme->members;
  g_autoptr(GArray) desks = g_array_new (FALSE, TRUE, sizeof (Desk));
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func (dsc_record_free);
  g_autoptr(GPtrArray) follow_ups = g_ptr_array_new_with_free_func (dsc_record_free);
  g_autoptr(GArray) links = g_array_new (FALSE, FALSE, sizeof (Link));
  Dialogue dialogue = { programme, desks };
  g_autofree int *lead_weights = NULL;
  guint n_live = 0, n_tables;
  int total = 0;
  gboolean ok = TRUE;

  g_array_set_clear_func (desks, desk_clear);
  build_catalogue (desks);
  dialogue.first_day = programme->today - 720;
  dialogue.meetings = meetings;
  dialogue.follow_ups = follow_ups;
  dialogue.links = links;
  dialogue.next_meeting_id =
    dsc_sqlite_query_int (programme->store->db, "SELECT coalesce (max (id), 0) + 1 FROM meeting",
                          NULL);
  dialogue.next_follow_up_id =
    dsc_sqlite_query_int (programme->store->db, "SELECT coalesce (max (id), 0) + 1 FROM follow_up",
                          NULL);
  for (guint p = 0; p < DSC_PROVINCE_OUTSIDE; p++)
    dialogue.by_province[p] = g_array_new (FALSE, FALSE, sizeof (guint));
  choose_desks (&dialogue);

  for (guint d = 0; ok && d < desks->len; d++)
    if (g_array_index (desks, Desk, d).chosen)
      ok = insert_desk (&dialogue, &g_array_index (desks, Desk, d), error);

  for (guint i = 0; ok && i < members->len; i++)
    {
      const Member *member = &g_array_index (members, Member, i);
      guint32 newest = programme->today - 1;
      int n;

      switch (member->status)
        {
        case DSC_STATUS_ACTIVE:
          n = between (rand, 2, 6);
          n_live++;
          break;
        case DSC_STATUS_DORMANT:
          n = between (rand, 0, 2);
          n_live++;
          break;
        default:
          n = between (rand, 0, 1);
          newest = programme->today - 365;
          break;
        }

      for (int k = 0; ok && k < n; k++)
        {
          int kind = (int) pick_weighted (rand, kind_weights, G_N_ELEMENTS (kind_weights));

          if (kind == DSC_MEETING_WITH_SERVICES && member->n_reach > 0)
            ok = write_with_services (&dialogue, member, newest, error);
          else if (kind == DSC_MEETING_STUDY_VISIT)
            ok = write_study_visit (&dialogue, member, newest, error);
          else
            ok = write_internal (&dialogue, member, newest, error);
          ok = ok && flush_when_full (&dialogue, error);
        }
    }

  /* Working tables, called by the services that serve most associations. */
  lead_weights = g_new0 (int, desks->len);
  for (guint d = 0; d < desks->len; d++)
    {
      const Desk *desk = desk_at (&dialogue, d);

      if (desk->chosen && desk->pool->len >= 2 && desk->office != OFFICE_QUESTURA
          && desk->office != OFFICE_PATRONATO && desk->office != OFFICE_PASTORALE)
        lead_weights[d] = (int) desk->pool->len;
    }
  n_tables = n_live * 12 / 100;
  if (n_live >= 6)
    n_tables = MAX (n_tables, 3);
  for (guint d = 0; d < desks->len; d++)
    total += lead_weights[d];
  for (guint t = 0; ok && total > 0 && t < n_tables; t++)
    {
      ok = write_working_table (&dialogue,
                                desk_at (&dialogue, pick_weighted (rand, lead_weights, desks->len)),
                                error)
           && flush_when_full (&dialogue, error);
    }
  ok = ok && flush_meetings (&dialogue, error);

  for (guint p = 0; p < DSC_PROVINCE_OUTSIDE; p++)
    g_array_unref (dialogue.by_province[p]);
  return ok;
}

/* Everything after the associations: see the draw order at the top. */
static gboolean
generate_programme (DscStore   *store,
                    GRand      *rand,
                    GDateTime  *now,
                    GArray     *members,
                    GError    **error)
{
  Programme programme = { store, rand };
  g_autoptr(DscFrameworkVersion) version = NULL;
  g_autoptr(GPtrArray) trainers = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) editions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint order[G_N_ELEMENTS (courses)];
  guint n_modules;
  gboolean ok = TRUE;

  if (members->len == 0)
    return TRUE;

  programme.version_id = dsc_store_current_version (store, error);
  if (programme.version_id <= 0)
    return FALSE;
  version = dsc_store_load_version (store, programme.version_id, error);
  if (version == NULL)
    return FALSE;
  /* A domain retired from the framework is left out (its id stays 0). */
  for (guint i = 0; i < version->domains->len; i++)
    {
      const DscDomainText *domain = g_ptr_array_index (version->domains, i);

      for (guint d = 0; d < N_DOMAINS; d++)
        if (!domain->retired && g_strcmp0 (domain->code, domain_codes[d]) == 0)
          programme.domains[d] = domain->id;
    }

  programme.now_ms = g_date_time_to_unix (now) * 1000 + g_date_time_get_microsecond (now) / 1000;
  programme.today = julian_of (g_date_time_get_year (now), g_date_time_get_month (now),
                               g_date_time_get_day_of_month (now));
  programme.epoch = julian_of (1970, G_DATE_JANUARY, 1);
  programme.trainers = trainers;
  programme.members = members;
  programme.editions = editions;
  for (guint p = 0; p <= DSC_PROVINCE_OUTSIDE; p++)
    programme.pools[p] = g_array_new (FALSE, FALSE, sizeof (guint));

  /* 5. How readily each association takes part; closed ones are never invited. */
  for (guint i = 0; i < members->len; i++)
    {
      Member *member = &g_array_index (members, Member, i);

      if (member->status == DSC_STATUS_CLOSED)
        continue;
      member->engagement = member->status == DSC_STATUS_ACTIVE ? between (rand, 20, 100)
                                                               : between (rand, 2, 10);
      g_array_append_val (programme.pools[member->province], i);
      programme.n_invitable++;
    }

  /* 6. The programme year: one cohort for about twelve associations. */
  n_modules = (guint) between (rand, 8, 12);
  if (members->len < 40)
    n_modules = MAX (2, n_modules * members->len / 40);
  else
    n_modules = MAX (n_modules, MIN (members->len / 12, MAX_MODULES));
  if (programme.n_invitable == 0)
    n_modules = 0;
  draw_trainers (&programme, (guint) between (rand, 3, 5) + n_modules / 25);

  for (guint i = 0; i < G_N_ELEMENTS (courses); i++)
    order[i] = i;
  for (guint i = G_N_ELEMENTS (courses) - 1; i > 0; i--)
    {
      guint other = (guint) between (rand, 0, (int) i);
      guint kept = order[i];

      order[i] = order[other];
      order[other] = kept;
    }

  for (guint m = 0; ok && m < n_modules; m++)
    ok = generate_module (&programme, &courses[order[m % G_N_ELEMENTS (courses)]],
                          n_modules > G_N_ELEMENTS (courses), error);

  /* 7. Each association's assessments and goals. */
  for (guint i = 0; ok && i < members->len; i++)
    ok = generate_path (&programme, &g_array_index (members, Member, i), error);

  /* 8. Services, meetings and follow-ups. */
  ok = ok && generate_meetings (&programme, error);

  for (guint p = 0; p <= DSC_PROVINCE_OUTSIDE; p++)
    g_array_unref (programme.pools[p]);
  return ok;
}

static gboolean
generate (DscStore   *store,
          guint       n_associations,
          GRand      *rand,
          GDateTime  *now,
          GError    **error)
{
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) name_counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) slugs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Demo demo = { now, names, name_counts, slugs };
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (dsc_record_free);
  g_autoptr(GArray) members = g_array_sized_new (FALSE, TRUE, sizeof (Member), n_associations);
  gboolean ok = TRUE;

  g_array_set_clear_func (members, member_clear);

  for (guint i = 0; ok && i < n_associations; i++)
    {
      g_autoptr(DscAssociation) association = NULL;
      g_autoptr(GDateTime) created = NULL;
      Member member = { 0 };

      g_ptr_array_set_size (people, 0);
      association = generate_association (&demo, rand, people);

      ok = dsc_store_insert (store, association, error);
      for (guint p = 0; ok && p < people->len; p++)
        {
          DscPerson *person = g_ptr_array_index (people, p);

          person->association_id = association->base.id;
          ok = dsc_store_insert (store, person, error);
        }

      /* What the programme needs later; no draws here. */
      created = g_date_time_new_from_iso8601 (association->base.created_at, NULL);
      member.id = association->base.id;
      member.created_ms = g_date_time_to_unix (created) * 1000
                          + g_date_time_get_microsecond (created) / 1000;
      member.status = association->status;
      member.province = association->province == DSC_PROVINCE_OUTSIDE ? DSC_PROVINCE_TO
                                                                        : association->province;
      member.registered = association->runts_section != DSC_RUNTS_NOT_REGISTERED;
      member.informal = association->legal_form == DSC_LEGAL_FORM_INFORMAL;
      member.website = association->website != NULL;
      member.president = g_strdup (((DscPerson *) g_ptr_array_index (people, 0))->full_name);
      describe_member (&member, association, people);
      g_array_append_val (members, member);
    }

  return ok && generate_programme (store, rand, now, members, error);
}

/**
 * dsc_demo_generate:
 * @store: an empty store
 * @n_associations: how many associations to make
 * @seed: the seed of every choice
 * @error: return location for a #GError
 *
 * Fills an empty database with realistic sample data in one transaction. The
 * same @seed and the same clock (`DISCORSI_NOW`) give the same records, uuids
 * and timestamps included. A database that already holds records is refused
 * with %DSC_STORE_ERROR_NOT_EMPTY and left as it was.
 *
 * Returns: %TRUE on success
 */
gboolean
dsc_demo_generate (DscStore  *store,
                   guint      n_associations,
                   guint32    seed,
                   GError   **error)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GDateTime) now = dsc_clock_now ();
  GError *local_error = NULL;

  g_return_val_if_fail (DSC_IS_STORE (store), FALSE);

  /* Checked inside the transaction, so that no other program adds records meanwhile. */
  if (!dsc_store_begin (store, error))
    return FALSE;

  if (!dsc_store_is_empty (store, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, local_error);
      else
        g_set_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_NOT_EMPTY,
                     _("“%s” already holds records; sample data only goes into an empty database."),
                     dsc_store_get_path (store));
      goto failed;
    }

  if (!generate (store, n_associations, rand, now, error)
      || !dsc_store_commit (store, error))
    goto failed;

  return TRUE;

failed:
  dsc_store_rollback (store);
  return FALSE;
}
