// The page header: what the store holds (/api/health), on every page.

import { getJSON } from "./api.js";

/** Fill `#store-counts` with the store's article, event and quote counts. */
export async function showHealth() {
  const target = document.getElementById("store-counts");
  if (!target) return;
  try {
    const health = await getJSON("/api/health");
    const c = health.counts || {};
    target.textContent = `${c.articles ?? "?"} articles · ${c.events ?? "?"} events · ${c.quotes ?? "?"} quotes · strife ${health.version}`;
  } catch (err) {
    target.textContent = `server not answering: ${err.message}`;
  }
}
