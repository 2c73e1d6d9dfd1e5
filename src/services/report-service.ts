import type { Clock } from '../domain/clock';
import type { Group, GroupMember } from '../domain/group';
import {
  currentReportingPeriod,
  isOpenForReports,
  periodById,
  periodByIndex,
  type ReportingPeriod,
} from '../domain/periods';
import {
  emptyObservationForm,
  formFromObservation,
  isFormStarted,
  LIMITS,
  onlyNamesFlagged,
  reportContentHash,
  validateObservation,
  type FieldError,
  type Observation,
  type ObservationForm,
  type Report,
  type ReportDraft,
} from '../domain/report';
import type { ReportContext, ReportScreen } from '../domain/report-screen';
import type { DraftSlot, Repositories, Versioned } from '../storage/repositories';
import { withConflictRetry } from './conflict-retry';
import { activeMembership } from './membership';

/** What the member's report holds now: the open draft, else the stored report, else nothing. */
const observationsOf = ({ slot, current }: { slot: DraftSlot; current?: Versioned<Report> }): Observation[] =>
  slot.draft?.observations ?? current?.value.observations ?? [];

/**
 * What a form step carries besides the form: the observation being edited, and the words the member
 * confirmed are no person ("Det är inte en person").
 */
export interface FormEdit {
  editingId?: string;
  notPersons?: readonly string[];
}

export class ReportService {
  constructor(
    private readonly repositories: Repositories,
    private readonly clock: Clock,
    private readonly newId: () => string,
  ) {}

  /** The report's context for a member: the period the card names (undefined if unknown), or the current one. */
  contextFor(group: Group, member: GroupMember, periodId?: string): ReportContext | undefined {
    const period = periodId
      ? periodById(group.schedule, periodId)
      : currentReportingPeriod(group.schedule, this.clock.now());
    return period && { group, member, period };
  }

  /** Checks membership and resolves the period; undefined for someone who is no active member. */
  async context(memberKey: string, groupId: string, periodId?: string): Promise<ReportContext | undefined> {
    const membership = await activeMembership(this.repositories, memberKey, groupId);
    return membership && this.contextFor(membership.group, membership.member, periodId);
  }

  /** `rapportera`: the draft if one is open, else the receipt if a report exists, else an empty form. */
  async open(context: ReportContext): Promise<ReportScreen> {
    const { slot, current } = await this.read(context);
    return this.openScreen(context, slot.draft, current?.value);
  }

  /**
   * The screens of a whole period for a prompt round, from two partition queries instead of two
   * point reads per member: the report card each member would get from `rapportera` now.
   */
  async periodScreens(group: Group, period: ReportingPeriod): Promise<(member: GroupMember) => ReportScreen> {
    const [drafts, reports] = await Promise.all([
      this.repositories.reports.listDrafts(group.id, period.id),
      this.repositories.reports.listReports(group.id, period.id),
    ]);
    const draftOf = new Map(drafts.map((draft) => [draft.memberKey, draft]));
    const reportOf = new Map(reports.map((report) => [report.memberKey, report]));
    return (member) =>
      this.openScreen({ group, member, period }, draftOf.get(member.memberKey), reportOf.get(member.memberKey));
  }

  private openScreen(
    context: ReportContext,
    draft: ReportDraft | undefined,
    current: Report | undefined,
  ): ReportScreen {
    if (!draft && current) return this.receipt(context, current);
    const closed = this.closed(context);
    if (closed) return closed;
    return this.formScreen(context, draft?.observations ?? [], emptyObservationForm());
  }

  /** `Ändra` on the receipt: copies the stored report into a draft (unless one is open already). */
  async edit(context: ReportContext): Promise<ReportScreen> {
    return this.whileOpen(context, async ({ slot, current }) => {
      if (slot.draft) return this.formScreen(context, slot.draft.observations, emptyObservationForm());
      const observations = current?.value.observations ?? [];
      if (current) await this.saveDraft(context, observations, slot.etag);
      return this.formScreen(context, observations, emptyObservationForm());
    });
  }

  /** Adds the observation in the form to the draft, or replaces the one being edited. */
  async addObservation(context: ReportContext, form: ObservationForm, edit: FormEdit = {}): Promise<ReportScreen> {
    return this.whileOpen(context, async (stored) => {
      const { slot } = stored;
      const merged = this.merge(context, observationsOf(stored), form, { ...edit, step: 'add' });
      if (merged.kind === 'form') return merged;
      await this.saveDraft(context, merged.observations, slot.etag);
      const notice = merged.replaced ? 'updated' : 'added';
      return this.formScreen(context, merged.observations, emptyObservationForm(), { notice });
    });
  }

