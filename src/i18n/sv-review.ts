import { plural } from './plural';
import type { ReviewTexts } from './review-texts';

const quoted = (names: string[]) => names.map((name) => `”${name}”`).join(', ');

export const svReview: ReviewTexts = {
  reviewTexts: 'Granska texterna',
  title: (label) => `Granska texterna · ${label}`,
  intro:
    'Så här publiceras varje observation. Kryssa i **Ta inte med** för att lämna den utanför den publicerade lägesbilden, eller skriv om texten så att den handlar om platsen och vad som hände, inte om vem. Siffrorna räknas som förut, och medlemmens egen rapport ändras inte.',
  page: (from, to, total) => `Observation ${from}–${to} av ${total}`,
  none: 'Perioden har inga observationer att granska.',
  omitLabel: 'Ta inte med i den publicerade lägesbilden',
  textLabel: 'Text som publiceras',
  byOrganisation: (organisation) => `Från ${organisation}`,
  save: 'Spara granskningen',
  saveAndNext: 'Spara och visa nästa',
  saveAndPrevious: 'Spara och visa föregående',
  markedNotPerson: (names) => `⚠ Rapportören angav att ${quoted(names)} inte är en person.`,
  rewrittenMark: '(omskriven för publicering)',
  summary: (omitted, rewritten) =>
    [
      omitted > 0 ? `${plural(omitted, 'observation', 'observationer')} tas inte med` : '',
      rewritten > 0
        ? `${plural(rewritten, 'text', 'texter')} är ${rewritten === 1 ? 'omskriven' : 'omskrivna'} för publicering`
        : '',
    ]
      .filter(Boolean)
      .join('; ') + (omitted + rewritten > 0 ? '.' : ''),
  saved: (omitted, rewritten) =>
    `Granskningen är sparad (utelämnade: ${omitted}, omskrivna: ${rewritten}). Publicera när du är klar.`,
  problem: (problem, kindText) => {
    switch (problem.code) {
      case 'empty':
        return 'Texten är tom. Kryssa i Ta inte med om observationen inte ska publiceras.';
      case 'tooLong':
        return 'Texten är för lång (högst 1 000 tecken).';
      case 'personalData':
        return problem.names.length > 0
          ? `Texten ser ut att nämna en person: ${quoted(problem.names)}. Skriv om den eller ta inte med observationen.`
          : `Texten innehåller ${problem.kinds.map(kindText).join(' och ')}. Skriv om den eller ta inte med observationen.`;
    }
  },
  fixProblems: (count) =>
    `${plural(count, 'text', 'texter')} kan inte publiceras så här. Inget sparades; rätta och spara igen.`,
  changedSince: (reports) =>
    reports > 0
      ? `${plural(reports, 'rapport', 'rapporter')} har kommit in eller ändrats sedan du granskade. Inget publicerades: granska den nya sammanställningen och publicera igen.`
      : 'Granskningen har ändrats sedan kortet visades. Inget publicerades: granska den nya sammanställningen och publicera igen.',
  otherOrganisations: 'övriga organisationer',
  hiddenOrganisations: (count, named) =>
    named > 0
      ? `ytterligare ${plural(count, 'organisation', 'organisationer')}`
      : plural(count, 'organisation', 'organisationer'),
  textsRemoved: (date) =>
    `Fritexterna gallrades ${date} enligt kommunens dokumenthanteringsplan; siffrorna, vem som publicerade, när och var finns kvar.`,
  organisationDisplayLabel: 'Organisation vid observationerna i rådets lägesbild',
  organisationDisplay: {
    minTwo: 'Bara organisationer med minst två medlemmar i gruppen (rekommenderas)',
    always: 'Alltid',
    never: 'Aldrig',
  },
};
