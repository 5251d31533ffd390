// The dashboard's side lists: stories (linking to /stories/{id}) and escalation alerts.

import { alertItem } from "./alerts.js";
import { getJSON } from "./api.js";
import { el, formatDate, show, showEmpty, showError, showLoading } from "./dom.js";

function storyItem(s) {
  const span = s.first_seen ? `${formatDate(s.first_seen)}${s.last_seen && s.last_seen.slice(0, 10) !== s.first_seen.slice(0, 10) ? ` – ${formatDate(s.last_seen)}` : ""}` : "undated";
  return el(
    "li",
    { class: "story-item" },
    el("a", { href: `/stories/${encodeURIComponent(s.story)}`, text: s.headline || s.story }),
    el("div", { class: "meta", text: `${s.articles.length} article${s.articles.length === 1 ? "" : "s"} · ${s.outlets.join(", ") || "no outlet"} · ${span}` }),
  );
}

/** The stories in `region`: those reported by the most outlets first, then the most recent. */
export async function loadStories(region) {
  showLoading(region, "Loading stories…");
  try {
    const page = await getJSON("/api/stories", { limit: 25, order: "outlets" });
    if (!page.items.length) showEmpty(region, "No stories yet: they are computed when articles are ingested (strife stories).");
    else show(region, el("ul", { class: "plain" }, page.items.map(storyItem)));
  } catch (err) {
    showError(region, err);
  }
}

/** The alerts in `region`, newest first; periods with too little history are listed apart, folded.
 * A dyad alert's button calls `showDyad(a, b)`. */
export async function loadAlerts(region, showDyad) {
  showLoading(region, "Looking for alerts…");
  let alerts, state;
  try {
    ({ items: alerts, state } = await getJSON("/api/alerts"));
  } catch (err) {
    showError(region, err);
    return;
  }
  const newest = [...alerts].reverse();
  const scored = newest.filter((a) => a.status === "alert");
  const unscored = newest.filter((a) => a.status !== "alert");
  const withChart = (a) => {
    const item = alertItem(a);
    if (a.dyad) {
      const button = el("button", { type: "button", text: "Chart", title: `Show ${a.dyad.join(" ↔ ")} in the dyad chart` });
      button.addEventListener("click", () => showDyad(a.dyad[0], a.dyad[1]));
      item.append(button);
    }
    return item;
  };
  const parts = [];
  const when = alertsWhen(state);
  if (when) parts.push(el("p", { class: "meta alerts-state", text: when }));
  if (state.freshness === "none") {
    parts.push(el("p", { class: "empty", text: "Alerts have not been computed for this store yet: they are computed when articles are ingested (strife refresh computes them now)." }));
    show(region, parts);
    return;
  }
  if (scored.length) parts.push(el("ul", { class: "plain" }, scored.map(withChart)));
  else parts.push(el("p", { class: "empty", text: "No alerts: no country or dyad broke its pattern (onset, surge, surprise or a turn to hostility)." }));
  if (unscored.length) {
    parts.push(
      el(
        "details",
        { class: "unscored-alerts" },
        el("summary", { text: `${unscored.length} period${unscored.length === 1 ? "" : "s"} not scored: too little history` }),
        el("p", { class: "meta", text: "The store had not been covering the news long enough before these days to tell a change from the usual." }),
        el("ul", { class: "plain" }, unscored.map(withChart)),
      ),
    );
  }
  show(region, parts);
}

/** When the stored alerts were computed, and whether articles came in since (`state` of /api/alerts). */
export function alertsWhen(state) {
  if (!state || !state.computed_at) return "";
  const at = state.computed_at.slice(0, 16).replace("T", " ") + " UTC";
  if (state.freshness === "stale") return `Computed ${at}; articles stored since are not in them yet (the next ingest or strife refresh adds them).`;
  return `Computed ${at}, when the last articles were stored.`;
}
