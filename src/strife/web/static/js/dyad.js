// The dyad chart: events between two actors per day/week/month (/api/dyad), stacked by quad class,
// the mean Goldstein score as a line, and the dyad's escalation alerts marked.

import { describeAlert } from "./alerts.js";
import { getJSON } from "./api.js";
import { daySeconds, quadChart, release } from "./chart.js";
import { el, show, showEmpty, showError, showLoading } from "./dom.js";
import { QUADS, cssColour } from "./quad.js";

/** Draw the dyad of `params` ({a, b, by, directed}) in `region`; its alerts go in `alertList`. */
export async function loadDyad(region, alertList, params) {
  showLoading(region, `Loading ${params.a} ↔ ${params.b}…`);
  show(alertList);
  let dyad;
  try {
    dyad = await getJSON("/api/dyad", params);
  } catch (err) {
    release(region);
    showError(region, err);
    return;
  }
  const rows = dyad.rows || [];
  const total = rows.reduce((n, r) => n + r.events + r.negated + r.unrealised, 0);
  if (!rows.length || !total) {
    release(region);
    showEmpty(region, `No events between ${dyad.a} and ${dyad.b} in the store. Try other actors, e.g. two countries from the events table.`);
    return;
  }
  const x = rows.map((r) => daySeconds(r.date));
  quadChart(region, {
    x,
    quads: QUADS.map((q) => rows.map((r) => r[q.key])),
    line: { label: "Goldstein mean", values: rows.map((r) => r.goldstein_mean), colour: cssColour("goldstein") },
    markers: (dyad.alerts || []).filter((a) => a.status === "alert").map((a) => ({ x: daySeconds(a.date), label: describeAlert(a) })),
    height: 260,
  });
  const alerts = (dyad.alerts || []).filter((a) => a.status === "alert");
  show(
    alertList,
    alerts.length
      ? alerts.map((a) => el("li", { class: "alert-marker", data: { date: a.date } }, "▼ ", describeAlert(a)))
      : el("li", { class: "meta", text: `No alerts for ${dyad.a} ↔ ${dyad.b}.` }),
  );
}
