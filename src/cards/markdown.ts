/**
 * Teams renders a TextBlock's and a FactSet's text as Markdown. Every text that comes from a person
 * (a description, a place, a comment), from a setting (an area's label, a group's name) or from an
 * outside API (the police's events) goes through `md` before a card builder puts it into such a
 * text, so that `[Läs mer](https://…)`, `**…**` or a line that starts with `- ` is shown as typed and
 * never becomes a link, bold text or a list in what the council sees. The card's own Markdown (the
 * builders' `**`, `- `) is written around the escaped text.
 *
 * Inputs' values and ChoiceSet titles are plain text in every client: they are not escaped.
 */

/** Characters with a meaning anywhere in a line: emphasis, links, code, HTML-like autolinks. */
const INLINE = /[\\`*_~[\]<>|]/g;
/** At a line's start: headings, quotes and lists ("# ", "> ", "- ", "+ "); and "1. " or "1) ". */
const LINE_START = /^(\s*)([#>+-])/gm;
const ORDERED = /^(\s*\d+)([.)])/gm;

/** The text as typed, safe inside a card's Markdown: every special character escaped with `\`. */
export function md(text: string): string {
  return text
    .replace(INLINE, (character) => `\\${character}`)
    .replace(LINE_START, '$1\\$2')
    .replace(ORDERED, '$1\\$2');
}

/** `md` for an optional text ('' stays ''). */
export const mdOrEmpty = (text: string | undefined): string => (text ? md(text) : '');

/**
 * A link target that Markdown cannot cut short: only http(s) URLs, with the characters that end or
 * break a Markdown link (`( ) [ ] < >`, spaces, quotes, `\`) percent-encoded. Anything else gives ''.
 */
export function markdownUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return '';
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return '';
  return parsed.href.replace(
    /[()[\]<>\s"'\\`*_]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/** A Markdown link with its text escaped and its target made safe; the text alone when the URL is not. */
export function markdownLink(text: string, url: string): string {
  const target = markdownUrl(url);
  return target ? `[${md(text)}](${target})` : md(text);
}