  async removeObservation(
    context: ReportContext,
    observationId: string,
    form: ObservationForm,
    editingId?: string,
  ): Promise<ReportScreen> {
    return this.whileOpen(context, async ({ slot, current }) => {
      const base = observationsOf({ slot, current });
      const observations = base.filter((observation) => observation.id !== observationId);
      if (observations.length !== base.length) await this.saveDraft(context, observations, slot.etag);
      const stillEditing = editingId !== observationId ? editingId : undefined;
      return this.formScreen(context, observations, stillEditing ? form : emptyObservationForm(), {
        editingId: stillEditing,
        notice: 'removed',
      });
    });
  }

  /** Puts one observation of the draft into the form, to be changed and saved in place. */
  async startEditingObservation(context: ReportContext, observationId: string): Promise<ReportScreen> {
    return this.whileOpen(context, (stored) => {
      const observations = observationsOf(stored);
      const observation = observations.find((candidate) => candidate.id === observationId);
      return Promise.resolve(
        observation
          ? this.formScreen(context, observations, formFromObservation(observation), { editingId: observation.id })
          : this.formScreen(context, observations, emptyObservationForm()),
      );
    });
  }

  async cancelEditingObservation(context: ReportContext): Promise<ReportScreen> {
    return this.whileOpen(context, (stored) =>
      Promise.resolve(this.formScreen(context, observationsOf(stored), emptyObservationForm())),
    );
  }

  /**
   * Sends the report: the draft plus whatever is filled in on the form. Sending the same content
   * again changes nothing; new content becomes a new version and the earlier ones are kept.
   */
  async submit(context: ReportContext, form: ObservationForm, edit: FormEdit = {}): Promise<ReportScreen> {
    const { editingId } = edit;
    return this.whileOpen(context, async (stored) => {
      const { slot, current } = stored;
      let observations = observationsOf(stored);
      if (isFormStarted(form)) {
        const merged = this.merge(context, observations, form, { ...edit, step: 'submit' });
        if (merged.kind === 'form') return merged;
        observations = merged.observations;
      } else if (!slot.draft && current) {
        return this.receipt(context, current.value);
      }
      if (observations.length === 0) {
        return this.formScreen(context, [], form, { notice: 'emptyReport', editingId });
      }
      return this.store(context, false, observations, slot, current);
    });
  }

  /** "Inget att rapportera": one click, for the whole period. */
  async submitNothingToReport(context: ReportContext): Promise<ReportScreen> {
    return this.whileOpen(context, async ({ slot, current }) => {
      const pending = slot.draft?.observations ?? [];
      if (pending.length > 0) {
        return this.formScreen(context, pending, emptyObservationForm(), { notice: 'draftNotEmpty' });
      }
      return this.store(context, true, [], slot, current);
    });
  }

  /** The member's reports in the group's last `count` periods (the one being reported on included), newest first. */
  async recent(group: Group, memberKey: string, count: number): Promise<{ period: ReportingPeriod; report: Report }[]> {
    const current = currentReportingPeriod(group.schedule, this.clock.now());
    const periods = Array.from({ length: count }, (_, n) => periodByIndex(group.schedule, current.index - n));
    const reports = await Promise.all(
      periods.map((period) => this.repositories.reports.getReport(group.id, period.id, memberKey)),
    );
    return periods.flatMap((period, n) => {
      const report = reports[n]?.value;
      return report ? [{ period, report }] : [];
    });
  }

  async versions(context: ReportContext): Promise<Report[]> {
    return this.repositories.reports.listVersions(context.group.id, context.period.id, context.member.memberKey);
  }

