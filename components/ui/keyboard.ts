/**
 * Whether a key press belongs to a field the learner is typing in, so single-key shortcuts must not act.
 * Radio buttons and checkboxes do not count: number keys there are shortcuts, not text.
 */
export function isTypingTarget(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el.isContentEditable || el.tagName === "TEXTAREA" || el.tagName === "SELECT") return true;
  return el instanceof HTMLInputElement && el.type !== "radio" && el.type !== "checkbox";
}
