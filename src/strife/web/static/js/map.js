// The map: event locations over the world's country outlines (vendored world-atlas TopoJSON,
// decoded by the vendored topojson-client global), in an equirectangular SVG projection.

import { el, show, showError, svg, svgTitle } from "./dom.js";

const WIDTH = 960;
const HEIGHT = 480;
let outlines = null;

/** [x, y] in the 960×480 map of a longitude and latitude. */
export function project(lon, lat) {
  return [((lon + 180) / 360) * WIDTH, ((90 - lat) / 180) * HEIGHT];
}

async function loadOutlines() {
  if (!outlines) {
    outlines = fetch("/static/vendor/world-atlas/countries-110m.json").then((r) => {
      if (!r.ok) throw new Error(`world outlines: HTTP ${r.status}`);
      return r.json();
    });
  }
  const world = await outlines;
  return globalThis.topojson.feature(world, world.objects.countries).features;
}

function ringPath(ring) {
  // A jump of more than half the world in longitude is the ring crossing the antimeridian: the
  // line is lifted there (a new subpath) rather than drawn across the whole map.
  return ring.map(([lon, lat], i) => {
    const [x, y] = project(lon, lat);
    const jump = i > 0 && Math.abs(lon - ring[i - 1][0]) > 180;
    return `${i && !jump ? "L" : "M"}${x.toFixed(1)},${y.toFixed(1)}`;
  }).join("") + "Z";
}

function featurePath(feature) {
  const geometry = feature.geometry;
  if (!geometry) return "";
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((polygon) => polygon.map(ringPath).join("")).join("");
}

/** Event locations grouped by place: [{name, country, lat, lon, count}], most events first. */
export function groupPlaces(events) {
  const places = new Map();
  for (const e of events) {
    if (e.location_lat === null || e.location_lon === null || e.location_lat === undefined) continue;
    const key = `${e.location_lat.toFixed(3)},${e.location_lon.toFixed(3)}`;
    const place = places.get(key) || {
      name: e.location_name || "unnamed place", country: e.location_country, lat: e.location_lat, lon: e.location_lon, count: 0,
    };
    place.count += 1;
    places.set(key, place);
  }
  return [...places.values()].sort((a, b) => b.count - a.count);
}

function viewBox(places, fit) {
  if (!fit || !places.length) return [0, 0, WIDTH, HEIGHT];
  const xy = places.map((p) => project(p.lon, p.lat));
  const xs = xy.map((p) => p[0]);
  const ys = xy.map((p) => p[1]);
  let w = Math.max(Math.max(...xs) - Math.min(...xs), 40) * 1.6;
  let h = Math.max(Math.max(...ys) - Math.min(...ys), 20) * 1.6;
  if (w / h > 2) h = w / 2; else w = h * 2;
  w = Math.min(w, WIDTH);
  h = Math.min(h, HEIGHT);
  const cx = (Math.max(...xs) + Math.min(...xs)) / 2;
  const cy = (Math.max(...ys) + Math.min(...ys)) / 2;
  return [Math.min(Math.max(cx - w / 2, 0), WIDTH - w), Math.min(Math.max(cy - h / 2, 0), HEIGHT - h), w, h];
}

/**
 * Draw the places of `events` in `region`; `fit` zooms to them. A note in `note` says how many
 * events had no coordinates.
 */
export async function renderMap(region, note, events, { fit = true } = {}) {
  const places = groupPlaces(events);
  let features;
  try {
    features = await loadOutlines();
  } catch (err) {
    showError(region, err);
    return;
  }
  const box = viewBox(places, fit);
  const scale = box[2] / WIDTH; // radius in view units, so points keep their size when zoomed
  const land = svg("g", {}, features.map((f) => svg("path", { class: "land", d: featurePath(f) }, svgTitle(f.properties.name || ""))));
  const dots = svg(
    "g",
    {},
    places.map((p) => {
      const [x, y] = project(p.lon, p.lat);
      const label = `${p.name}${p.country ? ` (${p.country})` : ""}: ${p.count} event${p.count === 1 ? "" : "s"}`;
      return svg("circle", { class: "place", cx: x.toFixed(2), cy: y.toFixed(2), r: ((3 + 3 * Math.sqrt(p.count)) * scale).toFixed(2), "data-place": p.name }, svgTitle(label));
    }),
  );
  const map = svg("svg", { viewBox: box.map((v) => v.toFixed(1)).join(" "), role: "img", "aria-label": `Map of ${places.length} event locations` }, land, dots);
  show(region, map);
  if (!places.length) {
    region.append(el("p", { class: "empty", text: "None of the matching events has a location with coordinates." }));
  }
  const located = places.reduce((n, p) => n + p.count, 0);
  show(note, el("span", { text: `${located} of ${events.length} events have coordinates, at ${places.length} places. Hover a circle for its name.` }));
}
