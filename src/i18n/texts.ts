import type { ReportingPeriod } from '../domain/periods';
import type { DocumentLevelProblem } from '../domain/pledge-document';
import type { InputProblem } from '../domain/pledge-input';
import type { PersonalDataKind } from '../domain/privacy';
import type { Assessment, FieldError, ObservationField, PoliceReported, TimeOfDay, Trend } from '../domain/report';
import type { DispatchKind } from '../domain/schedule';
import type { CommandTexts } from './command-texts';
import type { DocumentTexts } from './document-texts';
import type { InsatsTexts } from './insats-texts';
import type { PoliceTexts } from './police-texts';
import type { ReviewTexts } from './review-texts';
import type { TrendTexts } from './trend-texts';

export type Language = 'sv' | 'en';

/** Every user-facing text of the bot. Swedish is the default language, English the other. */
export interface Texts {
  language: Language;
  periodLabel(period: ReportingPeriod): string;
  /** "onsdag 2 december kl. 12:00" */
  dateTime(instant: Date): string;
  /** The time of day, Swedish time: "14:05". */
  clockTime(instant: Date): string;
  /** The months in lower case, January first, as a samordnare writes them in `rapport månad november`. */
  monthNames: readonly string[];
  /** "18 nov." for a `YYYY-MM-DD` */
  shortDate(isoDate: string): string;

  choices: {
    timeOfDay: Record<TimeOfDay, string>;
    assessment: Record<Assessment, string>;
    trend: Record<Trend, string>;
    policeReported: Record<PoliceReported, string>;
    otherOmrade: string;
  };
  personalData: Record<PersonalDataKind, string>;

  unknownCommand: string;
  welcomePersonal: string;
  welcomeTeam(teamName: string, samordnare: string): string;
  notInAnyGroup: string;
  notAMember: string;
  somethingWentWrong: string;
  busyTryAgain: string;
  /** A card action when the storage does not answer: nothing was saved, send again. */
  storageUnavailable: string;
  /** A card action that took too long: it may or may not have been saved. */
  storageSlow: string;
  invalidCard: string;
  /** Shown by Teams clients too old for Adaptive Cards 1.5 instead of the card. */
  cardNotSupported(title: string): string;
  /** A field's problem (pledges, their import): "högst 200 tecken". */
  inputProblem(problem: InputProblem | DocumentLevelProblem): string;
  reportInPersonalChat: string;
  adminInPersonalChat: string;

