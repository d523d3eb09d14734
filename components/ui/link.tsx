"use client";

import NextLink from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps, FocusEvent, MouseEvent, TouchEvent } from "react";

type Props = Omit<ComponentProps<typeof NextLink>, "href" | "prefetch"> & { href: string };

/**
 * The site's link: a Next.js link that fetches its page when the user shows intent (pointer over it, a touch on it,
 * keyboard focus on it) instead of as soon as it scrolls into view. Viewport prefetching fetched and parsed every
 * page the header and cards point to while the current page was still starting up, which on a phone is main-thread
 * time the user waits through; an intent prefetch starts 100–300 ms before the click lands, which is most of what
 * a static page needs.
 */
export default function Link({ href, onMouseEnter, onTouchStart, onFocus, ...rest }: Props) {
  const router = useRouter();
  const prefetch = () => {
    if (href.startsWith("/") && !href.startsWith("//")) router.prefetch(href);
  };
  return (
    <NextLink
      {...rest}
      href={href}
      prefetch={false}
      onMouseEnter={(e: MouseEvent<HTMLAnchorElement>) => {
        onMouseEnter?.(e);
        prefetch();
      }}
      onTouchStart={(e: TouchEvent<HTMLAnchorElement>) => {
        onTouchStart?.(e);
        prefetch();
      }}
      onFocus={(e: FocusEvent<HTMLAnchorElement>) => {
        onFocus?.(e);
        prefetch();
      }}
    />
  );
}
