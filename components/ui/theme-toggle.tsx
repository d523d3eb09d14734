"use client";

import { useSyncExternalStore } from "react";
import { SYSTEM_DARK, THEME_STORAGE_KEY } from "@/lib/site/config";

function savedTheme(): string | null {
  try {
    return localStorage.getItem(THEME_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** The theme lives on <html class="dark">, set before paint by the inline head script; this watches it. */
function subscribe(onChange: () => void) {
  const root = document.documentElement;
  const observer = new MutationObserver(onChange);
  observer.observe(root, { attributes: true, attributeFilter: ["class"] });
  const media = matchMedia(SYSTEM_DARK);
  const followSystem = (e: MediaQueryListEvent) => {
    if (!savedTheme()) root.classList.toggle("dark", e.matches);
  };
  media.addEventListener("change", followSystem);
  // A choice made in another tab (or forgotten there) applies here at once, not only after a reload.
  const followOtherTab = (e: StorageEvent) => {
    if (e.key !== THEME_STORAGE_KEY && e.key !== null) return;
    const saved = savedTheme();
    root.classList.toggle("dark", saved ? saved === "dark" : media.matches);
  };
  addEventListener("storage", followOtherTab);
  return () => {
    observer.disconnect();
    media.removeEventListener("change", followSystem);
    removeEventListener("storage", followOtherTab);
  };
}

const isDark = () => document.documentElement.classList.contains("dark");

/**
 * Light/dark switch. A choice that differs from the system's theme is remembered; switching back to the system's
 * theme forgets it, and the system preference is followed again (as it is until a choice is made).
 */
export function ThemeToggle() {
  const dark = useSyncExternalStore(subscribe, isDark, () => false);

  const toggle = () => {
    const next = !isDark();
    document.documentElement.classList.toggle("dark", next);
    try {
      // Choosing the system's own theme forgets the choice, so the page follows the system again from then on.
      if (next === matchMedia(SYSTEM_DARK).matches) localStorage.removeItem(THEME_STORAGE_KEY);
      else localStorage.setItem(THEME_STORAGE_KEY, next ? "dark" : "light");
    } catch {
      // Private mode or blocked storage: the switch still works for this visit.
    }
  };

  return (
    <button
      type="button"
      onClick={toggle}
      aria-pressed={dark}
      className="inline-flex min-h-11 min-w-11 items-center justify-center gap-2 rounded-md border border-zinc-300 px-3 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-600 dark:hover:bg-zinc-800"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2">
        {dark ? (
          <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z" />
        ) : (
          <>
            <circle cx="12" cy="12" r="4" />
            <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
          </>
        )}
      </svg>
      {/* Below `lg` the icon alone shows it (the name stays for screen readers), so the header's rows stay single. */}
      <span className="sr-only whitespace-nowrap lg:not-sr-only">Dark mode</span>
    </button>
  );
}
