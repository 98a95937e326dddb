/**
 * The border-tension dashboard: a ranking of dyads coloured by level, a score chart per dyad with
 * level bands and event markers, and the evidence behind the selected period. Reads the read API
 * (same origin), refreshes every 30 s (conditional GETs: unchanged data costs a 304), and works
 * from the keyboard. Bundled with uPlot by esbuild; no network beyond the API at run time.
 */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import './styles.css';
import type { DyadSummaryView, LevelBand, PointView } from '../functions/core/api/views';
import type { Evidence, Level } from '../functions/core/model';

const REFRESH_MS = 30_000;
const DAY_MS = 86_400_000;

/** Level colours: text-on-colour contrast is at least 4.5:1 (WCAG AA); bands are light tints. */
const LEVEL_STYLE: Record<Level, { colour: string; band: string; label: string }> = {
  calm: { colour: '#1a7f37', band: 'rgba(26, 127, 55, 0.10)', label: 'Calm' },
  elevated: { colour: '#9a6700', band: 'rgba(212, 167, 44, 0.16)', label: 'Elevated' },
  high: { colour: '#bc4c00', band: 'rgba(188, 76, 0, 0.14)', label: 'High' },
  critical: { colour: '#cf222e', band: 'rgba(207, 34, 46, 0.14)', label: 'Critical' },
};

interface DyadList {
  items: DyadSummaryView[];
}
interface DyadDetail {
  pair: string;
  countries: { iso3: string; name: string | null }[];
  latest: PointView & { bucket: string; evidence: Evidence[] };
}
interface Series {
  pair: string;
  bucket: 'hour' | 'day';
  from: string;
  to: string;
  levels: LevelBand[];
  points: PointView[];
  next?: string;
}
interface EvidenceList {
  items: Evidence[];
  total: number;
  from: string;
  to: string;
}

interface Period {
  days: number;
  bucket: 'hour' | 'day';
}

