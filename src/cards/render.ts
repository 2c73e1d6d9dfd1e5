import * as ACData from 'adaptivecards-templating';

/** An Adaptive Card as JSON. */
export type AdaptiveCardJson = Record<string, unknown> & { type: 'AdaptiveCard'; version: string };

type Json = unknown;

/**
 * Gives every `Action.Execute` an `Action.Submit` fallback with the same title and data (the verb
 * moves into `data.verb`), so clients without Universal Actions still reach the same handler.
 */
export function withSubmitFallback(node: Json): Json {
  if (Array.isArray(node)) return node.map(withSubmitFallback);
  if (node === null || typeof node !== 'object') return node;
  const object = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, withSubmitFallback(value)]));
  if (object.type === 'Action.Execute' && object.fallback === undefined) {
    const data = (object.data ?? {}) as Record<string, unknown>;
    object.fallback = { type: 'Action.Submit', title: object.title, data: { ...data, verb: object.verb } };
  }
  return object;
}

/**
 * Templates prepared once: preparing parses every `${}` expression (adaptive-expressions' ANTLR
 * parser), which cost more than the rest of a turn together; expanding a prepared one is cheap.
 * `expand` is synchronous, so a shared instance is never used by two renders at once.
 */
const prepared = new WeakMap<object, ACData.Template>();

/** Expands a template with `${}` bindings and adds the Action.Submit fallbacks. */
export function renderCard(template: object, data: object): AdaptiveCardJson {
  let compiled = prepared.get(template);
  if (!compiled) {
    compiled = new ACData.Template(template);
    prepared.set(template, compiled);
  }
  const expanded = compiled.expand({ $root: data }) as Json;
  return withSubmitFallback(expanded) as AdaptiveCardJson;
}

/** Shortens free text for list views; the full text is kept in storage. */
export function excerpt(text: string, maxLength: number): string {
  const singleLine = text.replace(/\s+/g, ' ').trim();
  return singleLine.length <= maxLength ? singleLine : `${singleLine.slice(0, maxLength - 1).trimEnd()}…`;
}
