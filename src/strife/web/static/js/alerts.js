// Alerts as an analyst reads them: one sentence per alert that says what happened, against what,
// and how strong the signal is; periods the store has too little history for are set apart.

import { el, formatNumber } from "./dom.js";

const DETECTOR_NAMES = {
  onset: "onset",
  change: "surge (week)",
  surprise: "surprise (day)",
  intensity: "turn to hostility",
};

function plural(n, noun) {
  const count = Number(n);
  return `${formatNumber(count, Number.isInteger(count) ? 0 : 1)} ${noun}${count === 1 ? "" : "s"}`;
}

/** Who an alert is about: "LTU ↔ POL" or "NATO". */
export function alertActors(alert) {
  return alert.dyad ? alert.dyad.join(" ↔ ") : alert.country;
}

/** The articles of the alert's period and the value per 100 of them, e.g. " (12 per 100 articles)". */
function perArticles(alert) {
  if (alert.rate === null || alert.rate === undefined) return "";
  return ` (${formatNumber(alert.rate, 1)} per 100 of the ${plural(alert.articles, "article")} stored)`;
}

/** What the detector saw, in words. */
export function alertSentence(alert) {
  if (alert.status !== "alert") {
    return `${plural(alert.value, alert.detector === "intensity" ? "point" : "incident")}` +
      ` (${alert.measure}) with only ${alert.history} covered ${alert.detector === "change" ? "week" : "day"}` +
      `${alert.history === 1 ? "" : "s"} of history: not scored`;
  }
  switch (alert.detector) {
    case "onset":
      return `first material conflict or threat after ${plural(alert.score, "quiet day")}: ` +
        `${plural(alert.value, "incident")}${perArticles(alert)}`;
    case "intensity":
      return `mean Goldstein score ${formatNumber(alert.value, 1)} against ${formatNumber(alert.baseline, 1)} ` +
        `over the 4 weeks before (score ${formatNumber(alert.score, 1)})`;
    case "change":
      return `${plural(alert.value, "conflict incident")} in the week${perArticles(alert)}, ` +
        `${formatNumber(alert.score, 1)}× the ${formatNumber(alert.baseline, 1)} its norm expects`;
    default:
      return `${plural(alert.value, "conflict incident")} in a day${perArticles(alert)} against ` +
        `${formatNumber(alert.baseline, 1)} expected (−log10 p ${formatNumber(alert.score, 1)})`;
  }
}

/** One alert as a line: date, detector, actors, sentence. */
export function describeAlert(alert) {
  return `${alert.date} · ${DETECTOR_NAMES[alert.detector] || alert.detector} · ${alertActors(alert)}: ${alertSentence(alert)}`;
}

/** The list item of an alert: a marker, the line, and the ids of its first events as a hint. */
export function alertItem(alert) {
  const scored = alert.status === "alert";
  return el(
    "li",
    { class: scored ? "alert-item" : "alert-item unscored", data: { detector: alert.detector, status: alert.status } },
    el("span", { class: scored ? "score" : "meta", text: scored ? "▲ " : "· " }),
    el("span", { text: describeAlert(alert), title: alert.events.length ? `events: ${alert.events.slice(0, 8).join(" ")}${alert.events.length > 8 ? " …" : ""}` : null }),
  );
}
