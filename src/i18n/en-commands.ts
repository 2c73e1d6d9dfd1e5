import type { CommandTexts } from './command-texts';

export const enCommands: CommandTexts = {
  byName: {
    report: {
      title: 'report',
      does: 'give your situation picture for the period (observations, or "nothing to report")',
    },
    pledges: { title: 'pledges', does: 'the citizen pledges and how their activities are going' },
    insatser: { title: 'actions', does: "the group's actions, with owner and status" },
    myReports: { title: 'my reports', does: 'your reports of the last periods and what they led to' },
    feedback: {
      title: 'feedback off',
      forms: ['feedback off', 'feedback on'],
      does: 'hear when an action builds on your report, off or on',
    },
    help: { title: 'help', does: 'shows what the bot can do' },
    status: { title: 'status', does: 'who has answered this period' },
    remind: { title: 'remind', does: 'a reminder to those who have not answered' },
    start: { title: 'start period', does: "send the period's prompt now" },
    members: { title: 'members', does: 'organisation, coordinators and excluded members' },
    settings: { title: 'settings', does: 'schedule, areas, types of event and the police’s events' },
    newInsats: { title: 'new action', does: "a new action, linked to the period's hot spots and observations" },
    compile: { title: 'compile', does: 'the joint situation picture, for review and publishing' },
    archive: { title: 'archive', does: 'published situation pictures' },
    pledgesFollowUp: { title: 'pledges follow-up', does: 'the follow-up of the citizen pledge per focus area' },
    longReport: {
      title: 'report month',
      forms: ['report month|tertial|year'],
      does: 'a report over a longer span, also as a Word document',
    },
    trends: { title: 'trends', does: 'charts of the last periods' },
    policeFetch: {
      title: 'police events fetch',
      does: 'fetch the police’s published events now (otherwise every 15 minutes)',
    },
    publishHere: {
      title: 'publish here',
      forms: ['@Lägesbild publish here'],
      does: "write it in the council's channel, and the situation picture is published there",
    },
  },
  helpIntro: "The **Lägesbild bot** collects the EST group's situation picture every other week.",
  helpSamordnare: 'For the coordinator:',
  helpPrivacy:
    'Write about places and situations, never about individuals: no names, identity numbers, phone numbers, e-mail addresses or registration numbers.',
  forSamordnare: (does) => `Coordinator: ${does}`,
  chooseGroup: {
    member: 'You are in several EST groups. Which group do you want to report for?',
    samordnare: 'You coordinate several EST groups. Which group is it about?',
  },
  onlyInChannel: 'Write it in the channel where the council is to read the situation picture.',
};
