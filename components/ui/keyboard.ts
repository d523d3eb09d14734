/**
 * Whether a key press belongs to a field the learner is typing in, so single-key shortcuts must not act.
 * Radio buttons and checkboxes do not count: number keys there are shortcuts, not text.
 */
export function isTypingTarget(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el.isContentEditable || el.tagName === "TEXTAREA" || el.tagName === "SELECT") return true;
  return el instanceof HTMLInputElement && el.type !== "radio" && el.type !== "checkbox";
}

/**
 * Whether a single-key shortcut may act on a key pressed with focus on `el`: only when nothing in particular has
 * focus (the page itself) or focus is inside the area the shortcuts belong to (marked `data-shortcuts`). Pressed
 * on the header's links, the theme switch or another part of the page, a key does what it does there and nothing
 * else (WCAG 2.1.4: shortcuts active only while their component has focus).
 */
export function inShortcutArea(el: EventTarget | null): boolean {
  if (!(el instanceof Element) || el === document.body || el === document.documentElement) return true;
  return el.closest("[data-shortcuts]") !== null;
}
