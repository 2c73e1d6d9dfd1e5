/**
 * The words around names in Swedish text, for the name detector (`person-names.ts`): first names
 * and surnames that are also everyday words, the words places, shops and titles are made of, and
 * the words that introduce a person.
 */

/** First names that are also everyday words ("hans", "inga", "per", "klara"): not a name by themselves at a sentence's start or in lower case. */
export const WORD_FIRST_NAMES: ReadonlySet<string> = new Set(
  (
    'hans inga per bo mina dina klara vilja liv dag mark sten stig björn sol saga maj juni april ask vide rut lo ' +
    'max tea ville lina alla tor iris viola linnea love tim sam jan kim alf kurt can said ali emir gun ebbe ' +
    'elle noel lilja lind sally rose rosa penny melker vanja svea tiril isa oona'
  ).split(' '),
);
/** Never a person even capitalised mid-sentence: months, and names that are shops before people here. */
export const NOT_PERSONS: ReadonlySet<string> = new Set(['maj', 'juni', 'april', 'max', 'sol', 'liv', 'saga', 'vide']);

/** Surnames that are also everyday or place words ("berg", "holm", "lund"): only names next to a first name. */
export const WORD_SURNAMES: ReadonlySet<string> = new Set(
  (
    'berg holm lind falk björk ek blom ström strand skog fors borg palm malm dahl kvist lund nord wall rask stark ' +
    'frisk modig kling stolt strid svensk unger hjort sköld säll frid wik vik lilja ljung hammar mörk bäck skarp ' +
    'steen tell ärlig norberg sandvik kara can le shah khan jarl orre rehn lans roos grahn gren fridh löf lönn ' +
    'nur haji kurt said ali omar osman farah ibrahim yusuf abdi ismail mustafa hamid rashid hassan nasser saleh'
  ).split(' '),
);

/** Words a place name ends with: "Olof Palmes plats", "Karl Johans park", "Anna Lindh-skolan". */
export const PLACE_ENDINGS = (
  'torg torget park parken plats platsen kyrka kyrkan kapell kapellet gata gatan väg vägen gränd gränden ' +
  'allé allén skola skolan skolor gymnasium gymnasiet förskola förskolan gård gården hus huset hall hallen ' +
  'bro bron backe backen plan planen stig stigen bad badet center centrum strand stranden hamn hamnen museum ' +
  'museet bibliotek biblioteket torn tornet kulle kullen äng ängen arena arenan staty statyn minnesplats ' +
  'monument sjukhus sjukhuset vårdcentral stadion idrottsplats idrottsplatsen bana banan rondell rondellen ' +
  'hage hagen lund lunden dal dalen berg berget holme holmen vik viken skog skogen fält fältet kaj kajen ' +
  'terrass terrassen trappa trappan tunnel tunneln station stationen hem hemmet'
).split(' ');

/** Words before which a capitalised word is a shop, a restaurant or an association, not a person. */
export const ORGANISATION_LEADS: ReadonlySet<string> = new Set(
  (
    'pizzeria restaurang café kafé cafe konditori frisör frisörsalong salong bageri kiosk kiosken butik butiken ' +
    'affär affären firma föreningen stiftelsen klubben bolaget hotell hotel bar puben pub gym livs'
  ).split(' '),
);
/** Titles that make the next words a place or a historical person's name: "Sankt Göran", "Kung Karls park". */
export const NAME_TITLES: ReadonlySet<string> = new Set(
  'sankt sankta s:t s:ta st kung kungen drottning drottningen prins prinsessan kronprinsessan hertig biskop'.split(' '),
);
/** Shops and brands that carry a person's name. */
export const BRANDS = [
  'clas ohlson',
  'gina tricot',
  'max burgers',
  'martin & servera',
  'filippa k',
  'burger king',
  "mcdonald's",
  'mcdonalds',
  'kalle anka',
  'karl hedin',
  'hemtex',
  'anna lindh',
];
export const FAMILY_WORDS: ReadonlySet<string> = new Set(
  'familjen släkten bröderna systrarna syskonen klanen makarna paret'.split(' '),
);
export const NAMED_WORDS: ReadonlySet<string> = new Set(
  'heter kallas kallad kallade alias smeknamnet namnet'.split(' '),
);
/** After these a capitalised surname-like word is a place: "i Norberg", "från Lund". */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(
  'i från till mot utanför nära genom via inom kring mellan'.split(' '),
);
