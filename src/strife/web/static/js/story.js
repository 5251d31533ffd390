// The story page (/stories/{id}): its articles, the outlets side by side (who they quote and how
// much, whom they cite, how they name the actors, tone) and its incidents with corroboration.

import { getJSON } from "./api.js";
import { el, formatDate, formatNumber, show, showEmpty, showError, showLoading, svg, svgTitle } from "./dom.js";
import { showHealth } from "./header.js";

const $ = (id) => document.getElementById(id);
const MAX_ARTICLES = 40;

/** The story id in the address: the last part of /stories/{id}. */
export function storyId(pathname = location.pathname) {
  const parts = pathname.split("/").filter(Boolean);
  return parts.length >= 2 && parts[0] === "stories" ? decodeURIComponent(parts.slice(1).join("/")) : null;
}

function toneText(value) {
  if (value === null || value === undefined) return el("span", { class: "meta", text: "—" });
  return el("span", { class: value < -0.05 ? "tone-neg" : value > 0.05 ? "tone-pos" : "", text: formatNumber(value) });
}

/** The story's articles (earliest first): headline (or the opening of the text, in italics),
 * outlet, time, and the article a near-copy copies. */
function articleList(articles) {
  const shown = articles.slice(0, MAX_ARTICLES);
  const list = el(
    "ul",
    { class: "plain" },
    shown.map((a) =>
      el(
        "li",
        { class: "story-article", data: { article: a.article_id } },
        el("a", { href: `/articles/${encodeURIComponent(a.article_id)}`, class: a.lead ? "lead" : null, text: a.headline || a.article_id }),
        el("div", {
          class: "meta",
          text: [a.outlet || "no outlet", a.published ? formatDate(a.published, { time: true }) : "undated", a.duplicate_of ? `copy of ${a.duplicate_of}` : null].filter(Boolean).join(" · "),
        }),
      ),
    ),
  );
  const more = articles.length > shown.length ? el("p", { class: "meta", text: `… and ${articles.length - shown.length} more articles.` }) : null;
  return [list, more];
}

function quotedBars(quoted, most) {
  if (!quoted.length) return el("p", { class: "meta", text: "Quotes no one." });
  return quoted.slice(0, 8).map((q) =>
    el(
      "div",
      { class: "bar-row", data: { speaker: q.speaker } },
      el("span", { text: q.speaker, title: q.code || "" }),
      svg("svg", { viewBox: "0 0 100 10", preserveAspectRatio: "none", "aria-hidden": "true" }, svg("rect", { x: 0, y: 0, height: 10, width: ((100 * q.words) / most).toFixed(1) }, svgTitle(`${q.words} words`))),
      el("span", { class: "num", text: `${q.quotes}× · ${q.words} w` }),
    ),
  );
}

/** One outlet's card; `most` is the most words any speaker gets in any outlet (a common bar scale). */
function outletCard(view, most) {
  const cited = Object.entries(view.cited).sort((a, b) => b[1] - a[1]);
  const labels = Object.entries(view.labels).slice(0, 8);
  return el(
    "section",
    { class: "outlet-card", data: { outlet: view.outlet } },
    el("h3", { text: view.outlet }),
    el("div", { class: "meta" }, `${view.articles.length} article${view.articles.length === 1 ? "" : "s"} · tone `, toneText(view.tone), " · quote tone ", toneText(view.quote_tone)),
    el("h4", { text: "Who is quoted (words)" }),
    quotedBars(view.quoted, most),
    el("h4", { text: "Cites" }),
    cited.length ? el("div", { class: "tags" }, cited.map(([name, n]) => el("span", { class: "tag", text: `${name} ×${n}` }))) : el("p", { class: "meta", text: "No other outlet." }),
    el("h4", { text: "Distinctive labels" }),
    view.distinctive.length ? el("div", { class: "tags" }, view.distinctive.map((d) => el("span", { class: "tag", text: d }))) : el("p", { class: "meta", text: "None that only this outlet uses." }),
    el("h4", { text: "Names the actors" }),
    labels.length ? el("dl", { class: "facts" }, labels.flatMap(([code, names]) => [el("dt", { class: "code", text: code }), el("dd", { text: names.join(", ") })])) : el("p", { class: "meta", text: "—" }),
  );
}

function incidentsTable(incidents) {
  if (!incidents.length) return el("p", { class: "empty", text: "No incidents: no events were coded from this story's articles." });
  const sorted = [...incidents].sort((a, b) => b.articles - a.articles || String(a.date).localeCompare(String(b.date)));
  const head = el("thead", {}, el("tr", {}, ["Date", "Event", "Source → target", "Modality", "Reported by", "First"].map((h) => el("th", { scope: "col", text: h }))));
  const rows = sorted.map((i) =>
    el(
      "tr",
      { class: "incident-row" },
      el("td", { class: "nowrap", text: i.date || "—" }),
      el("td", { class: "code", text: i.cameo }),
      el("td", { text: `${i.source || "?"} → ${i.target || "?"}` }),
      el("td", {}, el("span", { class: `modality modality-${i.modality}`, text: i.modality })),
      el("td", { class: "nowrap" }, el("strong", { text: `${i.articles} article${i.articles === 1 ? "" : "s"}` }), `, ${i.outlets} outlet${i.outlets === 1 ? "" : "s"}`),
      el("td", {}, el("a", { href: `/articles/${encodeURIComponent(i.first_article_id)}`, text: i.first_outlet || i.first_article_id }), el("span", { class: "meta", text: ` · ${formatDate(i.first_seen, { time: true })}` })),
    ),
  );
  return el("div", { class: "table-wrap" }, el("table", {}, head, el("tbody", {}, rows)));
}

async function start() {
  showHealth();
  const id = storyId();
  let data;
  try {
    if (!id) throw new Error("this address names no story; open one from the dashboard");
    data = await getJSON(`/api/stories/${encodeURIComponent(id)}`);
  } catch (err) {
    $("story-headline").textContent = "Story not available";
    showError($("story-articles"), err);
    show($("story-outlets"));
    show($("story-incidents"));
    return;
  }
  const story = data.story;
  document.title = `${story.headline || story.story} · strife`;
  $("story-headline").textContent = story.headline || story.story;
  const span = story.first_seen ? `${formatDate(story.first_seen, { time: true })} – ${formatDate(story.last_seen, { time: true })}` : "undated";
  $("story-byline").textContent = `${story.articles.length} article${story.articles.length === 1 ? "" : "s"} from ${story.outlets.length} outlet${story.outlets.length === 1 ? "" : "s"} · ${span} · thread ${story.thread}`;
  const most = Math.max(1, ...data.outlets.flatMap((o) => o.quoted.map((q) => q.words)));
  if (data.outlets.length) show($("story-outlets"), data.outlets.map((view) => outletCard(view, most)));
  else showEmpty($("story-outlets"), "No outlets to compare.");
  show($("story-incidents"), incidentsTable(data.incidents));
  if (!data.articles.length) showEmpty($("story-articles"), "This story has no articles.");
  else show($("story-articles"), articleList(data.articles));
}

start();