  report: {
    title(periodLabel: string): string;
    subtitle(groupName: string, deadline: string): string;
    intro: string;
    observationsHeading(count: number): string;
    noObservationsYet: string;
    nothingToReport: string;
    newObservation: string;
    editObservation(number: number): string;
    fieldLabels: Record<ObservationField, string>;
    placeholders: Record<ObservationField, string>;
    requiredMark: string;
    /** Above date and time of day: one of them is required. */
    whenRequired: string;
    chooseArea: string;
    chooseOmrade: string;
    chooseTimeOfDay: string;
    chooseAssessment: string;
    add: string;
    saveChange: string;
    cancelEdit: string;
    send: string;
    edit: string;
    remove: string;
    observationAdded: string;
    observationUpdated: string;
    observationRemoved: string;
    fixErrors(count: number): string;
    fieldError(error: FieldError): string;
    /** Above the button that lets the member keep words the guard took for a name. */
    notAPersonHint: string;
    notAPerson: string;
    tooManyObservations(max: number): string;
    emptyReport: string;
    draftNotEmpty(count: number): string;
    periodClosed(periodLabel: string, deadline: string): string;
    observationSummary(parts: { area: string; where: string; when: string }): string;
    assessmentLine(assessment: string, trend: string, policeReported: string): string;
  };
  cycle: {
    promptNotice(periodLabel: string): string;
    reminderTitle(periodLabel: string): string;
    reminderBody(deadline: string): string;
    reportNow: string;
    /** `names` absent for återkoppling: then only the count is said. */
    undelivered(kind: DispatchKind, periodLabel: string, groupName: string, count: number, names?: string[]): string;
  };
  admin: {
    onlySamordnare: string;
    unknownOrganisation: string;
    weekdays: string[];
    statusTitle(periodLabel: string, groupName: string): string;
    promptAt: string;
    reminderAt: string;
    deadline: string;
    answered: string;
    answeredValue(answered: number, total: number, nothing: number): string;
    ofTotal(answered: number, total: number): string;
    byOrganisation: string;
    missing(count: number): string;
    nobodyMissing: string;
    unreachable(count: number): string;
    remind: string;
    refresh: string;
    reminderStarted(periodLabel: string): string;
    promptStarted(periodLabel: string): string;
    promptAlreadySent(periodLabel: string): string;
    settingsTitle(groupName: string): string;
    settingsIntro: string;
    lengthLabel: string;
    lengthChoices: Record<'7' | '14' | '21' | '28', string>;
    anchorLabel: string;
    promptLabel: string;
    reminderLabel: string;
    deadlineLabel: string;
    timeLabel: string;
    omradenLabel: string;
    omradenPlaceholder: string;
    eventTypesLabel: string;
    eventTypesPlaceholder: string;
    policeLocationsLabel: string;
    policeLocationsPlaceholder: string;
    policeTypesLabel: string;
    policeTypesPlaceholder: string;
    /** The retired händelsetyper, kept for the reports that use them ('' when none). */
    retiredEventTypes(labels: string[]): string;
    save: string;
    saved: string;
    settingsError(code: string): string;
    fixSettings: string;
    nextCycle(periodLabel: string, prompt: string, reminder: string, deadline: string): string;
    membersTitle(groupName: string, count: number): string;
    membersIntro: string;
    organisationLabel: string;
    noOrganisation: string;
    samordnareLabel: string;
    excludedLabel: string;
    membersSaved: string;
    lastSamordnare: string;
    previous: string;
    next: string;
  };
  picture: {
    title(periodLabel: string, groupName: string): string;
    compiledAt(date: string): string;
    summary: string;
    participation: string;
    participationValue(answered: number, total: number, missing: string[]): string;
    /** The council channel's line: who did not answer by organisation, never by name. */
    participationByOrganisation(
      answered: number,
      total: number,
      byOrganisation: { organisation: string; answered: number; total: number }[],
    ): string;
    observations: string;
    observationsValue(count: number, previous: number): string;
    mainChanges: string;
    noChanges: string;
    change(label: string, previous: number, count: number): string;
    hotSpots: string;
    noHotSpots: string;
    hotSpot(where: string, organisations: string[], recurring: boolean): string;
    eventTypes: string;
    trendTitle(periods: number): string;
    /** One händelsetyp's count against the previous period. */
    eventTypeCount(label: string, count: number, previous: number): string;
    chartTitle: string;
    countText(count: number, previous: number): string;
    show: string;
    headline(count: number, previous: number, high: number, policeShare: number): string;
    trends(trends: { okar: number; oforandrat: number; minskar: number }): string;
    observationLine(
      description: string,
      assessment: string,
      when: string,
      organisation: string,
      police: boolean,
    ): string;
    analysis: string;
    insatser: string;
    leftOut(count: number): string;
    footerReview: string;
    footerPublished(by: string, at: string, channel: string): string;
    reviewIntro: string;
    analysisLabel: string;
    analysisPlaceholder: string;
    insatserLabel: string;
    insatserPlaceholder: string;
    publish: string;
    noChannel: string;
    published(channel: string): string;
    alreadyPublished(at: string): string;
    textHasPersonalData(field: string, kinds: string[]): string;
    /** A samordnare of several groups says which one is published here: "publicera här EST Fagersta". */
    choosePublishGroup(groupNames: string[]): string;
    channelChosen(channel: string, groupName: string): string;
    reviewReady(periodLabel: string): string;
    archiveTitle(groupName: string): string;
    archiveEmpty: string;
    archiveShow: string;
    archiveLine(periodLabel: string, at: string, by: string): string;
  };
  longReport: {
    title(kind: 'manad' | 'tertial' | 'ar', year: number, index: number, groupName: string): string;
    subtitle(periods: number, observations: number): string;
    periods: string;
    periodValue(answered: number, total: number, observations: number): string;
    areas: string;
    omraden: string;
    eventTypes: string;
    series(counts: number[], total: number, direction: 'okar' | 'minskar' | 'oforandrat'): string;
    recurring: string;
    recurringLine(where: string, periods: number, organisations: string[]): string;
    noRecurring: string;
    footer: string;
    unknownSpan: string;
  };
  pledges: {
    listTitle(groupName: string): string;
    none: string;
    period(start: string, end: string): string;
    parties: string;
    owner(party: string): string;
    status: Record<'ej-paborjad' | 'pagar' | 'genomford' | 'forsenad' | 'installd', string>;
    activityLine(description: string, owner: string, due: string, status: string, target?: string): string;
    update: string;
    statusTitle: string;
    statusLabel: string;
    commentLabel: string;
    commentPlaceholder: string;
    measuredLabel: string;
    measuredPlaceholder: string;
    save: string;
    saved: string;
    onlyOwner: string;
    hasPersonalData(field: string, kinds: string[]): string;
    followUpTitle(title: string): string;
    counts(counts: Record<string, number>): string;
    doneLine(comment: string, measured: string | undefined, by: string, date: string): string;
    noUpdates: string;
    newPledge: string;
    edit: string;
    create: string;
    titleLabel: string;
    startLabel: string;
    endLabel: string;
    partiesLabel: string;
    otherPartyLabel: string;
    editorTitle(title: string): string;
    focusAreasHeading: string;
    activitiesHeading: string;
    nothingYet: string;
    newFocusArea: string;
    focusAreaNameLabel: string;
    problemLabel: string;
    addFocusArea: string;
    newActivity: string;
    focusAreaLabel: string;
    descriptionLabel: string;
    ownerPartyLabel: string;
    ownerPersonLabel: string;
    noOwnerPerson: string;
    dueLabel: string;
    targetLabel: string;
    targetPlaceholder: string;
    addActivity: string;
    created: string;
    focusAreaAdded: string;
    activityAdded: string;
    change: string;
    editPledge: string;
    pledgeChanged: string;
    remove: string;
    cancel: string;
    saveChanges: string;
    editFocusArea: string;
    editActivity: string;
    activityStartLabel: string;
    startsLine(date: string): string;
    editing(what: string): string;
    focusAreaChanged: string;
    focusAreaRemoved: string;
    activityChanged: string;
    activityRemoved: string;
    focusAreaNotEmpty: string;
    activityHasFollowUp: string;
    /** Field names of the activity form where they differ from the pledge's (its start). */
    activityFieldNames: Record<string, string>;
    problems(fields: string): string;
    fieldNames: Record<string, string>;
    statusHeading: string;
    recentlyChanged(description: string, status: string): string;
    dueTitle: string;
    dueLine(description: string, owner: string, due: string, overdue: boolean): string;
  };
  insatser: InsatsTexts;
  review: ReviewTexts;
  trends: TrendTexts;
  commands: CommandTexts;
  police: PoliceTexts;
  document: DocumentTexts;
  receipt: {
    title: string;
    body(periodLabel: string, groupName: string): string;
    submittedAt: string;
    version: string;
    period: string;
    group: string;
    nothingToReport: string;
    observations(count: number): string;
    changeUntil(deadline: string): string;
    closed: string;
    edit: string;
  };
}
