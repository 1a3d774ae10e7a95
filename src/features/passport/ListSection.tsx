import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../storage/db';
import { addItem, removeItem, restoreItem, type PassportEdit, type PassportList, type ProcessPassport } from '../../domain/passport/passport';
import { showInfo } from '../ui/toastStore';

type ItemOf<L extends PassportList> = ProcessPassport[L][number];

interface Props<L extends PassportList> {
  list: L;
  /** The section's id, which the checklist links to. */
  id: string;
  title: string;
  hint?: string;
  empty: string;
  addLabel: string;
  removeLabel(number: number): string;
  passport: ProcessPassport;
  apply(edit: PassportEdit): void;
  newItem(id: string): ItemOf<L>;
  children(item: ItemOf<L>, number: number): ReactNode;
}

/**
 * One list of the passport: numbered items, each a group of fields with its remove button (undone
 * from the toast), an empty state, and an add button that moves focus into the new item.
 */
export function ListSection<L extends PassportList>({ list, id, title, hint, empty, addLabel, removeLabel, passport, apply, newItem, children }: Props<L>) {
  const { t } = useTranslation();
  const items = passport[list] as ItemOf<L>[];
  const listRef = useRef<HTMLOListElement>(null);
  // The item just added takes the focus once it is drawn.
  const added = useRef<string | null>(null);

  useEffect(() => {
    const field = added.current && listRef.current?.querySelector<HTMLElement>(`[data-item="${added.current}"] :is(input, textarea, select)`);
    if (!field) return;
    field.focus();
    added.current = null;
  }, [items]);

  const add = () => {
    const item = newItem(newId());
    added.current = item.id;
    apply(addItem(list, item));
  };
  const remove = (item: ItemOf<L>, index: number) => {
    apply(removeItem(list, item.id));
    showInfo(t('passport.removed', { number: index + 1 }), { action: { label: t('app.undo'), run: () => apply(restoreItem(list, item, index)) } });
  };

  return (
    <section className="passport-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} tabIndex={-1}>
        {title}
      </h3>
      {hint && <p className="muted">{hint}</p>}
      {items.length === 0 && <p className="empty-state">{empty}</p>}
      <ol className="passport-list" ref={listRef}>
        {items.map((item, index) => (
          <li key={item.id} data-item={item.id}>
            <fieldset>
              <legend>{t('passport.number', { number: index + 1 })}</legend>
              {children(item, index + 1)}
              <button type="button" className="link-button danger" onClick={() => remove(item, index)}>
                {removeLabel(index + 1)}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <button type="button" onClick={add}>
        {addLabel}
      </button>
    </section>
  );
}
