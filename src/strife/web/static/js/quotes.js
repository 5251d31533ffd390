// The quotes browser: quotes by speaker (/api/quotes?speaker=), with the most quoted people
// (/api/speakers: one per person, whatever name or code they were quoted under) as shortcuts.

import { getJSON } from "./api.js";
import { el, formatDate, show, showEmpty, showError, showLoading } from "./dom.js";

const LIMIT = 30;

function quoteItem(q) {
  return el(
    "li",
    { class: "quote-item" },
    el("strong", { text: q.speaker || (q.speaker_mention ? `“${q.speaker_mention}” (unresolved)` : "Unattributed") }),
    el("span", { class: "meta", text: ` · ${q.kind}${q.cue ? `, “${q.cue}”` : ""}` }),
    el("blockquote", { text: q.text }),
    el(
      "span",
      { class: "meta" },
      el("a", { href: `/articles/${encodeURIComponent(q.article_id)}`, text: q.outlet || "article" }),
      q.published ? ` · ${formatDate(q.published)}` : "",
    ),
  );
}

/** The quotes of `speaker` (all when empty) in `region`, `status` saying how many are shown. */
export async function loadQuotes(region, status, speaker) {
  showLoading(region, speaker ? `Loading quotes of “${speaker}”…` : "Loading quotes…");
  show(status);
  let page;
  try {
    page = await getJSON("/api/quotes", { speaker, limit: LIMIT });
  } catch (err) {
    showError(region, err);
    return;
  }
  if (!page.items.length) {
    showEmpty(region, speaker ? `No quotes by a speaker whose name contains “${speaker}”. Try a surname, or pick a speaker above.` : "No quotes in the store yet.");
    return;
  }
  show(region, el("ul", { class: "plain" }, page.items.map(quoteItem)));
  show(status, el("span", { text: `${page.items.length}${page.next_offset === null ? "" : "+"} quotes${speaker ? ` by “${speaker}”` : ", oldest first"}` }));
}

/**
 * Buttons for the most quoted of `speakers` (SpeakerRow items from /api/speakers: one per person, by
 * canonical name, with every code they were quoted under); a click calls `pick(name)`.
 */
export function speakerChips(container, datalist, speakers, pick) {
  const quoted = speakers.filter((s) => s.quotes > 0).sort((a, b) => b.quotes - a.quotes);
  show(datalist, quoted.map((s) => el("option", { value: s.name })));
  show(
    container,
    quoted.slice(0, 8).map((s) => {
      const button = el("button", {
        type: "button",
        class: "chip",
        text: `${s.name} (${s.quotes})`,
        title: s.codes.length ? `quoted as ${s.codes.join(", ")} in ${s.articles} article${s.articles === 1 ? "" : "s"}` : `${s.articles} article${s.articles === 1 ? "" : "s"}`,
      });
      button.addEventListener("click", () => pick(s.name));
      return button;
    }),
  );
}
