/** The letter shown before an option (A., B., …): for sighted readers to match options with explanations. */
export function OptionLetter({ index }: { index: number }) {
  return (
    <span aria-hidden="true" className="mr-2 font-mono text-sm text-zinc-600 dark:text-zinc-400">
      {String.fromCharCode(65 + index)}.
    </span>
  );
}
