// Safe DOM builders: every piece of data goes in through textContent or a checked attribute,
// never through innerHTML (article content is untrusted).

/**
 * A new element: `el("a", {class: "x", href: "/y", text: "label", data: {speaker: "A"}}, child, …)`.
 * Children are nodes or strings (strings become text nodes); null/false children are skipped.
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "text") node.textContent = String(value);
    else if (key === "class") node.className = value;
    else if (key === "data") for (const [k, v] of Object.entries(value)) node.dataset[k] = String(v);
    else if (key === "href") node.setAttribute("href", safeHref(value));
    else if (key.startsWith("on")) throw new Error("use addEventListener, not on* props");
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  append(node, children);
  return node;
}

const SVG_NS = "http://www.w3.org/2000/svg";

/** A new SVG element with attributes (no text; use svgTitle for tooltips). */
export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "class") node.setAttribute("class", value);
    else node.setAttribute(key, String(value));
  }
  append(node, children);
  return node;
}

/** An SVG <title> (the browser's tooltip) holding `text`. */
export function svgTitle(text) {
  const node = document.createElementNS(SVG_NS, "title");
  node.textContent = text;
  return node;
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Only http(s), mailto and same-site links; anything else (javascript:, data:) becomes "#". */
export function safeHref(value) {
  const text = String(value);
  if (text.startsWith("/") && !text.startsWith("//")) return text;
  try {
    const url = new URL(text, location.href);
    return ["http:", "https:", "mailto:"].includes(url.protocol) ? url.href : "#";
  } catch {
    return "#";
  }
}

/** Replace the content of `region` with `nodes`. */
export function show(region, ...nodes) {
  region.replaceChildren(...nodes.flat().filter(Boolean));
  region.removeAttribute("aria-busy");
}

/** A `.loading` message in `region` (in a table body, a full-width row). */
export function showLoading(region, message = "Loading…") {
  show(region, stateNode(region, "loading", message));
  region.setAttribute("aria-busy", "true");
}

/** A `.empty` message: there is nothing to show, and what to try. */
export function showEmpty(region, message) {
  show(region, stateNode(region, "empty", message));
}

/** An `.error` message (role=alert) with what went wrong. */
export function showError(region, err) {
  const text = err && err.message ? err.message : String(err);
  const node = stateNode(region, "error", `Could not load this: ${text}`);
  node.setAttribute("role", "alert");
  show(region, node);
}

function stateNode(region, kind, message) {
  if (region.tagName === "TBODY") {
    const columns = region.closest("table").querySelectorAll("thead th").length || 1;
    return el("tr", { class: `state-row ${kind}` }, el("td", { class: kind, colspan: columns, text: message }));
  }
  return el("p", { class: kind, text: message });
}

/** `"2026-03-02T07:52:00Z"` → `"2 Mar 2026, 07:52 UTC"`; dates only → `"2 Mar 2026"`. A time of
 * exactly midnight UTC is taken for a date given without a time (a feed's or a page's date), so it
 * is shown as the date alone, never as "00:00 UTC". */
export function formatDate(value, { time = false } = {}) {
  if (!value) return "—";
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  const options = { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" };
  const withTime = time && !isMidnightUtc(date);
  if (withTime) Object.assign(options, { hour: "2-digit", minute: "2-digit", hour12: false });
  return date.toLocaleString("en-GB", options) + (withTime ? " UTC" : "");
}

function isMidnightUtc(date) {
  return date.getUTCHours() === 0 && date.getUTCMinutes() === 0 && date.getUTCSeconds() === 0 && date.getUTCMilliseconds() === 0;
}

/** A number with a sign and fixed decimals, or "—". */
export function formatNumber(value, digits = 2) {
  if (value === null || value === undefined) return "—";
  return Number(value).toFixed(digits);
}

/** `fn` called at most once per `wait` ms of quiet. */
export function debounce(fn, wait = 300) {
  let timer = null;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), wait);
  };
}
