import type { ReactNode, ThHTMLAttributes, TdHTMLAttributes } from "react";

interface TableProps {
  caption: string;
  /** Hide the caption visually when the page heading already says the same. */
  captionHidden?: boolean;
  head: ReactNode;
  children: ReactNode;
}

/**
 * A data table that scrolls sideways on narrow screens instead of breaking the layout. The region is
 * positioned so screen-reader-only text inside (absolutely positioned) stays in its scroll box
 * rather than widening the page on a phone.
 */
export function Table({ caption, captionHidden = false, head, children }: TableProps) {
  return (
    <div className="relative w-full overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
      <table className="w-full border-collapse text-left">
        <caption className={captionHidden ? "sr-only" : "mb-2 text-left text-xl font-bold"}>{caption}</caption>
        <thead>
          <tr>{head}</tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

export function Th({ className = "", ...props }: ThHTMLAttributes<HTMLTableCellElement>) {
  return (
    <th
      scope="col"
      className={`border-b-2 border-line-strong px-2 py-3 align-bottom font-bold whitespace-nowrap ${className}`}
      {...props}
    />
  );
}

export function Td({ className = "", ...props }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={`border-b border-line px-2 py-3 align-top ${className}`} {...props} />;
}
