import type { Metadata, Viewport } from "next";
import { StorageNotice } from "@/components/progress/storage-notice";
import { SiteHeader } from "@/components/ui/site-header";
import { SITE, THEME_SCRIPT } from "@/lib/site/config";
import { pageMetadata, SITE_URL } from "@/lib/site/metadata";
import "./globals.css";

export const metadata: Metadata = {
  ...pageMetadata({ description: SITE.description, path: "/" }),
  metadataBase: new URL(SITE_URL),
  title: { default: `${SITE.name} — ${SITE.tagline}`, template: `%s · ${SITE.name}` },
  applicationName: SITE.name,
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#09090b" },
  ],
};

export default function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body className="min-h-screen bg-white font-sans text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded-md focus:bg-indigo-700 focus:px-4 focus:py-2 focus:text-white"
        >
          Skip to content
        </a>
        <SiteHeader />
        <StorageNotice />
        <main id="main" tabIndex={-1} className="mx-auto min-h-screen max-w-5xl px-4 py-8 outline-none">
          {children}
        </main>
        <footer className="border-t border-zinc-200 dark:border-zinc-800">
          <p className="mx-auto max-w-5xl px-4 py-6 text-sm text-zinc-700 dark:text-zinc-300">
            An independent study aid for the AWS Certified AI Practitioner (AIF-C01) exam. Not affiliated with or endorsed by
            Amazon Web Services. Every page cites the official AWS documentation it rests on.
          </p>
        </footer>
      </body>
    </html>
  );
}
