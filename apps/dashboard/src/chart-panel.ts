import type { Table } from './aggregate-table';
import { downloadText, download } from './download';
import { echarts } from './echarts-setup';
import { format, type Messages } from './messages';
import { PALETTE } from './palette';
import { toCsv } from './to-csv';

export interface ChartSpec {
  /** Stable across languages: the file names of its downloads, and the test's handle. */
  id: string;
  title: string;
  table: Table;
  type: 'bar' | 'stacked' | 'line';
  /** The value axis' name (days, %...). */
  unit?: string;
}

/** A cell as the data table shows it: numbers in the page's language, a withheld count as "< k". */
function shown(value: string | number | null, table: Table, words: Messages, numbers: Intl.NumberFormat): string {
  if (value === null) return table.suppressedBelow ? format(words.suppressed, { k: table.suppressedBelow }) : '–';
  return typeof value === 'number' ? numbers.format(value) : value;
}

function dataTable(spec: ChartSpec, words: Messages, language: string): HTMLElement {
  const numbers = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const details = document.createElement('details');
  const summary = document.createElement('summary');
  summary.textContent = words.dataTable;
  const table = document.createElement('table');
  table.dataset.table = spec.id;
  const caption = table.createCaption();
  caption.textContent = spec.title;
  const head = table.createTHead().insertRow();
  for (const column of spec.table.columns) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = column;
    head.append(th);
  }
  const body = table.createTBody();
  for (const row of spec.table.rows) {
    const tr = body.insertRow();
    row.forEach((value, i) => {
      const cell = document.createElement(i === 0 ? 'th' : 'td');
      if (i === 0) (cell as HTMLTableCellElement).scope = 'row';
      cell.textContent = shown(value, spec.table, words, numbers);
      // The raw figure, for a reader of the page (and its tests) that must not parse "1 234,5".
      if (typeof value === 'number') cell.dataset.value = String(value);
      tr.append(cell);
    });
  }
  details.append(summary, table);
  return details;
}

function chartOption(spec: ChartSpec, words: Messages) {
  const series = spec.table.columns.slice(1).map((name) => ({
    name,
    type: spec.type === 'line' ? ('line' as const) : ('bar' as const),
    ...(spec.type === 'stacked' ? { stack: 'all' } : {}),
    emphasis: { focus: 'series' as const },
  }));
  return {
    color: PALETTE,
    // Patterns as well as colours, and a description a screen reader reads out.
    aria: { enabled: true, decal: { show: true } },
    animation: false,
    tooltip: { trigger: 'axis' as const },
    legend: { type: 'scroll' as const, bottom: 0 },
    grid: { left: 8, right: 16, top: 28, bottom: 40, containLabel: true },
    dataset: { source: [spec.table.columns, ...spec.table.rows] },
    xAxis: { type: 'category' as const },
    yAxis: { type: 'value' as const, name: spec.unit ?? words.count },
    series,
  };
}

/**
 * A chart in its figure: a caption, the chart (labelled, patterned), its data table, and buttons
 * to download its rows as CSV and the chart as a PNG. Returns the figure and a disposer.
 */
export function chartPanel(spec: ChartSpec, words: Messages, language: string): { element: HTMLElement; dispose(): void } {
  const figure = document.createElement('figure');
  figure.className = 'chart';
  figure.dataset.chart = spec.id;
  const caption = document.createElement('figcaption');
  caption.id = `caption-${spec.id}`;
  caption.textContent = spec.title;
  const canvas = document.createElement('div');
  canvas.className = 'canvas';
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', format(words.chartOf, { title: spec.title }));
  const actions = document.createElement('div');
  actions.className = 'actions';
  const csv = document.createElement('button');
  csv.type = 'button';
  csv.textContent = words.downloadCsv;
  csv.dataset.download = 'csv';
  const image = document.createElement('button');
  image.type = 'button';
  image.textContent = words.downloadImage;
  image.dataset.download = 'png';
  actions.append(csv, image);
  figure.append(caption, canvas, actions, dataTable(spec, words, language));

  const chart = echarts.init(canvas, undefined, { renderer: 'canvas', locale: language.toUpperCase() });
  chart.setOption(chartOption(spec, words));
  csv.addEventListener('click', () => downloadText(`${spec.id}.csv`, toCsv(spec.table), 'text/csv;charset=utf-8'));
  image.addEventListener('click', () =>
    download(`${spec.id}.png`, chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' })),
  );
  const resize = new ResizeObserver(() => chart.resize());
  resize.observe(canvas);
  return {
    element: figure,
    dispose() {
      resize.disconnect();
      chart.dispose();
    },
  };
}
