/** A link inside running text: underlined, indigo in both themes (contrast checked by the axe sweeps). */
export const INLINE_LINK = "text-indigo-700 underline underline-offset-2 dark:text-indigo-300";
