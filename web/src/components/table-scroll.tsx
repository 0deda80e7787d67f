// A table's container that scrolls sideways on a narrow screen, reachable with the keyboard so
// the hidden columns can be scrolled into view without a mouse.
import type { ReactNode } from 'react';

export function TableScroll(props: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable to scroll it with the keyboard (WCAG 2.1.1).
    <section className="table-scroll" aria-label={props.label} tabIndex={0}>
      {props.children}
    </section>
  );
}
