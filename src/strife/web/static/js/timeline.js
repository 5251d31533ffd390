// The timeline: the events matching the dashboard's filter over the period the news covers (the
// first to the last publication day of the stored articles), counted per day (or week, or month
// for long spans) and stacked by quad class. Events dated outside that period (history a report
// tells, or a date in the future) are counted in the note, not drawn.

import { bucketOf, daySeconds, nextBucket, quadChart, release } from "./chart.js";
import { el, formatDate, show, showEmpty } from "./dom.js";

const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Counts per bucket and quad class of `events` (EventRow items) inside `span` ({first, last}
 * days, either may be null: the events' own span); events without a full day are skipped. */
export function countByBucket(events, span = {}) {
  const days = events.filter((e) => e.date && FULL_DAY.test(e.date)).map((e) => [daySeconds(e.date), e.quad_class]);
  if (!days.length) return null;
  const first = span.first ? daySeconds(span.first) : Math.min(...days.map((d) => d[0]));
  const last = span.last ? daySeconds(span.last) : Math.max(...days.map((d) => d[0]));
  const inside = days.filter(([seconds]) => seconds >= first && seconds <= last);
  const spanDays = (last - first) / 86400;
  const by = spanDays > 3 * 365 ? "month" : spanDays > 180 ? "week" : "day";
  const x = [];
  for (let t = bucketOf(first, by); t <= last; t = nextBucket(t, by)) x.push(t);
  const index = new Map(x.map((t, i) => [t, i]));
  const quads = [1, 2, 3, 4].map(() => x.map(() => 0));
  for (const [seconds, quad] of inside) quads[quad - 1][index.get(bucketOf(seconds, by))] += 1;
  return { x, quads, by, counted: inside.length, outside: days.length - inside.length, partial: events.length - days.length };
}

/** Draw the timeline of `events` over `span` ({first, last} publication days) in `region`, with a
 * note on what it covers in `note`. */
export function renderTimeline(region, note, events, truncated, span = {}) {
  const counts = countByBucket(events, span);
  if (!counts || !counts.counted) {
    release(region);
    showEmpty(region, events.length
      ? "None of the matching events has a full date (YYYY-MM-DD) inside the period the news covers."
      : "No events match these filters, so there is nothing to draw. Clear the filters to see all events.");
    show(note);
    return;
  }
  quadChart(region, { x: counts.x, quads: counts.quads });
  const parts = [`${counts.counted} events per ${counts.by}`];
  if (span.first && span.last) parts[0] += ` from ${formatDate(span.first)} to ${formatDate(span.last)}, the news stored`;
  if (counts.outside) parts.push(`${counts.outside} dated outside it left out`);
  if (counts.partial) parts.push(`${counts.partial} dated only to a month or year, or undated, left out`);
  if (truncated) parts.push(`only the first ${events.length} matching events are drawn, narrow the filter to see the rest`);
  show(note, el("span", { text: parts.join("; ") }));
}
