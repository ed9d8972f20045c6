import './dashboard.css';
import type { ChartPanel } from './chart-panel';
import type { ChartSpec } from './chart-spec';
import { COMPARABLE, type Comparable, compareRequest, compareTable } from './compare-towns';
import { downloadText } from './download';
import { GatewayRequestError, gatewayEndpoint, queryGateway } from './gateway-client';
import { INDICATORS } from './indicators/all-indicators';
import { type AggregateAnswer, type Indicator, type IndicatorContext, toOperation } from './indicators/indicator';
import { format, LANGUAGES, type Language, MESSAGES, type Messages, pickLanguage } from './messages';
import { type Scope, scopeFromParam, scopeSearch, scopeToParam, scopeVariables } from './scope';
import { toCsv } from './to-csv';
import { TOWNS_QUERY, type TownRow, townsTable } from './towns-table';

const endpoint = gatewayEndpoint(window.location);
const params = new URLSearchParams(window.location.search);
const state = {
  language: pickLanguage(params.get('lang'), navigator.languages),
  scope: scopeFromParam(params.get('scope')),
  year: Number(params.get('year')) || new Date().getFullYear(),
  patterns: params.get('patterns') === '1',
  compare: { a: params.get('a') ?? '', b: params.get('b') ?? '', indicator: (params.get('indicator') ?? 'news') as Comparable },
};
if (!(state.compare.indicator in COMPARABLE)) state.compare.indicator = 'news';
let towns: TownRow[] = [];
let groups: string[] = [];
let disposers: (() => void)[] = [];
let panels: ChartPanel[] = [];
// ECharts is most of the page's script: fetched and parsed while the first answers are on their way.
const charts = import('./chart-panel');
let generation = 0;

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** The page's state in its address: a view can be shared and reloaded as it is. */
function saveToUrl() {
  const search = new URLSearchParams({ lang: state.language, scope: scopeToParam(state.scope), year: String(state.year) });
  if (state.compare.a) search.set('a', state.compare.a);
  if (state.compare.b) search.set('b', state.compare.b);
  search.set('indicator', state.compare.indicator);
  if (state.patterns) search.set('patterns', '1');
  history.replaceState(null, '', `?${search}`);
}

const option = (value: string, text: string, selected: boolean) => new Option(text, value, selected, selected);

function fillControls(words: Messages) {
  document.documentElement.lang = state.language;
  document.title = words.title;
  byId('title').textContent = words.title;
  byId('skip').textContent = words.skip;
  byId('language-label').textContent = words.language;
  byId('scope-label').textContent = words.scope;
  byId('year-label').textContent = words.year;
  byId('patterns-label').textContent = words.patterns;
  byId<HTMLInputElement>('patterns').checked = state.patterns;
  const names = { fr: 'Français', nl: 'Nederlands', de: 'Deutsch', en: 'English' } as const;
  byId<HTMLSelectElement>('language').replaceChildren(...LANGUAGES.map((l) => option(l, names[l], l === state.language)));
  const current = scopeToParam(state.scope);
  byId<HTMLSelectElement>('scope').replaceChildren(
    option('region', words.region, current === 'region'),
    ...groups.map((g) => option(`group:${g}`, g.replace(':', ': '), current === `group:${g}`)),
    ...towns.map((t) => option(`town:${t.code}`, t.name, current === `town:${t.code}`)),
  );
  const thisYear = new Date().getFullYear();
  byId<HTMLSelectElement>('year').replaceChildren(
    ...[thisYear, thisYear - 1, thisYear - 2].map((y) => option(String(y), String(y), y === state.year)),
  );
}

function section(id: string, title: string): { element: HTMLElement; note: HTMLElement; body: HTMLElement } {
  const element = document.createElement('section');
  element.className = 'panel';
  element.dataset.panel = id;
  element.setAttribute('aria-labelledby', `title-${id}`);
  const heading = document.createElement('h2');
  heading.id = `title-${id}`;
  heading.textContent = title;
  const note = document.createElement('p');
  note.className = 'note';
  const body = document.createElement('div');
  body.className = 'charts';
  element.append(heading, note, body);
  byId('panels').append(element);
  return { element, note, body };
}

