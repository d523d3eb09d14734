import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { INLINE_LINK } from "@/components/ui/link-styles";

export const metadata: Metadata = {
  title: "Page not found",
  description: "That address does not match any page of the study guide.",
};

export default function NotFound() {
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Page not found</h1>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">
        That address does not match any page. The{" "}
        <Link href="/concepts" className={INLINE_LINK}>
          concept index
        </Link>{" "}
        lists everything there is to study.
      </p>
    </>
  );
}
