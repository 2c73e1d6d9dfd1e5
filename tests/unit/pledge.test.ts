import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dueActivities, effectiveStatus, followUp, type Pledge, type PledgeActivity } from '../../src/domain/pledge';
import { parsePledgeCsv, parsePledgeJson } from '../../src/domain/pledge-document';
import type { DocumentProblem } from '../../src/domain/pledge-document';
import { documentProblemLine, textsFor } from '../../src/i18n';

/** A problem as the import command prints it, in Swedish. */
const lineOf = (problem: DocumentProblem) => documentProblemLine(problem, textsFor('sv'));

const FIXTURES = join(__dirname, '..', 'fixtures');

const activity = (id: string, due: string, status: PledgeActivity['status'] = 'pagar'): PledgeActivity => ({
  id,
  focusAreaId: 'f1',
  description: `Aktivitet ${id}`,
  ownerParty: 'gemensamt',
  due,
  status,
});
const pledge = (activities: PledgeActivity[]): Pledge => ({
  id: 'p1',
  groupId: 'g',
  title: 'Medborgarlöfte',
  start: '2026-01-01',
  end: '2026-12-31',
  parties: ['polisen', 'kommunen'],
  focusAreas: [{ id: 'f1', name: 'Narkotikaproblematik i centrummiljön', problem: '' }],
  activities,
});

describe('medborgarlöften', () => {
  test('when an activity is past its due date and not done or cancelled, then it is försenad without anyone setting it', () => {
    expect(effectiveStatus(activity('a', '2026-11-21'), '2026-11-22')).toBe('forsenad');
    expect(effectiveStatus(activity('a', '2026-11-22'), '2026-11-22')).toBe('pagar');
    expect(effectiveStatus(activity('a', '2026-11-01', 'genomford'), '2026-11-22')).toBe('genomford');
    expect(effectiveStatus(activity('a', '2026-11-01', 'installd'), '2026-11-22')).toBe('installd');
  });

  test('when activities are listed as due, then the overdue and those within the window come, soonest first', () => {
    const due = dueActivities(
      [
        pledge([
          activity('later', '2026-12-31'),
          activity('soon', '2026-12-01'),
          activity('late', '2026-11-01'),
          activity('done', '2026-11-25', 'genomford'),
        ]),
      ],
      '2026-11-22',
      14,
    );
    expect(due.map((item) => [item.activity.id, item.status, item.overdue])).toEqual([
      ['late', 'forsenad', true],
      ['soon', 'pagar', false],
    ]);
  });

  test('when a pledge is followed up, then each focus area lists its activities with status and what was done, and statuses are counted', () => {
    const result = followUp(
      pledge([activity('a', '2026-06-30', 'genomford'), activity('b', '2026-03-01')]),
      [
        {
          pledgeId: 'p1',
          activityId: 'a',
          status: 'pagar',
          comment: 'Planering klar',
          byName: 'Per',
          byMemberKey: 'p',
          at: new Date('2026-03-01T10:00:00Z'),
        },
        {
          pledgeId: 'p1',
          activityId: 'a',
          status: 'genomford',
          comment: 'Polisen har träffat cirka 450 elever',
          measured: 'cirka 450 elever',
          byName: 'Per',
          byMemberKey: 'p',
          at: new Date('2026-06-01T10:00:00Z'),
        },
      ],
      '2026-11-22',
    );
    expect(result.counts).toEqual({ 'ej-paborjad': 0, pagar: 0, genomford: 1, forsenad: 1, installd: 0 });
    expect(
      result.focusAreas[0].activities.map((item) => [
        item.activity.id,
        item.status,
        item.updates.map((update) => update.comment),
      ]),
    ).toEqual([
      ['a', 'genomford', ['Planering klar', 'Polisen har träffat cirka 450 elever']],
      ['b', 'forsenad', []],
    ]);
  });

  test('when Arboga’s 2023 pledge is read from JSON, then its four focus areas and activities come through', () => {
    const result = parsePledgeJson(readFileSync(join(FIXTURES, 'arboga-2023.json'), 'utf8'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.focusAreas.map((area) => area.name)).toEqual([
      'Medborgardialoger i mest frekventa områden som en del av framtagandet av lägesbild',
      'Narkotikaproblematik i centrummiljön',
      'Upplevd otrygghet i trafiken',
      'Stärka samverkan mellan Polis och kommun samt andra samhällsaktörer',
    ]);
    expect(result.document.focusAreas[0].activities[0]).toMatchObject({
      owner: 'gemensamt',
      due: '2023-11-30',
      target: 'minst två dialogtillfällen',
    });
  });

  test('when Fagersta’s March–May 2022 inriktning is read from CSV, then rows group into focus areas', () => {
    const result = parsePledgeCsv(readFileSync(join(FIXTURES, 'fagersta-2022.csv'), 'utf8'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document).toMatchObject({
      title: 'Inriktning för medborgarlöfte mars–maj 2022',
      start: '2022-03-01',
      end: '2022-05-31',
      parties: ['polisen', 'kommunen'],
    });
    expect(result.document.focusAreas.map((area) => [area.name, area.activities.length])).toEqual([
      ['ANDT', 2],
      ['Unga och skolor', 1],
      ['Trygghet i offentlig miljö', 2],
    ]);
  });

  test('when a CSV has invalid rows, then every one is reported with its line and reason, and nothing is accepted', () => {
    const csv = [
      'titel,start,slut,parter,fokusomrade,problem,aktivitet,agare,ansvarig,aktivitet_start,klart,mal',
      'Löfte 2026,2026-01-01,2026-12-31,polisen;kommunen,Trafik,,Trafikkontroller,polisen,,,2026-06-31,',
      ',,,,Trafik,,,polisen,,,2026-06-30,',
      ',,,,Trafik,,Ring 070-123 45 67 för info,kommunen,,,2026-06-30,',
      'Annat löfte,,,,Trafik,,Hastighetsmätning,kommunen,,,2026-06-30,',
    ].join('\n');
    const result = parsePledgeCsv(csv);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(lineOf)).toEqual([
      'rad 2: klart: ska vara ett datum ÅÅÅÅ-MM-DD',
      'rad 3: beskrivning: saknas',
      'rad 4: beskrivning: innehåller personuppgifter, t.ex. ett namn, personnummer, telefonnummer eller e-post',
      'rad 5: titel: skiljer sig från första raden',
    ]);
  });

  test('when a JSON document is broken or incomplete, then the problems name where they are', () => {
    expect(parsePledgeJson('{ "titel": ')).toMatchObject({ ok: false, problems: [{ where: 'filen' }] });
    const result = parsePledgeJson(
      JSON.stringify({ titel: 'X', start: '2026-05-01', slut: '2026-01-01', parter: [], fokusomraden: [] }),
    );
    expect(result.ok ? [] : result.problems.map(lineOf)).toEqual([
      'parter: minst en part',
      'fokusomraden: minst ett fokusområde',
      'slut: ligger före start',
    ]);
  });
});
