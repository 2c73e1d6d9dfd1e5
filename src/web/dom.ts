type Child = Node | string | number | undefined | false;

/**
 * An element with attributes and children; text is always a text node, never markup, so nothing
 * a member, a setting or an API typed can become HTML here.
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
  for (const child of children) {
    if (child === undefined || child === false) continue;
    element.append(typeof child === 'number' ? String(child) : child);
  }
  return element;
}

/** A labelled select; `onChange` gets the chosen value. */
export function select(
  label: string,
  options: { value: string; text: string }[],
  chosen: string,
  onChange: (value: string) => void,
): HTMLLabelElement {
  const control = el('select', {}, ...options.map(({ value, text }) => el('option', { value }, text)));
  control.value = chosen;
  control.addEventListener('change', () => onChange(control.value));
  return el('label', { class: 'field' }, el('span', {}, label), control);
}
