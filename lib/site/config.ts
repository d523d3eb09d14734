/** Site-wide constants shared by routes, metadata and the theme script. */
export const SITE = {
  name: "Customization Coach",
  tagline: "AIF-C01 model customization, taught properly",
  description:
    "Study the model-customization corner of the AWS Certified AI Practitioner (AIF-C01) exam: fine-tuning, distillation, continued pre-training, RAG and Provisioned Throughput.",
} as const;

/** localStorage key for the remembered colour theme ("light" | "dark"); absent means "follow the system". */
export const THEME_STORAGE_KEY = "cc-theme";

/**
 * Runs before first paint so the page never flashes the wrong theme. Kept tiny and dependency-free because it
 * is inlined into every page's <head>.
 */
/** The media query for a system set to dark; the head script and the theme switch both ask it. */
export const SYSTEM_DARK = "(prefers-color-scheme: dark)";
export const THEME_SCRIPT = `(function(){try{var t=localStorage.getItem("${THEME_STORAGE_KEY}");var d=t?t==="dark":matchMedia("${SYSTEM_DARK}").matches;document.documentElement.classList.toggle("dark",d)}catch(e){}})();`;

export const NAV_LINKS = [
  { href: "/concepts", label: "Concepts" },
  { href: "/selector", label: "Selector" },
  { href: "/exam", label: "Exam" },
  { href: "/review", label: "Review" },
  { href: "/progress", label: "Progress" },
] as const;
