import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VERBS } from '../../src/bot/verbs';
import { membersCard, settingsCard, settingsFormOf, statusCard } from '../../src/cards/admin.card';
import { groupPickerCard } from '../../src/cards/group-picker.card';
import { insatsFormCard, insatsStatusCard, insatserCard } from '../../src/cards/insats.card';
import { receiptCard, reminderCard, reportFormCard } from '../../src/cards/report.card';
import { areasFromLabels } from '../../src/domain/areas';
import { defaultEventTypes } from '../../src/domain/event-types';
import { type Group, type GroupMember } from '../../src/domain/group';
import type { Insats } from '../../src/domain/insats';
import { periodById } from '../../src/domain/periods';
import { emptyObservationForm, LIMITS, type Observation } from '../../src/domain/report';
import type { ReportContext } from '../../src/domain/report-screen';
import { periodInstants } from '../../src/domain/schedule';
import { en } from '../../src/i18n/en';
import { sv } from '../../src/i18n/sv';
import { SCHEDULE } from '../helpers/seed';

const INSATS: Insats = {
  id: '0001',
  number: 1,
  groupId: '19:team@thread.tacv2',
  what: 'Trygghetsvandring',
  omrade: 'Centrum',
  place: 'Stationsparken',
  links: [{ kind: 'hotSpot', periodId: '2026-W47', omrade: 'Centrum' }],
  ownerOrganisation: 'Skola',
  ownerMemberKey: 'm',
  start: '2026-11-23',
  due: '2026-12-20',
  target: 'Två kvällar',
  status: 'pagar',
  periodId: '2026-W47',
  createdAt: new Date('2026-11-22T09:00:00Z'),
  createdBy: { memberKey: 's', name: 'Sara' },
};
const TEMPLATES = join(__dirname, '..', '..', 'src', 'cards', 'templates');
const now = new Date('2026-11-22T09:00:00Z');
const schedule = SCHEDULE;
const group: Group = {
  id: '19:team@thread.tacv2',
  tenantId: 't',
  name: 'EST Fagersta',
  serviceUrl: 'https://example.test/',
  areas: areasFromLabels([
    'Ordningsstörning och otrygghet',
    'Hot och våld',
    'Ungdomar och skolor',
    'ANDT (alkohol, narkotika, dopning, tobak)',
    'Övrigt',
    'Extremism och kriminella nätverk',
  ]),
  omraden: ['Centrum', 'Västanfors', 'Kolarbyn', 'Norra Fagersta'],
  eventTypes: defaultEventTypes(),
  schedule,
  installedAt: now,
};
const member: GroupMember = {
  groupId: group.id,
  memberKey: 'm',
  teamsUserId: '29:m',
  name: 'M',
  role: 'member',
  excluded: false,
  active: true,
  joinedAt: now,
};
const context: ReportContext = { group, member, period: periodById(schedule, '2026-W47')! };

const longObservation = (n: number): Observation => ({
  id: `obs${n}`,
  areaId: group.areas[n % group.areas.length].id,
  omrade: n % 2 ? 'Västanfors' : 'Norra Fagersta',
  omradeIsOther: false,
  place: 'P'.repeat(LIMITS.place),
  date: '2026-11-20',
  timeOfDay: 'kvall',
  description: 'å'.repeat(LIMITS.description),
  assessment: 'hog',
  trend: 'oforandrat',
  policeReported: 'vet-ej',
});
const full = Array.from({ length: LIMITS.observationsPerReport }, (_, n) => longObservation(n));

function walk(node: unknown, visit: (object: Record<string, unknown>) => void): void {
  if (Array.isArray(node)) node.forEach((item) => walk(item, visit));
  else if (node && typeof node === 'object') {
    visit(node as Record<string, unknown>);
    Object.values(node).forEach((value) => walk(value, visit));
  }
}

const allCards = () => [
  reportFormCard(
    { kind: 'form', context, observations: full, form: emptyObservationForm(), errors: [], notice: 'added' },
    sv,
    now,
  ),
  reportFormCard(
    {
      kind: 'form',
      context,
      observations: [],
      form: emptyObservationForm(),
      errors: [{ field: 'beskrivning', code: 'required' }],
      editingId: undefined,
    },
    en,
    now,
  ),
  reportFormCard(
    {
      kind: 'form',
      context,
      observations: full.slice(0, 2),
      form: emptyObservationForm(),
      errors: [],
      editingId: 'obs1',
    },
    sv,
    now,
  ),
  receiptCard(
    {
      kind: 'receipt',
      context,
      open: true,
      report: {
        groupId: group.id,
        periodId: '2026-W47',
        memberKey: 'm',
        nothingToReport: false,
        observations: full,
        version: 3,
        contentHash: 'h',
        submittedAt: now,
      },
    },
    sv,
  ),
  receiptCard(
    {
      kind: 'receipt',
      context,
      open: false,
      report: {
        groupId: group.id,
        periodId: '2026-W47',
        memberKey: 'm',
        nothingToReport: true,
        observations: [],
        version: 1,
        contentHash: 'h',
        submittedAt: now,
      },
    },
    en,
  ),
  groupPickerCard([group, { ...group, id: 'other', name: 'EST Västerås' }], sv.commands.chooseGroup.member, 'report'),
  reminderCard(group, context.period, sv),
  statusCard(
    {
      group,
      period: context.period,
      instants: periodInstants(group.schedule, context.period),
      status: {
        total: 3,
        answered: 1,
        nothingToReport: 1,
        byOrganisation: [{ organisation: 'Polisen', answered: 1, total: 2 }],
        missing: ['A', 'B'],
        unreachable: ['B'],
      },
    },
    sv,
  ),
  settingsCard(group, settingsFormOf(group), en, now, { errors: { reminderWeekday: 'reminderAfterPrompt' } }),
  membersCard(
    group,
    Array.from({ length: 30 }, (_, n) => ({ ...member, memberKey: `m${n}`, name: `Medlem ${n}` })),
    1,
    sv,
  ),
  insatsFormCard(
    group,
    context.period,
    {
      hotSpots: [
        {
          omrade: 'Centrum',
          place: 'Stationsparken',
          organisations: ['Polisen', 'Skola'],
          observations: 3,
          recurring: true,
        },
      ],
      observations: [{ id: 'o1', omrade: 'Centrum', description: 'Klotter', organisation: 'Polisen' }],
    },
    [member],
    '2026-11-22',
    sv,
    { notice: { text: 'Rätta', good: false } },
  ),
  insatserCard(
    group,
    [INSATS, { ...INSATS, id: '0002', number: 2, status: 'genomford' }],
    { ...member, role: 'samordnare' },
    context.period,
    '2026-11-22',
    en,
  ),
  insatsStatusCard(
    group,
    INSATS,
    [{ insatsId: '0001', status: 'pagar', comment: 'Första kvällen', byName: 'Siv', byMemberKey: 'm', at: now }],
    '2026-12-30',
    sv,
  ),
];

