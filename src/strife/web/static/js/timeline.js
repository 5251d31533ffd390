// The timeline: the events matching the dashboard's filter, counted per day (or week, or month
// for long spans) and stacked by quad class.

import { bucketOf, daySeconds, nextBucket, quadChart, release } from "./chart.js";
import { el, show, showEmpty } from "./dom.js";

const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Counts per bucket and quad class of `events` (EventRow items); events without a full day are skipped. */
export function countByBucket(events) {
  const days = events.filter((e) => e.date && FULL_DAY.test(e.date)).map((e) => [daySeconds(e.date), e.quad_class]);
  if (!days.length) return null;
  const first = Math.min(...days.map((d) => d[0]));
  const last = Math.max(...days.map((d) => d[0]));
  const spanDays = (last - first) / 86400;
  const by = spanDays > 3 * 365 ? "month" : spanDays > 180 ? "week" : "day";
  const x = [];
  for (let t = bucketOf(first, by); t <= last; t = nextBucket(t, by)) x.push(t);
  const index = new Map(x.map((t, i) => [t, i]));
  const quads = [1, 2, 3, 4].map(() => x.map(() => 0));
  for (const [seconds, quad] of days) quads[quad - 1][index.get(bucketOf(seconds, by))] += 1;
  return { x, quads, by, counted: days.length };
}

/** Draw the timeline of `events` in `region`, with a note on what it covers in `note`. */
export function renderTimeline(region, note, events, truncated) {
  const counts = countByBucket(events);
  if (!counts) {
    release(region);
    showEmpty(region, events.length
      ? "None of the matching events has a full date (YYYY-MM-DD) to place on the timeline."
      : "No events match these filters, so there is nothing to draw. Clear the filters to see all events.");
    show(note);
    return;
  }
  quadChart(region, { x: counts.x, quads: counts.quads });
  const skipped = events.length - counts.counted;
  show(
    note,
    el("span", {
      text:
        `${counts.counted} events per ${counts.by}` +
        (skipped ? `; ${skipped} dated only to a month or year left out` : "") +
        (truncated ? `; only the first ${events.length} matching events are drawn, narrow the filter to see the rest` : ""),
    }),
  );
}
