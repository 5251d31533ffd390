// Article body highlighting: the body string is cut at the offsets of quotes and actor mentions
// into plain text nodes, each wrapped in a <span class="quote-mark"> / <mark class="actor-mark">
// as needed. The text is never parsed as HTML.

import { el } from "./dom.js";

/** Colour classes for speakers: one per speaker, in order of first quote (cycling after ten). */
export const SPEAKER_COLOURS = 10;
export const UNATTRIBUTED = "(unattributed)";

function valid(span, length) {
  return Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start < span.end && span.end <= length;
}

/**
 * Cut `body` at every quote and mention boundary: [{start, end, quote, mention}], where `quote` and
 * `mention` are indexes into the given arrays (or -1). Spans with impossible offsets are ignored;
 * where spans of one kind overlap, the earlier one wins.
 */
export function cut(body, quotes, mentions) {
  const okQuotes = quotes.map((q, i) => ({ ...q, i })).filter((q) => valid(q, body.length));
  const okMentions = mentions.map((m, i) => ({ ...m, i })).filter((m) => valid(m, body.length));
  const points = new Set([0, body.length]);
  for (const span of [...okQuotes, ...okMentions]) {
    points.add(span.start);
    points.add(span.end);
  }
  const sorted = [...points].sort((a, b) => a - b);
  const covering = (spans, start, end) => {
    const hit = spans.find((s) => s.start <= start && s.end >= end);
    return hit ? hit.i : -1;
  };
  const pieces = [];
  for (let k = 0; k + 1 < sorted.length; k += 1) {
    const [start, end] = [sorted[k], sorted[k + 1]];
    pieces.push({ start, end, quote: covering(okQuotes, start, end), mention: covering(okMentions, start, end) });
  }
  return pieces;
}

/** The speaker key of a quote: its speaker's name, or UNATTRIBUTED. */
export function speakerOf(quote) {
  return quote.speaker && quote.speaker.name ? quote.speaker.name : UNATTRIBUTED;
}

/** Speaker → colour class (`spk-0` …, `spk-none` for unattributed quotes), in order of first quote. */
export function speakerColours(quotes) {
  const colours = new Map();
  for (const quote of quotes) {
    const key = speakerOf(quote);
    if (colours.has(key)) continue;
    colours.set(key, key === UNATTRIBUTED ? "spk-none" : `spk-${[...colours.keys()].filter((k) => k !== UNATTRIBUTED).length % SPEAKER_COLOURS}`);
  }
  return colours;
}

/** Every actor mention of the article as {start, end, actor} (actor = the Actor record). */
export function actorMentions(article) {
  return article.actors.flatMap((actor) => (actor.mentions || []).map((m) => ({ start: m.start, end: m.end, actor })));
}

/** The body as DOM nodes: quotes in speaker colours, actor mentions marked. */
export function highlightBody(article, colours) {
  const body = article.body;
  const quotes = article.quotes;
  const mentions = actorMentions(article);
  const nodes = [];
  let open = null; // the quote <span> being filled, and its quote index
  for (const piece of cut(body, quotes, mentions)) {
    const text = body.slice(piece.start, piece.end);
    let node = document.createTextNode(text);
    if (piece.mention >= 0) {
      const actor = mentions[piece.mention].actor;
      node = el("mark", { class: "actor-mark", title: actor.code ? `${actor.name} (${actor.code})` : actor.name, data: { actor: actor.name } }, node);
    }
    if (piece.quote < 0) {
      open = null;
      nodes.push(node);
      continue;
    }
    if (!open || open.index !== piece.quote) {
      const quote = quotes[piece.quote];
      const speaker = speakerOf(quote);
      const span = el("span", {
        class: `quote-mark ${colours.get(speaker)}`,
        data: { speaker, quote: piece.quote },
        title: `${speaker}${quote.cue ? ` (${quote.cue})` : ""}, ${quote.kind} quote`,
      });
      open = { index: piece.quote, span };
      nodes.push(span);
    }
    open.span.append(node);
  }
  return nodes;
}
