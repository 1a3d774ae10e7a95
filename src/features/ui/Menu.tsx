import type { ReactNode } from 'react';

/** A toolbar drop-down on <details>: opens with a click or Enter, closes when an item is chosen. */
export function Menu({ label, title, children }: { label: string; title?: string; children: ReactNode }) {
  return (
    <details className="menu">
      <summary title={title}>{label}</summary>
      <div className="menu__items" role="menu">
        {children}
      </div>
    </details>
  );
}

export function MenuItem({ onSelect, disabled, children }: { onSelect(): void; disabled?: boolean; children: ReactNode }) {
  return (
    <button
      type="button"
      role="menuitem"
      disabled={disabled}
      onClick={(e) => {
        e.currentTarget.closest('details')?.removeAttribute('open');
        onSelect();
      }}
    >
      {children}
    </button>
  );
}