describe('cards', () => {
  test('when the templates are read, then every verb they use is a known constant and every constant is used', () => {
    const used = new Set<string>();
    for (const file of readdirSync(TEMPLATES)) {
      walk(JSON.parse(readFileSync(join(TEMPLATES, file), 'utf8')), (object) => {
        if (object.type === 'Action.Execute') used.add(String(object.verb));
        const data = object.data as { verb?: string } | undefined;
        if (object.type === 'Action.Execute' && data?.verb !== undefined) expect(data.verb).toBe(object.verb);
      });
    }
    expect([...used].sort()).toEqual(Object.values(VERBS).sort());
  });

  test('when cards are expanded, then no ${ binding is left unfilled', () => {
    for (const card of allCards()) expect(JSON.stringify(card)).not.toContain('${');
  });

  test('when cards are expanded, then every Action.Execute has an Action.Submit fallback carrying the verb', () => {
    const cards = allCards();
    const closedReceipt = cards[4];
    for (const card of cards) {
      let executes = 0;
      walk(card, (object) => {
        if (object.type !== 'Action.Execute') return;
        executes += 1;
        const fallback = object.fallback as { type: string; title: string; data: { verb: string } };
        expect(fallback.type).toBe('Action.Submit');
        expect(fallback.title).toBe(object.title);
        expect(fallback.data.verb).toBe(object.verb);
      });
      // A receipt for a closed period offers nothing to click; every other card does.
      if (card === closedReceipt) expect(executes).toBe(0);
      else expect(executes).toBeGreaterThan(0);
    }
  });

  test('when a report has the most observations with the longest texts, then its cards stay far below the 100 KB message limit', () => {
    for (const card of allCards()) {
      expect(Buffer.byteLength(JSON.stringify(card), 'utf8')).toBeLessThan(60 * 1024);
    }
  });

  test('when a card is rendered on a client that only knows 1.2, then every input still has a placeholder or choices to go by', () => {
    const [form] = allCards();
    expect(form.version).toBe('1.5');
    const seen = { texts: 0, choiceSets: 0 };
    walk(form, (object) => {
      if (object.type === 'Input.Text' || object.type === 'Input.Date') {
        seen.texts += 1;
        expect(object.placeholder).toBeTruthy();
      }
      if (object.type === 'Input.ChoiceSet') {
        seen.choiceSets += 1;
        expect((object.choices as unknown[]).length).toBeGreaterThan(0);
      }
      expect(['Table', 'Action.ShowCard']).not.toContain(object.type);
    });
    // The checks above ran: the form has both kinds of input.
    expect(seen.texts).toBeGreaterThan(2);
    expect(seen.choiceSets).toBeGreaterThan(2);
  });

  test('when a field has an error, then the error text stands right after that field, visible', () => {
    const card = allCards()[1];
    const body = card.body as Record<string, unknown>[];
    const index = body.findIndex((element) => element.id === 'beskrivning');
    expect(body[index + 1]).toMatchObject({
      type: 'TextBlock',
      text: 'Description is required.',
      color: 'Attention',
      isVisible: true,
    });
    const area = body.findIndex((element) => element.id === 'area');
    expect(body[area + 1]).toMatchObject({ type: 'TextBlock', isVisible: false });
  });

  test('when the form is rendered with or without notices and errors, then its elements keep their places', () => {
    const shape = (card: Record<string, unknown>) =>
      (card.body as Record<string, unknown>[]).map(
        (element) => `${String(element.type)}:${typeof element.id === 'string' ? element.id : ''}`,
      );
    const [withNotice, withErrors] = allCards();
    const plain = reportFormCard(
      { kind: 'form', context, observations: [], form: emptyObservationForm(), errors: [] },
      sv,
      now,
    );
    expect(shape(withNotice)).toEqual(shape(plain));
    expect(shape(withErrors)).toEqual(shape(plain));
  });

  test('when an observation is being edited, then the form says which one and offers to save or cancel', () => {
    const card = allCards()[2];
    const text = JSON.stringify(card);
    expect(text).toContain('Ändra observation 2');
    expect(text).toContain('Spara ändringen');
    expect(text).not.toContain('Lägg till observation');
  });
});
