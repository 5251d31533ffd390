// The dashboard page (/): wires the filter form, timeline, map, events table, dyad chart, quotes,
// stories and alerts together. The filter and the dyad are kept in the address (?actor=…&a=…&b=…)
// so a view can be bookmarked or shared.

import { getAll, getJSON } from "./api.js";
import { debounce, el, show, showError, showLoading } from "./dom.js";
import { loadDyad } from "./dyad.js";
import { EventsTable, FILTER_FIELDS, fillFilter, readFilter } from "./events.js";
import { loadAlerts, loadStories } from "./lists.js";
import { renderMap } from "./map.js";
import { quadLegend } from "./quad.js";
import { renderTimeline } from "./timeline.js";
import { loadQuotes, speakerChips } from "./quotes.js";
import { showHealth } from "./header.js";

const $ = (id) => document.getElementById(id);
const state = { events: [], fit: true, span: {} };

function urlParams() {
  return Object.fromEntries(new URLSearchParams(location.search));
}

function saveUrl(changes) {
  const params = new URLSearchParams(location.search);
  for (const [key, value] of Object.entries(changes)) {
    if (value) params.set(key, value);
    else params.delete(key);
  }
  const text = params.toString();
  history.replaceState(null, "", text ? `?${text}` : location.pathname);
}

// ---- filtered events: table, timeline, map -------------------------------------------------------

const table = new EventsTable({ tbody: $("events-body"), prev: $("events-prev"), next: $("events-next"), status: $("events-status") });

async function loadOverview(params) {
  showLoading($("timeline"), "Counting events…");
  showLoading($("map"), "Placing events…");
  let result;
  try {
    result = await getAll("/api/events", params, 5000);
  } catch (err) {
    showError($("timeline"), err);
    showError($("map"), err);
    return;
  }
  state.events = result.items;
  renderTimeline($("timeline"), $("timeline-note"), result.items, result.truncated, state.span);
  await renderMap($("map"), $("map-note"), result.items, { fit: state.fit });
}

function applyFilter() {
  const params = readFilter($("events-filter"));
  saveUrl(Object.fromEntries(FILTER_FIELDS.map((name) => [name, params[name]])));
  table.load(params, 0);
  return loadOverview(params);
}

$("events-filter").addEventListener("submit", (event) => {
  event.preventDefault();
  applyFilter();
});
$("events-filter").addEventListener("reset", () => setTimeout(applyFilter, 0));
$("map-fit").addEventListener("click", () => {
  state.fit = !state.fit;
  $("map-fit").textContent = state.fit ? "Show the whole world" : "Zoom to the events";
  renderMap($("map"), $("map-note"), state.events, { fit: state.fit });
});

// ---- dyad ------------------------------------------------------------------------------------------

function drawDyad() {
  const form = $("dyad-form");
  const params = { a: form.elements.a.value.trim(), b: form.elements.b.value.trim(), by: form.elements.by.value };
  if (!params.a || !params.b) {
    showError($("dyad-chart"), new Error("give two actors, e.g. RUS and UKR, or NATO and Russia"));
    return;
  }
  saveUrl({ a: params.a, b: params.b, by: params.by === "day" ? "" : params.by });
  loadDyad($("dyad-chart"), $("dyad-alerts"), params);
}

function showDyad(a, b) {
  const form = $("dyad-form");
  form.elements.a.value = a;
  form.elements.b.value = b;
  drawDyad();
  $("dyad-panel").scrollIntoView({ behavior: "smooth", block: "start" });
}

$("dyad-form").addEventListener("submit", (event) => {
  event.preventDefault();
  drawDyad();
});

/** The dyad shown first: from the address, else the pair of countries (or organisations) with the
 * most events between them among those loaded that have a day to chart, else the two countries in
 * most articles. */
function defaultDyad(actors, events, params) {
  if (params.a && params.b) return [params.a, params.b];
  const pairs = new Map();
  for (const e of events) {
    if (!e.date || e.date.length !== 10) continue; // undated, or a month or year only: not charted by day
    const a = e.source_country || e.source_code;
    const b = e.target_country || e.target_code;
    if (!a || !b || a === b) continue;
    const key = [a, b].sort().join("|");
    pairs.set(key, (pairs.get(key) || 0) + 1);
  }
  if (pairs.size) return [...pairs.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0][0].split("|");
  const countries = [];
  for (const actor of actors) {
    if (actor.type === "state" && actor.country && !countries.includes(actor.country)) countries.push(actor.country);
  }
  return countries.length >= 2 ? countries.slice(0, 2) : ["NATO", "RUS"];
}

// ---- quotes ----------------------------------------------------------------------------------------

const speakerInput = $("speaker-filter");
const reloadQuotes = () => loadQuotes($("quotes"), $("quotes-status"), speakerInput.value.trim());
speakerInput.addEventListener("input", debounce(reloadQuotes, 350));
speakerInput.addEventListener("keydown", (event) => {
  if (event.key === "Enter") {
    event.preventDefault();
    reloadQuotes();
  }
});

// ---- start -----------------------------------------------------------------------------------------

async function start() {
  const params = urlParams();
  fillFilter($("events-filter"), params);
  $("timeline-legend").replaceWith(quadLegend());
  $("dyad-legend").replaceWith(quadLegend(el("span", { class: "alert-key", text: "┆ alert" }), el("span", { text: "— Goldstein mean (right axis)" })));
  if (params.by) $("dyad-form").elements.by.value = params.by;
  showHealth();
  try {
    const coverage = await getJSON("/api/coverage");
    state.span = { first: coverage.first, last: coverage.last };
  } catch {
    state.span = {}; // the timeline then spans the events themselves
  }
  const overview = applyFilter();
  reloadQuotes();
  loadStories($("stories"));
  loadAlerts($("alerts"), showDyad);
  let actors = [];
  try {
    actors = (await getJSON("/api/actors", { limit: 500 })).items;
  } catch {
    // no suggestions then; the inputs still take any code or name
  }
  show($("actor-codes"), [...new Set(actors.map((a) => a.code).filter(Boolean))].map((code) => el("option", { value: code })));
  let speakers = [];
  try {
    speakers = (await getJSON("/api/speakers", { limit: 200 })).items;
  } catch {
    // no shortcuts then; the speaker input still takes any name
  }
  speakerChips($("speaker-chips"), $("speaker-names"), speakers, (name) => {
    speakerInput.value = name;
    reloadQuotes();
  });
  await overview;
  const [a, b] = defaultDyad(actors, state.events, params);
  $("dyad-form").elements.a.value = a;
  $("dyad-form").elements.b.value = b;
  drawDyad();
}

start();
