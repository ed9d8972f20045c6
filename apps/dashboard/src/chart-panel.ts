import type { Table } from './aggregate-table';
import type { ChartSpec } from './chart-spec';
import { downloadText, download } from './download';
import { echarts } from './echarts-setup';
import { format, type Messages } from './messages';
import { PALETTE } from './palette';
import { toCsv } from './to-csv';

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

function chartOption(spec: ChartSpec, words: Messages, patterns: boolean) {
  const series = spec.table.columns.slice(1).map((name) => ({
    name,
    type: spec.type === 'line' ? ('line' as const) : ('bar' as const),
    ...(spec.type === 'stacked' ? { stack: 'all' } : {}),
    emphasis: { focus: 'series' as const },
  }));
  return {
    color: PALETTE,
    // A description a screen reader reads out; patterns as well as colours when asked for.
    aria: { enabled: true, decal: { show: patterns } },
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

/** What a panel gives the page: its figure, whether it is drawn yet, and how to take it down. */
export interface ChartPanel {
  element: HTMLElement;
  /** Resolves once the chart is drawn: when it first comes near the screen. */
  drawn: Promise<void>;
  dispose(): void;
}

/**
 * A chart in its figure: a caption, the chart (labelled), its data table, and buttons to
 * download its rows as CSV and the chart as a PNG. The table is there at once; the chart is
 * drawn when it comes near the screen (drawing every chart of the page at once took the
 * browser's main thread for most of a second), or when its image is asked for.
 */
export function chartPanel(spec: ChartSpec, words: Messages, language: string, patterns: boolean): ChartPanel {
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

  let chart: ReturnType<typeof echarts.init> | undefined;
  let markDrawn: () => void = () => undefined;
  const drawn = new Promise<void>((resolve) => {
    markDrawn = resolve;
  });
  const resize = new ResizeObserver(() => chart?.resize());
  const draw = () => {
    if (chart) return chart;
    chart = echarts.init(canvas, undefined, { renderer: 'canvas', locale: language.toUpperCase() });
    chart.setOption(chartOption(spec, words, patterns));
    chart.on('finished', markDrawn);
    resize.observe(canvas);
    return chart;
  };
  const near = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        near.disconnect();
        draw();
      }
    },
    { rootMargin: '200px' },
  );
  near.observe(canvas);
  csv.addEventListener('click', () => downloadText(`${spec.id}.csv`, toCsv(spec.table), 'text/csv;charset=utf-8'));
  image.addEventListener('click', () =>
    download(`${spec.id}.png`, draw().getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' })),
  );
  return {
    element: figure,
    drawn,
    dispose() {
      near.disconnect();
      resize.disconnect();
      chart?.dispose();
    },
  };
}
