// Stacked quad-class bar charts on the vendored uPlot (loaded as the global `uPlot` by a classic
// <script> before the modules), with an optional line on a right axis and dated markers.

import { el } from "./dom.js";
import { QUADS, cssColour } from "./quad.js";

const DAY = 86400;

/** Seconds since the epoch of a `YYYY-MM-DD` day (UTC midnight). */
export function daySeconds(day) {
  return Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)) / 1000;
}

/** The bucket (day, ISO week from Monday, month) a UTC day in seconds falls in. */
export function bucketOf(seconds, by) {
  const date = new Date(seconds * 1000);
  if (by === "month") return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / 1000;
  if (by === "week") return seconds - ((date.getUTCDay() + 6) % 7) * DAY;
  return seconds;
}

/** The next bucket after `seconds`. */
export function nextBucket(seconds, by) {
  if (by === "month") {
    const date = new Date(seconds * 1000);
    return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) / 1000;
  }
  return seconds + (by === "week" ? 7 : 1) * DAY;
}

/**
 * Draw a stacked bar chart in `target` (its content is replaced) and return the uPlot instance.
 * `x`: bucket starts in seconds; `quads`: four arrays of counts (quad 1 … 4) aligned with `x`;
 * `line`: optional {label, values, colour} on a right-hand axis; `markers`: [{x, label}] drawn
 * as dashed vertical lines (alerts).
 */
export function quadChart(target, { x, quads, line = null, markers = [], height = 240 }) {
  const uPlot = globalThis.uPlot;
  const cumulative = stack(quads);
  // Highest stack level first, so each lower level is painted over it: stacked bars.
  const order = [3, 2, 1, 0];
  const bars = uPlot.paths.bars({ size: [0.8, 48] });
  const series = [{ label: "Date" }];
  const data = [x];
  for (const i of order) {
    const colour = cssColour(QUADS[i].quad);
    series.push({
      label: QUADS[i].label,
      fill: colour,
      stroke: colour,
      width: 0,
      paths: bars,
      points: { show: false },
      value: (u, v, si, idx) => (idx === null || idx === undefined ? "–" : String(quads[i][idx])),
    });
    data.push(cumulative[i]);
  }
  const axes = [{}, { label: "events", size: 46 }];
  const scales = { x: { time: true, range: (u, min, max) => padded(x, min, max) } };
  if (line) {
    series.push({ label: line.label, stroke: line.colour, width: 2, scale: "line", spanGaps: true, points: { size: 5 } });
    data.push(line.values);
    axes.push({ scale: "line", side: 1, label: line.label, size: 50, grid: { show: false } });
    scales.line = { auto: true };
  }
  release(target);
  target.replaceChildren();
  const opts = {
    width: Math.max(target.clientWidth, 320),
    height,
    series,
    axes,
    scales,
    tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), "Etc/UTC"),
    legend: { show: false },
    cursor: { points: { show: false } },
    hooks: { draw: [(u) => drawMarkers(u, markers)], setCursor: [(u) => readout(u, quads, line, markers)] },
  };
  const chart = new uPlot(opts, data, target);
  target.append(el("p", { class: "chart-readout meta", "aria-live": "off", text: HINT }));
  fitWidth(chart, target);
  return chart;
}

const HINT = "Point at a bar to read its counts.";

/** Under the chart: the hovered bucket's date, counts per quad class, line value and alerts. */
function readout(u, quads, line, markers) {
  const node = u.root.parentNode && u.root.parentNode.querySelector(".chart-readout");
  if (!node) return;
  const idx = u.cursor.idx;
  if (idx === null || idx === undefined) {
    node.textContent = HINT;
    return;
  }
  const x = u.data[0][idx];
  const day = new Date(x * 1000).toISOString().slice(0, 10);
  const parts = QUADS.map((q, i) => `${q.label.toLowerCase()} ${quads[i][idx]}`);
  if (line && line.values[idx] !== null && line.values[idx] !== undefined) parts.push(`${line.label} ${line.values[idx].toFixed(2)}`);
  const alerts = markers.filter((m) => m.x === x).map((m) => `alert: ${m.label}`);
  node.textContent = `${day}: ${parts.join(" · ")}${alerts.length ? ` · ${alerts.join(" · ")}` : ""}`;
}

/** The x range with half a bucket either side, so the first and last bars are not cut. */
function padded(x, min, max) {
  const gaps = x.slice(1).map((t, i) => t - x[i]);
  const step = gaps.length ? Math.min(...gaps) : 86400;
  return [min - step / 2, max + step / 2];
}

function stack(quads) {
  const out = [];
  let running = quads[0].map(() => 0);
  for (const counts of quads) {
    running = running.map((sum, i) => sum + (counts[i] || 0));
    out.push(running);
  }
  return out;
}

function drawMarkers(u, markers) {
  if (!markers.length) return;
  const { ctx } = u;
  const colour = cssColour("alert");
  const top = u.bbox.top;
  const bottom = u.bbox.top + u.bbox.height;
  ctx.save();
  ctx.strokeStyle = colour;
  ctx.fillStyle = colour;
  ctx.lineWidth = 2 * devicePixelRatio;
  ctx.setLineDash([6 * devicePixelRatio, 4 * devicePixelRatio]);
  for (const marker of markers) {
    const px = u.valToPos(marker.x, "x", true);
    if (px < u.bbox.left || px > u.bbox.left + u.bbox.width) continue;
    ctx.beginPath();
    ctx.moveTo(px, top);
    ctx.lineTo(px, bottom);
    ctx.stroke();
    ctx.beginPath();
    const s = 6 * devicePixelRatio;
    ctx.moveTo(px - s, top);
    ctx.lineTo(px + s, top);
    ctx.lineTo(px, top + s * 1.4);
    ctx.fill();
  }
  ctx.restore();
}

const drawn = new WeakMap();

/** Destroy the chart drawn in `target` before, if any. */
export function release(target) {
  const previous = drawn.get(target);
  if (!previous) return;
  previous.observer.disconnect();
  previous.chart.destroy();
  drawn.delete(target);
}

function fitWidth(chart, target) {
  const observer = new ResizeObserver(() => {
    const width = Math.max(target.clientWidth, 320);
    if (Math.abs(width - chart.width) > 4) chart.setSize({ width, height: chart.height });
  });
  observer.observe(target);
  drawn.set(target, { chart, observer });
}
