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
 *        goals.
 *
 * New kinds of records go after 7. Change nothing above without knowing that
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
#include "dsc-progress.h"

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
} Street;

/* Torino's streets where many migrants live and meet, with their CAP. */
static const Street streets_torino[] = {
  { "Via Nizza", 10125 },
  { "Via Madama Cristina", 10125 },
  { "Via Saluzzo", 10125 },
  { "Via Principe Tommaso", 10125 },
  { "Via Sacchi", 10128 },
  { "Corso Giulio Cesare", 10152 },
  { "Corso Vercelli", 10152 },
  { "Corso Palermo", 10152 },
  { "Corso Novara", 10152 },
  { "Via Cigna", 10152 },
  { "Via Aosta", 10152 },
  { "Corso Taranto", 10154 },
  { "Via Cibrario", 10143 },
  { "Corso Francia", 10138 },
  { "Via Monginevro", 10138 },
  { "Via Chiesa della Salute", 10147 },
  { "Via Po", 10124 },
  { "Via Garibaldi", 10122 },
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
