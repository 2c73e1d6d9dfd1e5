import 'leaflet/dist/leaflet.css';
import './tab.css';
import { app, authentication, pages } from '@microsoft/teams-js';
import type { MapPlace, Position } from '../domain/place-map';
import { ApiError, tabApi, type BoardLine, type MapAnswer, type TabApi, type TabGroup, type View } from './api';
import { el, select } from './dom';
import { MapView, nameOf } from './map-view';
import { eventTypeTable, insatsBoard, placeDetails, placeTable, trendTable } from './panels';
import { textsFor, type TabTexts } from './texts';
import { drawTrendChart } from './trend-chart';

const SPANS = [6, 13, 26];
const root = document.getElementById('app') as HTMLElement;
const settings = document.body.dataset;
const query = new URLSearchParams(location.search);

/** Inside Teams (framed): Teams' context and single sign-on. Opened alone (local mode): neither. */
async function host(): Promise<{ locale?: string; teamId?: string; token: () => Promise<string | undefined> }> {
  if (window.parent === window) return { locale: query.get('lang') ?? 'sv', token: () => Promise.resolve(undefined) };
  await app.initialize();
  const context = await app.getContext();
  return { locale: context.app.locale, teamId: context.team?.internalId, token: () => authentication.getAuthToken() };
}

function message(text: string): void {
  root.replaceChildren(el('p', { class: 'notice', role: 'alert' }, text));
}

function failure(error: unknown, t: TabTexts): void {
  if (error instanceof ApiError && error.status === 401) message(t.signInFailed);
  else if (error instanceof ApiError && error.status === 403) message(t.forbidden);
  else message(t.failed);
}

/** A channel tab's configuration: the EST group's view, or the council's. */
function configure(t: TabTexts): void {
  let view: View = 'team';
  const choice = (value: View, label: string) => {
    const input = el('input', { type: 'radio', name: 'view', value });
    input.checked = value === view;
    input.addEventListener('change', () => {
      view = value;
    });
    return el('label', { class: 'choice' }, input, label);
  };
  root.replaceChildren(
    el('h1', {}, t.title),
    el('p', {}, t.configIntro),
    choice('team', t.configTeam),
    choice('council', t.configCouncil),
  );
  pages.config.registerOnSaveHandler((save) => {
    pages.config
      .setConfig({
        contentUrl: `${location.origin}/tab?view=${view}`,
        entityId: `lagesbild-${view}`,
        suggestedDisplayName: view === 'council' ? `${t.title} (${t.configCouncil.split(' (')[0]})` : t.title,
      })
      .then(
        () => save.notifySuccess(),
        () => save.notifyFailure(),
      );
  });
  pages.config.setValidityState(true);
}

interface State {
  group: TabGroup;
  span: number;
  area: string;
  type: string;
  section: 'map' | 'trends' | 'insatser';
  chosen?: string;
}

/** The tab itself: header with the choices, then the map, trends or insatser. */
class LagesbildTab {
  private answer?: MapAnswer;
  private insatser: BoardLine[] = [];
  private readonly notice = el('p', { class: 'status', role: 'status' });
  private readonly mapBox = el('div', { class: 'map', id: 'map' });
  private readonly side = el('aside', { class: 'side' });
  private readonly tableBox = el('div', { class: 'table-box' });
  private readonly body = el('div', { class: 'body' });
  private readonly mapView: MapView;

  constructor(
    private readonly api: TabApi,
    private readonly t: TabTexts,
    private readonly groups: TabGroup[],
    private state: State,
  ) {
    this.mapView = new MapView(this.mapBox, {
      tiles: settings.tiles || undefined,
      attribution: settings.attribution ?? '',
      texts: t,
      onChoose: (key) => this.choose(key),
      onPlace: (key, position) => void this.place(key, position),
    });
  }

  async load(): Promise<void> {
    const { group, span, area, type } = this.state;
    const [answer, board] = await Promise.all([
      this.api.map(group.id, { view: group.view, span, area: area || undefined, type: type || undefined }),
      this.api.insatser(group.id, group.view),
    ]);
    this.answer = answer;
    this.insatser = board.insatser;
    this.render();
  }

  private render(): void {
    const { t, state } = this;
    const answer = this.answer!;
    const header = el(
      'header',
      {},
      el('h1', {}, `${t.title}: ${answer.groupName}`),
      el('p', { class: 'muted' }, answer.view === 'council' ? t.councilView : t.teamView),
      answer.missing.length > 0
        ? el('p', { class: 'muted' }, t.notPublished(answer.missing.length, answer.periodIds.length))
        : undefined,
      el(
        'div',
        { class: 'filters' },
        this.groups.length > 1
          ? select(
              t.group,
              this.groups.map((group) => ({ value: `${group.view}:${group.id}`, text: group.name })),
              `${state.group.view}:${state.group.id}`,
              (value) => this.update({ group: this.groups.find((group) => `${group.view}:${group.id}` === value)! }),
            )
          : undefined,
        select(
          t.span,
          SPANS.map((span) => ({ value: String(span), text: t.spanOption(span) })),
          String(state.span),
          (value) => this.update({ span: Number(value) }),
        ),
        select(
          t.area,
          [{ value: '', text: t.all }, ...answer.areas.map((area) => ({ value: area.id, text: area.label }))],
          state.area,
          (value) => this.update({ area: value }),
        ),
        select(
          t.eventType,
          [{ value: '', text: t.all }, ...answer.eventTypes.map((type) => ({ value: type, text: type }))],
          state.type,
          (value) => this.update({ type: value }),
        ),
      ),
      el(
        'nav',
        { class: 'sections', 'aria-label': t.title },
        ...(['map', 'trends', 'insatser'] as const).map((section) => this.sectionButton(section)),
      ),
    );
    root.replaceChildren(header, this.notice, this.body);
    this.showSection();
  }

