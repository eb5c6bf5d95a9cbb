"use client";

import type { NavItem } from "@kk/auth/policy";
import Link from "next/link";
import { usePathname } from "next/navigation";
import * as messages from "@/messages/catalogue";

/** The role's areas; wraps onto more lines on a phone instead of hiding behind a menu button. */
export function MainNavigation({ items }: { items: readonly NavItem[] }) {
  const pathname = usePathname();
  const isCurrent = (href: string) => (href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`));
  const all = [{ key: "home", href: "/", label: messages.nav.home }, ...items.map((i) => ({ ...i, label: messages.nav.items[i.key] }))];
  return (
    <nav aria-label={messages.nav.label} className="border-b-2 border-line bg-surface">
      <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-1 px-2">
        {all.map((item) => {
          const current = isCurrent(item.href);
          return (
            <li key={item.key}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={`block min-h-11 border-b-4 px-2 py-2.5 font-semibold no-underline hover:underline sm:px-3 ${
                  current ? "border-brand text-ink" : "border-transparent text-link"
                }`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
