import type { CompileResult } from './compile';
import type { FanoutResult } from './fanout';
import type { LoadResult } from './load';

export interface BenchReport {
  smoke: boolean;
  when: Date;
  node: string;
  /** `storing`: the echo bot that keeps each submit in one Table transaction (the fair anchor). */
  submit: { target: LoadResult[]; anchor: LoadResult[]; storing: LoadResult[] };
  open: { target: LoadResult[]; anchor: LoadResult[] };
  memory: { idle: { target: number; anchor: number }; loaded: { target: number; anchor: number } };
  /** CPU seconds used during the submit rounds, and the requests each bot answered in them. */
  cpu: { service: number; azurite: number; echo: number; requests: number; echoRequests: number };
  stored: { acknowledged: number; stored: number; complete: number };
  fanout: FanoutResult;
  /** A round small enough not to load the machine: the sender's pacing alone. */
  paced: FanoutResult;
  compile: CompileResult;
}

/** The median of the rounds' values: rounds alternate, so one noisy round does not decide. */
function medianOf(results: LoadResult[], pick: (result: LoadResult) => number): number {
  const values = results.map(pick).sort((a, b) => a - b);
  const middle = Math.floor(values.length / 2);
  return values.length % 2 === 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

type Row = [part: string, service: string, anchor: string, ratio: string, target: string, met: string];

const n = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
const check = (ok: boolean) => (ok ? 'yes' : 'NO');

function loadRows(
  name: string,
  runs: { target: LoadResult[]; anchor: LoadResult[] },
  timed: (ok: boolean) => string,
): Row[] {
  const t = (pick: (result: LoadResult) => number) => medianOf(runs.target, pick);
  const a = (pick: (result: LoadResult) => number) => medianOf(runs.anchor, pick);
  const throughput = t((r) => r.throughput) / a((r) => r.throughput);
  const p99 = t((r) => r.p99) / a((r) => r.p99);
  return [
    [
      `${name}: requests/s`,
      n(t((r) => r.throughput)),
      n(a((r) => r.throughput)),
      n(throughput, 2),
      '≥ 0.5×',
      timed(throughput >= 0.5),
    ],
    [
      `${name}: p50 / p95 ms`,
      `${n(t((r) => r.p50))} / ${n(t((r) => r.p95))}`,
      `${n(a((r) => r.p50))} / ${n(a((r) => r.p95))}`,
      '',
      '',
      '',
    ],
    [`${name}: p99 ms`, n(t((r) => r.p99)), n(a((r) => r.p99)), n(p99, 2), '≤ 2×', timed(p99 <= 2)],
  ];
}

/** A round's pace until nine in ten prompts were out, against the same ceiling. */
function steady(label: string, round: FanoutResult): Row {
  const share = round.steadySendsPerSecond / round.ceilingPerSecond;
  return [
    `${label}: sends/s until 9 in 10 were out`,
    n(round.steadySendsPerSecond),
    '',
    `${n(share * 100, 1)} %`,
    '',
    '',
  ];
}

/** The table as text and as Markdown, and whether everything that must hold whatever the speed held. */
export function renderReport(report: BenchReport): { text: string; markdown: string; correct: boolean } {
  // Timing targets are judged only in a full run: a smoke run's few requests say nothing about speed.
  const timed = (ok: boolean) => (report.smoke ? '–' : check(ok));
  const { memory, stored, fanout, paced, compile } = report;
  const idle = memory.idle.target / memory.idle.anchor;
  const loaded = memory.loaded.target / memory.loaded.anchor;
  const share = fanout.sendsPerSecond / fanout.ceilingPerSecond;
  const storedOnce = stored.acknowledged === stored.stored && stored.stored === stored.complete;
  const rows: Row[] = [
    ...loadRows('submit (Skicka rapporten)', report.submit, timed),
    ...loadRows(
      'submit vs the storing echo bot',
      { target: report.submit.target, anchor: report.submit.storing },
      timed,
    ),
    [
      'submit: CPU ms per request (bot / Azurite)',
      `${n((report.cpu.service * 1000) / report.cpu.requests, 1)} / ${n((report.cpu.azurite * 1000) / report.cpu.requests, 1)}`,
      n((report.cpu.echo * 1000) / report.cpu.echoRequests, 1),
      '',
      '',
      '',
    ],
    [
      'submit: acknowledged / stored once',
      `${stored.acknowledged} / ${stored.complete}`,
      '',
      '',
      'equal',
      check(storedOnce),
    ],
    ...loadRows('open (rapportera)', report.open, timed),
    ['RSS idle MB', n(memory.idle.target), n(memory.idle.anchor), n(idle, 2), '≤ 1.5×', timed(idle <= 1.5)],
    [
      'RSS after the submit run MB',
      n(memory.loaded.target),
      n(memory.loaded.anchor),
      n(loaded, 2),
      '≤ 1.5×',
      timed(loaded <= 1.5),
    ],
    [
      `fan-out: ${fanout.members} members, ${fanout.tenants} tenants, sends/s`,
      n(fanout.sendsPerSecond),
      `ceiling ${n(fanout.ceilingPerSecond)}`,
      `${n(share * 100, 1)} %`,
      '≥ 97 %',
      timed(share >= 0.97),
    ],
    steady('fan-out', fanout),
    ['fan-out: round took s', n(fanout.seconds, 1), '', '', '', ''],
    [
      'fan-out: CPU ms per prompt (bot / Azurite)',
      `${n(fanout.cpuMsPerPrompt.service, 1)} / ${n(fanout.cpuMsPerPrompt.azurite, 1)}`,
      '',
      '',
      '',
      '',
    ],
    [
      'fan-out: busiest second (all / one tenant)',
      `${fanout.busiestSecond} / ${fanout.busiestTenantSecond}`,
      '',
      '',
      '≤ 50 per tenant',
      check(fanout.busiestTenantSecond <= 50),
    ],
    [
      'fan-out: 429 answers (of them for going over a limit)',
      `${fanout.throttled} (${fanout.overLimit})`,
      '',
      '',
      '',
      '',
    ],
    [
      'fan-out: lost / doubled',
      `${fanout.lost} / ${fanout.doubled}`,
      '',
      '',
      '0 / 0',
      check(fanout.lost === 0 && fanout.doubled === 0),
    ],
    [
      `fan-out, pacing alone: ${paced.members} members, ${paced.tenants} tenants, sends/s`,
      n(paced.sendsPerSecond),
      `ceiling ${n(paced.ceilingPerSecond)}`,
      `${n((paced.sendsPerSecond / paced.ceilingPerSecond) * 100, 1)} %`,
      '',
      '',
    ],
    steady('fan-out, pacing alone', paced),
    [
      'fan-out, pacing alone: busiest tenant second / over a limit / lost / doubled',
      `${paced.busiestTenantSecond} / ${paced.overLimit} / ${paced.lost} / ${paced.doubled}`,
      '',
      '',
      '≤ 50 / 0 / 0 / 0',
      check(paced.busiestTenantSecond <= 50 && paced.overLimit === 0 && paced.lost === 0 && paced.doubled === 0),
    ],
    ['compile one period (pure) ms', n(compile.periodMs, 2), '', '', '≤ 5', timed(compile.periodMs <= 5)],
    [
      `compile the year, ${compile.periods} periods (pure) ms`,
      n(compile.yearMs, 1),
      '',
      '',
      '≤ 50',
      timed(compile.yearMs <= 50),
    ],
    [
      'compile the year through Azurite ms',
      n(compile.yearThroughStorageMs),
      '',
      '',
      '≤ 1000',
      timed(compile.yearThroughStorageMs <= 1000),
    ],
  ];
  const header: Row = ['part', 'service', 'echo bot / anchor', 'ratio', 'target', 'met'];
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column].length)));
  const line = (row: Row) => `| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  const table = [line(header), `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`, ...rows.map(line)].join(
    '\n',
  );
  const about =
    `${report.smoke ? 'Smoke run (a few seconds per part; timings not comparable). ' : ''}` +
    `${report.when.toISOString()}, Node ${report.node}, ${compile.reports} reports with ${compile.observations} observations in the compile.`;
  return {
    text: `${table}\n${about}`,
    markdown: `# npm run bench\n\n${about}\n\n${table}\n`,
    correct: storedOnce && [fanout, paced].every((round) => round.lost === 0 && round.doubled === 0),
  };
}
