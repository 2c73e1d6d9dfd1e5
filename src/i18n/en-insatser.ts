import type { InsatsTexts } from './insats-texts';
import { plural } from './plural';

export const enInsatser: InsatsTexts = {
  heading: 'Actions',
  status: {
    planerad: 'Planned',
    pagar: 'In progress',
    genomford: 'Done',
    forsenad: 'Late',
    installd: 'Cancelled',
  },
  name: (number, what, where) => `Action ${number}: ${what} (${where})`,
  line: (name, owner, due, status) => `${name}. Owner: ${owner}, due ${due}. **${status}**`,
  newHeading: 'New actions',
  changedHeading: 'Status changed since the last situation picture',
  overdueHeading: 'Late',
  effectHeading: 'Effect at the place (completed actions)',
  effect: (effect) => {
    const span = plural(effect.periods, 'period', 'periods');
    if (effect.kind === 'tooFew') {
      return effect.periods === 0
        ? 'too early to tell: no whole period after the action yet'
        : `too few observations to tell (${effect.before} before, ${effect.after} after, ${span} each side)`;
    }
    const direction = { minskar: 'fewer', okar: 'more', oforandrat: 'about as many' }[effect.direction];
    return `${plural(effect.before, 'observation', 'observations')} in ${span} before, ${effect.after} in ${span} after: ${direction}`;
  },
  none: 'No actions are recorded yet.',
  listTitle: (group) => `Actions in ${group}`,
  listIntro: "The group's actions, with owner and status. The owner or the coordinator updates them.",
  newInsats: 'New action',
  formTitle: (label) => `New action (${label})`,
  formIntro:
    'What is to be done, where and why. Link the action to the hot spots or observations it builds on; who reported is never shown.',
  whatLabel: 'What is to be done',
  whatPlaceholder: 'E.g. a safety walk, better lighting, more presence in the evenings',
  omradeLabel: 'Area',
  placeLabel: 'Place',
  placePlaceholder: 'E.g. Stationsparken (a place, not an address)',
  eventTypeLabel: 'Type of event (if the action is about one)',
  anyEventType: 'All types of event',
  linksLabel: 'Builds on (hot spots and observations of the period)',
  hotSpotOption: (where, organisations) =>
    `Hot spot: ${where} (${plural(organisations, 'organisation', 'organisations')})`,
  observationOption: (where, excerpt, organisation) => `${where}: ${excerpt} (${organisation})`,
  ownerOrganisationLabel: 'Owning organisation',
  ownerPersonLabel: 'Owner (gets reminders and updates the status)',
  noOwnerPerson: 'No one',
  startLabel: 'Start',
  dueLabel: 'Due',
  targetLabel: 'Measurable target',
  targetPlaceholder: 'E.g. at least two evenings a week in December',
  create: 'Save the action',
  created: (number) => `Action ${number} is saved.`,
  fieldNames: {
    what: 'What is to be done',
    omrade: 'Area',
    place: 'Place',
    eventTypeId: 'Type of event',
    links: 'Builds on',
    ownerOrganisation: 'Owning organisation',
    ownerMemberKey: 'Owner',
    start: 'Start',
    due: 'Due',
    target: 'Measurable target',
  },
  problems: (list) => `Fix this before the action can be saved: ${list}.`,
  update: 'Update',
  statusTitle: (name) => `Status: ${name}`,
  statusLabel: 'Status',
  commentLabel: 'Comment',
  commentPlaceholder: 'What has been done? Write about places and situations, never about people.',
  save: 'Save the status',
  saved: 'The status is saved.',
  historyHeading: 'History',
  historyLine: (status, by, date, comment) => `${date}: ${status} (${by})${comment ? `: ${comment}` : ''}`,
  onlyOwner: "Only the action's owner or a coordinator can change its status.",
  commentHasPersonalData: (kinds) =>
    `The comment contained ${kinds.join(' and ')}. Nothing was saved. EST is about places and situations, not people.`,
  target: (target) => `Target: ${target}`,
  dueTitle: 'Actions to follow up',
  feedbackNew: (places, what, owner, due) =>
    `Your report about ${places} led to an action: ${what}. Owner: ${owner}, due ${due}. Thank you for reporting!`,
  feedbackDone: (places, what) => `The action your report about ${places} led to is done: ${what}.`,
  feedbackFooter: "Don't want these messages? Type **feedback off**.",
  feedbackOff:
    'You will no longer hear about actions your reports lead to. Type **feedback on** to hear about them again.',
  feedbackOn: 'You will hear when an action builds on your report, and when it is done.',
  myReportsTitle: 'My reports',
  myReportsNone: 'You have not given any reports in the last periods.',
  myReportsPeriod: (label, group, count, nothing) =>
    `**${label}** · ${group}: ${nothing ? 'nothing to report' : plural(count, 'observation', 'observations')}`,
  myObservation: (where, area, ledTo) => `${where} (${area})${ledTo.length > 0 ? ` → led to ${ledTo.join('; ')}` : ''}`,
};
