import type { Metadata } from "next";
import { SITE } from "./config";

/**
 * The site's public origin, for canonical URLs, Open Graph and the sitemap. Set SITE_URL when building for a
 * real host; the default suits local use.
 */
export const SITE_URL = (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/$/, "");

/** Per-page title, description, canonical URL and Open Graph tags. */
export function pageMetadata({ title, description, path }: { title?: string; description: string; path: string }): Metadata {
  return {
    ...(title ? { title } : {}),
    description,
    alternates: { canonical: path },
    openGraph: {
      type: path.startsWith("/concepts/") ? "article" : "website",
      siteName: SITE.name,
      title: title ? `${title} · ${SITE.name}` : SITE.name,
      description,
      url: path,
      locale: "en",
    },
  };
}
