import Link from "@/components/ui/link";

type Props = { slug: string; title: string; summary: string; headingLevel?: "h2" | "h3" };

export function ConceptCard({ slug, title, summary, headingLevel: Heading = "h3" }: Props) {
  return (
    <li className="relative rounded-lg border border-zinc-200 p-4 hover:border-indigo-500 focus-within:border-indigo-500 dark:border-zinc-700 dark:hover:border-indigo-400">
      <Heading className="text-base font-semibold">
        <Link href={`/concepts/${slug}`} className="text-indigo-700 underline-offset-2 after:absolute after:inset-0 hover:underline dark:text-indigo-300">
          {title}
        </Link>
      </Heading>
      <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">{summary}</p>
    </li>
  );
}
