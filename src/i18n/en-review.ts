import { plural } from './plural';
import type { ReviewTexts } from './review-texts';

const quoted = (names: string[]) => names.map((name) => `"${name}"`).join(', ');

export const enReview: ReviewTexts = {
  reviewTexts: 'Review the texts',
  title: (label) => `Review the texts · ${label}`,
  intro:
    'This is how each observation will be published. Tick **Leave out** to keep it out of the published situation picture, or rewrite the text so that it is about the place and what happened, not who. The figures count as before, and the member’s own report does not change.',
  page: (from, to, total) => `Observation ${from}–${to} of ${total}`,
  none: 'The period has no observations to review.',
  omitLabel: 'Leave out of the published situation picture',
  textLabel: 'Text to publish',
  byOrganisation: (organisation) => `From ${organisation}`,
  save: 'Save the review',
  saveAndNext: 'Save and show next',
  saveAndPrevious: 'Save and show previous',
  markedNotPerson: (names) => `⚠ The reporter said that ${quoted(names)} is not a person.`,
  rewrittenMark: '(rewritten for publishing)',
  summary: (omitted, rewritten) =>
    [
      omitted > 0 ? `${plural(omitted, 'observation', 'observations')} left out` : '',
      rewritten > 0 ? `${plural(rewritten, 'text', 'texts')} rewritten for publishing` : '',
    ]
      .filter(Boolean)
      .join('; ') + (omitted + rewritten > 0 ? '.' : ''),
  saved: (omitted, rewritten) =>
    `The review is saved (left out: ${omitted}, rewritten: ${rewritten}). Publish when you are done.`,
  problem: (problem, kindText) => {
    switch (problem.code) {
      case 'empty':
        return 'The text is empty. Tick Leave out if the observation is not to be published.';
      case 'tooLong':
        return 'The text is too long (at most 1,000 characters).';
      case 'personalData':
        return problem.names.length > 0
          ? `The text seems to name a person: ${quoted(problem.names)}. Rewrite it or leave the observation out.`
          : `The text contains ${problem.kinds.map(kindText).join(' and ')}. Rewrite it or leave the observation out.`;
    }
  },
  fixProblems: (count) =>
    `${plural(count, 'text', 'texts')} cannot be published like this. Nothing was saved; correct and save again.`,
  changedSince: (reports) =>
    reports > 0
      ? `${plural(reports, 'report has', 'reports have')} come in or changed since you reviewed. Nothing was published: review the new compilation and publish again.`
      : 'The review has changed since the card was shown. Nothing was published: review the new compilation and publish again.',
  otherOrganisations: 'other organisations',
  hiddenOrganisations: (count, named) =>
    named > 0
      ? plural(count, 'more organisation', 'more organisations')
      : plural(count, 'organisation', 'organisations'),
  textsRemoved: (date) =>
    `The free texts were removed ${date} under the kommun's records management plan; the figures, who published it, when and where are kept.`,
  organisationDisplayLabel: 'Organisation next to observations in the council’s situation picture',
  organisationDisplay: {
    minTwo: 'Only organisations with at least two members in the group (recommended)',
    always: 'Always',
    never: 'Never',
  },
};
