/**
 * Building DOM without markup: strings always become text nodes, so no
 * document text can ever be parsed as HTML.
 */
export type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (name === 'class') element.className = value === true ? '' : value;
    else element.setAttribute(name, value === true ? '' : value);
  }
  append(element, ...children);
  return element;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Replaces an element's children. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

/**
 * Sets an element's text: nothing when it reads so already, else its one
 * text node's data. Assigning textContent replaces the text node even with
 * the same words, and in a <select>'s option that is a slot change and a
 * restyle: the panel's filter counts, written on every change of the
 * suggestions, cost 1-3.6 ms a write that way against 0.1-0.4 ms in place
 * (31 options, timed in the page).
 */
export function setText(element: Element, text: string): void {
  const only = element.firstChild;
  if (only instanceof Text && only === element.lastChild) {
    if (only.data !== text) only.data = text;
  } else if (element.textContent !== text) {
    element.textContent = text;
  }
}

/** A button with a fixed accessible name (its text) and a click action. */
export function button(label: string, onClick: () => void, attrs: Record<string, string | boolean | undefined> = {}): HTMLButtonElement {
  const element = el('button', { type: 'button', ...attrs }, label);
  element.addEventListener('click', onClick);
  return element;
}

/**
 * The place a scrolling box (`scroller`: a pane's text, the panel's list)
 * takes in its column, with the scroller laid over it. A change inside a
 * box with `contain: strict` lays out only that box if the box is a
 * relayout boundary, and Blink never makes a flex or grid item one (it
 * lays a flex item out with its container): as the column's flex item
 * itself, each Next's new card, reference lines or selected row laid out
 * the whole window. Absolutely placed in this frame (styles/layout.css),
 * the scroller is a boundary.
 */
export function scrollFrame(scroller: HTMLElement): HTMLElement {
  return el('div', { class: 'scroll-frame' }, scroller);
}
