// The article page (/articles/{id}): the text with actors and quotes highlighted (one colour per
// speaker), a legend, the article's facts, actors, cited outlets and its events with evidence.

import { getJSON } from "./api.js";
import { el, formatDate, formatNumber, safeHref, show, showEmpty, showError } from "./dom.js";
import { showHealth } from "./header.js";
import { highlightBody, speakerColours, speakerOf } from "./highlight.js";
import { quadLabel, quadSwatch } from "./quad.js";

const $ = (id) => document.getElementById(id);

/** The article id in the address: the last part of /articles/{id}. */
export function articleId(pathname = location.pathname) {
  const parts = pathname.split("/").filter(Boolean);
  return parts.length >= 2 && parts[0] === "articles" ? decodeURIComponent(parts.slice(1).join("/")) : null;
}

function facts(article) {
  const rows = [
    ["Outlet", article.outlet || "—"],
    ["Published", formatDate(article.published, { time: true })],
    ["Tone", formatNumber(article.tone)],
    ["Origin", article.origin || "—"],
    ["Id", article.id],
  ];
  const list = el("dl", { class: "facts" });
  for (const [name, value] of rows) list.append(el("dt", { text: name }), el("dd", { text: value }));
  if (article.url) {
    const link = safeHref(article.url) === "#" ? el("span", { text: article.url }) : el("a", { href: article.url, rel: "noopener noreferrer nofollow", target: "_blank", text: article.url });
    list.append(el("dt", { text: "Link" }), el("dd", {}, link));
  }
  return list;
}

function speakerLegend(article, colours) {
  if (!article.quotes.length) return el("p", { class: "empty", text: "No quotes were found in this article." });
  const counts = new Map();
  for (const quote of article.quotes) counts.set(speakerOf(quote), (counts.get(speakerOf(quote)) || 0) + 1);
  return el(
    "ul",
    { class: "plain speaker-legend" },
    [...colours].map(([speaker, colour]) =>
      el("li", { data: { speaker } }, el("span", { class: `swatch ${colour}`, "aria-hidden": "true" }), speaker, el("span", { class: "meta", text: ` · ${counts.get(speaker)} quote${counts.get(speaker) === 1 ? "" : "s"}` })),
    ),
    el("li", {}, el("span", { class: "swatch actor-swatch", "aria-hidden": "true" }), "actor mention"),
  );
}

function actorList(article) {
  if (!article.actors.length) return el("p", { class: "empty", text: "No actors were found in this article." });
  const actors = [...article.actors].sort((a, b) => (b.mentions || []).length - (a.mentions || []).length);
  return el(
    "ul",
    { class: "plain" },
    actors.map((a) =>
      el("li", {}, el("strong", { text: a.name }), el("span", { class: "meta", text: ` ${[a.code, a.type, a.title].filter(Boolean).join(" · ")} · ${(a.mentions || []).length}×` })),
    ),
  );
}

function citedList(article) {
  if (!article.attributed_sources.length) return el("p", { class: "empty", text: "No other outlet is cited." });
  return el("ul", { class: "plain" }, article.attributed_sources.map((s) => el("li", {}, el("strong", { text: s.name }), el("span", { class: "meta", text: ` · “${s.cue}”` }))));
}

function actorText(actor) {
  if (!actor) return "—";
  return actor.code && actor.code !== actor.name ? `${actor.name} (${actor.code})` : actor.name;
}

function eventsTable(article) {
  if (!article.events.length) return el("p", { class: "empty", text: "No events were coded from this article." });
  const head = el("thead", {}, el("tr", {}, ["Date", "Source", "Event", "Target", "Modality", "Evidence", "Confidence"].map((h) => el("th", { scope: "col", text: h }))));
  const rows = article.events.map((e) =>
    el(
      "tr",
      { class: "event-row", data: { quad: e.quad_class } },
      el("td", { class: "nowrap", text: e.date || "—" }),
      el("td", { text: actorText(e.source) }),
      el("td", { class: "nowrap", title: `${quadLabel(e.quad_class)}, Goldstein ${e.goldstein}` }, quadSwatch(e.quad_class), el("span", { class: "code", text: e.cameo }), e.plover ? el("span", { class: "plover", text: [e.plover.type, e.plover.mode].filter(Boolean).join(" · ") }) : null),
      el("td", { text: actorText(e.target) }),
      el("td", {}, el("span", { class: `modality modality-${e.modality}`, text: e.modality })),
      el("td", { class: "evidence" }, el("q", { class: "evidence-text", text: e.evidence.text }), e.location ? el("span", { class: "meta", text: e.location.name }) : null),
      el("td", { class: "nowrap", text: formatNumber(e.confidence) }),
    ),
  );
  return el("div", { class: "table-wrap" }, el("table", {}, head, el("tbody", {}, rows)));
}

async function start() {
  showHealth();
  const id = articleId();
  const regions = ["article-body", "article-events", "speaker-legend", "article-actors", "article-cited", "article-facts"].map($);
  let article;
  try {
    if (!id) throw new Error("this address names no article; open one from the dashboard");
    article = await getJSON(`/api/articles/${encodeURIComponent(id)}`);
  } catch (err) {
    $("article-headline").textContent = "Article not available";
    showError($("article-body"), err);
    for (const region of regions.slice(1)) show(region);
    return;
  }
  document.title = `${article.headline || article.id} · strife`;
  $("article-headline").textContent = article.headline || "(no headline)";
  $("article-byline").textContent = [article.outlet, formatDate(article.published, { time: true })].filter(Boolean).join(" · ");
  const colours = speakerColours(article.quotes);
  if (article.body) show($("article-body"), highlightBody(article, colours));
  else showEmpty($("article-body"), "This article has no text.");
  show($("speaker-legend"), speakerLegend(article, colours));
  show($("article-events"), eventsTable(article));
  show($("article-actors"), actorList(article));
  show($("article-cited"), citedList(article));
  show($("article-facts"), facts(article));
}

start();