const state: {
  dyads: DyadSummaryView[];
  selected: string | undefined;
  period: Period;
  /** Evidence period chosen by dragging on the chart; undefined = the whole chart period. */
  evidenceRange: { from: Date; to: Date } | undefined;
  chart: uPlot | undefined;
} = {
  dyads: [],
  selected: undefined,
  period: { days: 30, bucket: 'day' },
  evidenceRange: undefined,
  chart: undefined,
};

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} missing from index.html`);
  return element as T;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string; attrs?: Record<string, string> } = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

class ApiError extends Error {}

async function getJson<T>(path: string): Promise<T> {
  // no-cache: always revalidate with the server (the browser sends If-None-Match; a 304 is cheap).
  const response = await fetch(path, { cache: 'no-cache', headers: { accept: 'application/json' } });
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { message?: string };
    throw new ApiError(body.message ?? `${path}: HTTP ${response.status}`);
  }
  return (await response.json()) as T;
}

const formatScore = (score: number) => score.toFixed(1);
const formatTrend = (trend: number) => `${trend > 0 ? '▲ +' : trend < 0 ? '▼ ' : '■ '}${trend.toFixed(1)}`;
const trendWords = (trend: number) =>
  trend > 0 ? `up ${trend.toFixed(1)}` : trend < 0 ? `down ${(-trend).toFixed(1)}` : 'unchanged';
const formatDay = (iso: string) => iso.slice(0, 10);
const dyadTitle = (countries: { iso3: string; name: string | null }[]) =>
  countries.map((c) => c.name ?? c.iso3).join(' – ');

function setStatus(text: string): void {
  byId('status').textContent = text;
}

// ---------------------------------------------------------------------------------------------
// Ranking

function renderRanking(): void {
  const list = byId<HTMLOListElement>('dyads');
  const hadFocus = list.contains(document.activeElement)
    ? (document.activeElement as HTMLElement).dataset.pair
    : undefined;
  list.replaceChildren(
    ...state.dyads.map((dyad) => {
      const style = LEVEL_STYLE[dyad.level];
      const button = element(
        'button',
        {
          className: 'dyad-row',
          attrs: {
            type: 'button',
            'data-pair': dyad.pair,
            'data-level': dyad.level,
            'aria-pressed': String(dyad.pair === state.selected),
            'aria-label': `${dyad.rank}. ${dyadTitle(dyad.countries)} (${dyad.pair}): score ${formatScore(dyad.score)}, ${style.label}, ${trendWords(dyad.trend)} in 24 hours${dyad.anomaly ? ', anomaly' : ''}`,
          },
        },
        [
          element('span', { className: 'rank', text: String(dyad.rank) }),
          element('span', { className: 'names' }, [
            element('span', { className: 'pair', text: dyad.pair }),
            element('span', { className: 'countries', text: dyadTitle(dyad.countries) }),
          ]),
          element('span', { className: 'score', text: formatScore(dyad.score) }),
          element('span', { className: `badge level-${dyad.level}`, text: style.label }),
          element('span', { className: 'trend', text: formatTrend(dyad.trend) }),
          ...(dyad.anomaly ? [element('span', { className: 'anomaly', text: '⚠ anomaly' })] : []),
        ],
      );
      button.style.borderLeftColor = style.colour;
      button.addEventListener(
        'click',
        () => void selectDyad(dyad.pair, { focusPanel: false }).catch(() => undefined),
      );
      return element('li', {}, [button]);
    }),
  );
  byId('dyads-empty').hidden = state.dyads.length > 0;
  if (hadFocus) list.querySelector<HTMLButtonElement>(`button[data-pair="${hadFocus}"]`)?.focus();
}

/** Arrow keys, Home and End move between the ranking's buttons. */
function onRankingKey(event: KeyboardEvent): void {
  const buttons = [...byId('dyads').querySelectorAll<HTMLButtonElement>('button.dyad-row')];
  const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (index < 0) return;
  const moves: Record<string, number> = {
    ArrowDown: index + 1,
    ArrowUp: index - 1,
    Home: 0,
    End: buttons.length - 1,
  };
  const target = moves[event.key];
  if (target === undefined) return;
  event.preventDefault();
  buttons[Math.max(0, Math.min(buttons.length - 1, target))]?.focus();
}

// ---------------------------------------------------------------------------------------------
// Selected dyad: summary, chart, evidence

function renderLegend(bands: LevelBand[]): void {
  byId('legend').replaceChildren(
    ...bands.map((band) =>
      element('li', {}, [
        element('span', { className: `swatch level-${band.level}`, attrs: { 'aria-hidden': 'true' } }),
        `${LEVEL_STYLE[band.level].label} ${band.from}–${band.to}`,
      ]),
    ),
    element('li', {}, [
      element('span', { className: 'swatch event', attrs: { 'aria-hidden': 'true' } }),
      'Events',
    ]),
  );
}

/** uPlot plugin: level bands behind the series. */
function levelBandsPlugin(bands: LevelBand[]): uPlot.Plugin {
  return {
    hooks: {
      drawClear: (u: uPlot) => {
        const { ctx, bbox } = u;
        for (const band of bands) {
          const top = u.valToPos(band.to, 'y', true);
          const bottom = u.valToPos(band.from, 'y', true);
          ctx.fillStyle = LEVEL_STYLE[band.level].band;
          ctx.fillRect(bbox.left, top, bbox.width, bottom - top);
        }
      },
    },
  };
}

function renderChart(series: Series): void {
  const container = byId('chart');
  const xs = series.points.map((p) => Date.parse(p.t) / 1000);
  const scores = series.points.map((p) => p.score);
  // Event markers sit on the score line where a bucket had events.
  const markers = series.points.map((p) => (p.events > 0 ? p.score : null));
  const data: uPlot.AlignedData = [xs, scores, markers];
  container.dataset.points = String(xs.length);
  container.dataset.series = String(data.length - 1);
  container.dataset.events = String(markers.filter((m) => m !== null).length);
  const latest = series.points.at(-1);
  container.setAttribute(
    'aria-label',
    latest
      ? `Tension score of ${series.pair}, ${series.points.length} points from ${formatDay(series.from)} to ${formatDay(series.to)}; latest ${formatScore(latest.score)} (${LEVEL_STYLE[latest.level].label}).`
      : `No scores for ${series.pair} in this period.`,
  );

  state.chart?.destroy();
  const width = Math.max(320, container.clientWidth || 720);
  state.chart = new uPlot(
    {
      width,
      height: 300,
      scales: { x: { time: true }, y: { range: [0, 100] } },
      legend: { show: false },
      cursor: { drag: { x: true, y: false, setScale: false } },
      axes: [
        { stroke: '#1f2328', grid: { stroke: '#d0d7de' } },
        { stroke: '#1f2328', grid: { stroke: '#d0d7de' }, label: 'score' },
      ],
      series: [
        {},
        { label: 'score', stroke: '#24292f', width: 2, points: { show: false } },
        {
          label: 'events',
          stroke: '#0550ae',
          fill: '#0969da',
          paths: () => null,
          points: { show: true, size: 9, stroke: '#0550ae', fill: '#0969da' },
        },
      ],
      plugins: [levelBandsPlugin(series.levels)],
      hooks: {
        setSelect: [
          (u: uPlot) => {
            if (u.select.width < 2) return;
            const from = u.posToVal(u.select.left, 'x');
            const to = u.posToVal(u.select.left + u.select.width, 'x');
            state.evidenceRange = { from: new Date(from * 1000), to: new Date(to * 1000) };
            void loadEvidence();
          },
        ],
      },
    },
    data,
    container,
  );
}

function renderEvidence(list: EvidenceList): void {
  byId('evidence-period').textContent =
    `${formatDay(list.from)} to ${formatDay(list.to)}: ${list.total} contributing event${list.total === 1 ? '' : 's'}${list.total > list.items.length ? `, strongest ${list.items.length} shown` : ''}`;
  byId('evidence-reset').hidden = state.evidenceRange === undefined;
  byId('evidence').replaceChildren(
    ...list.items.map((item) => {
      const kind = item.weight < 0 ? 'escalation' : 'de-escalation';
      const source = item.url
        ? element('a', {
            text: item.title || item.url,
            attrs: { href: item.url, rel: 'noopener noreferrer' },
          })
        : element('span', { text: item.title || item.articleId });
      return element(
        'li',
        { className: `evidence-item ${kind}`, attrs: { 'data-weight': String(item.weight) } },
        [
          element('div', { className: 'evidence-meta' }, [
            element('span', { className: 'weight', text: item.weight.toFixed(2) }),
            element('span', { className: 'kind', text: kind }),
            element('span', { className: 'cameo', text: `CAMEO ${item.cameo}` }),
            element('time', { text: item.date, attrs: { datetime: item.date } }),
          ]),
          element('blockquote', { text: item.sentence }),
          element('div', { className: 'evidence-source' }, [source]),
        ],
      );
    }),
  );
  byId('evidence-empty').hidden = list.items.length > 0;
}

/** Period ends on the next 5-minute mark, so refreshes repeat the same URLs and get 304s. */
function periodRange(): { from: Date; to: Date } {
  const step = 5 * 60_000;
  const to = new Date(Math.ceil(Date.now() / step) * step);
  return { from: new Date(to.getTime() - state.period.days * DAY_MS), to };
}

const pairPath = (pair: string) => `v1/dyads/${encodeURIComponent(pair)}`;

async function loadEvidence(): Promise<void> {
  const pair = state.selected;
  if (!pair) return;
  const { from, to } = state.evidenceRange ?? periodRange();
  const query = new URLSearchParams({ from: from.toISOString(), to: to.toISOString(), limit: '20' });
  const list = await getJson<EvidenceList>(`${pairPath(pair)}/evidence?${query}`);
  if (pair === state.selected) renderEvidence(list);
}

async function loadSeries(pair: string): Promise<Series> {
  const { from, to } = periodRange();
  const query = new URLSearchParams({
    from: from.toISOString(),
    to: to.toISOString(),
    bucket: state.period.bucket,
  });
  const first = await getJson<Series>(`${pairPath(pair)}/series?${query}`);
  const points = [...first.points];
  // Follow the cursor: a period is bounded, so this is a handful of pages at most.
  for (let page: Series = first; page.next; ) {
    page = await getJson<Series>(`${pairPath(pair)}/series?${query}&cursor=${encodeURIComponent(page.next)}`);
    points.push(...page.points);
  }
  return { ...first, points };
}

async function loadDyad(): Promise<void> {
  const pair = state.selected;
  if (!pair) return;
  const [detail, series] = await Promise.all([getJson<DyadDetail>(pairPath(pair)), loadSeries(pair)]);
  if (pair !== state.selected) return;
  const { latest } = detail;
  byId('dyad-title').textContent = `${dyadTitle(detail.countries)} (${detail.pair})`;
  const summary = byId('dyad-summary');
  summary.replaceChildren(
    'Score ',
    element('strong', { text: formatScore(latest.score) }),
    ' ',
    element('span', { className: `badge level-${latest.level}`, text: LEVEL_STYLE[latest.level].label }),
    ` ${formatTrend(latest.trend)} in 24 h${latest.anomaly ? ' · ⚠ anomaly' : ''} · updated ${latest.t.replace('T', ' ').slice(0, 16)} UTC`,
  );
  renderLegend(series.levels);
  renderChart(series);
  await loadEvidence();
}

function renderPeriodButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button.period')) {
    button.setAttribute('aria-pressed', String(Number(button.dataset.days) === state.period.days));
  }
}

async function selectDyad(pair: string, options: { focusPanel: boolean }): Promise<void> {
  state.selected = pair;
  state.evidenceRange = undefined;
  if (location.hash !== `#${pair}`) history.replaceState(null, '', `#${pair}`);
  renderRanking();
  await run(loadDyad);
  if (options.focusPanel) byId('dyad').focus();
}

