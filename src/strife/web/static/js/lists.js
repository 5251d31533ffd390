// The dashboard's side lists: stories (linking to /stories/{id}) and escalation alerts.

import { getJSON } from "./api.js";
import { el, formatDate, show, showEmpty, showError, showLoading } from "./dom.js";
import { describeAlert } from "./dyad.js";

function storyItem(s) {
  const span = s.first_seen ? `${formatDate(s.first_seen)}${s.last_seen && s.last_seen.slice(0, 10) !== s.first_seen.slice(0, 10) ? ` – ${formatDate(s.last_seen)}` : ""}` : "undated";
  return el(
    "li",
    { class: "story-item" },
    el("a", { href: `/stories/${encodeURIComponent(s.story)}`, text: s.headline || s.story }),
    el("div", { class: "meta", text: `${s.articles.length} article${s.articles.length === 1 ? "" : "s"} · ${s.outlets.join(", ") || "no outlet"} · ${span}` }),
  );
}

/** The most recent stories in `region`. */
export async function loadStories(region) {
  showLoading(region, "Loading stories…");
  try {
    const page = await getJSON("/api/stories", { limit: 25 });
    if (!page.items.length) showEmpty(region, "No stories yet: they are computed when articles are ingested (strife stories).");
    else show(region, el("ul", { class: "plain" }, page.items.map(storyItem)));
  } catch (err) {
    showError(region, err);
  }
}

/** The escalation alerts in `region`; a dyad alert's button calls `showDyad(a, b)`. */
export async function loadAlerts(region, showDyad) {
  showLoading(region, "Looking for escalation alerts…");
  let alerts;
  try {
    alerts = (await getJSON("/api/alerts")).items;
  } catch (err) {
    showError(region, err);
    return;
  }
  if (!alerts.length) {
    showEmpty(region, "No escalation alerts: no country or dyad has more conflict than its usual level.");
    return;
  }
  const newest = [...alerts].reverse();
  show(
    region,
    el(
      "ul",
      { class: "plain" },
      newest.map((a) => {
        const item = el("li", { class: "alert-item" }, el("span", { class: "score", text: "▲ " }), describeAlert(a));
        if (a.dyad) {
          const button = el("button", { type: "button", text: "Chart", title: `Show ${a.dyad.join(" ↔ ")} in the dyad chart` });
          button.addEventListener("click", () => showDyad(a.dyad[0], a.dyad[1]));
          item.append(button);
        }
        return item;
      }),
    ),
  );
}
