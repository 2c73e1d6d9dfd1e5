import { DateTime } from 'luxon';
import { TIME_ZONE } from '../domain/periods';
import { enAdmin } from './en-admin';
import { enCommands } from './en-commands';
import { enDocument } from './en-document';
import { enInsatser } from './en-insatser';
import { enPicture, enLongReport } from './en-picture';
import { enPledges } from './en-pledges';
import { enPolice } from './en-police';
import { enReport, enReceipt, PERSONAL_DATA } from './en-report';
import { enReview } from './en-review';
import { enTrends } from './en-trends';

import type { Texts } from './texts';

export const en: Texts = {
  language: 'en',
  periodLabel: ({ firstWeek, lastWeek }) =>
    firstWeek.year === lastWeek.year
      ? firstWeek.week === lastWeek.week
        ? `week ${firstWeek.week} ${firstWeek.year}`
        : `weeks ${firstWeek.week}–${lastWeek.week} ${firstWeek.year}`
      : `week ${firstWeek.week} ${firstWeek.year}–week ${lastWeek.week} ${lastWeek.year}`,
  clockTime: (instant) => DateTime.fromJSDate(instant, { zone: TIME_ZONE }).toFormat('HH:mm'),
  dateTime: (instant) =>
    DateTime.fromJSDate(instant, { zone: TIME_ZONE }).setLocale('en-GB').toFormat("cccc d LLLL 'at' HH:mm"),
  shortDate: (isoDate) => DateTime.fromISO(isoDate, { zone: TIME_ZONE }).setLocale('en-GB').toFormat('d LLL'),
  periodRunning: (label, answered, total, deadline) =>
    `${label} is running: ${answered} of ${total} have answered so far. It counts once reporting closes ${deadline}.`,
  noClosedPeriod: 'No period in this span has closed yet, so there are no figures to show.',

  choices: {
    timeOfDay: { morgon: 'Morning', dag: 'Day', kvall: 'Evening', natt: 'Night' },
    assessment: { lag: 'Low', medel: 'Medium', hog: 'High' },
    trend: { okar: 'Increasing', oforandrat: 'Unchanged', minskar: 'Decreasing', 'vet-ej': "Don't know" },
    policeReported: { ja: 'Yes', nej: 'No', 'vet-ej': "Don't know" },
    otherOmrade: 'Other (type below)',
  },
  personalData: PERSONAL_DATA,

  unknownCommand:
    "I didn't understand that. Type **report** to give your situation picture, or **help** to see what I can do.",
  welcomePersonal:
    "Hello! I collect the EST group's situation picture. Type **report** to give yours, or **help** to see what I can do.",
  welcomeTeam: (teamName, samordnare) =>
    `The Lägesbild bot is now installed in **${teamName}**. ${samordnare} is the coordinator. Members report in a chat with me: type **report** there.`,
  notInAnyGroup:
    "You are not in an EST group yet. Ask the coordinator to add the app to the group's team in Teams, and you can report here.",
  notAMember: 'You are not a member of this EST group and cannot report for it.',
  somethingWentWrong: 'Something went wrong on my side. Please try again in a moment.',
  storageUnavailable:
    'I cannot reach my storage right now, so nothing was saved. The card stays as you filled it in: send it again in a while.',
  storageSlow:
    'Saving is taking unusually long right now. It is not certain that anything was saved: open the card again in a while (with report, say) and look before you send again.',
  busyTryAgain: 'The report was changed from somewhere else at the same time. Please try again.',
  invalidCard: 'This card can no longer be used. Type **report** to get a new one.',
  monthNames: [
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
  ],
  inputProblem: (problem) => {
    switch (problem.code) {
      case 'missing':
        return 'missing';
      case 'tooLong':
        return `at most ${problem.max ?? ''} characters`;
      case 'personalData':
        return 'contains personal data, e.g. a name, a personal identity number, phone number or e-mail';
      case 'notADate':
        return 'must be a date YYYY-MM-DD';
      case 'endBeforeStart':
        return 'is before the start';
      case 'startAfterDue':
        return 'is after the due date';
      case 'noParty':
        return 'at least one party';
      case 'noFocusArea':
        return 'at least one focus area';
      case 'noActivity':
        return 'at least one activity';
      case 'chooseFocusArea':
        return 'choose a focus area';
      case 'notAMember':
        return 'is not a member of the group';
      case 'gone':
        return 'no longer exists';
      case 'invalidChoice':
        return 'choose one of the options';
      case 'notJson':
        return 'is not valid JSON';
      case 'notCsv':
        return 'cannot be read as CSV';
      case 'noRows':
        return 'has no rows';
      case 'differsFromFirstRow':
        return 'differs from the first row';
      case 'unknownPerson':
        return `no member of the group is called "${problem.name}"`;
      case 'columnsMissing':
        return `columns missing: ${problem.columns.join(', ')}`;
    }
  },
  cardNotSupported: (title) =>
    `${title}: this card cannot be shown in this version of Teams. Update the Teams app, or open the chat in Teams on a computer or the web.`,
  adminInPersonalChat:
    "You do this in the chat with me, so that only you see the group's details. Open the chat with the Lägesbild bot.",
  reportInPersonalChat:
    'The situation picture is given in a personal chat with me, so only you and the coordinator see your report. Open the chat with the Lägesbild bot and type **report** there.',

  report: enReport,
  cycle: {
    promptNotice: (label) => `Time to give your situation picture for ${label}. What have you seen during the period?`,
    reminderTitle: (label) => `Reminder: situation picture ${label}`,
    reminderBody: (deadline) => `You have not given your situation picture yet. It is due ${deadline}.`,
    reportNow: 'Report now',
    undelivered: (kind, label, group, count, names) =>
      `The ${{ prompt: 'prompt', reminder: 'reminder', review: 'compiled situation picture', pledges: 'reminder of the citizen pledges and actions', feedbackNew: 'feedback about a new action', feedbackDone: 'feedback about a completed action' }[kind]} for the situation picture ${label} in ${group} ${names ? `could not be delivered to ${count === 1 ? '1 person' : `${count} people`}: ${names.join(', ')}. They may have removed the app or blocked the bot; ask them to open the chat with the Lägesbild bot.` : `could not be delivered. Not reached: ${count}. Who is not shown, as that would tell who reported what.`}`,
  },
  admin: enAdmin,
  picture: enPicture,
  longReport: enLongReport,
  pledges: enPledges,
  insatser: enInsatser,
  review: enReview,
  trends: enTrends,
  commands: enCommands,
  police: enPolice,
  document: enDocument,
  receipt: enReceipt,
};
