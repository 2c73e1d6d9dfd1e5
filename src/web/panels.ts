import type { MapPlace } from '../domain/place-map';
import type { BoardLine } from './api';
import { el } from './dom';
import { nameOf } from './map-view';
import type { TabTexts } from './texts';

/** The places as a table: the map's figures for keyboards and screen readers. */
export function placeTable(places: MapPlace[], t: TabTexts, onChoose: (key: string) => void): HTMLElement {
  const rows = places.map((place) => {
    const choose = el('button', { type: 'button', class: 'link', 'data-key': place.key }, place.place ?? place.omrade);
    choose.addEventListener('click', () => onChoose(place.key));
    const hot = place.recurring ? t.recurringHotSpot : place.hotSpot ? t.hotSpot : '';
    return el(
      'tr',
      { 'data-key': place.key },
      el('th', { scope: 'row' }, choose),
      el('td', {}, place.omrade),
      el('td', { class: 'number', 'data-total': String(place.total) }, place.total),
      el('td', {}, t.directions[place.direction]),
      el('td', {}, hot),
      el('td', {}, place.position ? t.yes : t.no),
    );
  });
  return el(
    'table',
    { class: 'places', 'aria-label': t.places },
    el('caption', {}, t.places),
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        ...[t.place, t.omrade, t.observations, t.direction, t.hotSpot, t.onMap].map((label) =>
          el('th', { scope: 'col' }, label),
        ),
      ),
    ),
    el('tbody', {}, ...rows),
  );
}

/** One place: its counts per period, händelsetyper and insatser. */
export function placeDetails(
  place: MapPlace,
  periodIds: string[],
  insatser: BoardLine[],
  t: TabTexts,
  actions: Node[],
): HTMLElement {
  const here = insatser.filter((line) => line.key === place.key || (!place.place && line.key.startsWith(place.key)));
  return el(
    'section',
    { class: 'details', 'aria-label': nameOf(place) },
    el('h3', {}, nameOf(place)),
    el('p', {}, t.observationCount(place.total), ' · ', t.directions[place.direction]),
    el('h4', {}, t.perPeriod),
    el(
      'table',
      { class: 'series' },
      el(
        'tbody',
        {},
        ...periodIds.map((id, index) =>
          el('tr', {}, el('th', { scope: 'row' }, t.period(id)), el('td', { class: 'number' }, place.counts[index])),
        ),
      ),
    ),
    el('h4', {}, t.eventTypes),
    place.eventTypes.length === 0
      ? el('p', { class: 'muted' }, t.noEventTypes)
      : el('ul', {}, ...place.eventTypes.map((type) => el('li', {}, `${type.label}: ${type.count}`))),
    el('h4', {}, t.policeEvents),
    place.police.count === 0
      ? el('p', { class: 'muted' }, t.noPoliceEvents)
      : el(
          'ul',
          {},
          ...place.police.latest.map((event) => {
            const label = `${event.at.slice(0, 10)} ${event.type}`;
            // Only the police's own https pages are linked; anything else is shown as text.
            return el(
              'li',
              {},
              /^https:\/\/(www\.)?polisen\.se\//.test(event.url)
                ? el('a', { href: event.url, target: '_blank', rel: 'noopener noreferrer' }, label)
                : label,
            );
          }),
          place.police.count > place.police.latest.length
            ? el('li', { class: 'muted' }, t.morePoliceEvents(place.police.count - place.police.latest.length))
            : undefined,
        ),
    el('h4', {}, t.insatserHere),
    here.length === 0
      ? el('p', { class: 'muted' }, t.noInsatserHere)
      : el(
          'ul',
          {},
          ...here.map((line) => {
            const status = `#${line.number} ${line.what} — ${t.statuses[line.status] ?? line.status}`;
            return el('li', {}, line.effect ? `${status}; ${effectText(line.effect, t)}` : status);
          }),
        ),
    ...actions,
  );
}

/** A finished insats's effect at its place: observations per period before and after. */
function effectText(effect: NonNullable<BoardLine['effect']>, t: TabTexts): string {
  if (effect.kind === 'tooFew') return `${t.effect}: ${t.effectTooFew}`;
  return `${t.effect}: ${t.effectMeasured(effect.before, effect.after, effect.periods)}`;
}

/** The insatser by status, as a board. */
export function insatsBoard(lines: BoardLine[], t: TabTexts): HTMLElement {
  const columns = ['planerad', 'pagar', 'forsenad', 'genomford'] as const;
  if (lines.length === 0) return el('p', { class: 'muted' }, t.noInsatser);
  return el(
    'div',
    { class: 'board' },
    ...columns.map((status) => {
      const cards = lines.filter((line) => line.status === status);
      return el(
        'section',
        { class: `column status-${status}`, 'aria-label': t.statuses[status] },
        el('h3', {}, `${t.statuses[status]} (${cards.length})`),
        ...cards.map((line) =>
          el(
            'article',
            { class: 'insats' },
            el('h4', {}, `#${line.number} ${line.what}`),
            el('p', {}, line.place ? `${line.place} (${line.omrade})` : line.omrade),
            el('p', {}, `${t.owner}: ${line.ownerOrganisation}`),
            el('p', {}, `${t.due}: ${line.due}`),
            line.effect ? el('p', { class: 'effect' }, effectText(line.effect, t)) : undefined,
          ),
        ),
      );
    }),
  );
}

/** The trend chart's figures as a table. */
export function trendTable(
  heading: string,
  periodIds: string[],
  series: { label: string; counts: number[] }[],
  t: TabTexts,
): HTMLElement {
  return el(
    'table',
    { class: 'trend-table', 'aria-label': heading },
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { scope: 'col' }, heading),
        ...periodIds.map((id) => el('th', { scope: 'col' }, t.period(id))),
      ),
    ),
    el(
      'tbody',
      {},
      ...series.map((each) =>
        el(
          'tr',
          {},
          el('th', { scope: 'row' }, each.label),
          ...each.counts.map((count) => el('td', { class: 'number' }, count)),
        ),
      ),
    ),
  );
}

/** The händelsetyper of the span with their observations, the most frequent first. */
export function eventTypeTable(rows: [label: string, count: number][], t: TabTexts): HTMLElement {
  if (rows.length === 0) return el('p', { class: 'muted' }, t.noEventTypes);
  return el(
    'table',
    { class: 'trend-table', 'aria-label': t.eventTypes },
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t.eventType), el('th', { scope: 'col' }, t.observations))),
    el(
      'tbody',
      {},
      ...rows.map(([label, count]) =>
        el('tr', {}, el('th', { scope: 'row' }, label), el('td', { class: 'number' }, count)),
      ),
    ),
  );
}
