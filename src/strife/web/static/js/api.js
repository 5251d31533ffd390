// Fetch helpers for the strife JSON API. Errors carry the server's "detail" message.

export class ApiError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

/** A URLSearchParams of the non-empty values of `params` (null, undefined and "" are left out). */
export function queryString(params = {}) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== "") search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

/** GET `path` with `params` as the query string; the parsed JSON, or an ApiError. */
export async function getJSON(path, params = {}) {
  let response;
  try {
    response = await fetch(path + queryString(params), { headers: { Accept: "application/json" } });
  } catch (err) {
    throw new ApiError(0, `The strife server did not answer (${err.message}). Is strife serve still running?`);
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) {
    throw new ApiError(response.status, describe(response.status, body));
  }
  return body;
}

function describe(status, body) {
  const detail = body && body.detail;
  if (typeof detail === "string") return detail;
  if (Array.isArray(detail)) {
    // FastAPI validation errors: [{loc: [...], msg: "..."}]
    return detail.map((d) => `${(d.loc || []).slice(1).join(".") || "value"}: ${d.msg}`).join("; ");
  }
  return `The server answered ${status}.`;
}

/** Every item of a paged list endpoint, following next_offset, up to `max` items. */
export async function getAll(path, params = {}, max = 5000) {
  const items = [];
  let offset = 0;
  let truncated = false;
  while (offset !== null) {
    const page = await getJSON(path, { ...params, limit: 1000, offset });
    items.push(...page.items);
    offset = page.next_offset;
    if (items.length >= max && offset !== null) {
      truncated = true;
      break;
    }
  }
  return { items, truncated };
}