/** What the answers say of themselves: towns not counted, and how fresh the index was. */
function provenance(answers: AggregateAnswer[], words: Messages): string {
  const missing = [...new Set(answers.flatMap((a) => a.missingTowns))];
  const syncs = answers.map((a) => a.freshness.oldestSync).filter((s): s is string => !!s);
  const oldest = syncs.sort()[0];
  const time = new Intl.DateTimeFormat(state.language, { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Brussels' });
  return [
    missing.length ? format(words.partial, { towns: missing.map((c) => towns.find((t) => t.code === c)?.name ?? c).join(', ') }) : '',
    oldest ? format(words.freshness, { time: time.format(new Date(oldest)) }) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

async function draw(body: HTMLElement, specs: ChartSpec[], words: Messages, run: number) {
  const { chartPanel } = await charts;
  if (run !== generation) return;
  for (const spec of specs) {
    const panel = chartPanel(spec, words, state.language, state.patterns);
    body.append(panel.element);
    disposers.push(panel.dispose);
    panels.push(panel);
  }
}

/** The charts on the screen when every answer is in: the page is ready once they are drawn. */
async function firstScreenDrawn() {
  const onScreen = panels.filter((panel) => {
    const box = panel.element.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight;
  });
  await Promise.all(onScreen.map((panel) => panel.drawn));
}

type Section = ReturnType<typeof section>;

/**
 * One question's panel: asked at once, drawn when its turn comes (`turn`: at once on the first
 * screen, after it below), so that the first screen's charts do not wait for the others' work.
 */
async function renderIndicator(
  indicator: Indicator,
  context: IndicatorContext,
  run: number,
  { note, body, element }: Section,
  turn: () => Promise<void>,
) {
  note.textContent = context.words.loading;
  try {
    const { query, variables } = toOperation(indicator.operation, indicator.requests(context));
    const { data } = await queryGateway<Record<string, AggregateAnswer>>(endpoint, query, {
      ...scopeVariables(context.scope),
      language: context.language,
      ...variables,
    });
    await turn();
    if (run !== generation) return;
    note.textContent = provenance(Object.values(data), context.words);
    await draw(body, indicator.charts(data, context), context.words, run);
    if (indicator.id === 'public-services') element.append(exportLink(context.words));
  } catch (error) {
    if (run !== generation) return;
    note.textContent = failure(error, context.words);
    element.dataset.failed = 'true';
  }
}

function failure(error: unknown, words: Messages): string {
  const code = error instanceof GatewayRequestError ? ` (${error.code})` : '';
  return format(words.failed, { error: `${(error as Error).message}${code}` });
}

/** 6: the export of the scope's public services, each with its town, labels in the page's language. */
function exportLink(words: Messages): HTMLElement {
  const search = scopeSearch(state.scope);
  search.set('labels', state.language);
  search.set('excel', 'true');
  const link = document.createElement('a');
  link.className = 'export';
  link.href = new URL(`../export/public-services.csv?${search}`, endpoint).href;
  link.textContent = words.q6Export;
  link.setAttribute('download', 'public-services.csv');
  const paragraph = document.createElement('p');
  paragraph.append(link);
  return paragraph;
}

function renderTowns(words: Messages, { body }: Section) {
  const table = townsTable(towns, words, state.language);
  const figure = document.createElement('figure');
  figure.className = 'table';
  figure.dataset.chart = 'towns';
  const caption = document.createElement('figcaption');
  caption.textContent = words.q5Table;
  const element = document.createElement('table');
  element.dataset.table = 'towns';
  const head = element.createTHead().insertRow();
  for (const column of table.columns) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = column;
    head.append(th);
  }
  const tbody = element.createTBody();
  for (const row of table.rows) {
    const tr = tbody.insertRow();
    row.forEach((value, i) => {
      const cell = document.createElement(i === 0 ? 'th' : 'td');
      cell.textContent = value === null ? '–' : String(value);
      if (i === 1) cell.className = `state state-${String(value).toLowerCase()}`;
      tr.append(cell);
    });
  }
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = words.downloadCsv;
  button.dataset.download = 'csv';
  button.addEventListener('click', () => downloadText('towns.csv', toCsv(table), 'text/csv;charset=utf-8'));
  figure.append(caption, element, button);
  body.append(figure);
}

async function renderComparison(words: Messages, run: number, { element, note, body }: Section) {
  const controls = document.createElement('form');
  controls.className = 'controls';
  const select = (id: string, label: string, options: HTMLOptionElement[], onChange: (value: string) => void) => {
    const wrapper = document.createElement('label');
    const text = document.createElement('span');
    text.textContent = `${label} `;
    const input = document.createElement('select');
    input.id = id;
    input.append(...options);
    input.addEventListener('change', () => onChange(input.value));
    wrapper.append(text, input);
    controls.append(wrapper);
  };
  const [first, second] = towns;
  state.compare.a ||= first?.code ?? '';
  state.compare.b ||= second?.code ?? first?.code ?? '';
  const townOptions = (chosen: string) => towns.map((t) => option(t.code, t.name, t.code === chosen));
  const rerender = () => {
    saveToUrl();
    void render();
  };
  select('compare-a', words.townA, townOptions(state.compare.a), (v) => {
    state.compare.a = v;
    rerender();
  });
  select('compare-b', words.townB, townOptions(state.compare.b), (v) => {
    state.compare.b = v;
    rerender();
  });
  select(
    'compare-indicator',
    words.indicator,
    (Object.keys(COMPARABLE) as Comparable[]).map((k) => option(k, words[COMPARABLE[k].label], k === state.compare.indicator)),
    (v) => {
      state.compare.indicator = v as Comparable;
      rerender();
    },
  );
  element.insertBefore(controls, note);
  if (!state.compare.a) return;
  const pair: [string, string] = [state.compare.a, state.compare.b];
  const now = new Date();
  try {
    const { query, variables } = toOperation('CompareTowns', [compareRequest(state.compare.indicator, now)]);
    const { data } = await queryGateway<{ compared: AggregateAnswer }>(endpoint, query, {
      ...variables,
      towns: pair,
      language: state.language,
    });
    if (run !== generation) return;
    note.textContent = provenance([data.compared], words);
    const names = new Map(towns.map((t) => [t.code, t.name]));
    await draw(
      body,
      [
        {
          id: 'compare-towns',
          title: format(words.q7Chart, { indicator: words[COMPARABLE[state.compare.indicator].label] }),
          type: 'line',
          table: compareTable(data.compared, pair, names, now, words),
        },
      ],
      words,
      run,
    );
  } catch (error) {
    if (run !== generation) return;
    note.textContent = failure(error, words);
    element.dataset.failed = 'true';
  }
}

/** Draws every panel for the current state; a newer render makes an older one's late answers moot. */
async function render() {
  const run = ++generation;
  const words = MESSAGES[state.language];
  document.body.dataset.state = 'loading';
  for (const dispose of disposers) dispose();
  disposers = [];
  panels = [];
  byId('panels').replaceChildren();
  const status = byId('status');
  status.textContent = words.loading;
  // Every panel in the questions' order at once; the questions are asked while the towns are.
  const context: IndicatorContext = { scope: state.scope, year: state.year, now: new Date(), language: state.language, words };
  // Asked first: the comparison waits for the towns to pick its two.
  const townsAnswer = queryGateway<{ towns: TownRow[] }>(endpoint, TOWNS_QUERY, {});
  const work = new Map<HTMLElement, Promise<unknown>>();
  // The panels keep room for their charts until they come (dashboard.css), so those in view once
  // laid out are the first screen's: drawn as soon as their own answers are in; the others wait
  // for the first screen to be drawn, whatever comes first.
  let inView = new Set<Element>();
  let firstScreenDone: () => void = () => undefined;
  const firstScreen = new Promise<void>((resolve) => {
    firstScreenDone = resolve;
  });
  const turnOf = (element: HTMLElement) => () => (inView.has(element) ? Promise.resolve() : firstScreen);
  let townsPanel: Section | undefined;
  for (const indicator of INDICATORS) {
    if (indicator.id === 'public-services') townsPanel = section('towns', words.q5);
    const panel = section(indicator.id, words[indicator.title]);
    work.set(panel.element, renderIndicator(indicator, context, run, panel, turnOf(panel.element)));
  }
  const comparePanel = section('compare', words.q7);
  inView = new Set([...byId('panels').children].filter((panel) => panel.getBoundingClientRect().top < window.innerHeight));
  const townsRead = townsAnswer.then(({ data }) => {
    towns = data.towns;
    groups = [...new Set(towns.flatMap((t) => t.groups.map((g) => `${g.kind}:${g.code}`)))].sort();
  });
  const townsShown = townsRead.then(async () => {
    if (run !== generation) return;
    fillControls(words);
    if (townsPanel) {
      await turnOf(townsPanel.element)();
      if (run === generation) renderTowns(words, townsPanel);
    }
  });
  // Without the towns nothing more is shown (the page says it failed): settled all the same.
  if (townsPanel)
    work.set(
      townsPanel.element,
      townsShown.catch(() => undefined),
    );
  work.set(
    comparePanel.element,
    townsShown
      .then(turnOf(comparePanel.element))
      .then(() => (run === generation ? renderComparison(words, run, comparePanel) : undefined))
      .catch(() => undefined),
  );
  void Promise.allSettled([...inView].map((panel) => work.get(panel as HTMLElement)))
    .then(() => (run === generation ? firstScreenDrawn() : undefined))
    .then(() => {
      if (run === generation) performance.mark('dashboard-first-screen-drawn');
    })
    .finally(firstScreenDone);
  try {
    await townsRead;
  } catch (error) {
    status.textContent = failure(error, words);
    document.body.dataset.state = 'failed';
    return;
  }
  if (run !== generation) return;
  await Promise.all(work.values());
  if (run !== generation) return;
  performance.mark('dashboard-answers-in');
  await firstScreenDrawn();
  if (run !== generation) return;
  status.textContent = words.ready;
  document.body.dataset.state = 'ready';
  performance.mark('dashboard-charts-drawn');
}

function listen() {
  byId<HTMLSelectElement>('language').addEventListener('change', (event) => {
    state.language = (event.target as HTMLSelectElement).value as Language;
    saveToUrl();
    void render();
  });
  byId<HTMLSelectElement>('scope').addEventListener('change', (event) => {
    state.scope = scopeFromParam((event.target as HTMLSelectElement).value) as Scope;
    saveToUrl();
    void render();
  });
  byId<HTMLSelectElement>('year').addEventListener('change', (event) => {
    state.year = Number((event.target as HTMLSelectElement).value);
    saveToUrl();
    void render();
  });
  byId<HTMLInputElement>('patterns').addEventListener('change', (event) => {
    state.patterns = (event.target as HTMLInputElement).checked;
    saveToUrl();
    void render();
  });
  byId('controls').addEventListener('submit', (event) => event.preventDefault());
}

listen();
void render();
