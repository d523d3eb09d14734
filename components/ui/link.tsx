"use client";

import NextLink from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps, FocusEvent, MouseEvent, TouchEvent } from "react";
import { followInPageLink } from "./in-page-links";

type Props = Omit<ComponentProps<typeof NextLink>, "href" | "prefetch"> & { href: string };

/**
 * The site's link: a Next.js link that fetches its page when the user shows intent (pointer over it, a touch on it,
 * keyboard focus on it) instead of as soon as it scrolls into view. Viewport prefetching fetched and parsed every
 * page the header and cards point to while the current page was still starting up, which on a phone is main-thread
 * time the user waits through; an intent prefetch starts 100–300 ms before the click lands, which is most of what
 * a static page needs. A link to a place on the page already shown is followed as the page's own `#…` links are.
 */
export default function Link({ href, onClick, onMouseEnter, onTouchStart, onFocus, ...rest }: Props) {
  const router = useRouter();
  const prefetch = () => {
    if (href.startsWith("/") && !href.startsWith("//")) router.prefetch(href);
  };
  return (
    <NextLink
      {...rest}
      href={href}
      prefetch={false}
      onClick={(e: MouseEvent<HTMLAnchorElement>) => {
        onClick?.(e);
        // A link to a place on the page already shown is followed as a plain `#…` link is (see in-page-links.ts).
        followInPageLink(e, e.currentTarget);
      }}
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