  private async store(
    context: ReportContext,
    nothingToReport: boolean,
    observations: Observation[],
    slot: DraftSlot,
    current: Versioned<Report> | undefined,
  ): Promise<ReportScreen> {
    const contentHash = reportContentHash(nothingToReport, observations);
    if (current && current.value.contentHash === contentHash && !slot.draft) {
      return this.receipt(context, current.value);
    }
    const report: Report = {
      groupId: context.group.id,
      periodId: context.period.id,
      memberKey: context.member.memberKey,
      organisation: context.member.organisation,
      nothingToReport,
      observations,
      version: (current?.value.version ?? 0) + 1,
      contentHash,
      submittedAt: this.clock.now(),
    };
    if (current && current.value.contentHash === contentHash && slot.etag !== undefined) {
      // The stored report sent again unchanged from a draft: keep the version, close the draft.
      await this.repositories.reports.clearDraft(report.groupId, report.periodId, report.memberKey, slot.etag);
      return this.receipt(context, current.value);
    }
    await this.repositories.reports.submit(report, { reportEtag: current?.etag, draftEtag: slot.etag });
    return this.receipt(context, report);
  }

  private merge(
    context: ReportContext,
    base: Observation[],
    form: ObservationForm,
    { editingId, notPersons = [], step }: FormEdit & { step: 'add' | 'submit' },
  ): { kind: 'merged'; observations: Observation[]; replaced: boolean } | Extract<ReportScreen, { kind: 'form' }> {
    const index = editingId ? base.findIndex((observation) => observation.id === editingId) : -1;
    const validation = validateObservation(form, {
      areaIds: context.group.areas.map((area) => area.id),
      eventTypeIds: context.group.eventTypes.map((type) => type.id),
      omraden: context.group.omraden,
      period: context.period,
      now: this.clock.now(),
      // What the member confirmed for the observation being changed still holds.
      notPersons: [...notPersons, ...(index >= 0 ? (base[index].notPersons ?? []) : [])],
    });
    if (!validation.ok) {
      const names = validation.errors.flatMap((error) => error.names ?? []);
      return this.formScreen(context, base, validation.form, {
        errors: validation.errors,
        editingId,
        notice: 'fixErrors',
        ...(onlyNamesFlagged(validation.errors) ? { confirmNames: { names, step } } : {}),
      });
    }
    if (index >= 0) {
      const observations = [...base];
      observations[index] = { ...validation.observation, id: base[index].id };
      return { kind: 'merged', observations, replaced: true };
    }
    if (base.length >= LIMITS.observationsPerReport) {
      return this.formScreen(context, base, form, { notice: 'tooMany', editingId });
    }
    return {
      kind: 'merged',
      observations: [...base, { ...validation.observation, id: this.newId() }],
      replaced: false,
    };
  }

  private async read(context: ReportContext) {
    const { group, member, period } = context;
    const [slot, current] = await Promise.all([
      this.repositories.reports.getDraft(group.id, period.id, member.memberKey),
      this.repositories.reports.getReport(group.id, period.id, member.memberKey),
    ]);
    return { slot, current };
  }

  private async saveDraft(context: ReportContext, observations: Observation[], etag: string | undefined) {
    await this.repositories.reports.saveDraft(
      {
        groupId: context.group.id,
        periodId: context.period.id,
        memberKey: context.member.memberKey,
        observations,
        updatedAt: this.clock.now(),
      },
      etag,
    );
  }

  /**
   * A step of the member's report while its period is open: the stored draft and report read, the
   * step retried on a concurrent change. After the deadline it changes nothing and says so.
   */
  private whileOpen(
    context: ReportContext,
    step: (stored: Awaited<ReturnType<ReportService['read']>>) => Promise<ReportScreen>,
  ): Promise<ReportScreen> {
    const closed = this.closed(context);
    if (closed) return Promise.resolve(closed);
    return withConflictRetry(async () => step(await this.read(context)));
  }

  /** The answer to a change after the deadline; undefined while the period is open. */
  private closed(context: ReportContext): ReportScreen | undefined {
    return isOpenForReports(context.period, this.clock.now()) ? undefined : { kind: 'closed', context };
  }

  private receipt(context: ReportContext, report: Report): ReportScreen {
    return { kind: 'receipt', context, report, open: isOpenForReports(context.period, this.clock.now()) };
  }

  private formScreen(
    context: ReportContext,
    observations: Observation[],
    form: ObservationForm,
    extra: Pick<Extract<ReportScreen, { kind: 'form' }>, 'editingId' | 'notice' | 'confirmNames'> & {
      errors?: FieldError[];
    } = {},
  ): Extract<ReportScreen, { kind: 'form' }> {
    return {
      kind: 'form',
      context,
      observations,
      form,
      errors: extra.errors ?? [],
      editingId: extra.editingId,
      notice: extra.notice,
      ...(extra.confirmNames ? { confirmNames: extra.confirmNames } : {}),
    };
  }
}
