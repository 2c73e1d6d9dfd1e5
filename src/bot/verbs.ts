/**
 * Card action verbs. `Action.Execute` carries them as `verb`, the `Action.Submit` fallback as
 * `data.verb`; both reach the same handler. A test checks that the card templates use exactly these.
 */
export const VERBS = {
  reportOpen: 'report.open',
  reportAddObservation: 'report.addObservation',
  reportEditObservation: 'report.editObservation',
  reportCancelEdit: 'report.cancelEdit',
  reportRemoveObservation: 'report.removeObservation',
  reportSubmit: 'report.submit',
  reportNothing: 'report.nothing',
  reportEdit: 'report.edit',
  // The group picker of every command; 'admin.open' as in the cards already sent.
  commandOpen: 'admin.open',
  statusRefresh: 'status.refresh',
  statusRemind: 'status.remind',
  settingsSave: 'settings.save',
  membersSave: 'members.save',
  membersPage: 'members.page',
  picturePublish: 'picture.publish',
  pictureReviewTexts: 'picture.reviewTexts',
  pictureReviewSave: 'picture.reviewSave',
  archiveShow: 'archive.show',
  pledgeStatusOpen: 'pledge.statusOpen',
  pledgeStatusSave: 'pledge.statusSave',
  pledgeNew: 'pledge.new',
  pledgeCreate: 'pledge.create',
  pledgeEdit: 'pledge.edit',
  pledgeEditPledge: 'pledge.editPledge',
  pledgeSavePledge: 'pledge.savePledge',
  pledgeAddFocusArea: 'pledge.addFocusArea',
  pledgeAddActivity: 'pledge.addActivity',
  pledgeEditFocusArea: 'pledge.editFocusArea',
  pledgeSaveFocusArea: 'pledge.saveFocusArea',
  pledgeRemoveFocusArea: 'pledge.removeFocusArea',
  pledgeEditActivity: 'pledge.editActivity',
  pledgeSaveActivity: 'pledge.saveActivity',
  pledgeRemoveActivity: 'pledge.removeActivity',
  pledgeImport: 'pledge.import',
  insatsNew: 'insats.new',
  insatsCreate: 'insats.create',
  insatsStatusOpen: 'insats.statusOpen',
  insatsStatusSave: 'insats.statusSave',
  trendsShow: 'trends.show',
  reportDownload: 'report.download',
} as const;

export type Verb = (typeof VERBS)[keyof typeof VERBS];
