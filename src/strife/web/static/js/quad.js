// The four CAMEO quad classes: labels, SeriesRow keys and colours (from the CSS custom properties,
// so a colour is defined once, in css/strife.css).

import { el } from "./dom.js";

export const QUADS = [
  { quad: 1, key: "verbal_coop", label: "Verbal cooperation" },
  { quad: 2, key: "material_coop", label: "Material cooperation" },
  { quad: 3, key: "verbal_conflict", label: "Verbal conflict" },
  { quad: 4, key: "material_conflict", label: "Material conflict" },
];

/** The CSS colour of quad class `quad` (1–4), or of a named custom property. */
export function cssColour(name) {
  const prop = typeof name === "number" ? `--quad-${name}` : `--${name}`;
  return getComputedStyle(document.documentElement).getPropertyValue(prop).trim();
}

/** A small coloured square for quad class `quad`, with its label for screen readers. */
export function quadSwatch(quad) {
  const entry = QUADS.find((q) => q.quad === Number(quad));
  return el("span", { class: `quad quad-${quad}`, title: entry ? entry.label : "", "aria-hidden": "true" });
}

/** The quad label of `quad` (1–4). */
export function quadLabel(quad) {
  const entry = QUADS.find((q) => q.quad === Number(quad));
  return entry ? entry.label : `quad ${quad}`;
}

/** A legend: a swatch and label per quad class. */
export function quadLegend(...extra) {
  return el(
    "div",
    { class: "legend" },
    QUADS.map((q) => el("span", {}, quadSwatch(q.quad), q.label)),
    ...extra,
  );
}
