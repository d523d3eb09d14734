"use client";

import { useLayoutEffect, useState } from "react";

/** True until the first commit: only the hydration render can meet controls the server rendered and React has not. */
let hydrating = true;

/**
 * What the learner did to a form control before the page's code ran. A static page shows its controls at once, so on
 * a slow phone a box can be ticked or a scenario pasted before hydration; hydration then keeps the tick on screen
 * without React's state knowing it, and puts a <textarea>'s initial text back. `read` runs once, during the
 * hydration render, before the control itself is hydrated, and returns what the DOM holds (null for nothing to
 * restore); the result is never rendered, so the markup still matches the server's. `restore` runs with it in the
 * hydration's own commit: a layout effect, so a click just after hydration never finds the state without it. In
 * any later render (a page reached by client navigation) the controls are React's own from the start, and nothing
 * is read.
 */
export function useRestoreBeforeHydration<T>(read: () => T | null, restore: (value: T) => void): void {
  const [early] = useState(() => (hydrating && typeof document !== "undefined" ? read() : null));
  useLayoutEffect(() => {
    hydrating = false;
    if (early !== null) restore(early);
    // Once, on mount: `restore` applies a value read from the DOM before React owned it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