  private sectionButton(section: State['section']): HTMLElement {
    const label = { map: this.t.map, trends: this.t.trends, insatser: this.t.insatser }[section];
    const button = el('button', { type: 'button', 'aria-pressed': String(this.state.section === section) }, label);
    button.addEventListener('click', () => {
      this.state = { ...this.state, section };
      this.render();
    });
    return button;
  }

  private showSection(): void {
    const answer = this.answer!;
    const { t } = this;
    if (this.state.section === 'trends') {
      // As `trender`: each area, each område, and the händelsetyper of the span.
      const omraden = answer.places
        .filter((place) => !place.place && place.total > 0)
        .map((place) => ({ label: place.omrade, counts: place.counts }));
      const types = new Map<string, number>();
      for (const place of answer.places.filter((each) => !each.place)) {
        for (const type of place.eventTypes) types.set(type.label, (types.get(type.label) ?? 0) + type.count);
      }
      const areaChart = el('div', { class: 'chart', role: 'img', 'aria-label': t.area });
      const omradeChart = el('div', { class: 'chart', role: 'img', 'aria-label': t.omrade });
      this.body.replaceChildren(
        el('h3', {}, t.area),
        areaChart,
        trendTable(t.area, answer.periodIds, answer.areaSeries, t),
        el('h3', {}, t.omrade),
        omradeChart,
        trendTable(t.omrade, answer.periodIds, omraden, t),
        el('h3', {}, t.eventTypes),
        eventTypeTable(
          [...types].sort((a, b) => b[1] - a[1]),
          t,
        ),
      );
      drawTrendChart(areaChart, answer.periodIds.map(t.period), answer.areaSeries);
      drawTrendChart(omradeChart, answer.periodIds.map(t.period), omraden);
      return;
    }
    if (this.state.section === 'insatser') {
      this.body.replaceChildren(insatsBoard(this.insatser, t));
      return;
    }
    this.tableBox.replaceChildren(placeTable(answer.places, t, (key) => this.choose(key)));
    this.body.replaceChildren(el('div', { class: 'map-row' }, this.mapBox, this.side), this.tableBox);
    this.mapView.resized();
    this.mapView.show(answer.places, answer.mayPlace);
    this.showSide();
  }

  private showSide(): void {
    const answer = this.answer!;
    const { t } = this;
    const chosen = answer.places.find((place) => place.key === this.state.chosen);
    const missing = answer.places.filter((place) => !place.position);
    const parts: Node[] = [];
    if (chosen) parts.push(placeDetails(chosen, answer.periodIds, this.insatser, t, this.placeActions(chosen)));
    else parts.push(el('p', { class: 'muted' }, t.chooseMark));
    parts.push(el('h3', {}, t.missingPosition));
    if (missing.length === 0) parts.push(el('p', { class: 'muted' }, t.noneMissing));
    else
      parts.push(
        el(
          'ul',
          { class: 'missing', 'aria-label': t.missingPosition },
          ...missing.map((place) => this.missingItem(place)),
        ),
      );
    if (answer.mayPlace) parts.push(el('p', { class: 'muted' }, t.dragHint));
    this.side.replaceChildren(...parts);
  }

  private missingItem(place: MapPlace): HTMLElement {
    if (!this.answer!.mayPlace) return el('li', { 'data-key': place.key }, nameOf(place));
    const button = el('button', { type: 'button', 'data-key': place.key }, this.t.placeIt(nameOf(place)));
    button.addEventListener('click', () => {
      this.say(this.t.placing(nameOf(place)));
      this.mapView.startPlacing(place.key, () => this.say(''));
    });
    return el('li', {}, button);
  }

  private placeActions(place: MapPlace): Node[] {
    if (!this.answer!.mayPlace || !place.position) return [];
    const remove = el('button', { type: 'button' }, this.t.removeFromMap);
    remove.addEventListener('click', () => void this.place(place.key, undefined));
    return [remove];
  }

  private choose(key: string): void {
    this.state = { ...this.state, chosen: key };
    this.showSide();
  }

  private async place(key: string, position: Position | undefined): Promise<void> {
    try {
      await this.api.place(this.state.group.id, key, position);
      await this.load();
      this.say(position ? this.t.saved : this.t.removed);
    } catch {
      this.say(this.t.saveFailed);
    }
  }

  private update(change: Partial<State>): void {
    this.state = { ...this.state, ...change };
    this.load().catch((error: unknown) => failure(error, this.t));
  }

  private say(text: string): void {
    this.notice.textContent = text;
  }
}

async function main(): Promise<void> {
  const context = await host();
  const t = textsFor(context.locale);
  document.documentElement.lang = t.title === textsFor('en').title ? 'en' : 'sv';
  if (settings.page === 'config') return configure(t);
  root.replaceChildren(el('p', { class: 'muted' }, t.loading));
  const api = tabApi(context.token);
  const view: View = query.get('view') === 'council' ? 'council' : 'team';
  const { groups } = await api.groups();
  const mine = groups.filter((group) => group.view === view);
  const wanted = query.get('group');
  const group =
    mine.find((candidate) => candidate.id === wanted) ??
    mine.find((candidate) => candidate.teamId === context.teamId) ??
    mine[0];
  if (!group) return message(t.noGroups);
  await new LagesbildTab(api, t, mine, { group, span: 13, area: '', type: '', section: 'map' }).load();
}

main().catch((error: unknown) => failure(error, textsFor(query.get('lang') ?? 'sv')));