// ---------------------------------------------------------------------------------------------
// Refresh loop

/** Run a load step, reporting failures in the status line instead of throwing. */
async function run(step: () => Promise<void>): Promise<void> {
  try {
    await step();
  } catch (error) {
    setStatus(`Could not load: ${error instanceof Error ? error.message : String(error)}`);
    throw error;
  }
}

async function refresh(): Promise<void> {
  const list = await getJson<DyadList>('v1/dyads');
  state.dyads = list.items;
  const fromHash = decodeURIComponent(location.hash.slice(1)).toUpperCase();
  if (!state.selected || !state.dyads.some((d) => d.pair === state.selected)) {
    state.selected = state.dyads.find((d) => d.pair === fromHash)?.pair ?? state.dyads[0]?.pair;
  }
  renderRanking();
  await loadDyad();
  setStatus(
    `Updated ${new Date().toLocaleTimeString()} · ${state.dyads.length} dyads · refreshes every 30 s`,
  );
}

function start(): void {
  byId('dyads').addEventListener('keydown', onRankingKey);
  byId('refresh').addEventListener('click', () => void run(refresh).catch(() => undefined));
  byId('evidence-reset').addEventListener('click', () => {
    state.evidenceRange = undefined;
    state.chart?.setSelect({ left: 0, top: 0, width: 0, height: 0 }, false);
    void run(loadEvidence).catch(() => undefined);
  });
  for (const button of document.querySelectorAll<HTMLButtonElement>('button.period')) {
    button.addEventListener('click', () => {
      state.period = {
        days: Number(button.dataset.days),
        bucket: button.dataset.bucket === 'hour' ? 'hour' : 'day',
      };
      state.evidenceRange = undefined;
      renderPeriodButtons();
      void run(loadDyad).catch(() => undefined);
    });
  }
  window.addEventListener('hashchange', () => {
    const pair = decodeURIComponent(location.hash.slice(1)).toUpperCase();
    if (pair && pair !== state.selected && state.dyads.some((d) => d.pair === pair)) {
      void selectDyad(pair, { focusPanel: true }).catch(() => undefined);
    }
  });
  window.addEventListener('resize', () => {
    const width = byId('chart').clientWidth;
    if (state.chart && width > 0) state.chart.setSize({ width, height: 300 });
  });
  renderPeriodButtons();
  void run(refresh).catch(() => undefined);
  setInterval(() => void run(refresh).catch(() => undefined), REFRESH_MS);
}

start();
