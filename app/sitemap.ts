import type { MetadataRoute } from "next";
import { getConcepts } from "@/lib/content";
import { SITE_URL } from "@/lib/site/metadata";

export const dynamic = "force-static";

export default function sitemap(): MetadataRoute.Sitemap {
  const pages = ["/", "/concepts", "/selector", "/exam", "/review", "/progress"].map((path) => ({ url: `${SITE_URL}${path === "/" ? "" : path}`, changeFrequency: "weekly" as const }));
  const concepts = getConcepts().map((c) => ({ url: `${SITE_URL}/concepts/${c.slug}`, lastModified: c.updated, changeFrequency: "monthly" as const }));
  return [...pages, ...concepts];
}
