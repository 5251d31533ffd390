// The events table: one row per event with its date, source, code (and PLOVER), target, modality
// and evidence sentence, linked to its article; paged with next_offset.

import { getJSON } from "./api.js";
import { el, formatDate, show, showEmpty, showError, showLoading } from "./dom.js";
import { quadLabel, quadSwatch } from "./quad.js";

/** The filter form's fields (the names the API takes); `include_historical` is a checkbox. */
export const FILTER_FIELDS = ["actor", "root", "quad", "place", "q", "since", "until", "outlet", "include_historical"];
export const PAGE_SIZE = 50;

/** The form's non-empty values as API parameters. */
export function readFilter(form) {
  const data = new FormData(form);
  const params = {};
  for (const name of FILTER_FIELDS) {
    const value = (data.get(name) || "").toString().trim();
    if (value) params[name] = value;
  }
  return params;
}

/** Put `params` into the form's fields. */
export function fillFilter(form, params) {
  for (const name of FILTER_FIELDS) {
    const field = form.elements[name];
    if (!field) continue;
    if (field.type === "checkbox") field.checked = Boolean(params[name]);
    else field.value = params[name] || "";
  }
}

function plural(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

function actorCell(name, code) {
  if (!name && !code) return el("td", { class: "meta", text: "—" });
  return el("td", {}, el("span", { text: name || code }), code && name !== code ? el("span", { class: "meta code", text: ` ${code}` }) : null);
}

function eventRow(e) {
  const plover = e.plover_type ? [e.plover_type, e.plover_mode].filter(Boolean).join(" · ") : null;
  const corroboration = e.incident_articles
    ? el("span", { class: "meta", text: ` · reported by ${plural(e.incident_articles, "article")}${e.incident_outlets ? `, ${plural(e.incident_outlets, "outlet")}` : ""}` })
    : null;
  return el(
    "tr",
    { class: "event-row", data: { quad: e.quad_class, article: e.article_id } },
    el("td", { class: "nowrap", text: e.date || "—", title: e.dated_by ? `dated by the ${e.dated_by}` : null }),
    actorCell(e.source_name, e.source_code),
    el(
      "td",
      { class: "event-cell", title: `${e.quad_label || quadLabel(e.quad_class)}, Goldstein ${e.goldstein}` },
      quadSwatch(e.quad_class),
      el("span", { class: "code", text: e.cameo }),
      e.cameo_label ? el("span", { class: "cameo-name", text: ` ${e.cameo_label}` }) : null,
      plover ? el("span", { class: "plover", text: plover, title: e.plover_label || null }) : null,
    ),
    actorCell(e.target_name, e.target_code),
    el("td", {}, el("span", { class: `modality modality-${e.modality}`, text: e.modality })),
    el(
      "td",
      { class: "evidence" },
      el("q", { class: "evidence-text", text: e.evidence }),
      el(
        "span",
        { class: "meta" },
        el("a", { href: `/articles/${encodeURIComponent(e.article_id)}`, text: e.outlet || "article" }),
        e.published ? ` · ${formatDate(e.published)}` : "",
        e.location_name ? ` · ${e.location_name}` : "",
        corroboration,
      ),
    ),
  );
}

/** The table body and pager of the events region. */
export class EventsTable {
  constructor({ tbody, prev, next, status }) {
    Object.assign(this, { tbody, prev, next, status });
    this.params = {};
    this.offset = 0;
    this.nextOffset = null;
    this.request = 0;
    prev.addEventListener("click", () => this.load(this.params, Math.max(this.offset - PAGE_SIZE, 0)));
    next.addEventListener("click", () => this.nextOffset !== null && this.load(this.params, this.nextOffset));
  }

  async load(params, offset = 0) {
    const request = ++this.request; // a newer load wins over a slower older one
    this.params = params;
    this.prev.disabled = true;
    this.next.disabled = true;
    showLoading(this.tbody, "Loading events…");
    show(this.status);
    let page;
    try {
      page = await getJSON("/api/events", { sort: "newest", ...params, limit: PAGE_SIZE, offset });
    } catch (err) {
      if (request === this.request) showError(this.tbody, err);
      return;
    }
    if (request !== this.request) return;
    this.offset = page.offset;
    this.nextOffset = page.next_offset;
    if (!page.items.length) {
      showEmpty(this.tbody, offset ? "No more events on this page; go back to the previous one." : "No events match these filters. Try a wider date range, another actor or clear the filters.");
    } else {
      show(this.tbody, page.items.map(eventRow));
    }
    this.prev.disabled = this.offset === 0;
    this.next.disabled = this.nextOffset === null;
    const first = page.items.length ? this.offset + 1 : this.offset;
    show(this.status, el("span", { text: `Events ${first}–${this.offset + page.items.length}${this.nextOffset === null ? "" : ", more on the next page"}` }));
  }
}
